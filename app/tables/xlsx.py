"""Reading an XLSX sheet row by row, in bounded memory.

openpyxl's own reader, even in read-only mode, builds every row as wide as
the sheet's rightmost cell and keeps every finished XML element of a part
until the part ends, so a small hostile file takes gigabytes.  Here the zip
is checked before anything is unpacked (its table of contents, the size of
every part), and each XML part is walked with ``iterparse`` keeping only the
element being read: one row, one shared text.  openpyxl still does what it
does well: the value of a cell (numbers, dates by their number format,
shared and inline texts, booleans) comes from its ``WorkSheetParser``, and
date formats from its ``is_date_format``.

Every refusal is a :class:`~app.errors.FileFormatError` naming the file.
"""
from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree as ET

from openpyxl.cell.text import Text
from openpyxl.styles.numbers import builtin_format_code, is_date_format, is_timedelta_format
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904, WINDOWS_EPOCH
from openpyxl.worksheet._reader import WorkSheetParser

from app.errors import FileFormatError
from app.i18n import N_
from app.tables import limits
from app.tables.limits import fail
from app.tables.merges import MergeFiller
from app.tables.ods import read_ods

CTX = "Tables"  # a literal here: tools/i18n_sync.py reads the messages' context from this module

_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"


class _Unreadable(Exception):
    """The workbook's XML or structure is damaged (the reason is the exception's type name)."""


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _damaged(path: Path, reason: str) -> FileFormatError:
    return fail(N_(CTX, "{file} cannot be read as an Excel workbook ({reason}). "
                   "Open it in Excel and save it again."), path, reason=reason)


# --- the zip ---------------------------------------------------------------


def _directory_size(data: bytes) -> tuple[int, int] | None:
    """(entries, bytes) of the zip's central directory, read from its end record; None if absent."""
    at = data.rfind(_EOCD, max(0, len(data) - 65_557))
    if at < 0 or at + 22 > len(data):
        return None
    entries, size = struct.unpack_from("<HI", data, at + 10)
    if (entries == 0xFFFF or size == 0xFFFFFFFF) and at >= 20 and data[at - 20:at - 16] == _EOCD64_LOCATOR:
        (offset,) = struct.unpack_from("<Q", data, at - 12)
        if offset + 56 <= len(data) and data[offset:offset + 4] == _EOCD64:
            entries, size = struct.unpack_from("<QQ", data, offset + 32)
    return entries, size


def open_zip(path: Path, data: bytes) -> zipfile.ZipFile:
    """The workbook's zip, once its table of contents and unpacked sizes are found sane.

    Raises :class:`FileFormatError` for a damaged archive or a zip bomb.
    """
    shape = _directory_size(data)
    if shape is not None and (shape[0] > limits.MAX_ZIP_ENTRIES or shape[1] > limits.MAX_ZIP_DIRECTORY):
        raise limits.not_a_workbook(path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise fail(N_(CTX, "{file} is a damaged archive, not a readable table."), path) from None
    infos = archive.infolist()
    # The declared sizes can be trusted: zipfile stops reading a part at its declared size.
    if (len(infos) > limits.MAX_ZIP_ENTRIES
            or sum(i.file_size for i in infos) > limits.MAX_UNPACKED_BYTES):
        archive.close()
        raise limits.not_a_workbook(path)
    return archive


# --- bounded XML -------------------------------------------------------------


class _Counted:
    """A part being unpacked, counting bytes so a long stretch without any XML event is refused."""

    def __init__(self, raw: IO[bytes], path: Path) -> None:
        self.raw, self.path = raw, path
        self.total = 0
        self.mark = 0  # total at the last XML event

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size if size and size > 0 else 1 << 16)
        self.total += len(data)
        if self.total - self.mark > limits.MAX_ITEM_BYTES:
            raise limits.not_a_workbook(self.path)  # one text, tag or comment of megabytes
        return data


def _items(archive: zipfile.ZipFile, name: str, path: Path, wanted: frozenset[str],
           max_bytes: int | None = limits.MAX_PART_BYTES) -> Iterator[tuple[str, Any, str]]:
    """(local name, element, parent's local name) of each ``wanted`` element of a part, as it ends.

    Only the element being read is kept: every other finished element is
    dropped from its parent at once, so memory does not grow with the part.
    A wanted element may hold at most MAX_ITEM_ELEMENTS elements and
    MAX_ITEM_BYTES of XML; the element is dropped once the caller resumes.
    """
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise _Unreadable("KeyError") from None
    if max_bytes is not None and info.file_size > max_bytes:
        raise limits.not_a_workbook(path)
    with archive.open(info) as raw:
        source = _Counted(raw, path)
        stack: list[Any] = []
        item_depth = 0  # depth of the wanted element being read, 0 when none
        held = 0
        item_start = 0
        for event, elem in ET.iterparse(source, events=("start", "end")):
            source.mark = source.total
            if event == "start":
                stack.append(elem)
                if len(stack) > limits.MAX_XML_DEPTH:
                    raise limits.not_a_workbook(path)
                if item_depth:
                    held += 1
                    if held > limits.MAX_ITEM_ELEMENTS or source.total - item_start > limits.MAX_ITEM_BYTES:
                        raise limits.not_a_workbook(path)
                elif _local(elem.tag) in wanted:
                    item_depth, held, item_start = len(stack), 0, source.total
                continue
            depth = len(stack)
            stack.pop()
            parent = stack[-1] if stack else None
            if item_depth and depth > item_depth:
                continue  # part of the element being read: kept until it ends
            if item_depth == depth:
                item_depth = 0
                if source.total - item_start > limits.MAX_ITEM_BYTES:
                    raise limits.not_a_workbook(path)
                yield _local(elem.tag), elem, _local(parent.tag) if parent is not None else ""
            if parent is not None:
                parent.remove(elem)
            else:
                elem.clear()


