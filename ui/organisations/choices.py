"""Organisations as choices in combos (schools, sponsors), the installation's own, plain tables."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from app.organisations.choices import (  # noqa: F401 (the pages import them from here)
    SCHOOL_KINDS,
    SPONSOR_KINDS,
    organisation_name,
    organisations,
    own_organisation,
    own_region,
    own_school,
)


def fill_organisations(combo: QComboBox, kinds: Iterable[str], first: str | None,
                       keep: str | None = None, keep_other: bool = False) -> None:
    """(Re)fill ``combo`` with organisations (uid as data), ``first`` (data None) on top.

    The current choice (or ``keep``) stays chosen when it is still there.  With
    ``keep_other`` a form keeps a record's organisation of another kind (an NGO
    as sponsor, from an import) rather than silently clearing it on saving.
    """
    keep = keep if keep is not None else combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for name, uid in organisations(kinds):
        combo.addItem(name, uid)
    if keep_other and keep is not None and combo.findData(keep) < 0:
        name = organisation_name(keep)
        if name is not None:
            combo.addItem(name, keep)
    combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
    combo.blockSignals(False)


def set_first_text(combo: QComboBox, text: str) -> None:
    """Rename the combo's first (empty) entry, after a language change."""
    if combo.count():
        combo.setItemText(0, text)


def table(columns: int) -> QTableWidget:
    """A read-only table with whole-row selection and no row numbers."""
    view = QTableWidget(0, columns)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def cell(text: str, number: bool = False) -> QTableWidgetItem:
    """A table cell; numbers are right-aligned."""
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
