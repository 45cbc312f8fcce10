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
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from app.errors import FileFormatError
from app.i18n import Msg, N_
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
    Raises :class:`FileFormatError` for any file that cannot be read.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _fail(N_(CTX, "The file {file} was not found."), path) from None
    except IsADirectoryError:
        raise _fail(N_(CTX, "{file} is a folder, not a table file."), path) from None
    except OSError as exc:
        raise _fail(N_(CTX, "The file {file} cannot be opened: {reason}"), path,
                    reason=exc.strerror or str(exc)) from None

    if data.startswith(_ZIP_MAGIC):
        table = _read_xlsx(path, data, sheet)
    elif data.startswith(_OLE_MAGIC):
        # Old binary Excel, or an encrypted .xlsx (also stored in an OLE container).
        raise _fail(N_(CTX, "{file} is in the old Excel format (.xls) or is password-protected. "
                    "Open it in Excel, remove any password and save it as "
                    "\"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"."), path)
    else:
        table = _read_csv(path, data)
    if len(table.headers) < min_columns:
        raise _fail(N_(CTX, "{file} does not look like a table: it has only {count} column(s). "
                    "Columns must be separated by commas, semicolons or tabs, "
                    "or the file must be an Excel workbook (.xlsx)."),
                    path, count=len(table.headers))
    return table


# --- CSV -------------------------------------------------------------------


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


def _read_csv(path: Path, data: bytes) -> Table:
    text, encoding = _decode(path, data)
    if not text.strip(_STRIP):
        raise _fail(N_(CTX, "The file {file} is empty."), path)
    if _looks_binary(text):
        raise _fail(N_(CTX, "{file} is not a table: it contains binary data."), path)
    if text.lstrip(_STRIP)[:200].lower().startswith(("<!doctype html", "<html", "<table", "<?xml")):
        # Web systems often save HTML or XML-2003 "spreadsheets" as .xls.
        raise _fail(N_(CTX, "{file} is a web page or XML document saved as a table. "
                    "Open it in Excel and save it as \"Excel Workbook (.xlsx)\"."), path)

    lines = text.splitlines(keepends=True)
    skipped = 0
    first = lines[0].rstrip("\r\n").strip(" ") if lines else ""  # keep "sep=\t"
    # Excel writes and honours a "sep=;" hint line; it is not shown as a row.
    if first.lower().startswith("sep=") and len(first) == 5:
        delimiter: str | None = first[4]
        text = "".join(lines[1:])
        skipped = 1
    else:
        delimiter = sniff_delimiter(_first_line(text))
    # Without a delimiter the file is one column; \x1f never occurs in real text.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or "\x1f")
    try:
        records = list(reader)
    except csv.Error as exc:
        raise _fail(N_(CTX, "{file} cannot be read as CSV near line {line}: {reason}"), path,
                    line=reader.line_num + skipped, reason=str(exc)) from None
    table = _build(path, records)
    table.encoding, table.delimiter = encoding, delimiter
    return table


# --- XLSX ------------------------------------------------------------------


def _read_xlsx(path: Path, data: bytes, sheet: str | None) -> Table:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError):
        raise _fail(N_(CTX, "{file} is a damaged archive, not a readable table."), path) from None
    if "xl/workbook.xml" not in names:
        kind = "OpenDocument (.ods)" if "content.xml" in names else None
        if kind or "word/document.xml" in names:
            raise _fail(N_(CTX, "{file} is a {kind} file, not an Excel table. "
                        "Save it as \"Excel Workbook (.xlsx)\" or CSV."),
                        path, kind=kind or "Word (.docx)")
        raise _fail(N_(CTX, "{file} is a zip archive, not a table. Unpack it first."), path)

    import openpyxl  # imported here: CSV-only use should not pay for it

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many error types for damaged files
        raise _fail(N_(CTX, "{file} cannot be read as an Excel workbook ({reason}). "
                    "Open it in Excel and save it again."), path,
                    reason=type(exc).__name__) from None
    try:
        ws = _pick_sheet(path, wb, sheet)
        ws.reset_dimensions()  # some generators write a wrong size; read what is there
        try:
            records = [list(r) for r in ws.iter_rows(values_only=True)]
        except Exception as exc:  # damaged sheet XML inside a valid zip
            raise _fail(N_(CTX, "{file} cannot be read as an Excel workbook ({reason}). "
                        "Open it in Excel and save it again."), path,
                        reason=type(exc).__name__) from None
        title = ws.title
    finally:
        wb.close()
    if not any(_cell(v) is not None for r in records for v in r):
        raise _fail(N_(CTX, "The file {file} is empty."), path)
    table = _build(path, records)
    table.sheet = title
    return table


def _pick_sheet(path: Path, wb: Any, sheet: str | None) -> Any:
    sheets = list(wb.worksheets)
    if sheet is not None:
        for ws in sheets:
            if ws.title == sheet or ws.title.strip().casefold() == sheet.strip().casefold():
                return ws
        raise _fail(N_(CTX, "{file} has no sheet named \"{sheet}\". Sheets: {sheets}."), path,
                    sheet=sheet, sheets=", ".join(ws.title for ws in sheets))
    visible = [ws for ws in sheets if getattr(ws, "sheet_state", "visible") == "visible"]
    if not (visible or sheets):
        raise _fail(N_(CTX, "The file {file} is empty."), path)
    return (visible or sheets)[0]


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


def _build(path: Path, records: Iterable[list[Any]]) -> Table:
    """Find the header (first non-empty row), then collect the non-empty rows."""
    headers: list[str] | None = None
    rows: list[list[Any]] = []
    numbers: list[int] = []
    for number, record in enumerate(records, start=1):
        cells = [_cell(v) for v in record]
        if all(v is None for v in cells):
            continue  # blank rows are skipped but still counted
        if headers is None:
            headers = [_header(v) for v in record]
            while headers and not headers[-1]:
                headers.pop()  # Excel leaves trailing ";;;" after the last title
            continue
        width = len(headers)
        cells = (cells + [None] * width)[:width]
        if all(v is None for v in cells):
            continue  # data only under untitled columns: nothing to import
        rows.append(cells)
        numbers.append(number)
    if headers is None:
        raise _fail(N_(CTX, "The file {file} is empty."), path)
    return Table(headers, rows, numbers, None, None, path)