# --- the workbook ----------------------------------------------------------


def _relationships(archive: zipfile.ZipFile, part: str, path: Path) -> dict[str, tuple[str, str]]:
    """{id: (type, target part)} of ``part``'s relationships."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    out: dict[str, tuple[str, str]] = {}
    if rels_name not in archive.NameToInfo:
        return out
    for _, elem, _parent in _items(archive, rels_name, path, frozenset({"Relationship"})):
        target = elem.get("Target") or ""
        if elem.get("TargetMode") == "External":
            continue
        target = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        out[elem.get("Id") or ""] = (elem.get("Type") or "", posixpath.normpath(target))
    return out


def _workbook_part(archive: zipfile.ZipFile, path: Path) -> str:
    for rel_type, target in _relationships(archive, "", path).values():
        if rel_type.endswith("/officeDocument") and target in archive.NameToInfo:
            return target
    return "xl/workbook.xml"


def _sheets(archive: zipfile.ZipFile, part: str, path: Path) -> tuple[list[tuple[str, str, str]], bool]:
    """([(title, state, part)], date1904) of the workbook's worksheets, in order."""
    rels = _relationships(archive, part, path)
    sheets: list[tuple[str, str, str]] = []
    date1904 = False
    for name, elem, _parent in _items(archive, part, path, frozenset({"sheet", "workbookPr"})):
        if name == "workbookPr":
            date1904 = (elem.get("date1904") or "").lower() in ("1", "true")
            continue
        rid = next((v for k, v in elem.attrib.items() if _local(k) == "id"), None)
        rel_type, target = rels.get(rid or "", ("", ""))
        if target in archive.NameToInfo and "chartsheet" not in rel_type:
            sheets.append((elem.get("name") or "", elem.get("state") or "visible", target))
    return sheets, date1904


def _date_styles(archive: zipfile.ZipFile, path: Path) -> tuple[set[int], set[int]]:
    """Indexes of the cell styles that show dates, and those that show durations (as openpyxl finds them)."""
    if "xl/styles.xml" not in archive.NameToInfo:
        return set(), set()
    custom: dict[int, str] = {}
    xfs: list[int] = []
    for name, elem, parent in _items(archive, "xl/styles.xml", path, frozenset({"numFmt", "xf"})):
        try:
            if name == "numFmt" and parent == "numFmts":
                custom[int(elem.get("numFmtId") or 0)] = elem.get("formatCode") or ""
            elif name == "xf" and parent == "cellXfs":
                xfs.append(int(elem.get("numFmtId") or 0))
        except ValueError:
            raise _Unreadable("ValueError") from None
    dates, durations = set(), set()
    for index, fmt_id in enumerate(xfs):
        code = custom[fmt_id] if fmt_id in custom else builtin_format_code(fmt_id)
        if code and is_date_format(code):
            dates.add(index)
        if code and is_timedelta_format(code):
            durations.add(index)
    return dates, durations


def _shared_strings(archive: zipfile.ZipFile, part: str, path: Path) -> list[str]:
    strings: list[str] = []
    chars = 0
    if part not in archive.NameToInfo:
        return strings
    info = archive.getinfo(part)
    if info.file_size > limits.MAX_UNPACKED_BYTES:
        raise limits.not_a_workbook(path)
    for _, elem, _parent in _items(archive, part, path, frozenset({"si"}), max_bytes=None):
        text = Text.from_tree(elem).content.replace("x005F_", "")  # as openpyxl reads it
        chars += len(text)
        if len(strings) >= limits.MAX_SHARED_STRINGS or chars > limits.MAX_SHARED_CHARS:
            raise limits.not_a_workbook(path)
        strings.append(text)
    return strings


def _pick(path: Path, sheets: list[tuple[str, str, str]], sheet: str | None) -> tuple[str, str]:
    if sheet is not None:
        for title, _state, part in sheets:
            if title == sheet or title.strip().casefold() == sheet.strip().casefold():
                return title, part
        raise fail(N_(CTX, "{file} has no sheet named \"{sheet}\". Sheets: {sheets}."), path,
                   sheet=sheet, sheets=", ".join(title for title, _s, _p in sheets))
    visible = [s for s in sheets if s[1] == "visible"]
    if not (visible or sheets):
        raise fail(N_(CTX, "The file {file} is empty."), path)
    title, _state, part = (visible or sheets)[0]
    return title, part


