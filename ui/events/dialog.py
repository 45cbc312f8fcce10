"""The event form: details with the kind's rules, then who came (or how many), or bookings.

Tabs: Details; Participants (named kinds); Head-count (mass actions);
Appointments (consultations).  The rules of the chosen kind are shown under
it, and the rules the event does not meet are listed in an amber badge under
the tabs: a warning, never a reason to refuse the save.

A new event is saved first (Ctrl+S): the form then stays open on the
Participants (or Appointments) tab with the cursor in the name box, and each
person is saved the moment they are added.  Editing an event, Ctrl+S saves
and closes.  Enter never saves or closes this form (it adds people in the
picker); Ctrl+S does.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError, ValidationError
from app.events.forms import FORMATS, event_values, save_event
from app.events.records import default_programme, rules_for
from app.events.rules import check_event, is_mass, rule_hints
from app.installation import get_installation
from ui.common.form_dialog import FormDialog
from ui.common.widgets import CheckList, OptionalDate, RefCombo
from ui.events.appointments_tab import AppointmentsTab
from ui.events.attendance_tab import AttendanceTab
from ui.events.choices import (
    PARTNER_KINDS,
    compact,
    fill_languages,
    fill_organisations,
    format_name,
    organisation_name,
    organisations,
)
from ui.events.headcount_tab import BlankSpin, HeadcountTab
from ui.i18n import current_language, render, tr

BADGE_STYLE = ("color: #7a4a00; background: #fff4d6; border: 1px solid #e3b550;"
               " border-radius: 3px; padding: 4px 6px;")
HINT_STYLE = "color: #555;"
SAVED_STYLE = "color: #1b5e20; font-weight: 600;"
DETAILS, PARTICIPANTS, HEADCOUNT, APPOINTMENTS = range(4)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class EventDialog(FormDialog):
    """Create (``uid`` None) or edit an event; ``uid`` is set once it is saved."""

    def __init__(self, uid: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._built = False
        self._closing = False
        self.uid = uid
        self.setMinimumSize(720, 480)
        left = self.form
        right_widget = QWidget()
        right = QFormLayout(right_widget)
        right.setContentsMargins(0, 0, 0, 0)
        self.title = self.add_to(left, "title", lambda: tr("Events", "&Title:"), QLineEdit())
        self.programme = self.add_to(left, "programme", lambda: tr("Events", "&Programme:"),
                                     compact(RefCombo("programmes"), 20))
        self.kind = self.add_to(left, "kind", lambda: tr("Events", "&Kind:"),
                                compact(RefCombo("event_kinds", allow_empty=False), 20))
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        self.hints.setStyleSheet(HINT_STYLE)
        left.addRow("", self.hints)
        self.start_date = self.add_to(left, "start_date", lambda: tr("Events", "&Start date:"), OptionalDate())
        self.end_date = self.add_to(left, "end_date", lambda: tr("Events", "&End date (if not the same day):"),
                                    OptionalDate())
        self.start_time = self.add_to(left, "start_time", lambda: tr("Events", "Start t&ime:"), QLineEdit())
        self.start_time.setMaximumWidth(90)
        self.duration = self.add_to(left, "duration_minutes", lambda: tr("Events", "&Duration:"), BlankSpin())
        self.duration.setRange(0, 7 * 24 * 60)
        self.duration.setSpecialValueText("—")
        self.duration.setMaximumWidth(140)
        self.place = self.add_to(left, "place", lambda: tr("Events", "Pl&ace:"), QLineEdit())
        self.format = self.add_to(left, "format", lambda: tr("Events", "&Format:"), QComboBox())
        self.language = self.add_to(left, "language", lambda: tr("Events", "&Language:"), QComboBox())
        self.organiser = self.add_to(right, "organiser_uid", lambda: tr("Events", "&Organiser:"), QComboBox())
        self.audience = self.add_to(right, "audience", lambda: tr("Events", "A&udience:"),
                                    CheckList("social_categories"))
        self.partners = self.add_to(right, "partner_uids", lambda: tr("Events", "Pa&rtners:"), QListWidget())
        self.partners.setMaximumHeight(110)
        self.notes = self.add_to(right, "notes", lambda: tr("Events", "&Notes:"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)
        details = QWidget()
        columns = QHBoxLayout(details)
        self.body.removeWidget(self.form_widget)
        for column, stretch in ((self.form_widget, 11), (right_widget, 9)):
            holder = QVBoxLayout()  # rows keep their height; the space goes below them
            holder.addWidget(column)
            holder.addStretch(1)
            columns.addLayout(holder, stretch)
        self.details = _scrolled(details)
        self.attendance = AttendanceTab()
        self.headcount = HeadcountTab(self.add_to)
        self.appointments = AppointmentsTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, "")
        self.tabs.addTab(self.attendance, "")
        self.tabs.addTab(_scrolled(self.headcount), "")
        self.tabs.addTab(self.appointments, "")
        self.badge = QLabel()
        self.badge.setWordWrap(True)
        self.badge.setStyleSheet(BADGE_STYLE)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(SAVED_STYLE)
        self.status.hide()
        self.body.addWidget(self.tabs, 1)
        self.body.addWidget(self.badge)
        self.body.addWidget(self.status)
        # The day's last step, from the event itself: its participants' certificates.
        self.certificates_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.certificates_button.clicked.connect(self.print_certificates)
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        for signal in (self.duration.valueChanged, self.start_date.dateChanged, self.end_date.dateChanged,
                       self.attendance.changed, self.headcount.changed):
            signal.connect(lambda *_: self.update_issues())
        self.appointments.changed.connect(self._tab_titles)
        self._built = True
        self.retranslate()
        self._load(event_values(uid) if uid else self._defaults())
        self._fit_screen()
        self.title.setFocus()

    def add_to(self, form: QFormLayout, key: str, label: Callable[[], str], widget: QWidget) -> QWidget:
        """``add_field`` into ``form`` (a column or a tab), error label and all."""
        own, self.form = self.form, form
        try:
            return self.add_field(key, label, widget)
        finally:
            self.form = own

    def watch(self, widget: QWidget) -> None:
        """As the base, but a spin box counts as changed only when its value changes.

        (Its editingFinished also fires when the cursor merely leaves it, e.g.
        when the saved form moves the cursor to the name box.)
        """
        if isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda *_: self.mark_dirty())
            return
        super().watch(widget)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            # The button box renames its standard buttons after us: name them again then.
            QTimer.singleShot(0, self, self._button_texts)

    def _button_texts(self) -> None:
        FormDialog.retranslate(self)
        self._titles()

    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1000, 680
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    # -- values -------------------------------------------------------------------
    def _defaults(self) -> dict[str, Any]:
        installation = get_installation()
        lang = current_language()
        return {"start_date": dt.date.today(), "format": FORMATS[0], "kind": "lecture",
                "programme": default_programme("lecture"),
                "language": lang if lang in ("kk", "ru") else None,
                "organiser_uid": installation.organisation_uid if installation else None}

    def _fill_partners(self, chosen: list[str]) -> None:
        self.partners.blockSignals(True)
        self.partners.clear()
        offered = organisations(PARTNER_KINDS)
        known = {uid for uid, _ in offered}
        offered += [(uid, organisation_name(uid) or uid) for uid in chosen if uid not in known]
        for uid, name in offered:
            item = QListWidgetItem(name, self.partners)
            item.setData(Qt.ItemDataRole.UserRole, uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if uid in chosen else Qt.CheckState.Unchecked)
        self.partners.blockSignals(False)

    def partner_uids(self) -> list[str]:
        """The checked partner organisations."""
        return [self.partners.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.partners.count())
                if self.partners.item(i).checkState() == Qt.CheckState.Checked]

    def _load(self, v: dict[str, Any]) -> None:
        self.title.setText(v.get("title") or "")
        self.kind.set_code(v.get("kind") or "lecture")
        self.programme.set_code(v.get("programme"))
        self.start_date.set_value(v.get("start_date"))
        end = v.get("end_date")
        self.end_date.set_value(end if end and end != v.get("start_date") else None)
        self.start_time.setText(v.get("start_time") or "")
        self.duration.setValue(v.get("duration_minutes") or 0)
        self.place.setText(v.get("place") or "")
        self.format.setCurrentIndex(max(0, self.format.findData(v.get("format") or FORMATS[0])))
        self.language.setCurrentIndex(max(0, self.language.findData(v.get("language"))))
        fill_organisations(self.organiser, "—", keep=v.get("organiser_uid"))
        self.audience.set_codes(v.get("audience") or [])
        self._fill_partners(v.get("partner_uids") or [])
        self.notes.setPlainText(v.get("notes") or "")
        self.headcount.load(v)
        self._kind_changed(initial=True)
        self._show_lists()
        self.dirty = False

    def values(self) -> dict[str, Any]:
        """What the form holds, as the core's ``save_event`` takes it."""
        values = {
            "title": self.title.text(), "programme": self.programme.code() or "",
            "kind": self.kind.code(), "start_date": self.start_date.value(),
            "end_date": self.end_date.value(), "start_time": self.start_time.text(),
            "duration_minutes": self.duration.value() or "", "place": self.place.text(),
            "format": self.format.currentData(), "language": self.language.currentData() or "",
            "audience": self.audience.codes(), "organiser_uid": self.organiser.currentData() or "",
            "partner_uids": self.partner_uids(), "notes": self.notes.toPlainText()}
        values.update(self.headcount.values())
        return values

    # -- the kind and its rules ----------------------------------------------------
    def _kind_changed(self, initial: bool = False) -> None:
        kind = self.kind.code() or "other"
        self.hints.setText("\n".join(render(hint) for hint in rule_hints(kind)))
        if not initial and self.programme.code() is None:
            self.programme.set_code(default_programme(kind))
        days = rules_for(kind).get("days")
        start = self.start_date.value()
        if not initial and days and start and self.end_date.value() is None:
            self.end_date.set_value(start + dt.timedelta(days=days - 1))
        mass = is_mass(kind)
        self._certificates_button_state()
        self.tabs.setTabVisible(PARTICIPANTS, not mass)
        self.tabs.setTabVisible(HEADCOUNT, mass)
        self.tabs.setTabVisible(APPOINTMENTS, kind == "consultation")
        if not initial and self.attendance.event_uid and self._selection(kind) != self.attendance.selection_mode:
            self.attendance.set_event(self.uid, self._selection(kind))
        self.update_issues()

    @staticmethod
    def _selection(kind: str | None) -> bool:
        return rules_for(kind or "").get("selection") == "competitive"

    def participants(self) -> int:
        """The count the rules are checked against: the head-count or the people who took part."""
        return self.headcount.total() if is_mass(self.kind.code()) else self.attendance.counted()

    def issues(self) -> list[str]:
        """The unmet rules of the form's current values, in the current language."""
        event = SimpleNamespace(kind=self.kind.code(), start_date=self.start_date.value(),
                                end_date=self.end_date.value(), duration_minutes=self.duration.value() or None)
        return [render(issue.msg) for issue in check_event(event, self.participants())]

    def update_issues(self) -> None:
        """Refresh the amber badge of unmet rules (hidden when all are met)."""
        if not self._built:
            return
        issues = self.issues()
        self.badge.setText(tr("Events", "Not met: {issues}").format(issues=" ".join(issues)))
        self.badge.setToolTip(tr("Events", "The event is saved anyway; the office sees these notes."))
        self.badge.setVisible(bool(issues))
        self._tab_titles()

    def _tab_titles(self) -> None:
        if not self._built:
            return
        people = tr("Events", "Participants")
        if self.uid is not None:
            people += f" ({self.attendance.counted()})"
        bookings = tr("Events", "Appointments")
        if self.uid is not None:
            bookings += f" ({len(self.appointments.rows)})"
        for index, text in ((DETAILS, tr("Events", "Details")), (PARTICIPANTS, people),
                            (HEADCOUNT, tr("Events", "Head-count")), (APPOINTMENTS, bookings)):
            self.tabs.setTabText(index, text)

    # -- saving ----------------------------------------------------------------------
    def save(self) -> None:
        self.uid = save_event(self.values(), self.uid).uid

    def try_save(self) -> bool:
        """Save; a new named event stays open on its list tab, anything else closes."""
        created = self.uid is None
        self.clear_errors()
        try:
            self.save_checked()
        except KnownError as exc:
            if created:
                self.uid = None
            self.show_error(exc)
            return False
        self.dirty = False
        self.saved = True
        if created and not self._closing and not is_mass(self.kind.code()):
            self._show_lists(just_created=True)
            return True
        self.accept()
        return True

    def _show_lists(self, just_created: bool = False) -> None:
        """Let the saved event's lists be filled; after creating it, go there."""
        if self.uid is None:
            return
        self.attendance.set_event(self.uid, self._selection(self.kind.code()))
        self.appointments.set_event(self.uid, self.start_date.value())
        self._titles()
        if just_created:
            consultation = self.kind.code() == "consultation"
            self.tabs.setCurrentIndex(APPOINTMENTS if consultation else PARTICIPANTS)
            self.status.setText(tr("Events", "Saved. Now add the people: each one is saved as soon as "
                                             "they are added. Close the form when done."))
            self.status.show()
            (self.appointments.time if consultation else self.attendance.picker).setFocus()

    def show_participants(self) -> None:
        """Go to the participants' list (the overview's "Add participants"), the cursor in its picker."""
        self.tabs.setCurrentIndex(PARTICIPANTS)
        QTimer.singleShot(0, self.attendance.picker.setFocus)

    def reject(self) -> None:
        self._closing = True
        try:
            super().reject()
        finally:
            self._closing = False

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Enter registers people in the picker; it must never save or close the form.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def show_error(self, exc: KnownError) -> None:
        """The error beside its field, on the tab that holds the field."""
        widget = self.fields.get(exc.field if isinstance(exc, ValidationError) else "")
        if widget is not None:
            for index in range(self.tabs.count()):
                if self.tabs.widget(index).isAncestorOf(widget):
                    self.tabs.setCurrentIndex(index)
        super().show_error(exc)
        if widget is not None and self.details.isAncestorOf(widget):
            self.details.ensureWidgetVisible(widget)

    # -- certificates ------------------------------------------------------------------
    def _certificates_button_state(self) -> None:
        """Shown once the event is saved and names its participants (not for head-count events)."""
        if hasattr(self, "certificates_button"):
            self.certificates_button.setVisible(self.uid is not None and not is_mass(self.kind.code()))

    def print_certificates(self) -> None:
        """The certificates dialog for this event, «Certificate of participation» chosen (unsaved edits saved first)."""
        if self.uid is None:
            return
        if self.dirty:
            self.clear_errors()
            try:
                self.save()
            except KnownError as exc:
                self.show_error(exc)
                return
            self.dirty = False
            self.saved = True
        from ui.certificates.dialog import GenerateDialog  # QtPdf: loaded only when certificates are made

        dialog = GenerateDialog(event_uid=self.uid, parent=self, kind="participation")
        dialog.exec()
        dialog.deleteLater()

    # -- language ----------------------------------------------------------------------
    def _titles(self) -> None:
        self.setWindowTitle(tr("Events", "Event") if self.uid else tr("Events", "New event"))
        if self.uid is not None:
            # Participants are saved as they are added: closing loses nothing.
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Events", "Close"))
        self.certificates_button.setText(tr("Events", "Print &certificates…"))
        self._certificates_button_state()
        self._tab_titles()

    def retranslate(self) -> None:
        super().retranslate()
        if not getattr(self, "_built", False):
            return
        self._titles()
        self.programme.fill()
        compact(self.programme, 20)
        self.kind.fill()
        compact(self.kind, 20)
        self.audience.fill()
        self.start_time.setPlaceholderText(tr("Events", "HH:MM"))
        self.duration.setSuffix(" " + tr("Events", "min"))
        fmt = self.format.currentData()
        self.format.blockSignals(True)
        self.format.clear()
        for code in FORMATS:
            self.format.addItem(format_name(code), code)
        self.format.setCurrentIndex(max(0, self.format.findData(fmt)))
        self.format.blockSignals(False)
        fill_languages(self.language, "—")
        fill_organisations(self.organiser, "—")
        self.hints.setText("\n".join(render(h) for h in rule_hints(self.kind.code() or "other")))
        for tab in (self.attendance, self.headcount, self.appointments):
            tab.retranslate()
        self.update_issues()
