"""Shared bits of the tournaments area: names in the current language, tables, messages."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.errors import KnownError
from app.i18n import Msg
from app.tournaments.setup import STAGE_NAMES, league_name
from ui.common.errors import show_error
from ui.i18n import render, tr

STAGE_CODES = ("school", "district", "city", "region", "republic")
BUILTIN_LEAGUES = ("kk", "ru", "en")
WARNING_BG = QColor("#fff4d6")
WARNING_FG = QColor("#7a4a00")
BADGE_STYLE = ("color: #7a4a00; background: #fff4d6; border: 1px solid #e3b550;"
               " border-radius: 3px; padding: 4px 6px;")
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20; font-weight: 600;"
HINT_STYLE = "color: #555;"


def text(value: Msg | str | None) -> str:
    """A core message or plain text in the current language."""
    if value is None:
        return ""
    return render(value) if isinstance(value, Msg) else str(value)


def league_label(code: str) -> str:
    """A league's name (kk, ru, en translated; a custom league as the organisers typed it)."""
    return text(league_name(code))


def stage_label(code: str) -> str:
    """A stage's name in the current language."""
    name = text(STAGE_NAMES.get(code, code))
    return name[:1].upper() + name[1:]


def tiebreak_names() -> dict[str, str]:
    """The tie-breaks' names in the current language."""
    return {"wins": tr("Tournaments", "Wins"),
            "points": tr("Tournaments", "Total speaker points"),
            "head_to_head": tr("Tournaments", "Who beat whom (two tied teams)"),
            "draw_strength": tr("Tournaments", "Draw strength (opponents' wins)"),
            "margins": tr("Tournaments", "Sum of margins"),
            "average_points": tr("Tournaments", "Average speaker points")}


def tiebreak_short() -> dict[str, str]:
    """Short column titles of the tie-break figures."""
    return {"wins": tr("Tournaments", "Wins"), "points": tr("Tournaments", "Points"),
            "head_to_head": tr("Tournaments", "Head to head"),
            "draw_strength": tr("Tournaments", "Draw strength"),
            "margins": tr("Tournaments", "Margins"), "average_points": tr("Tournaments", "Average")}


def number(value: Any) -> str:
    """A score or figure without needless decimals (72, 72.5)."""
    if value is None or value == "":
        return ""
    try:
        return f"{float(value):g}"
    except (TypeError, ValueError):
        return str(value)


def make_table(parent: QWidget | None = None, select_rows: bool = True) -> QTableWidget:
    """A read-only table like the lists elsewhere: alternating rows, no row numbers."""
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows if select_rows
                               else QAbstractItemView.SelectionBehavior.SelectItems)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def cell(value: Any, data: Any = None, right: bool = False, warning: bool = False,
         italic: bool = False, bold: bool = False) -> QTableWidgetItem:
    """A table cell with its text and (optionally) data in UserRole."""
    item = QTableWidgetItem("" if value is None else str(value))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if warning:
        item.setBackground(QBrush(WARNING_BG))
        item.setForeground(QBrush(WARNING_FG))
    if italic or bold:
        font = item.font()
        font.setItalic(italic)
        font.setBold(bold)
        item.setFont(font)
    return item


def fill_table(table: QTableWidget, headers: list[str], rows: Iterable[list[QTableWidgetItem]]) -> None:
    """Replace the table's contents (headers and rows), keeping column widths the user chose."""
    rows = list(rows)
    table.setSortingEnabled(False)
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            table.setItem(r, c, item)


def set_widths(table: QTableWidget, widths: list[int]) -> None:
    """Column widths in characters (the last column stretches)."""
    chars = table.fontMetrics().averageCharWidth()
    for i, w in enumerate(widths):
        table.setColumnWidth(i, w * chars + 16)


def ask_table_file(parent: QWidget, title: str) -> str | None:
    """A CSV or XLSX file the user picks (teams, a draw, results); None if they cancel."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", tr("Tournaments", "Tables (*.csv *.xlsx)"))
    return path or None


def warn(parent: QWidget, title: str, exc: KnownError | str) -> None:
    """Show a core error (or a text) as a warning (the one helper, ui/common/errors.py)."""
    show_error(parent, exc, title)


def attempt(parent: QWidget, title: str, work: Callable[[], Any]) -> tuple[bool, Any]:
    """Run ``work``; a core error is shown as a warning. (ok, result)."""
    try:
        return True, work()
    except KnownError as exc:
        warn(parent, title, exc)
        return False, None