def read_rows(path: Path, data: bytes, sheet: str | None) -> tuple[str, Iterator[tuple[int, list[Any]]]]:
    """The chosen sheet's title and its rows as (Excel row number, values), read lazily.

    Values stop at the row's last cell within MAX_COLUMNS + 1 columns; a
    value further right is refused (empty, formatted cells there are not).
    Rows with no cell are not given.
    Raises :class:`FileFormatError` for anything unreadable or absurd; the
    row iterator raises it too, for what only reading the sheet shows.
    """
    archive = open_zip(path, data)
    names = set(archive.NameToInfo)
    try:
        if "xl/workbook.xml" not in names:
            if "content.xml" in names and "word/document.xml" not in names:
                return read_ods(archive, path, sheet)  # LibreOffice's own format: the archive is its now
            if "word/document.xml" in names:
                raise fail(N_(CTX, "{file} is a {kind} file, not an Excel table. "
                              "Save it as \"Excel Workbook (.xlsx)\" or CSV."),
                           path, kind="Word (.docx)")
            raise fail(N_(CTX, "{file} is a zip archive, not a table. Unpack it first."), path)
        part = _workbook_part(archive, path)
        sheets, date1904 = _sheets(archive, part, path)
        title, sheet_part = _pick(path, sheets, sheet)
        rels = _relationships(archive, part, path)
        strings_part = next((t for k, t in rels.values() if k.endswith("/sharedStrings")), "xl/sharedStrings.xml")
        strings = _shared_strings(archive, strings_part, path)
        dates, durations = _date_styles(archive, path)
    except FileFormatError:
        archive.close()
        raise
    except (_Unreadable, ET.ParseError, zipfile.BadZipFile, zlib.error, EOFError, OSError,
            ValueError, KeyError, IndexError, TypeError, RuntimeError, NotImplementedError) as exc:
        archive.close()
        reason = str(exc) if isinstance(exc, _Unreadable) else type(exc).__name__
        raise _damaged(path, reason) from None
    try:
        merges = _merged_ranges(archive, sheet_part, path)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        archive.close()
        raise _damaged(path, type(exc).__name__) from None
    return title, _rows(archive, sheet_part, path, strings, dates, durations, date1904, merges)


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})\"")


def _merged_ranges(archive: zipfile.ZipFile, part: str, path: Path) -> MergeFiller:
    """The sheet's merged ranges, found by a quick scan of its XML.

    They are written after every row, so a streaming reader would see them
    too late; this pass only unpacks and searches bytes, it builds no XML.
    """
    merges = MergeFiller(path, limits.MAX_COLUMNS + 1)
    tail = b""
    with archive.open(part) as raw:
        while chunk := raw.read(1 << 20):
            block = tail + chunk
            last = 0
            for m in _MERGE.finditer(block):
                c1, r1, c2, r2 = m.groups()
                merges.add(int(r1), column_index_from_string(c1.decode()), int(r2),
                           column_index_from_string(c2.decode()))
                last = m.end()
            tail = block[max(last, len(block) - 200):]  # a tag cut at the chunk's end is found next time
    return merges


def _rows(archive: zipfile.ZipFile, part: str, path: Path, strings: list[str], dates: set[int],
          durations: set[int], date1904: bool, merges: MergeFiller) -> Iterator[tuple[int, list[Any]]]:
    parser = WorkSheetParser(None, strings, data_only=True, epoch=CALENDAR_MAC_1904 if date1904 else WINDOWS_EPOCH,
                             date_formats=dates, timedelta_formats=durations)
    widest = limits.MAX_COLUMNS + 1  # one more than read: a title there is refused by the caller
    last = 0
    count = 0
    try:
        for _, elem, _parent in _items(archive, part, path, frozenset({"row"}), max_bytes=None):
            count += 1
            if count > limits.MAX_SHEET_ROWS:
                raise limits.not_a_workbook(path)
            number, cells = parser.parse_row(elem)
            if number <= last:
                continue  # a row number given twice or going back: the first one counts (as in openpyxl)
            last = number
            width = 0
            for cell in cells:
                column = cell["column"]
                if width < column <= widest:
                    width = column
                elif column > widest and cell["value"] not in (None, ""):
                    raise limits.data_too_far_right(path, number, get_column_letter(min(column, 18278)))
            if not width:
                continue
            values: list[Any] = [None] * width
            for cell in cells:
                if cell["column"] <= width:
                    values[cell["column"] - 1] = cell["value"]
            yield number, merges.fill(number, values)
    except FileFormatError:
        raise
    except (_Unreadable, ET.ParseError, zipfile.BadZipFile, zlib.error, EOFError, OSError,
            ValueError, KeyError, IndexError, TypeError, AttributeError, RuntimeError,
            NotImplementedError) as exc:
        raise _damaged(path, type(exc).__name__) from None
    finally:
        archive.close()
