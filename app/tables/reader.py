"""Reading tables (CSV and XLSX) the way school offices really produce them.

Files arrive from Excel in Russian Windows (cp1251, ``;``), from Google
Sheets (UTF-8, ``,``), from "Unicode text" exports (UTF-16, tab) and from
web systems that name anything ``.xls``.  The format is decided by the
content, not the extension, and every unreadable input becomes a
:class:`~app.errors.FileFormatError` naming the file — never a traceback.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import FileFormatError
from app.i18n import N_, Msg
from app.tables import limits
from app.tables.cells import looks_like_formula
from app.text import clean_text

CTX = "Tables"
DELIMITERS = ("\t", ";", ",")  # order breaks ties: tab and ; rarely occur inside titles
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY_MAGIC = {  # common wrong files, named so the user understands what was picked
    b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF", b"%PDF": "PDF",
    b"Rar!": "RAR", b"7z\xbc\xaf": "7z", b"\x1f\x8b": "gzip",
}
_STRIP = " \t\r\n\f\v\u00a0\u200b\ufeff"  # NBSP, zero-width space and stray BOMs too
_NOT_BLANK = re.compile(f"[^{re.escape(_STRIP)}]")
_LINE_END = re.compile("[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")  # where str.splitlines breaks
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")  # lines as open(newline="") gives them


@dataclass
class Table:
    """A rectangular table: header titles, data rows and where they came from."""

    headers: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]  # row number as Excel shows it (header row = 1)
    encoding: str | None
    delimiter: str | None
    source: Path
    sheet: str | None = None

    def __len__(self) -> int:
        return len(self.rows)


def _fail(source: str, path: Path, **params: Any) -> FileFormatError:
    return FileFormatError(Msg(CTX, source, file=path.name, **params))  # i18n: ignore


def read_table(path: Path | str, *, sheet: str | None = None, min_columns: int = 2) -> Table:
    """Read a CSV or XLSX file into a :class:`Table`.

    ``sheet`` picks a worksheet by name (XLSX only; default: the first visible
    one).  Fewer than ``min_columns`` columns means the file is not a table.
    Raises :class:`FileFormatError` for any file that cannot be read, and for
    files beyond the bounds of :mod:`app.tables.limits` (size, line length,
    rows, columns, what an XLSX unpacks to) before they take much memory.
    """
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limits.MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _fail(N_(CTX, "The file {file} was not found."), path) from None
    except IsADirectoryError:
        raise _fail(N_(CTX, "{file} is a folder, not a table file."), path) from None
    except OSError as exc:
        raise _fail(N_(CTX, "The file {file} cannot be opened: {reason}"), path,
                    reason=exc.strerror or str(exc)) from None
    if len(data) > limits.MAX_FILE_BYTES:
        raise limits.too_big_file(path, path.stat().st_size)

    if data.startswith(_ZIP_MAGIC):
        from app.tables.xlsx import read_rows  # imports openpyxl: CSV-only use should not pay for it

        title, rows = read_rows(path, data, sheet)
        del data  # the rows are read from the archive, which holds its own reference
        table = _build(path, rows)
        table.sheet = title
    elif data.startswith(_OLE_MAGIC):
        # Old binary Excel, or an encrypted .xlsx (also stored in an OLE container).
        raise _fail(N_(CTX, "{file} is in the old Excel format (.xls) or is password-protected. "
                    "Open it in Excel, remove any password and save it as "
                    "\"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"."), path)
    else:
        _check_lines(path, data)
        text, encoding = _decode(path, data)
        del data  # only the text is needed from here on
        table = _read_csv(path, text, encoding)
    if len(table.headers) < min_columns:
        raise _fail(N_(CTX, "{file} does not look like a table: it has only {count} column(s). "
                    "Columns must be separated by commas, semicolons or tabs, "
                    "or the file must be an Excel workbook (.xlsx)."),
                    path, count=len(table.headers))
    return table


# --- CSV -------------------------------------------------------------------


def _check_lines(path: Path, data: bytes) -> None:
    """Refuse a line longer than MAX_LINE_BYTES, before it becomes millions of cells.

    Looks at blocks of half the limit: only a block with no line end in it can
    be part of a line that long, and only then is that line measured.
    """
    limit = limits.MAX_LINE_BYTES
    if len(data) <= limit:
        return
    sep = b"\n" if b"\n" in data else b"\r"  # old Mac files end lines with CR alone
    half = limit // 2
    for start in range(0, len(data), half):
        if data.find(sep, start, start + half) >= 0:
            continue
        begin = data.rfind(sep, 0, start) + 1
        end = data.find(sep, start)
        if (len(data) if end < 0 else end) - begin > limit:
            raise limits.long_line(path, data.count(sep, 0, begin) + 1)


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """Text and encoding name; UTF-8 is tried strictly so cp1251 is never misread."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:  # Excel "Unicode text": UTF-16 with BOM, tab separated
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise _fail(N_(CTX, "{file} is not a readable text table."), path) from None
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise _fail(N_(CTX, "{file} is a {kind} file, not a table."), path, kind=kind)
    if b"\x00" in data:
        raise _fail(N_(CTX, "{file} is not a table: it contains binary data."), path)
    try:
        text = data.decode("utf-8-sig")
        return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1251 maps every byte but 0x98; replace that one instead of failing.
    return data.decode("cp1251", errors="replace"), "cp1251"


