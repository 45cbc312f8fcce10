"""One aid record of a child: item, how many, worth, sponsor, date and status.

Adding aid to a child who already has aid in the same campaign (year) asks
first, naming what was given; the coordinator decides — it never blocks.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QSpinBox, QWidget

from app.aid.given import add_aid, aid_rows, earlier_aid_in_campaign, recipient_name, status_name, update_aid
from ui.aid.common import choose, fill_statuses, item_name
from ui.common.date_field import DateField
from ui.common.form_dialog import FormDialog
from ui.common.formatting import format_date, format_money
from ui.common.widgets import RefCombo
from ui.i18n import render, tr
from ui.organisations.choices import SPONSOR_KINDS, fill_organisations, own_region
from ui.organisations.dialog import OrganisationDialog

NEW_SPONSOR = "\x00new"  # the combo entry that opens a new sponsor's form


def describe_aid(record: Any) -> str:
    """'School uniform × 1, 25 000 ₸, «Береке» ЖШС, 20.08.2024 (delivered)' of an aid record."""
    sponsor = getattr(record, "sponsor_name", None)
    if sponsor is None and getattr(record, "sponsor_uid", None):
        sponsor = record.sponsor.name
    parts = [f"{item_name(record.item)} × {record.quantity}"]
    parts += [p for p in (format_money(record.value_tenge), sponsor, format_date(record.given_date)) if p]
    return ", ".join(parts) + f" ({render(status_name(record.status))})"


class AidDialog(FormDialog):
    """Add aid to the child ``recipient_uid`` or, with ``uid``, change a record."""

    def __init__(self, recipient_uid: str, uid: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recipient_uid, self.uid = recipient_uid, uid
        self.aid_uid: str | None = uid
        self.setMinimumWidth(460)
        self.item = self.add_field("item", lambda: tr("Aid", "&Item:"), RefCombo("aid_items", allow_empty=False))
        self.quantity = self.add_field("quantity", lambda: tr("Aid", "&Quantity:"), QSpinBox())
        self.quantity.setRange(1, 9999)
        self.value = self.add_field("value_tenge", lambda: tr("Aid", "&Value, tenge:"), QLineEdit())
        self.sponsor = self.add_field("sponsor_uid", lambda: tr("Aid", "S&ponsor:"), QComboBox())
        self.date = self.add_field("given_date", lambda: tr("Aid", "&Date:"), DateField())
        self.date.set_value(dt.date.today())
        self.status = self.add_field("status", lambda: tr("Aid", "&Status:"), QComboBox())
        self.notes = self.add_field("notes", lambda: tr("Aid", "N&otes:"), QLineEdit())
        self._sponsor_index = 0
        self.child_name = recipient_name(recipient_uid)
        self._fill_sponsors(None)
        self.sponsor.currentIndexChanged.connect(self._sponsor_chosen)
        self.retranslate()
        self.original_year: int | None = None
        self._confirmed_year: int | None = None
        if uid is not None:
            self._load(next(r for r in aid_rows(recipient_uid) if r.uid == uid))
        self.dirty = False

    def retranslate(self) -> None:
        super().retranslate()
        # No database here: Qt may send LanguageChange to a form whose database is gone.
        title = tr("Aid", "Aid") if self.uid else tr("Aid", "Add aid")
        self.setWindowTitle(f"{title} — {self.child_name}")
        self.value.setPlaceholderText(tr("Aid", "for example: 25 000"))
        self.item.fill()
        fill_statuses(self.status)
        self.sponsor.setItemText(self.sponsor.count() - 1, tr("Aid", "New sponsor…"))

    def _fill_sponsors(self, keep: str | None) -> None:
        self.sponsor.blockSignals(True)
        fill_organisations(self.sponsor, SPONSOR_KINDS, "—", keep=keep, keep_other=True)
        self.sponsor.addItem(tr("Aid", "New sponsor…"), NEW_SPONSOR)
        self.sponsor.blockSignals(False)
        self._sponsor_index = self.sponsor.currentIndex()

    def _sponsor_chosen(self, index: int) -> None:
        if self.sponsor.itemData(index) != NEW_SPONSOR:
            self._sponsor_index = index
            return
        dialog = OrganisationDialog(kind="sponsor", region=own_region(), parent=self)
        if dialog.exec() and dialog.org_uid:
            self._fill_sponsors(dialog.org_uid)
            self.mark_dirty()
        else:
            self.sponsor.blockSignals(True)
            self.sponsor.setCurrentIndex(self._sponsor_index)
            self.sponsor.blockSignals(False)
        dialog.deleteLater()

    def _load(self, row: Any) -> None:
        self.item.set_code(row.item)
        self.quantity.setValue(row.quantity)
        self.value.setText(str(row.value_tenge) if row.value_tenge is not None else "")
        self._fill_sponsors(row.sponsor_uid)
        self.date.set_value(row.given_date)
        choose(self.status, row.status)
        self.notes.setText(row.notes or "")
        self.original_year = row.given_date.year

    def given_date(self) -> dt.date | None:
        """The date typed or chosen (None when empty or not a date: saving says why)."""
        return self.date.value()

    def values(self) -> dict[str, Any]:
        """What the form holds, as ``add_aid`` takes it."""
        sponsor = self.sponsor.currentData()
        return {"item": self.item.code(), "quantity": self.quantity.value(), "value_tenge": self.value.text(),
                "sponsor_uid": None if sponsor == NEW_SPONSOR else sponsor,
                "given_date": self.given_date(), "status": self.status.currentData(),
                "notes": self.notes.text()}

    def campaign_warning(self) -> str | None:
        """The warning about earlier aid in the same campaign, or None when there is none."""
        given = self.given_date()
        year = given.year if given else None
        if year is None or (self.uid is not None and year == self.original_year):
            return None  # the record was already there; only moving it to another year asks
        earlier = earlier_aid_in_campaign(self.recipient_uid, year, exclude_uid=self.uid)
        if not earlier:
            return None
        lines = "\n".join(f"• {describe_aid(a)}" for a in earlier)
        return tr("Aid", "{child} already has aid in the {year} campaign:\n{aid}\n\nAdd this aid as well?").format(
            child=self.child_name, year=year, aid=lines)

    def try_save(self) -> bool:
        """Ask about earlier aid in the same campaign, then save."""
        given = self.given_date()
        year = given.year if given else None
        warning = None if year is None or year == self._confirmed_year else self.campaign_warning()
        if warning is not None:
            answer = QMessageBox.question(self, tr("Aid", "Aid already given this year"), warning)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self._confirmed_year = year  # a typing error fixed afterwards does not ask again
        return super().try_save()

    def save(self) -> None:
        if self.uid is None:
            self.aid_uid = add_aid(self.recipient_uid, **self.values()).uid
        else:
            update_aid(self.uid, **self.values())
