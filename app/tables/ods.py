"""Reading an OpenDocument spreadsheet (.ods, LibreOffice's own format) row by row.

An .ods is a zip whose ``content.xml`` holds every sheet.  It is walked
with ``iterparse`` like an XLSX sheet (app/tables/xlsx.py): one row at a
time, each finished element dropped, the zip checked before anything is
unpacked.  LibreOffice compresses runs of equal cells and rows with
``table:number-columns-repeated`` / ``table:number-rows-repeated`` (an
empty sheet ends with a row repeated a million times, 16,384 cells wide):
an empty run only moves the row or column count on, it is never expanded.
Dates come from ``office:date-value``, numbers from ``office:value``, text
from the paragraphs; a merged cell (``table:number-columns-spanned`` /
``number-rows-spanned``) gives its value to the covered cells.
"""
from __future__ import annotations

import datetime as dt
import zipfile
import zlib
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from app.errors import FileFormatError
from app.i18n import N_
from app.tables import limits
from app.tables.limits import fail
from app.tables.merges import MergeFiller

CTX = "Tables"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_CELLS = (_TABLE + "table-cell", _TABLE + "covered-table-cell")


class _Counted:
    """content.xml being unpacked, counting bytes so one huge text or tag is refused."""

    def __init__(self, raw: Any, path: Path) -> None:
        self.raw, self.path, self.total, self.mark = raw, path, 0, 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size if size and size > 0 else 1 << 16)
        self.total += len(data)
        if self.total - self.mark > limits.MAX_ITEM_BYTES:
            raise limits.not_a_workbook(self.path)
        return data


def _damaged(path: Path, reason: str) -> FileFormatError:
    return fail(N_(CTX, "{file} cannot be read as a LibreOffice spreadsheet (.ods) ({reason}). "
                   "Open it in LibreOffice and save it again."), path, reason=reason)


def _count(elem: Any, attr: str) -> int:
    try:
        return max(1, int(elem.get(_TABLE + attr) or 1))
    except ValueError:
        return 1


