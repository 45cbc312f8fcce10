"""Writing tables to CSV or XLSX, atomically.

A file is written to a temporary sibling, flushed to disk and then moved
over the target with :func:`os.replace`, so a crash or a full disk leaves
either the old file or nothing — never half a table that a coordinator
might later import or send on.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import decimal
import errno
import io
import itertools
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from app.errors import KnownError, UsageError
from app.i18n import Msg, Translate
from app.tables.cells import csv_value, xlsx_text_cell

CTX = "Tables"
DATE_FORMAT = "DD.MM.YYYY"  # how dates are written everywhere in Kazakhstan
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
_WIDTH_SAMPLE = 500  # rows looked at to size columns; the rest are streamed
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def write_table(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
                sheet_title: str = "Sheet1", text_columns: Iterable[str] = frozenset(),
                delimiter: str = ",", encoding: str = "utf-8-sig") -> Path:
    """Write ``headers`` and ``rows`` to ``path`` (.csv or .xlsx, by suffix).

    CSV is UTF-8 with BOM and commas unless told otherwise, so Excel shows
    Kazakh letters.  XLSX
    has a bold, frozen header, real dates (DD.MM.YYYY) and numbers, and
    ``text_columns`` (IIN, phone) stored as text so leading zeros survive.
    No text cell becomes a formula in a spreadsheet (app/tables/cells.py).
    Raises :class:`UsageError` for other suffixes and :class:`KnownError`
    when the file cannot be written.  Returns the path written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        atomic_write(path, lambda f: _write_csv(f, headers, rows, delimiter, encoding))
    elif suffix == ".xlsx":
        text = set(text_columns)
        atomic_write(path, lambda f: _write_xlsx(f, headers, rows, sheet_title, text))
    else:
        raise UsageError(Msg(CTX, "Cannot save a table as \"{suffix}\": use a file name ending "
                                  "in .xlsx or .csv.", suffix=path.suffix or path.name))
    return path


def write_errors_file(path: Path | str, headers: Sequence[str],
                      rows_with_reason: Iterable[tuple[Sequence[Any], str | Msg]], *,
                      translate: Translate | None = None, error_header: str = "error",
                      delimiter: str | None = None, encoding: str | None = None) -> Path:
    """Write rejected rows as they were read, plus a last ``error`` column.

    The user can fix the rows in Excel and import the same file again: the
    ``error`` column is not a known title and is simply ignored then.
    ``Msg`` reasons are rendered with ``translate`` (English without one).
    A .csv keeps the imported file's ``delimiter`` and ``encoding`` (so it opens
    as that file did); when the reasons hold letters that encoding cannot
    (Kazakh letters in cp1251), it is UTF-8 with BOM, which Excel opens too.
    Without them: UTF-8 with BOM and commas.  .xlsx also works.
    """
    width = len(headers)
    lines = []
    for row, reason in rows_with_reason:
        text = reason.render(translate) if isinstance(reason, Msg) else str(reason)
        lines.append((list(row) + [None] * width)[:width] + [text])
    target = _keepable(encoding, [*headers, error_header], lines)
    return write_table(path, [*headers, error_header], lines, delimiter=delimiter or ",", encoding=target)


def _keepable(encoding: str | None, headers: Sequence[Any], lines: list[list[Any]]) -> str:
    """``encoding`` when every text can be written in it, else UTF-8 with BOM."""
    if not encoding or encoding.replace("_", "-").lower() in ("utf-8", "utf-8-sig"):
        return "utf-8-sig"  # a BOM even for a file without one: Excel needs it to show Kazakh letters
    if encoding.lower().startswith("utf-16"):
        return "utf-16"
    try:
        for line in [headers, *lines]:
            for value in line:
                str(_csv_value(value)).encode(encoding)
    except UnicodeEncodeError:
        return "utf-8-sig"
    return encoding


# --- atomic replace --------------------------------------------------------


def atomic_write(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Run ``write`` on a temp file beside ``path``, fsync it, then replace ``path``."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except PermissionError:  # nothing can be created there: the folder, not the file, is the problem
        raise KnownError(Msg(CTX, "Cannot write to the folder {folder}: it is read-only or you may not "
                                  "write there. Choose another folder (Documents, say) and try again.",
                             folder=str(folder))) from None
    except OSError as exc:
        raise _write_error(path, exc) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        _copy_mode(path, tmp)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise _write_error(path, exc) from None
        raise
    _fsync_folder(folder)


def _copy_mode(path: Path, tmp: Path) -> None:
    """mkstemp makes 0600 files: a new file keeps that (exports hold children's data); a replaced one
    keeps its own mode."""
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        return  # a new file: mkstemp's 0600
    os.chmod(tmp, mode)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on Windows."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_error(path: Path, exc: OSError) -> KnownError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return KnownError(Msg(CTX, "Cannot write {file}: {reason}. The disk is full: free some space on it "
                                   "or choose another disk, then try again. The old file, if any, is unchanged.",
                              file=str(path), reason=exc.strerror or str(exc)))
    if isinstance(exc, PermissionError):
        # On Windows the usual cause is the same file open in Excel.
        return KnownError(Msg(CTX, "Cannot write {file}: access denied. If the file is open "
                                   "in Excel, close it and try again.", file=str(path)))
    return KnownError(Msg(CTX, "Cannot write {file}: {reason}", file=str(path),
                          reason=exc.strerror or str(exc)))


