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
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import FileFormatError
from app.i18n import N_, Msg
from app.tables import limits
from app.tables.cells import looks_like_formula
from app.tables.encodings import decode
from app.tables.header_rows import LOOK_ROWS, HeaderChoice, choose_header, is_numbering
from app.tables.headers import TableSpec
from app.text import clean_text

CTX = "Tables"
DELIMITERS = ("\t", ";", ",")  # order breaks ties: tab and ; rarely occur inside titles
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_STRIP = " \t\r\n\f\v\u00a0\u200b\ufeff"  # NBSP, zero-width space and stray BOMs too
_NOT_BLANK = re.compile(f"[^{re.escape(_STRIP)}]")
_LINE_END = re.compile("[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")  # where str.splitlines breaks
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")  # lines as open(newline="") gives them
_OTHER_BREAKS = re.compile("[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")  # str.splitlines breaks there too; _LINES not
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")  # control characters other than tab and line ends


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
    header_rows: list[int] = field(default_factory=list)  # row numbers of the header (two for a two-row one)

    def __len__(self) -> int:
        return len(self.rows)


def _fail(source: str, path: Path, **params: Any) -> FileFormatError:
    return FileFormatError(Msg(CTX, source, file=path.name, **params))  # i18n: ignore


def read_table(path: Path | str, *, sheet: str | None = None, min_columns: int = 2,
               spec: TableSpec | None = None) -> Table:
    """Read a CSV, XLSX, XLS or ODS file into a :class:`Table`.

    ``sheet`` picks a worksheet by name (workbooks only; default: the first
    visible one).  Fewer than ``min_columns`` columns means the file is not a
    table.  With ``spec`` the header is looked for below any title rows and
    may take two rows (:mod:`app.tables.header_rows`); without it, the first
    non-empty row is the header.
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

        title, rows = read_rows(path, data, sheet)  # .xlsx, and .ods (app/tables/ods.py)
        del data  # the rows are read from the archive, which holds its own reference
        table = _build(path, rows, spec)
        table.sheet = title
    elif data.startswith(_OLE_MAGIC):
        # Old binary Excel (.xls), or an encrypted .xlsx (also stored in an OLE container).
        from app.tables.xls import read_rows as read_xls  # imports xlrd: only .xls files need it

        title, rows = read_xls(path, data, sheet)
        del data
        table = _build(path, rows, spec)
        table.sheet = title
    else:
        _check_lines(path, data)
        text, encoding = decode(path, data)
        del data  # only the text is needed from here on
        table = _read_csv(path, text, encoding, spec)
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


def _looks_binary(text: str) -> bool:
    """True when many control characters show the bytes are not text at all."""
    sample = text[:65536]
    return len(_CONTROLS.findall(sample)) > max(2, len(sample) // 200)


def _first_lines(text: str, count: int = LOOK_ROWS) -> list[str]:
    """The first ``count`` non-blank logical lines; a newline inside quotes does not end one."""
    lines: list[str] = []
    quoted = False
    start = 0
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            if text[start:i].strip(_STRIP):
                lines.append(text[start:i])
                if len(lines) >= count:
                    return lines
            start = i + 1
        elif i - start > limits.MAX_LINE_BYTES:
            break  # an unclosed quote: the rest is one "line", judged as it is
    lines.append(text[start:start + limits.MAX_LINE_BYTES])
    return lines


def _sniff_lines(lines: list[str]) -> str | None:
    """The delimiter most of ``lines`` use (a title row above the header may have none)."""
    votes = [d for d in (sniff_delimiter(line) for line in lines) if d is not None]
    if not votes:
        return None
    return max(DELIMITERS, key=votes.count)  # max keeps the first of ties


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


def _read_csv(path: Path, text: str, encoding: str, spec: TableSpec | None = None) -> Table:
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
        delimiter = _sniff_lines(_first_lines(text))
    # Without a delimiter the file is one column; \x1f never occurs in real text.
    reader = csv.reader(_csv_lines(text), delimiter=delimiter or "\x1f")

    def records() -> Iterator[tuple[int, list[str]]]:
        try:
            yield from enumerate(reader, start=1)
        except csv.Error as exc:
            raise _fail(N_(CTX, "{file} cannot be read as CSV near line {line}: {reason}"), path,
                        line=reader.line_num + skipped, reason=str(exc)) from None

    table = _build(path, records(), spec)
    table.encoding, table.delimiter = encoding, delimiter
    return table


_BLOCK = 1 << 20  # characters of text split into lines at a time
_CR_LF = re.compile("[\r\n]")


def _csv_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` as ``open(newline="")`` gives them (ends kept), a block at a time.

    Only CR and LF end a line: a form feed or U+2028 inside a cell is part of it.  Where a block has
    none of the rarer breaks (nearly always), str.splitlines gives those lines in a third of the
    regular expression's time (~6 ms of a list of 10,000 pupils).  A block at a time, so that a large
    file is never held as a list of all its lines as well (a 46 MB file's peak: 375 MB that way, 136 MB so).
    """
    start, size = 0, len(text)
    while start < size:
        end = start + _BLOCK
        if end >= size:
            end = size
        else:
            cut = max(text.rfind("\n", start, end), text.rfind("\r", start, end))
            if cut < start:  # a line longer than the block (lines are bounded before: app.tables.limits)
                found = _CR_LF.search(text, end)
                cut = found.start() if found else size - 1
            end = cut + 1
            if text[cut] == "\r" and text.startswith("\n", end):
                end += 1  # the CR of a CR LF: the line ends after both
        block = text[start:end]
        if _OTHER_BREAKS.search(block):
            yield from map(re.Match.group, _LINES.finditer(block))
        else:
            yield from block.splitlines(True)
        start = end


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