def _paragraph(elem: Any) -> str:
    """A paragraph's text: spans followed, ``text:s`` as spaces, tabs and line breaks kept."""
    parts = [elem.text or ""]
    for child in elem:
        tag = child.tag
        if tag == _TEXT + "s":
            parts.append(" " * min(_count_c(child), 1000))
        elif tag == _TEXT + "tab":
            parts.append("\t")
        elif tag == _TEXT + "line-break":
            parts.append("\n")
        else:
            parts.append(_paragraph(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _count_c(elem: Any) -> int:
    try:
        return max(1, int(elem.get(_TEXT + "c") or 1))
    except ValueError:
        return 1


def _value(cell: Any) -> Any:
    kind = cell.get(_OFFICE + "value-type")
    if kind in ("float", "percentage", "currency"):
        try:
            return float(cell.get(_OFFICE + "value") or "")
        except ValueError:
            pass
    elif kind == "date":
        text = cell.get(_OFFICE + "date-value") or ""
        try:
            return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
        except ValueError:
            pass
    elif kind == "boolean":
        return (cell.get(_OFFICE + "boolean-value") or "").lower() == "true"
    paragraphs = [_paragraph(p) for p in cell if p.tag == _TEXT + "p"]
    text = "\n".join(paragraphs)
    return text if text else None


def _row(elem: Any, number: int, path: Path, merges: MergeFiller) -> list[Any]:
    widest = limits.MAX_COLUMNS + 1
    values: list[Any] = []
    column = 0  # cells before this one
    for cell in elem:
        if cell.tag not in _CELLS:
            continue
        repeat = _count(cell, "number-columns-repeated")
        value = _value(cell) if cell.tag == _CELLS[0] else None
        if value is not None:
            if column + 1 > widest:
                raise limits.data_too_far_right(path, number, str(column + 1))
            span_c, span_r = _count(cell, "number-columns-spanned"), _count(cell, "number-rows-spanned")
            if span_c > 1 or span_r > 1:
                merges.add(number, column + 1, number + span_r - 1, column + span_c)
            copies = min(repeat, widest - column)
            values += [None] * (column - len(values)) + [value] * copies
            if repeat > copies:
                raise limits.data_too_far_right(path, number, str(widest + 1))
        column += repeat
    return values


def read_ods(archive: zipfile.ZipFile, path: Path, sheet: str | None) -> tuple[str, Iterator[tuple[int, list[Any]]]]:
    """The chosen sheet's title (``sheet``, or the first) and its rows as (row number, values).

    Takes over ``archive`` (closed when the rows are read or on failure).
    """
    try:
        info = archive.getinfo("content.xml")
        if info.file_size > limits.MAX_UNPACKED_BYTES:
            raise limits.not_a_workbook(path)
        names = _sheet_names(archive, path, first_only=sheet is None)
    except FileFormatError:
        archive.close()
        raise
    except (KeyError, ET.ParseError, zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        archive.close()
        raise _damaged(path, type(exc).__name__) from None
    if not names:
        archive.close()
        raise fail(N_(CTX, "The file {file} is empty."), path)
    if sheet is None:
        index = 0
    else:
        found = [i for i, n in enumerate(names) if n.strip().casefold() == sheet.strip().casefold()]
        if not found:
            archive.close()
            raise fail(N_(CTX, "{file} has no sheet named \"{sheet}\". Sheets: {sheets}."), path,
                       sheet=sheet, sheets=", ".join(names))
        index = found[0]
    return names[index], _rows(archive, path, index)


def _walk(archive: zipfile.ZipFile, path: Path) -> Generator[tuple[str, Any, int], None, None]:
    """("table", element, table index) at each table's start; ("row", element, table index) at each
    row's end.  Finished elements outside a row are dropped at once."""
    with archive.open("content.xml") as raw:
        source = _Counted(raw, path)
        stack: list[Any] = []
        in_row = 0  # depth of the open row, 0 when none
        held = 0
        tables = -1
        for event, elem in ET.iterparse(source, events=("start", "end")):
            source.mark = source.total
            if event == "start":
                stack.append(elem)
                if len(stack) > limits.MAX_XML_DEPTH:
                    raise limits.not_a_workbook(path)
                if in_row:
                    held += 1
                    if held > limits.MAX_ITEM_ELEMENTS:
                        raise limits.not_a_workbook(path)
                elif elem.tag == _TABLE + "table":
                    tables += 1
                    yield "table", elem, tables
                elif elem.tag == _TABLE + "table-row":
                    in_row, held = len(stack), 0
                continue
            depth = len(stack)
            stack.pop()
            if in_row and depth > in_row:
                continue
            if in_row == depth:
                in_row = 0
                yield "row", elem, tables
            parent = stack[-1] if stack else None
            if parent is not None:
                parent.remove(elem)
            else:
                elem.clear()


def _sheet_names(archive: zipfile.ZipFile, path: Path, first_only: bool) -> list[str]:
    """The sheets' names; only the first one's (found at once) with ``first_only``."""
    names = []
    walk = _walk(archive, path)
    try:
        for kind, elem, _index in walk:
            if kind == "table":
                names.append(elem.get(_TABLE + "name") or "")
                if first_only:
                    break
    finally:
        walk.close()
    return names


def _rows(archive: zipfile.ZipFile, path: Path, wanted: int) -> Iterator[tuple[int, list[Any]]]:
    merges = MergeFiller(path, limits.MAX_COLUMNS + 1)
    number = 0  # rows before this one
    try:
        for kind, elem, index in _walk(archive, path):
            if kind != "row" or index != wanted:
                if index > wanted:
                    break
                continue
            repeat = _count(elem, "number-rows-repeated")
            values = _row(elem, number + 1, path, merges)
            if not any(v is not None for v in values) and not merges.reaches(number + 1, number + repeat):
                number += repeat  # empty rows, however many, are only counted
                continue
            for _ in range(min(repeat, limits.MAX_ROWS + 1)):
                number += 1
                if number > limits.MAX_SHEET_ROWS:
                    raise limits.not_a_workbook(path)
                yield number, merges.fill(number, list(values))
            number += repeat - min(repeat, limits.MAX_ROWS + 1)
    except FileFormatError:
        raise
    except (ET.ParseError, zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError,
            IndexError, TypeError, AttributeError, RuntimeError) as exc:
        raise _damaged(path, type(exc).__name__) from None
    finally:
        archive.close()