def _looks_binary(text: str) -> bool:
    """True when many control characters show the bytes are not text at all."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f\v")
    return controls > max(2, len(sample) // 200)


def _first_line(text: str) -> str:
    """The first non-blank logical line; a newline inside quotes does not end it."""
    quoted = False
    start = 0
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            if text[start:i].strip(_STRIP):
                return text[start:i]
            start = i + 1
    return text[start:]


def sniff_delimiter(line: str) -> str | None:
    """The most frequent of tab, ``;`` and ``,`` outside quotes, or None."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])  # max keeps the first of ties
    return best if counts[best] else None


def _read_csv(path: Path, text: str, encoding: str) -> Table:
    first_text = _NOT_BLANK.search(text)
    if first_text is None:
        raise _fail(N_(CTX, "The file {file} is empty."), path)
    if _looks_binary(text):
        raise _fail(N_(CTX, "{file} is not a table: it contains binary data."), path)
    start = first_text.start()
    if text[start:start + 200].lower().startswith(("<!doctype html", "<html", "<table", "<?xml")):
        # Web systems often save HTML or XML-2003 "spreadsheets" as .xls.
        raise _fail(N_(CTX, "{file} is a web page or XML document saved as a table. "
                    "Open it in Excel and save it as \"Excel Workbook (.xlsx)\"."), path)

    skipped = 0
    end = _LINE_END.search(text)
    first = (text[:end.start()] if end else text).strip(" ")  # keep "sep=\t"
    # Excel writes and honours a "sep=;" hint line; it is not shown as a row.
    if first.lower().startswith("sep=") and len(first) == 5:
        delimiter: str | None = first[4]
        cut = len(text) if end is None else end.start() + (2 if text.startswith("\r\n", end.start()) else 1)
        text = text[cut:]
        skipped = 1
    else:
        delimiter = sniff_delimiter(_first_line(text))
    # Without a delimiter the file is one column; \x1f never occurs in real text.
    reader = csv.reader((m.group() for m in _LINES.finditer(text)), delimiter=delimiter or "\x1f")

    def records() -> Iterator[tuple[int, list[str]]]:
        try:
            yield from enumerate(reader, start=1)
        except csv.Error as exc:
            raise _fail(N_(CTX, "{file} cannot be read as CSV near line {line}: {reason}"), path,
                        line=reader.line_num + skipped, reason=str(exc)) from None

    table = _build(path, records())
    table.encoding, table.delimiter = encoding, delimiter
    return table


# --- common ----------------------------------------------------------------


def _cell(value: Any) -> Any:
    """A cleaned cell: clean text (app.text.clean_text) or None, whole numbers as int, midnight as date.

    The quote Tirkeu's own exports put before a formula-like text (``'=…``,
    ``'-2+3``) is taken off again, so an exported list imports unchanged.
    """
    if value is None:
        return None
    if isinstance(value, str):
        if value.startswith("'") and looks_like_formula(value[1:]):
            value = value[1:]  # the quote app/tables/cells.py puts before a formula-like text
        return clean_text(value, multiline=True) or None
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        return value.date()
    return value


def _header(value: Any) -> str:
    value = _cell(value)
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _build(path: Path, records: Iterable[tuple[int, list[Any]]]) -> Table:
    """Find the header (first non-empty row), then collect the non-empty rows.

    ``records`` are (row number, values), read lazily: a file beyond the
    bounds of :mod:`app.tables.limits` is refused as soon as that shows.
    """
    headers: list[str] | None = None
    rows: list[list[Any]] = []
    numbers: list[int] = []
    width = 0
    most = limits.MAX_ROWS
    for number, record in records:
        if headers is None:
            head = record[:limits.MAX_COLUMNS + 1]
            if all(_cell(v) is None for v in head):
                continue  # blank rows are skipped but still counted
            headers = [_header(v) for v in head]
            while headers and not headers[-1]:
                headers.pop()  # Excel leaves trailing ";;;" after the last title
            if len(headers) > limits.MAX_COLUMNS:
                raise limits.too_many_columns(path)
            width = len(headers)
            most = min(limits.MAX_ROWS, limits.MAX_CELLS // width)
            continue
        if len(record) > limits.MAX_COLUMNS + 1:  # (an XLSX row never is: app.tables.xlsx checks its own)
            far = next((i for i in range(limits.MAX_COLUMNS + 1, len(record)) if record[i] not in (None, "")), None)
            if far is not None:
                raise limits.data_too_far_right(path, number, str(far + 1))
        cells = [_cell(v) for v in record[:width]]
        if all(v is None for v in cells):
            continue  # blank, or data only under untitled columns: nothing to import
        if len(cells) < width:
            cells += [None] * (width - len(cells))
        if len(rows) >= most:
            raise limits.too_many_rows(path) if most == limits.MAX_ROWS else limits.too_many_cells(path, width)
        rows.append(cells)
        numbers.append(number)
    if headers is None:
        raise _fail(N_(CTX, "The file {file} is empty."), path)
    return Table(headers, rows, numbers, None, None, path)
