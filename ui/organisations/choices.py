"""Organisations as choices in combos (schools, sponsors), the installation's own, plain tables."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from app.models import Installation, Organisation

SCHOOL_KINDS = ("school", "college")
SPONSOR_KINDS = ("sponsor", "business", "akimat")


def organisations(kinds: Iterable[str]) -> list[tuple[str, str]]:
    """(name, uid) of the live organisations of ``kinds``, in Kazakh name order."""
    query = (Organisation.live(Organisation.uid, Organisation.name)
             .where(Organisation.kind.in_(tuple(kinds)))
             .order_by(Organisation.name.collate("KAZAKH")))
    return [(o.name, o.uid) for o in query]


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
        other = Organisation.get_or_none(Organisation.uid == keep)
        if other is not None:
            combo.addItem(other.name, other.uid)
    combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
    combo.blockSignals(False)


def set_first_text(combo: QComboBox, text: str) -> None:
    """Rename the combo's first (empty) entry, after a language change."""
    if combo.count():
        combo.setItemText(0, text)


def own_organisation() -> Organisation | None:
    """This installation's school or office."""
    inst = Installation.select().first()
    if inst is None or not inst.organisation_uid:
        return None
    return Organisation.get_or_none(Organisation.uid == inst.organisation_uid)


def own_school() -> str | None:
    """The uid of this installation's school, if it is a school or college."""
    org = own_organisation()
    return org.uid if org is not None and org.kind in SCHOOL_KINDS else None


def own_region() -> str | None:
    """This installation's region code."""
    inst = Installation.select().first()
    return inst.region if inst is not None else None


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
