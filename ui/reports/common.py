"""Showing report figures: numbers, the met / not met mark (colour and a word), cells."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QColor

from app.i18n import Msg
from app.reports import mark, render_cell
from ui.common.formatting import format_date, format_money
from ui.i18n import render, tr

MET_COLOURS = {True: ("#1b5e20", "#e3f4e4"), False: ("#b71c1c", "#fde7e7"), None: ("#555555", None)}
SYMBOLS = {True: "✔", False: "✘", None: "—"}


def number_text(value: Any) -> str:
    """A figure with thin-space grouping: 30 000, 12.5; '' for nothing."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", "\u202f")
    return f"{int(value):,}".replace(",", "\u202f")


def mark_text(met: bool | None) -> str:
    """The mark as shown: a symbol and a word (✔ met, ✘ not met), or a dash."""
    if met is None:
        return SYMBOLS[None]
    return f"{SYMBOLS[met]} {render(mark(met))}"


def mark_colours(met: bool | None) -> tuple[QColor, QColor | None]:
    """(text colour, background or None) of a mark."""
    fg, bg = MET_COLOURS[met]
    return QColor(fg), (QColor(bg) if bg else None)


def not_judged_hint() -> str:
    """Why a line has no mark."""
    return tr("Reports", "— not judged: no target at this level, a month or week only partly in the "
                         "period, or a month not over yet.")


def cell_text(value: Any, kind: str) -> str:
    """A table cell as text in the current language (see :mod:`app.reports.model`'s kinds)."""
    value = render_cell(value, tr)
    if value is None:
        return ""
    if kind == "money" and isinstance(value, (int, float)):
        return format_money(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return format_date(value)
    return str(value)


def is_total(cell: Any) -> bool:
    """True for a table's total row label."""
    return isinstance(cell, Msg) and cell.source == "Total"
