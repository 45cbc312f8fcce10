"""The event form's Appointments tab: consultations by prior registration.

Book a visit with a date, a time slot, the person (typed into the picker)
and the topic; Enter in the time or topic box books it.  One slot holds one
visitor: a clash is explained under the inputs and the time box gets the
cursor.  The selected booking is marked held or missed, or cancelled.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError, ValidationError
from app.events.appointments import add_appointment, appointment_rows, remove_appointment, update_appointment
from app.people.records import person_or_none
from ui.common.formatting import format_date
from ui.common.person_picker import PersonPicker
from ui.common.widgets import OptionalDate
from ui.events.attendance_tab import ERROR_STYLE, INFO_STYLE, split_name
from ui.events.tables import BOOKING, DATE, PERSON, TIME, TOPIC, AppointmentModel, make_view
from ui.i18n import render, tr
from ui.people.dialog import PersonDialog


class AppointmentsTab(QWidget):
    """Bookings of one saved consultation event."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_uid: str | None = None
        self.person_uid: str | None = None
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.date = OptionalDate()
        self.date.field_key = "date"  # a date that is not one is explained like the core's errors
        self.time = QLineEdit()
        self.time.setMaximumWidth(80)
        self.picker = PersonPicker()
        self.person_label = QLabel()
        self.topic = QLineEdit()
        self.book_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.labels: list[tuple[QLabel, object]] = []
        grid = QGridLayout()
        for col, (text, widget) in enumerate(((lambda: tr("Events", "&Date:"), self.date),
                                              (lambda: tr("Events", "T&ime:"), self.time),
                                              (lambda: tr("Events", "&Person:"), self.picker),
                                              (lambda: tr("Events", "&Topic:"), self.topic))):
            label = QLabel()
            label.setBuddy(widget)
            self.labels.append((label, text))
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(self.person_label, 2, 2)
        grid.addWidget(self.book_button, 1, 4)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 2)
        self.model = AppointmentModel(self)
        self.table = make_view(self.model, TOPIC, {DATE: 95, TIME: 60, PERSON: 250, BOOKING: 100})
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status_buttons = {status: QPushButton() for status in ("held", "missed", "booked")}
        self.cancel_button = QPushButton()
        actions = QHBoxLayout()
        actions.addStretch(1)
        for status, button in self.status_buttons.items():
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            actions.addWidget(button)
        actions.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.book_button.clicked.connect(self.book)
        self.time.returnPressed.connect(self.book)
        self.topic.returnPressed.connect(self.book)
        self.picker.picked.connect(self.choose_person)
        self.picker.newPerson.connect(self.new_person)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.set_event(None)

    def set_event(self, uid: str | None, start: dt.date | None = None) -> None:
        """Show the bookings of event ``uid`` (None: not saved yet)."""
        self.event_uid = uid
        if start is not None and self.date.value() is None:
            self.date.set_value(start)
        for widget in (self.date, self.time, self.picker, self.topic, self.book_button, self.table,
                       self.cancel_button, *self.status_buttons.values()):
            widget.setEnabled(uid is not None)
        self.retranslate()

    @property
    def rows(self) -> list:
        """The bookings shown, by date and time."""
        return self.model.rows

    def reload(self) -> None:
        """Read the bookings again and show them."""
        self.model.set_rows(appointment_rows(self.event_uid) if self.event_uid else [])
        self.changed.emit()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setText(text)

    def _show_error(self, exc: KnownError) -> None:
        self._say(render(exc.msg), error=True)
        field = exc.field if isinstance(exc, ValidationError) else ""
        widget = {"date": self.date, "time_slot": self.time, "person_uid": self.picker,
                  "topic": self.topic}.get(field)
        if widget is not None:
            widget.setFocus()
            if widget is self.time:
                self.time.selectAll()

    # -- actions ------------------------------------------------------------------
    def choose_person(self, uid: str | None) -> None:
        """The person the next booking is for; the cursor moves on to the topic."""
        self.person_uid = uid
        person = person_or_none(uid) if uid else None
        self.person_label.setText(person.full_name if person else "")
        if uid:
            self.topic.setFocus()

    def new_person(self, text: str) -> None:
        """No match in the picker: the person form, prefilled; the new person is chosen."""
        dialog = PersonDialog(prefill=split_name(text), parent=self)
        if dialog.exec() and dialog.person_uid:
            self.picker.clear()
            self.choose_person(dialog.person_uid)
        self.window().activateWindow()
        (self.topic if self.person_uid else self.picker).setFocus()

    def book(self) -> None:
        """Book the slot; on a clash or a wrong value say why, beside the inputs."""
        if self.event_uid is None:
            return
        try:
            add_appointment(self.event_uid, self.date.checked_value(), self.time.text(), self.person_uid,
                            self.topic.text())
        except KnownError as exc:
            self._show_error(exc)
            return
        slot = self.time.text().strip()
        self._say(tr("Events", "Booked: {date} {time}").format(date=format_date(self.date.value()), time=slot))
        self.time.clear()
        self.topic.clear()
        self.choose_person(None)
        self.reload()
        self.time.setFocus()

    def selected_uids(self) -> list[str]:
        """The bookings selected in the table."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.rows[r].uid for r in rows]

    def set_status(self, status: str) -> None:
        """Mark the selected bookings held, missed or booked again."""
        for uid in self.selected_uids():
            try:
                update_appointment(uid, status=status)
            except KnownError as exc:
                self._show_error(exc)
                break
        else:
            self.message.clear()
        keep = self.selected_uids()
        self.reload()
        for r, row in enumerate(self.rows):
            if row.uid in keep:
                self.table.selectRow(r)

    def cancel_selected(self) -> None:
        """Cancel the selected bookings (they travel as cancelled in the next sync)."""
        for uid in self.selected_uids():
            remove_appointment(uid)
        self.reload()

    def retranslate(self) -> None:
        """Texts in the current language."""
        for label, text in self.labels:
            label.setText(text())
        self.time.setPlaceholderText(tr("Events", "HH:MM"))
        self.book_button.setText(tr("Events", "&Book"))
        for status, text in (("held", tr("Events", "Mark held")), ("missed", tr("Events", "Mark missed")),
                             ("booked", tr("Events", "Back to booked"))):
            self.status_buttons[status].setText(text)
        self.cancel_button.setText(tr("Events", "Cancel the booking"))
        self.picker.retranslate()
        self.picker.setPlaceholderText(tr("Events", "Type a name or IIN, Enter to choose"))
        if self.event_uid is None:
            self.notice.setText(tr("Events", "Save the event first (Ctrl+S): the form stays open and "
                                             "the visits are booked here."))
            self.notice.setStyleSheet("color: #8a5300; font-weight: 600;")
        else:
            self.notice.setText(tr("Events", "Consultations are held by prior registration: one visitor "
                                             "per time slot. Enter in the time or topic box books the visit."))
            self.notice.setStyleSheet("")
        self.model.retranslate()
        self.reload()