# --- formats ---------------------------------------------------------------


def _csv_value(value: Any) -> Any:
    """A value as the CSV cell shows it: dates as DD.MM.YYYY, formula-like text behind a quote."""
    return csv_value(_csv_text(value))


def _csv_text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M") if value.time() != dt.time(0) else value.strftime("%d.%m.%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, Msg):
        return value.render()
    return value


def _write_csv(f: IO[bytes], headers: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str = ",",
               encoding: str = "utf-8-sig") -> None:
    text = io.TextIOWrapper(f, encoding=encoding, newline="")
    try:
        writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")  # \r\n: what Excel writes
        writer.writerow([csv_value(str(h)) for h in headers])
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])
        text.flush()
    finally:
        text.detach()  # leave the binary file open for fsync


def _display_len(value: Any) -> int:
    if isinstance(value, (dt.date, dt.datetime)):
        return 16 if isinstance(value, dt.datetime) else 10
    if value is None:
        return 0
    return max((len(part) for part in str(value).splitlines()), default=0)


def print_ready(ws: Any, header_rows: int = 1, landscape: bool = True) -> None:
    """Set a sheet up for printing as a coordinator prints a list: A4, landscape, every column on the
    page's width (as many pages down as it takes), the header row(s) repeated on every page."""
    if header_rows:
        ws.print_title_rows = f"1:{header_rows}"
    ws.page_setup.paperSize = 9  # A4 (Excel otherwise follows the computer's locale: Letter in some)
    if landscape:
        ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # 0: no limit down the pages
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True  # a list without its grid is hard to follow on paper


def safe_sheet_title(title: str) -> str:
    """Excel refuses titles over 31 characters or with []:*?/\\ in them."""
    title = " ".join(_BAD_SHEET_CHARS.sub(" ", title).split()).strip("'")[:31].strip()  # "a: b" not "a  b"
    return title or "Sheet1"


def _write_xlsx(f: IO[bytes], headers: Sequence[str], rows: Iterable[Sequence[Any]],
                sheet_title: str, text_columns: set[str]) -> None:
    from openpyxl import Workbook  # imported here: CSV export should not pay for it
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(safe_sheet_title(sheet_title))
    it = iter(rows)
    head = [list(r) for r in itertools.islice(it, _WIDTH_SAMPLE)]
    for i, title in enumerate(headers):
        longest = max([len(str(title))] + [_display_len(r[i]) for r in head if i < len(r)])
        ws.column_dimensions[get_column_letter(i + 1)].width = min(max(longest + 2, 8), 60)
    ws.freeze_panes = "A2"
    print_ready(ws)
    text_idx = {i for i, h in enumerate(headers) if h in text_columns}

    bold = Font(bold=True)
    header_cells = []
    for title in headers:
        cell = xlsx_text_cell(ws, str(title))
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    for row in itertools.chain(head, it):
        ws.append([_xlsx_cell(ws, WriteOnlyCell, v, i in text_idx) for i, v in enumerate(row)])
    wb.save(f)


def _xlsx_cell(ws: Any, cell_type: Any, value: Any, as_text: bool) -> Any:
    if value is None:
        return None
    if as_text:
        cell = xlsx_text_cell(ws, str(_csv_text(value)))  # never a formula, even when it starts with "="
        cell.number_format = "@"  # stays text when the user edits it in Excel
        return cell
    if isinstance(value, Msg):
        value = value.render()
    if isinstance(value, str):
        return xlsx_text_cell(ws, value)  # imported data starting with "=" must not become a formula
    if isinstance(value, dt.datetime):
        cell = cell_type(ws, value=value)
        cell.number_format = DATETIME_FORMAT if value.time() != dt.time(0) else DATE_FORMAT
        return cell
    if isinstance(value, dt.date):
        cell = cell_type(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if isinstance(value, (bool, int, float, decimal.Decimal, dt.time)):
        return value
    return xlsx_text_cell(ws, str(value))
