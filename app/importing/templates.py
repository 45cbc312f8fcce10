"""Empty lists to fill in: the right column titles for each kind of import, in the user's language.

A coordinator who asks a class teacher for a list sends this file; what
comes back imports without a single renamed column.  In the XLSX the IIN
and phone columns are formatted as text (so Excel keeps the IIN's leading
zero and never rounds it to ``1.20101E+11``) and the date columns as
DD.MM.YYYY.
"""
from __future__ import annotations

from pathlib import Path

from app.errors import UsageError
from app.i18n import Msg
from app.tables import spec_for, write_table
from app.tables.writer import DATE_FORMAT, atomic_write

TEXT_FIELDS = ("iin", "phone", "guardian_phone", "grade")
DATE_FIELDS = ("birth_date", "start_date", "end_date")
FORMATTED_ROWS = 1000  # rows given the text and date formats (a school's list is a few hundred)


def template_name(kind: str, lang: str) -> str:
    """A file name for the template of ``kind`` (kept ASCII-free of surprises: the kind's key)."""
    return f"tirkeu-{kind.replace('_', '-')}-{lang}.xlsx"


def write_template(kind: str, path: Path | str, lang: str) -> Path:
    """Write an empty list of ``kind`` with its column titles in ``lang`` to ``path`` (.xlsx or .csv)."""
    spec = spec_for(kind)
    path = Path(path)
    titles = spec.labels(lang)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_table(path, titles, [])
    if suffix != ".xlsx":
        raise UsageError(Msg("Tables", "Cannot save a table as \"{suffix}\": use a file name ending "
                                       "in .xlsx or .csv.", suffix=path.suffix or path.name))
    from openpyxl import Workbook  # only an XLSX template needs it (~0.3 s to import)
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = spec.name[:31]
    ws.append(titles)
    ws.freeze_panes = "A2"
    for index, (key, title) in enumerate(zip(spec.keys, titles), start=1):
        letter = get_column_letter(index)
        ws.cell(1, index).font = Font(bold=True)
        ws.column_dimensions[letter].width = max(12, min(40, len(title) + 4))
        fmt = "@" if key in TEXT_FIELDS else DATE_FORMAT if key in DATE_FIELDS else None
        if fmt:
            for row in range(2, FORMATTED_ROWS + 2):
                ws.cell(row, index).number_format = fmt
    atomic_write(path, wb.save)
    return path
