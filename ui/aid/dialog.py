"""A child in the data bank: who the child is, the family, and the aid received.

The child is either picked from the people already registered (PersonPicker)
or typed in as a new person; a valid IIN fills in the birth date and sex.
Below the form, the aid table adds aid and moves it along its statuses.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.aid.forms import form_for_person, recipient_values, save_recipient
from app.aid.given import advance_status, aid_rows, status_name
from app.errors import KnownError
from ui.aid.aid_dialog import AidDialog
from ui.aid.common import item_name
from ui.common.date_field import DateField
from ui.common.enter_opens import EnterOpens
from ui.common.fitting import keep_titles_whole
from ui.common.form_dialog import FormDialog
from ui.common.formatting import format_date, format_money
from ui.common.iin_field import IinField
from ui.common.person_picker import PersonPicker
from ui.common.widgets import CheckList, fill_from_iin
from ui.i18n import render, tr
from ui.organisations.choices import SCHOOL_KINDS, cell, fill_organisations, own_school, table

PERSON_FIELDS = ("surname", "name", "patronymic", "iin")


class RecipientDialog(FormDialog):
    """Create or edit a child of the data bank; ``uid`` is the record once saved.

    ``changed`` tells the list whether anything was saved (the child or aid),
    even when the form is closed with Cancel afterwards.
    """

    def __init__(self, uid: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid = uid
        self.person_uid: str | None = None
        self.changed = False
        self.setMinimumWidth(900)
        left = self.left_form = self.form
        right_box = QWidget()
        right = QFormLayout(right_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns = QHBoxLayout()
        self.body.removeWidget(self.form_widget)
        columns.addWidget(self.form_widget, 1)
        columns.addSpacing(12)
        columns.addWidget(right_box, 1)
        self.body.insertLayout(0, columns)
        # -- the child (left column)
        self.picker = PersonPicker()
        self.chosen = QLabel()
        self.new_child = QPushButton()
        self.new_child.clicked.connect(self.forget_person)
        pick = QWidget()
        pick_row = QHBoxLayout(pick)
        pick_row.setContentsMargins(0, 0, 0, 0)
        pick_row.addWidget(self.picker, 1)
        pick_row.addWidget(self.chosen, 1)
        pick_row.addWidget(self.new_child)
        self.pick_box = self.add_field("person", lambda: tr("Aid", "&Find in people:"), pick)
        self.surname = self.add_field("surname", lambda: tr("Person", "&Surname:"), QLineEdit())
        self.name = self.add_field("name", lambda: tr("Person", "&Name:"), QLineEdit())
        self.patronymic = self.add_field("patronymic", lambda: tr("Person", "&Patronymic:"), QLineEdit())
        self.iin = self.add_field("iin", lambda: tr("Person", "&IIN:"), IinField())
        self.birth_date = self.add_field("birth_date", lambda: tr("Person", "&Birth date:"), DateField(birth=True))
        self.sex = self.add_field("sex", lambda: tr("Person", "Se&x:"), QComboBox())
        self.school = self.add_field("school", lambda: tr("Person", "Sc&hool:"), QComboBox())
        self.grade = self.add_field("grade", lambda: tr("Person", "&Grade:"), QLineEdit())
        # -- the family (right column): add_field writes to self.form
        self.form = right
        self.categories = self.add_field("family_categories", lambda: tr("Aid", "&Family categories:"),
                                         CheckList("family_categories"))
        self.guardian = self.add_field("guardian", lambda: tr("Aid", "G&uardian:"), QLineEdit())
        self.guardian_phone = self.add_field("guardian_phone", lambda: tr("Aid", "Gua&rdian's phone:"),
                                             QLineEdit())
        self.address = self.add_field("address", lambda: tr("Aid", "&Address:"), QLineEdit())
        self.needs = self.add_field("needs", lambda: tr("Aid", "&What the child needs:"), QPlainTextEdit())
        self.needs.setMaximumHeight(52)
        self.identified = self.add_field("identified_date", lambda: tr("Aid", "I&dentified on:"),
                                         DateField())
        self.notes = self.add_field("notes", lambda: tr("Aid", "N&otes:"), QLineEdit())
        self.form = left
        self._add_aid_box()
        self.picker.picked.connect(self.use_person)
        self.picker.newPerson.connect(self.type_new_child)
        self.iin.editingFinished.connect(self._iin_entered)
        self.retranslate()
        if uid is not None:
            self._load(recipient_values(uid))
        else:
            self._load({"school": own_school(), "identified_date": dt.date.today()})
        self._show_mode()
        # Sized here: Qt would shrink a window to 2/3 of the screen (512 px of a 768 px laptop).
        hint = self.sizeHint()
        self.resize(max(900, hint.width()), min(hint.height(), 700))

    def _add_aid_box(self) -> None:
        self.aid_box = QGroupBox()
        self.aid_table = table(6)
        self.aid_table.setMinimumHeight(110)
        for i, width in enumerate((90, 170, 70, 100, 220)):
            self.aid_table.setColumnWidth(i, width)
        keep_titles_whole(self.aid_table)
        self.add_aid_button = QPushButton()
        self.next_status_button = QPushButton()
        self.aid_hint = QLabel()
        self.aid_hint.setWordWrap(True)
        self.aid_hint.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.aid_hint, 1)
        buttons.addWidget(self.next_status_button)
        buttons.addWidget(self.add_aid_button)
        inner = QVBoxLayout(self.aid_box)
        inner.addWidget(self.aid_table, 1)
        inner.addLayout(buttons)
        self.body.addWidget(self.aid_box, 1)
        self.aid_uids: list[str] = []
        self.aid: list = []
        self.picked_name = ""
        self.add_aid_button.clicked.connect(self.add_aid)
        self.next_status_button.clicked.connect(self.next_status)
        self.aid_table.doubleClicked.connect(lambda index: self.edit_aid(index.row()))
        self.aid_enter = EnterOpens(self.aid_table, self.edit_aid)
        self.aid_table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.aid_table.itemSelectionChanged.connect(self._aid_buttons)

    # -- language ------------------------------------------------------------
    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Aid", "Child in the data bank") if self.uid
                            else tr("Aid", "New child in the data bank"))
        self.picker.retranslate()
        self.picker.setPlaceholderText(tr("Aid", "A registered child: type a name or IIN"))
        self.new_child.setText(tr("Aid", "New child instead"))
        sex = self.sex.currentData()
        self.sex.blockSignals(True)  # a new language is no change of the child's data
        self.sex.clear()
        for code, text in ((None, "—"), ("M", tr("Format", "male")), ("F", tr("Format", "female"))):
            self.sex.addItem(text, code)
        self.sex.setCurrentIndex(max(0, self.sex.findData(sex)))
        self.sex.blockSignals(False)
        self.categories.fill()  # it sizes itself to show every category
        self.guardian_phone.setPlaceholderText("+7 7XX XXX XX XX")
        self.aid_box.setTitle(tr("Aid", "Aid given"))
        self.add_aid_button.setText(tr("Aid", "Add aid…"))
        self.next_status_button.setText(tr("Aid", "Next status"))
        self.next_status_button.setToolTip(tr("Aid", "identified → approved → delivered"))
        self.aid_table.setHorizontalHeaderLabels([
            tr("Aid", "Date"), tr("Aid", "Item"), tr("Aid", "Quantity"), tr("Aid", "Value"),
            tr("Aid", "Sponsor"), tr("Aid", "Status")])
        self._show_mode()
        self._show_aid()

    # -- the child ---------------------------------------------------------------
    def _show_mode(self) -> None:
        """New child: the picker; a picked person: their name; a saved child: neither."""
        if not hasattr(self, "aid_hint"):
            return
        picked = self.person_uid is not None and self.uid is None
        self.picker.setVisible(self.uid is None and not picked)
        self.chosen.setVisible(picked)
        self.new_child.setVisible(picked)
        self.left_form.setRowVisible(self.pick_box.parentWidget(), self.uid is None)
        if picked:
            self.chosen.setText(tr("Aid", "Registered: {name}").format(name=self.picked_name))
        self.aid_hint.setText(tr("Aid", "Adding aid saves the child first.") if self.uid is None
                              else tr("Aid", "Double-click a line to change it."))
        self._aid_buttons()

    def use_person(self, person_uid: str) -> None:
        """A registered person was picked: the child's record if in the data bank, else theirs."""
        uid, values, name = form_for_person(person_uid, self.school.currentData())
        if uid is not None:  # already in the data bank: open that record, never a twin
            self.uid = uid
            self._load(values)
            self.retranslate()
            return
        self.person_uid, self.picked_name = person_uid, name
        self._load(values, family=False)
        self.mark_dirty()
        self._show_mode()
        self.categories.setFocus()

    def type_new_child(self, text: str) -> None:
        """Nobody found: the typed words become the new child's surname and name."""
        surname, _, name = text.partition(" ")
        self.surname.setText(surname.strip())
        self.name.setText(name.strip())
        self.picker.clear()
        self.mark_dirty()
        (self.patronymic if name.strip() else self.name).setFocus()

    def forget_person(self) -> None:
        """Back to typing a new child."""
        self.person_uid = None
        for key in (*PERSON_FIELDS, "grade"):
            getattr(self, key).clear()
        self.birth_date.set_value(None)
        self.sex.setCurrentIndex(0)
        self._show_mode()
        self.picker.setFocus()

    def _iin_entered(self) -> None:
        """A valid IIN fills in the birth date and sex (if still empty)."""
        fill_from_iin(self.iin, self.birth_date, self.sex)

    def _load(self, v: dict[str, Any], family: bool = True) -> None:
        for key in (*PERSON_FIELDS, "grade"):
            getattr(self, key).setText(v.get(key) or "")
        self.birth_date.set_value(v.get("birth_date"))
        self.sex.setCurrentIndex(max(0, self.sex.findData(v.get("sex"))))
        fill_organisations(self.school, SCHOOL_KINDS, "—", keep=v.get("school"), keep_other=True)
        if family:
            self.person_uid = v.get("person_uid")
            self.categories.set_codes(v.get("family_categories") or [])
            for key in ("guardian", "guardian_phone", "address", "notes"):
                getattr(self, key).setText(v.get(key) or "")
            self.needs.setPlainText(v.get("needs") or "")
            self.identified.set_value(v.get("identified_date"))
            self.dirty = False
        self.reload_aid()

    def values(self) -> dict[str, Any]:
        """What the form holds, as ``save_recipient`` takes it."""
        values = {key: getattr(self, key).text() for key in (*PERSON_FIELDS, "grade", "guardian",
                                                               "guardian_phone", "address", "notes")}
        values.update(birth_date=self.birth_date.value(), sex=self.sex.currentData(),
                      school=self.school.currentData(), family_categories=self.categories.codes(),
                      needs=self.needs.toPlainText(), identified_date=self.identified.value())
        return values

    def save(self) -> None:
        person = None if self.uid else self.person_uid
        record = save_recipient(self.values(), self.uid, person)
        self.uid, self.person_uid = record.uid, record.person_uid
        self.changed = True

    def save_in_place(self) -> bool:
        """Save the child without closing the form (before adding aid)."""
        self.clear_errors()
        try:
            self.save_checked()
        except KnownError as exc:
            self.show_error(exc)
            return False
        self.dirty = False
        self.saved = True
        self.retranslate()
        return True

    # -- aid ------------------------------------------------------------------------
    def reload_aid(self) -> None:
        """Read the child's aid records again and show them."""
        self.aid = aid_rows(self.uid) if self.uid else []
        self._show_aid()

    def _show_aid(self) -> None:
        """Fill the aid table from the records read last (no database: also on a language change)."""
        keep = self.selected_aid()
        rows = self.aid
        self.aid_uids = [r.uid for r in rows]
        self.aid_table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            texts = (format_date(r.given_date), item_name(r.item), str(r.quantity),
                     format_money(r.value_tenge), r.sponsor_name or "", render(status_name(r.status)))
            for col, text in enumerate(texts):
                self.aid_table.setItem(i, col, cell(text, number=col in (2, 3)))
        if keep in self.aid_uids:
            self.aid_table.selectRow(self.aid_uids.index(keep))
        self._aid_buttons()

    def selected_aid(self) -> str | None:
        """The uid of the chosen aid line."""
        rows = self.aid_table.selectionModel().selectedRows() if self.aid_table.selectionModel() else []
        return self.aid_uids[rows[0].row()] if rows and rows[0].row() < len(self.aid_uids) else None

    def _aid_buttons(self) -> None:
        self.next_status_button.setEnabled(self.selected_aid() is not None)

    def add_aid(self) -> str | None:
        """Open the aid form (saving a new or changed child first); the new aid's uid."""
        if (self.uid is None or self.dirty) and not self.save_in_place():
            return None
        dialog = AidDialog(self.uid, parent=self)
        added = dialog.aid_uid if dialog.exec() else None
        dialog.deleteLater()
        if added:
            self.changed = True
            self.reload_aid()
            self.aid_table.selectRow(self.aid_uids.index(added))
        return added

    def edit_aid(self, row: int) -> None:
        """Open an aid line's form."""
        if 0 <= row < len(self.aid_uids):
            dialog = AidDialog(self.uid, uid=self.aid_uids[row], parent=self)
            if dialog.exec():
                self.changed = True
                self.reload_aid()
            dialog.deleteLater()

    def next_status(self) -> None:
        """Move the chosen aid one status on: identified → approved → delivered."""
        uid = self.selected_aid()
        if uid is not None:
            advance_status(uid)
            self.changed = True
            self.reload_aid()
