"""How large a table file may be, checked before the reader spends memory on it.

The readers take files from anyone: an XLSX of 155 KB with one cell in the
last column (XFD) of every row once made the reader build rows 16,384 cells
wide (2.6 GB), a zip bomb unpacks a few hundred KB into gigabytes, a CSV of
one 50 MB line becomes millions of cells.  Each bound below is far above
what a school's or an office's real table needs (the program's tables have
at most a few dozen columns), and each refusal says what to do.

Together they keep the reader under about 300 MB whatever the file holds;
``tests/test_table_limits.py`` measures the worst files in a child process.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from app.errors import FileFormatError
from app.i18n import N_, Msg

CTX = "Tables"

MAX_FILE_BYTES = 64 << 20  # a CSV, or an XLSX as it is packed (a 200,000-row list is ~30 MB)
MAX_LINE_BYTES = 1 << 20  # one line of a CSV
MAX_ROWS = 200_000  # data rows of one file
MAX_COLUMNS = 256  # columns read; cells further right are ignored (a title there is refused)
MAX_CELLS = 2_500_000  # data rows × columns kept in memory (200,000 rows of 12 columns)

# XLSX (a zip of XML parts)
MAX_ZIP_DIRECTORY = 1 << 20  # the zip's table of contents (a workbook has a few dozen parts)
MAX_ZIP_ENTRIES = 10_000
MAX_UNPACKED_BYTES = 512 << 20  # every part unpacked, together
MAX_PART_BYTES = 32 << 20  # workbook.xml, styles.xml, relationships: each
MAX_SHARED_STRINGS = 1_000_000  # distinct texts of a workbook
MAX_SHARED_CHARS = 32_000_000  # their characters together
MAX_SHEET_ROWS = 1_048_576  # row elements in a sheet: Excel's own limit
MAX_ITEM_BYTES = 8 << 20  # XML of one row or one shared text (a row of 60 full cells is < 3 MB)
MAX_ITEM_ELEMENTS = 100_000  # XML elements of one row (16,384 columns × value and formula)
MAX_XML_DEPTH = 64


def fail(source: str, path: Path, **params: Any) -> FileFormatError:
    """A :class:`FileFormatError` for ``path`` with the message ``source`` (marked with ``N_``)."""
    return FileFormatError(Msg(CTX, source, file=path.name, **params))  # i18n: ignore


def too_big_file(path: Path, size: int) -> FileFormatError:
    return fail(N_(CTX, "{file} is too large to import ({size} MB; at most {limit} MB). "
                   "Split it into smaller files and import them one by one."), path,
                size=round(size / (1 << 20)), limit=MAX_FILE_BYTES >> 20)


def too_many_rows(path: Path) -> FileFormatError:
    return fail(N_(CTX, "{file} has more than {limit} rows. Split it into files of at most "
                   "{limit} rows and import them one by one."), path, limit=f"{MAX_ROWS:,}".replace(",", " "))


def too_many_cells(path: Path, columns: int) -> FileFormatError:
    rows = max(1, MAX_CELLS // max(columns, 1))
    return fail(N_(CTX, "{file} is too large to import at once: with its {columns} columns, at most "
                   "{rows} rows fit in one file. Split it into smaller files, or delete the columns "
                   "that are not needed."), path, columns=columns, rows=f"{rows:,}".replace(",", " "))


def too_many_columns(path: Path) -> FileFormatError:
    return fail(N_(CTX, "{file} has titles in more than {limit} columns; tables for Tirkeu need far "
                   "fewer. Delete the columns that are not needed and import it again."),
                path, limit=MAX_COLUMNS)


def data_too_far_right(path: Path, row: int, column: str) -> FileFormatError:
    return fail(N_(CTX, "{file} has data in column {column} (row {row}), far to the right of any table: "
                   "tables for Tirkeu have at most {limit} columns. Delete the columns that are not "
                   "needed and import it again."), path, column=column, row=row, limit=MAX_COLUMNS)


def long_line(path: Path, line: int) -> FileFormatError:
    return fail(N_(CTX, "Line {line} of {file} is longer than {limit} MB: this is not a table that "
                   "Tirkeu can read. Check that you chose the right file."), path,
                line=line, limit=MAX_LINE_BYTES >> 20)


def not_a_workbook(path: Path) -> FileFormatError:
    """A zip that would unpack to absurd sizes or shapes (a zip bomb, or damage)."""
    return fail(N_(CTX, "{file} is damaged or is not an ordinary Excel workbook: it would unpack to "
                   "more than {limit} MB or into absurd parts. Open it in Excel and save it again, "
                   "or save it as CSV."), path, limit=MAX_UNPACKED_BYTES >> 20)
