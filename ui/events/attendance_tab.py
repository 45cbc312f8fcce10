"""The event form's Participants tab: who came, registered from the keyboard alone.

Type a few letters of a name or IIN and press Enter: the person is on the
list at once (saved, no extra Save) and the cursor is back in the box for
the next one.  Enter with no match opens the person form with the surname
and name already split from what was typed.  Delete takes the selected
people off the list.  For competitive kinds (seminars) people come in as
applicants; the checked ones are then marked selected, the rest not.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import KnownError
from app.events.attendance import add_attendee, attendance_rows, remove_attendee, set_role, set_selection
from app.events.rules import COUNTED_STATUSES
from app.validation.kazakh_keys import iin_from_keys
from ui.common.person_picker import PersonPicker
from ui.events.tables import IIN, NAME, ROLE, SCHOOL, STATUS, AttendanceModel, RoleDelegate, make_view
from ui.i18n import render, tr
from ui.people.dialog import PersonDialog

ERROR_STYLE = "color: #b00020;"
INFO_STYLE = "color: #1b5e20;"


def split_name(text: str) -> dict[str, str]:
    """Prefill of the person form from typed text: an IIN, or surname, name, patronymic."""
    digits = iin_from_keys(text) or text.replace(" ", "")  # also typed on the Kazakh number row
    if digits.isdigit() and len(digits) >= 11:
        return {"iin": digits}
    parts = text.split()
    return {"surname": parts[0] if parts else "", "name": parts[1] if len(parts) > 1 else "",
            "patronymic": " ".join(parts[2:])}


class AttendanceTab(QWidget):
    """Attendance list of one saved event; ``changed`` after every change of the list."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_uid: str | None = None
        self.selection_mode = False
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.picker = PersonPicker()
        self.picker.listed = lambda: {row.person_uid for row in self.rows}
        self.picker_label = QLabel()
        self.picker_label.setBuddy(self.picker)
        self.counter = QLabel()
        self.counter.setStyleSheet("font-weight: 600;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = AttendanceModel(self._role_chosen, self)
        self.table = make_view(self.model, NAME, {IIN: 110, SCHOOL: 210, ROLE: 130, STATUS: 110})
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setItemDelegateForColumn(ROLE, RoleDelegate(self.table))
        self.table.installEventFilter(self)
        self.select_button = QPushButton()
        self.select_button.clicked.connect(self.select_checked)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        top = QHBoxLayout()
        top.addWidget(self.picker_label)
        top.addWidget(self.picker, 1)
        top.addWidget(self.counter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.select_button)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.picker.picked.connect(self.add_person)
        self.picker.newPerson.connect(self.new_person)
        self.set_event(None)

    # -- state ------------------------------------------------------------------
    def set_event(self, uid: str | None, selection: bool = False) -> None:
        """Show the list of event ``uid`` (None: not saved yet, nothing can be added)."""
        self.event_uid = uid
        self.selection_mode = selection
        for widget in (self.picker, self.table, self.remove_button):
            widget.setEnabled(uid is not None)
        self.select_button.setVisible(selection)
        self.select_button.setEnabled(uid is not None)
        self.retranslate()

    @property
    def rows(self) -> list:
        """The attendance rows shown, in Kazakh name order."""
        return self.model.rows

    def counted(self) -> int:
        """How many on the list count as having taken part (attended or selected)."""
        return sum(1 for row in self.rows if row.status in COUNTED_STATUSES)

    def reload(self) -> None:
        """Read the list again and show it."""
        self.model.set_rows(attendance_rows(self.event_uid) if self.event_uid else [], self.selection_mode)
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        text = tr("Events", "%n participant(s)", n=self.counted())
        if len(self.rows) != self.counted():
            text += " " + tr("Events", "(%n on the list)", n=len(self.rows))
        self.counter.setText(text)

    def row_of(self, person_uid: str) -> int:
        """The table row of a person, or -1."""
        return next((r for r, row in enumerate(self.rows) if row.person_uid == person_uid), -1)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setText(text)

    # -- actions ------------------------------------------------------------------
    def add_person(self, person_uid: str) -> None:
        """Put the person on the list now; the cursor goes back to the picker."""
        if self.event_uid is None:
            return
        row = self.row_of(person_uid)
        if row >= 0:
            self._say(tr("Events", "{name} is already on the list.").format(name=self.rows[row].full_name))
        else:
            try:
                add_attendee(self.event_uid, person_uid,
                             status="applicant" if self.selection_mode else "attended")
            except KnownError as exc:
                self._say(render(exc.msg), error=True)
                self.picker.setFocus()
                return
            self.reload()
            row = self.row_of(person_uid)
            if row >= 0:
                self._say(tr("Events", "Added: {name}").format(name=self.rows[row].full_name))
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, NAME))
        self.picker.setFocus()

    def new_person(self, text: str) -> None:
        """Enter on no match: the person form, prefilled; the saved person joins the list."""
        if self.event_uid is None:
            return
        dialog = PersonDialog(prefill=split_name(text), parent=self)
        if dialog.exec() and dialog.person_uid:
            self.picker.clear()
            self.add_person(dialog.person_uid)
        self.window().activateWindow()  # back from the person form, typing goes on here
        self.picker.setFocus()

    def remove_selected(self) -> None:
        """Take the selected people off the list (adding them again brings the row back)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows or self.event_uid is None:
            return
        names = [self.rows[r].full_name for r in rows]
        for r in rows:
            remove_attendee(self.rows[r].uid)
        self.reload()
        self._say(tr("Events", "Removed from the list: {names}").format(names=", ".join(names)))
        if self.rows:
            self.table.selectRow(min(rows[0], len(self.rows) - 1))

    def checked_people(self) -> list[str]:
        """Person uids checked in selection mode."""
        return [row.person_uid for row in self.rows if row.person_uid in self.model.checked]

    def select_checked(self) -> None:
        """Mark the checked applicants selected and the others not selected."""
        if self.event_uid is None:
            return
        try:
            counts = set_selection(self.event_uid, self.checked_people())
        except KnownError as exc:
            self._say(render(exc.msg), error=True)
            return
        self.reload()
        self._say(tr("Events", "Selected: {selected}; not selected: {rest}.")
                  .format(selected=counts["selected"], rest=counts["not_selected"]))

    def _role_chosen(self, row: int, role: str) -> None:
        """The role combo of a row was changed: save it at once."""
        try:
            set_role(self.rows[row].uid, role)
        except KnownError as exc:
            self._say(render(exc.msg), error=True)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if (obj is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Delete
                and self.table.state() != QAbstractItemView.State.EditingState):
            self.remove_selected()
            return True
        return super().eventFilter(obj, event)

    # -- language -------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current language."""
        self.model.retranslate()
        self.picker_label.setText(tr("Events", "&Add a person:"))
        self.picker.retranslate()
        self.select_button.setText(tr("Events", "Select checked"))
        self.remove_button.setText(tr("Events", "Remove (Delete)"))
        if self.event_uid is None:
            self.notice.setText(tr("Events", "Save the event first (Ctrl+S): the form stays open and "
                                             "the participants are added here."))
            self.notice.setStyleSheet("color: #8a5300; font-weight: 600;")
        else:
            text = tr("Events", "Type part of a name or IIN and press Enter: the person is added at once. "
                                "No match: Enter creates a new person. Delete removes the selected person.")
            if self.selection_mode:
                text += " " + tr("Events", "Competitive selection: people are added as applicants; "
                                           "check those selected and press “Select checked”.")
            self.notice.setText(text)
            self.notice.setStyleSheet("")
        self.reload()
