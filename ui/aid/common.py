"""What the aid area's pages and forms share: years, statuses, names of items and categories."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox

from app.aid.given import AID_STATUSES, oldest_aid_date, status_name
from app.reference import name as ref_name
from ui.i18n import current_language, render, tr

FIRST_YEAR = 2020


def years() -> list[int]:
    """The campaign years to choose from, newest first: next year back to the oldest aid."""
    today = dt.date.today().year
    oldest = oldest_aid_date()
    first = min(FIRST_YEAR, oldest.year if oldest is not None else today)
    return list(range(today + 1, first - 1, -1))


def fill_years(combo: QComboBox, first: str | None = None, default: int | None = None) -> None:
    """(Re)fill ``combo`` with years (int data), keeping the choice; ``first`` adds "any year".

    A new combo starts at ``default`` (None: ``first``, or the newest year).
    """
    keep = combo.currentData() if combo.count() else default
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for year in years():
        combo.addItem(str(year), year)
    choose(combo, keep)
    combo.blockSignals(False)


def fill_statuses(combo: QComboBox, first: str | None = None) -> None:
    """(Re)fill ``combo`` with the aid statuses in the current language, keeping the choice."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for code in AID_STATUSES:
        combo.addItem(render(status_name(code)), code)
    choose(combo, keep)
    combo.blockSignals(False)


def choose(combo: QComboBox, data: object) -> None:
    """Choose the entry holding ``data`` (the first entry for None or a missing one)."""
    combo.setCurrentIndex(max(0, combo.findData(data)) if data is not None else 0)


def item_name(code: str | None) -> str:
    """An aid item's name in the current language."""
    return ref_name("aid_items", code, current_language()) if code else ""


def category_name(code: str) -> str:
    """A passport line's name: all pupils, or a family category."""
    if code == "pupils":
        return tr("Aid", "All pupils")
    return ref_name("family_categories", code, current_language())


def any_text() -> str:
    """The "no filter" entry of a filter combo."""
    return tr("Widgets", "— any —")