class _Cells(dict):
    """``cells[value]`` is ``_cell(value)``, each text (and None) cleaned once per table.

    A list of 10,000 pupils repeats its names, schools, grades and dates thousands of times.
    Only texts are kept (``True == 1`` as keys, and a cell's type matters), and at most ``_KEPT_CELLS``
    of them: a file of distinct texts must not take twice its memory.
    """

    def __missing__(self, value: Any) -> Any:
        if type(value) is str and value.isdigit() and value.isascii():
            if len(value) <= _SHORT_NUMBER:
                self[value] = value  # a grade, a class, a year: the same few on every row
            return value  # (an IIN, a phone: a new one on every row, clean as it is, not worth keeping)
        cleaned = _cell(value)
        if (value is None or type(value) is str) and len(self) < _KEPT_CELLS:
            self[value] = cleaned
        return cleaned


_KEPT_CELLS = 50_000
_SHORT_NUMBER = 4  # digits of a number kept as a cell (at most 11,110 of them)


def _header(value: Any) -> str:
    value = _cell(value)
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _build(path: Path, records: Iterable[tuple[int, list[Any]]], spec: TableSpec | None = None) -> Table:
    """Find the header, then collect the non-empty rows below it.

    Without ``spec`` the header is the first non-empty row; with it, the row
    (or two) among the first few that names most of ``spec``'s fields
    (:mod:`app.tables.header_rows`), title rows above it left out.
    ``records`` are (row number, values), read lazily: a file beyond the
    bounds of :mod:`app.tables.limits` is refused as soon as that shows.
    """
    it = iter(records)
    looked: list[tuple[int, list[Any]]] = []
    for number, record in it:
        if all(_cell(v) is None for v in record[:limits.MAX_COLUMNS + 1]):
            continue  # blank rows are skipped but still counted
        looked.append((number, record))
        if spec is None or len(looked) >= LOOK_ROWS:
            break
    if not looked:
        raise _fail(N_(CTX, "The file {file} is empty."), path)
    titles = [[_header(v) for v in record[:limits.MAX_COLUMNS + 1]] for _, record in looked]
    choice = choose_header(titles, spec) if spec is not None else HeaderChoice(0, 1, titles[0])
    headers = choice.titles
    while headers and not headers[-1]:
        headers.pop()  # Excel leaves trailing ";;;" after the last title
    if len(headers) > limits.MAX_COLUMNS:
        raise limits.too_many_columns(path)
    width = len(headers)
    most = min(limits.MAX_ROWS, limits.MAX_CELLS // max(width, 1))
    header_rows = [number for number, _ in looked[choice.index:choice.index + choice.height]]
    rows: list[list[Any]] = []
    numbers: list[int] = []
    first = True
    cell = _Cells().__getitem__
    widest = limits.MAX_COLUMNS + 1
    for number, record in itertools.chain(looked[choice.index + choice.height:], it):
        if len(record) > widest:  # (an XLSX row never is: app.tables.xlsx checks its own)
            far = next((i for i in range(widest, len(record)) if record[i] not in (None, "")), None)
            if far is not None:
                raise limits.data_too_far_right(path, number, str(far + 1))
        cells = list(map(cell, record if len(record) <= width else record[:width]))
        if cells.count(None) == len(cells):
            continue  # blank, or data only under untitled columns: nothing to import
        if first and spec is not None and is_numbering(cells):
            first = False
            continue  # the row of column numbers under the header
        first = False
        if len(cells) < width:
            cells += [None] * (width - len(cells))
        if len(rows) >= most:
            raise limits.too_many_rows(path) if most == limits.MAX_ROWS else limits.too_many_cells(path, width)
        rows.append(cells)
        numbers.append(number)
    return Table(headers, rows, numbers, None, None, path, header_rows=header_rows)
