"""The report as an Excel workbook: one sheet per table, the indicators first.

Each sheet: bold header in row 1, frozen below it and repeated on every
printed page (A4 landscape, fitted to the page's width), columns sized to their
content, numbers and tenge as numbers, dates as dates (DD.MM.YYYY), met /
not met marks coloured.  The last sheet says what the report is (title,
period, scope, when it was made).  Written atomically (a temp file replaced).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.i18n import Msg, catalog
from app.reports.indicators import MET, NOT_MET
from app.reports.model import DATE, FLOAT, INT, MARK, MONEY, Report, Table, render_cell
from app.tables.cells import xlsx_text_cell
from app.tables.writer import atomic_write, print_ready, safe_sheet_title  # the same safe writing as every table

MAX_WIDTH = 60


def sheet_names(titles: list[str]) -> list[str]:
    """Excel-safe sheet names (≤ 31 characters, no []:*?/\\), unique ignoring case."""
    out: list[str] = []
    seen: set[str] = set()
    for title in titles:
        name = safe_sheet_title(title)
        base, n = name, 2
        while name.casefold() in seen:
            suffix = f" ({n})"
            name = base[: 31 - len(suffix)] + suffix
            n += 1
        seen.add(name.casefold())
        out.append(name)
    return out


def _number(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _cells(ws: Any, values: list[Any]) -> list[Any]:
    """Values to append: text as string cells (never a formula: a school's event title may
    begin with "="), numbers and dates as they are."""
    return [xlsx_text_cell(ws, v) if isinstance(v, str) else _number(v) for v in values]


def _fill_sheet(ws: Any, table: Table, translate, marks: dict[str, Any]) -> None:
    headers = [c.title.render(translate) for c in table.columns]
    ws.append(_cells(ws, headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [len(h) for h in headers]
    for row in table.rows:
        values = [render_cell(v, translate) for v in row]
        ws.append(_cells(ws, values))
        for i, v in enumerate(values):
            text = v.strftime("%d.%m.%Y") if isinstance(v, dt.date) else ("" if v is None else str(v))
            widths[i] = max(widths[i], len(text))
    for i, column in enumerate(table.columns):
        letter = get_column_letter(i + 1)
        ws.column_dimensions[letter].width = min(max(widths[i] + 2, 8), MAX_WIDTH)
        if column.kind in (MONEY, INT, FLOAT, DATE, MARK):
            fmt = {MONEY: "#,##0", INT: "0", FLOAT: "General", DATE: "DD.MM.YYYY"}.get(column.kind)
            for (cell,) in ws.iter_rows(min_row=2, min_col=i + 1, max_col=i + 1):
                if fmt and cell.value is not None:
                    cell.number_format = fmt
                if column.kind == MARK and cell.value in marks:
                    cell.fill = marks[cell.value]
    ws.freeze_panes = "A2"
    print_ready(ws)
    if table.note is not None:
        ws.append([])
        ws.append(_cells(ws, [table.note.render(translate)]))
        ws.cell(ws.max_row, 1).font = Font(italic=True)


def _about(ws: Any, report: Report, translate) -> None:
    ws.append(_cells(ws, [report.title().render(translate)]))
    ws["A1"].font = Font(bold=True, size=13)
    for label, value in ((Msg("Reports", "Period"), report.period.title().render(translate)),
                         (Msg("Reports", "Scope"), report.scope.title(report.lang).render(translate)),
                         (Msg("Reports", "Made on"), report.today),
                         (Msg("Reports", "Tables"), "")):
        ws.append(_cells(ws, [label.render(translate), value]))
        if isinstance(value, dt.date):
            ws.cell(ws.max_row, 2).number_format = "DD.MM.YYYY"
    for section in report.sections:
        for table in section.tables:
            ws.append(_cells(ws, [section.title.render(translate), table.title.render(translate)]))
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 60
    print_ready(ws, header_rows=0, landscape=False)


def write_xlsx(report: Report, path: Path, lang: str) -> Path:
    """Write ``report`` to ``path`` (.xlsx) in ``lang``; returns the path."""
    translate = catalog(lang).translate
    marks = {MET.render(translate): PatternFill("solid", fgColor="C6EFCE"),
             NOT_MET.render(translate): PatternFill("solid", fgColor="FFC7CE")}
    tables = [t for s in report.sections for t in s.tables]
    about = Msg("Reports", "About this report").render(translate)
    names = sheet_names([t.title.render(translate) for t in tables] + [about])

    def write(f: IO[bytes]) -> None:
        wb = Workbook()
        wb.remove(wb.active)
        for table, name in zip(tables, names):
            _fill_sheet(wb.create_sheet(name), table, translate, marks)
        _about(wb.create_sheet(names[-1]), report, translate)
        wb.save(f)

    atomic_write(Path(path), write)
    return Path(path)
