"""Reading old Excel 97–2003 workbooks (.xls) with xlrd.

Schools still get lists as .xls from older systems and older Excel.  The
binary BIFF format is read by xlrd (a maintained reader of it; writing one
by hand is not sensible).  xlrd reads a whole sheet into memory, so the
file is bounded first: :data:`MAX_XLS_BYTES` keeps the cells it holds well
under the readers' memory bound (a real class or school list is a few
hundred KB; BIFF8 itself stops at 65,536 rows).  Merged cells give their
value to every cell they cover, as the user sees them.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import xlrd
from xlrd.biffh import XL_CELL_BOOLEAN, XL_CELL_DATE, XL_CELL_EMPTY, XL_CELL_ERROR, XL_CELL_NUMBER

from app.errors import FileFormatError
from app.i18n import N_
from app.tables import limits
from app.tables.limits import fail
from app.tables.merges import MergeFiller

CTX = "Tables"
MAX_XLS_BYTES = 16 << 20  # ~1.5 million cells at most; xlrd keeps each as a Python object


def _encrypted_or_damaged(path: Path, exc: Exception) -> FileFormatError:
    if "workbook in OLE2" in str(exc) or "encrypted" in str(exc).lower():
        # An .xlsx with a password is stored in an OLE container too: xlrd finds no workbook in it.
        return fail(N_(CTX, "{file} is password-protected. Open it in Excel, remove the password and save "
                       "it as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"."), path)
    return fail(N_(CTX, "{file} cannot be read as an old Excel workbook (.xls) ({reason}). "
                   "Open it in Excel and save it as \"Excel Workbook (.xlsx)\"."), path, reason=str(exc)[:200])


def _value(book: Any, ctype: int, value: Any) -> Any:
    if ctype in (XL_CELL_EMPTY, XL_CELL_ERROR):
        return None
    if ctype == XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(value, book.datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return value  # not a real date: the number, which the field's check then refuses
    if ctype == XL_CELL_BOOLEAN:
        return bool(value)
    if ctype == XL_CELL_NUMBER:
        return value
    return value if value != "" else None


def read_rows(path: Path, data: bytes, sheet: str | None) -> tuple[str, Iterator[tuple[int, list[Any]]]]:
    """The chosen sheet's title and its rows as (Excel row number, values).

    Raises :class:`FileFormatError` for a file too large, damaged or
    password-protected, or without the sheet asked for.
    """
    if len(data) > MAX_XLS_BYTES:
        raise fail(N_(CTX, "{file} is too large for the old Excel format ({size} MB; at most {limit} MB). "
                       "Open it in Excel and save it as \"Excel Workbook (.xlsx)\"."),
                   path, size=round(len(data) / (1 << 20)), limit=MAX_XLS_BYTES >> 20)
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception as exc:  # xlrd raises many kinds (XLRDError, struct.error, IndexError, …) on damage
        raise _encrypted_or_damaged(path, exc) from None
    try:
        names = book.sheet_names()
        if sheet is not None:
            wanted = [i for i, n in enumerate(names) if n.strip().casefold() == sheet.strip().casefold()]
            if not wanted:
                raise fail(N_(CTX, "{file} has no sheet named \"{sheet}\". Sheets: {sheets}."), path,
                           sheet=sheet, sheets=", ".join(names))
            index = wanted[0]
        else:
            if not names:
                raise fail(N_(CTX, "The file {file} is empty."), path)
            index = next((i for i in range(len(names)) if book.sheet_by_index(i).visibility == 0), 0)
        ws = book.sheet_by_index(index)
    except FileFormatError:
        book.release_resources()
        raise
    except Exception as exc:
        book.release_resources()
        raise _encrypted_or_damaged(path, exc) from None
    return names[index], _rows(book, ws, path)


def _rows(book: Any, ws: Any, path: Path) -> Iterator[tuple[int, list[Any]]]:
    widest = limits.MAX_COLUMNS + 1
    merges = MergeFiller(path, widest)
    for rlo, rhi, clo, chi in ws.merged_cells:  # 0-based, the high ends exclusive
        merges.add(rlo + 1, clo + 1, rhi, chi)
    try:
        for r in range(ws.nrows):
            width = min(ws.row_len(r), widest)
            row = [_value(book, t, v) for t, v in zip(ws.row_types(r, 0, width), ws.row_values(r, 0, width))]
            yield r + 1, merges.fill(r + 1, row)
    finally:
        book.release_resources()
