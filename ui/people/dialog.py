"""The person form: IIN fills birth date and sex, duplicates are flagged, consent recorded."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from app.organisations.choices import SCHOOL_KINDS, organisations
from app.people.forms import duplicates_of, new_person_defaults, person_history, person_values, save_person
from app.reference import name as ref_name
from ui.common.date_field import DateField
from ui.common.form_dialog import FormDialog
from ui.common.formatting import format_date, format_value
from ui.common.iin_field import IinField
from ui.common.widgets import RefCombo, fill_from_iin
from ui.i18n import current_language, tr
from ui.people.duplicate_question import ask_about_duplicates

if TYPE_CHECKING:
    from app.models import Person


class PersonDialog(FormDialog):
    """Create or edit a person; ``person_uid`` is set after saving."""

    def __init__(self, uid: str | None = None, prefill: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid = uid
        self.person_uid: str | None = uid
        self.setMinimumWidth(560)
        self.surname = self.add_field("surname", lambda: tr("Person", "&Surname:"), QLineEdit())
        self.name = self.add_field("name", lambda: tr("Person", "&Name:"), QLineEdit())
        self.patronymic = self.add_field("patronymic", lambda: tr("Person", "&Patronymic:"), QLineEdit())
        self.iin = self.add_field("iin", lambda: tr("Person", "&IIN:"), IinField())
        self.birth_date = self.add_field("birth_date", lambda: tr("Person", "&Birth date:"), DateField(birth=True))
        self.sex = self.add_field("sex", lambda: tr("Person", "Se&x:"), QComboBox())
        self.category = self.add_field("category", lambda: tr("Person", "&Category:"),
                                       RefCombo("social_categories"))
        self.school = self.add_field("school", lambda: tr("Person", "Sc&hool:"), QComboBox())
        self.school.setEditable(True)
        self.grade = self.add_field("grade", lambda: tr("Person", "&Grade:"), QLineEdit())
        self.phone = self.add_field("phone", lambda: tr("Person", "P&hone:"), QLineEdit())
        self.consent_date = self.add_field("consent_date", lambda: tr("Person", "Consent to data processing, &date:"),
                                           DateField())
        self.consent_by = self.add_field("consent_by", lambda: tr("Person", "Consent given &by:"), QComboBox())
        quals = QWidget()
        row = QHBoxLayout(quals)
        row.setContentsMargins(0, 0, 0, 0)
        self.trainer = QCheckBox()
        self.consultant = QCheckBox()
        row.addWidget(self.trainer)
        row.addWidget(self.consultant)
        row.addStretch(1)
        self.watch(self.trainer)
        self.watch(self.consultant)
        self.add_field("qualifications", lambda: tr("Person", "Trained as:"), quals)
        self.notes = self.add_field("notes", lambda: tr("Person", "N&otes:"), QPlainTextEdit())
        self.notes.setMaximumHeight(60)
        self.duplicate = QLabel()
        self.duplicate.setWordWrap(True)
        self.duplicate.setStyleSheet("color: #8a5300;")
        self.open_duplicate = QPushButton()
        self.open_duplicate.hide()
        self.open_duplicate.clicked.connect(self._open_duplicate)
        self.body.addWidget(self.duplicate)
        self.body.addWidget(self.open_duplicate)
        self.duplicates: list[Person] = []
        self.opened_existing = False  # closed on "open the existing person": person_uid is theirs
        self.history: QTableWidget | None = None
        if uid is not None:
            self._add_history(uid)
        self.iin.editingFinished.connect(self._iin_entered)
        for widget in (self.surname, self.name, self.iin):
            widget.editingFinished.connect(self._check_duplicates)
        self.birth_date.editingFinished.connect(self._check_duplicates)
        self.retranslate()
        self._fill_schools()
        values = person_values(uid) if uid else {**new_person_defaults(), **(prefill or {})}
        self._load(values)
        self.dirty = bool(prefill) and uid is None

    def _add_history(self, uid: str) -> None:
        tabs = QTabWidget()
        self.body.removeWidget(self.form_widget)
        tabs.addTab(self.form_widget, "")
        self.history = QTableWidget(0, 4)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        tabs.addTab(self.history, "")
        self.tabs = tabs
        self.body.insertWidget(0, tabs)
        rows = person_history(uid)
        self.history.setRowCount(len(rows))
        for r, item in enumerate(rows):
            # Codes are shown by their names: a role, a certificate's kind, an aid item.
            kind = {"certificate": "cert_kind", "aid": "ref:aid_items"}.get(item.what, "text")
            title = format_value(kind, item.title)
            detail = format_value("ref:attendance_roles", item.detail) if item.what == "event" else item.detail
            for c, text in enumerate((format_date(item.date), self._what(item.what), title, detail)):
                self.history.setItem(r, c, QTableWidgetItem(text))

    def _what(self, what: str) -> str:
        return {"event": tr("Person", "Event"), "certificate": tr("Person", "Certificate"),
                "aid": tr("Person", "Aid")}[what]

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Person", "Person") if self.uid else tr("Person", "New person"))
        sex = self.sex.currentData()
        self.sex.clear()
        for code, text in ((None, "—"), ("M", tr("Format", "male")), ("F", tr("Format", "female"))):
            self.sex.addItem(text, code)
        self.sex.setCurrentIndex(max(0, self.sex.findData(sex)))
        by = self.consent_by.currentData()
        self.consent_by.clear()
        for code, text in ((None, "—"), ("self", tr("Person", "the person")),
                           ("parent", tr("Person", "a parent or guardian (minor)"))):
            self.consent_by.addItem(text, code)
        self.consent_by.setCurrentIndex(max(0, self.consent_by.findData(by)))
        self.trainer.setText(tr("Person", "trainer"))
        self.consultant.setText(tr("Person", "consultant"))
        self.category.fill()
        self.open_duplicate.setText(tr("Person", "Open the existing person instead"))
        if hasattr(self, "tabs"):
            self.tabs.setTabText(0, tr("Person", "Details"))
            self.tabs.setTabText(1, tr("Person", "History"))
            self.history.setHorizontalHeaderLabels([tr("Person", "Date"), tr("Person", "What"),
                                                    tr("Person", "Title"), tr("Person", "Detail")])

    def _fill_schools(self) -> None:
        names = [name for name, _uid in organisations(SCHOOL_KINDS)]
        self.school.addItem("")
        self.school.addItems(names)

    def _load(self, v: dict[str, Any]) -> None:
        for key in ("surname", "name", "patronymic", "iin", "grade", "phone"):
            getattr(self, key).setText(v.get(key) or "")
        self.birth_date.set_value(v.get("birth_date"))
        self.sex.setCurrentIndex(max(0, self.sex.findData(v.get("sex"))))
        self.category.set_code(v.get("category"))
        self.school.setEditText(v.get("school") or "")
        self.consent_date.set_value(v.get("consent_date"))
        self.consent_by.setCurrentIndex(max(0, self.consent_by.findData(v.get("consent_by"))))
        quals = v.get("qualifications") or []
        self.trainer.setChecked("trainer" in quals)
        self.consultant.setChecked("consultant" in quals)
        self.notes.setPlainText(v.get("notes") or "")
        self.dirty = False

    def values(self) -> dict[str, Any]:
        """What the form holds, as the core's ``save_person`` takes it."""
        return {"surname": self.surname.text(), "name": self.name.text(),
                "patronymic": self.patronymic.text(), "iin": self.iin.text(),
                "birth_date": self.birth_date.value(), "sex": self.sex.currentData(),
                "category": self.category.code(), "school": self.school.currentText(),
                "grade": self.grade.text(), "phone": self.phone.text(),
                "consent_date": self.consent_date.value(), "consent_by": self.consent_by.currentData(),
                "qualifications": [q for q, box in (("trainer", self.trainer), ("consultant", self.consultant))
                                   if box.isChecked()],
                "notes": self.notes.toPlainText()}

    def _iin_entered(self) -> None:
        """A valid IIN fills in the birth date and sex (if still empty)."""
        fill_from_iin(self.iin, self.birth_date, self.sex)

    def _check_duplicates(self) -> None:
        self.duplicates = duplicates_of(self.values(), self.uid)
        if not self.duplicates:
            self.duplicate.clear()
            self.open_duplicate.hide()
            return
        p = self.duplicates[0]
        self.duplicate.setText(tr("Person", "This person may already be registered: {who}, born {date}, IIN {iin}.")
                               .format(who=p.full_name, date=format_date(p.birth_date), iin=p.iin or "—"))
        self.open_duplicate.show()

    def _open_duplicate(self) -> None:
        if self.duplicates:
            self.dirty = False
            self.person_uid = self.duplicates[0].uid
            self.opened_existing = True
            self.saved = True
            self.accept()

    def try_save(self) -> bool:
        """A new person who may be registered already is saved only when the coordinator says so."""
        if self.uid is None:
            found = duplicates_of(self.values())
            answer = ask_about_duplicates(self, found) if found else "new"
            if answer == "cancel":
                return False  # back to the form, nothing lost
            if answer == "open":
                self.duplicates = found
                self._open_duplicate()
                return True
        return super().try_save()

    def save(self) -> None:
        person = save_person(self.values(), self.uid)
        self.person_uid = person.uid


def category_name(code: str | None) -> str:
    """A social category's name in the current language."""
    return ref_name("social_categories", code, current_language()) if code else ""
