"""Overview: the day's tasks one click away, reminders of what is due, and who this installation is."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.home.reminders import Reminder, reminders
from app.i18n import N_
from app.installation import get_installation
from app.reference import name as ref_name
from app.stats import record_counts
from ui.i18n import current_language, render, tr

if TYPE_CHECKING:  # annotations only: the store is handed in at start-up
    from app.db.store import Store

TABLE_TITLES = {
    "organisation": N_("Home", "Organisations"), "person": N_("Home", "People"),
    "event": N_("Home", "Events"), "event_partner": N_("Home", "Event partners"),
    "attendance": N_("Home", "Attendance records"), "appointment": N_("Home", "Consultation appointments"),
    "aid_recipient": N_("Home", "Children in the aid data bank"), "aid_given": N_("Home", "Aid given"),
    "team": N_("Home", "Debate teams"), "team_member": N_("Home", "Team members"),
    "certificate": N_("Home", "Certificates issued"),
    "social_passport": N_("Home", "Social passport totals"),
    "tournament": N_("Home", "Debate tournaments"), "adjudicator": N_("Home", "Adjudicators"),
    "debate": N_("Home", "Debates drawn"), "debate_adjudicator": N_("Home", "Adjudicators' seats"),
    "ballot": N_("Home", "Ballots"), "break_team": N_("Home", "Teams in the break"),
    "award": N_("Home", "Awards and nominations"), "contest": N_("Home", "Contests"),
    "contest_work": N_("Home", "Contest works"), "target": N_("Home", "Region targets"),
}


def role_name(role: str) -> str:
    """The translated name of an installation's role."""
    return {"school": tr("Home", "School"), "office": tr("Home", "Region office"),
            "national": tr("Home", "National level")}.get(role, role)


# Qt.ItemDataRole.TextAlignmentRole and Qt.AlignRight | Qt.AlignVCenter as numbers: naming them through
# Qt makes PySide6 build the Qt namespace's ~100 enums (~15 ms) before the overview can show (see refresh).
TEXT_ALIGNMENT_ROLE = 7
RIGHT_ALIGNED = 0x0002 | 0x0080

#: The day's tasks: (key, button text); the window decides what each opens.
TASKS = (
    ("new_event", N_("Home", "&New event")),
    ("add_participants", N_("Home", "Add &participants")),
    ("print_certificates", N_("Home", "Print &certificates")),
    ("write_bundle", N_("Home", "&Write to the USB stick")),
)

#: The button beside a reminder, by its action.
REMINDER_BUTTONS = {
    "write_bundle": N_("Home", "Write the bundle"),
    "new_event": N_("Home", "New event"),
    "open_event": N_("Home", "Open the event"),
}


class HomePage(QWidget):
    """The day's tasks, reminders and the installation's facts; refreshed whenever it is shown.

    ``task`` is emitted with an action (``new_event``, ``add_participants``,
    ``print_certificates``, ``write_bundle``, ``open_event``) and an event uid
    (or ''); the main window carries it out in the right area.
    """

    task = Signal(str, str)

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.tasks_box = QGroupBox()
        task_row = QGridLayout(self.tasks_box)
        self.task_buttons: dict[str, QPushButton] = {}
        for column, (key, _text) in enumerate(TASKS):
            button = QPushButton()
            button.setMinimumHeight(48)
            button.setStyleSheet("font-size: 11pt; padding: 6px 12px;")
            button.clicked.connect(lambda _=False, k=key: self.task.emit(k, ""))
            task_row.addWidget(button, 0, column)
            self.task_buttons[key] = button
        self.reminders_box = QGroupBox()
        self.reminder_rows = QVBoxLayout(self.reminders_box)
        self.shown: list[Reminder] = []
        self.box = QGroupBox()
        self.form = QFormLayout(self.box)
        self.values = {key: QLabel() for key in ("role", "region", "district", "coordinator")}
        self.labels = {key: QLabel() for key in self.values}
        for key, value in self.values.items():
            self.form.addRow(self.labels[key], value)
        self._selectable = False  # the facts become selectable after the first paint (see refresh)
        self.counts_toggle = QPushButton()
        self.counts_toggle.setCheckable(True)
        self.counts_toggle.setFlat(True)
        self.counts_toggle.toggled.connect(self._show_counts)
        self.counts = QTableWidget(0, 2)
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.setVisible(False)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.title)
        layout.addWidget(self.tasks_box)
        layout.addWidget(self.reminders_box)
        facts = QHBoxLayout()
        facts.addWidget(self.box, 1)
        layout.addLayout(facts)
        toggle_row = QHBoxLayout()  # the toggle as wide as its text, on the left
        toggle_row.addWidget(self.counts_toggle)
        toggle_row.addStretch(1)
        layout.addLayout(toggle_row)
        layout.addWidget(self.counts, 1)
        layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current language, then the figures."""
        self.tasks_box.setTitle(tr("Home", "Today"))
        for key, text in TASKS:
            self.task_buttons[key].setText(tr("Home", text))  # i18n: ignore
        self.reminders_box.setTitle(tr("Home", "Reminders"))
        self.box.setTitle(tr("Home", "This installation"))
        self.labels["role"].setText(tr("Home", "Role:"))
        self.labels["region"].setText(tr("Home", "Region:"))
        self.labels["district"].setText(tr("Home", "District:"))
        self.labels["coordinator"].setText(tr("Home", "Coordinator:"))
        self.counts_toggle.setText(tr("Home", "Records in this database ▾") if self.counts_toggle.isChecked()
                                   else tr("Home", "Records in this database ▸"))
        self.counts.setHorizontalHeaderLabels([tr("Home", "Records"), tr("Home", "Count")])
        if self.isVisible():
            self.refresh()

    def _show_counts(self, on: bool) -> None:
        self.counts.setVisible(on)
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802
        # Counting a region's 400,000 attendance rows must not delay the first window.
        super().showEvent(event)
        QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        """Re-read the installation, the reminders and the counts."""
        inst = get_installation()
        if inst is None:
            return
        lang = current_language()
        self.title.setText(inst.name)
        self.values["role"].setText(role_name(inst.role))
        self.values["region"].setText(ref_name("regions", inst.region, lang))
        self.values["district"].setText(inst.district or "—")
        self.values["coordinator"].setText(inst.coordinator or "—")
        self.task_buttons["add_participants"].setVisible(inst.role == "school")
        self._fill_reminders(reminders(lang=lang, inst=inst))
        self._fill_counts()
        if not self._selectable:
            # PySide6 builds the Qt namespace's ~100 enums at its first use (~15 ms): after the overview shows.
            QTimer.singleShot(0, self._make_facts_selectable)

    def _make_facts_selectable(self) -> None:
        from PySide6.QtCore import Qt  # see refresh

        self._selectable = True
        for value in self.values.values():
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _fill_counts(self) -> None:
        counts = record_counts()
        self.counts.setRowCount(len(counts))
        for row, (table, count) in enumerate(counts.items()):
            title = TABLE_TITLES.get(table)
            self.counts.setItem(row, 0, QTableWidgetItem(tr("Home", title) if title else table))  # i18n: ignore
            item = QTableWidgetItem(f"{count:,}".replace(",", " "))
            item.setData(TEXT_ALIGNMENT_ROLE, RIGHT_ALIGNED)
            self.counts.setItem(row, 1, item)

    def _fill_reminders(self, found: list[Reminder]) -> None:
        while self.reminder_rows.count():
            child = self.reminder_rows.takeAt(0)
            widget = child.widget()
            if widget is not None:
                widget.deleteLater()
        self.shown = found
        if not found:
            self.reminder_rows.addWidget(QLabel(tr("Home", "Nothing is due. Well done.")))
        for reminder in found:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(("⚠ " if reminder.urgent else "• ") + render(reminder.msg))
            text.setWordWrap(True)
            if reminder.urgent:
                text.setStyleSheet("color: #8a5300; font-weight: 600;")
            line.addWidget(text, 1)
            if reminder.action in REMINDER_BUTTONS:
                button = QPushButton(tr("Home", REMINDER_BUTTONS[reminder.action]))  # i18n: ignore
                button.clicked.connect(
                    lambda _=False, r=reminder: self.task.emit(r.action or "", r.event_uid or ""))
                top = QVBoxLayout()  # the button at the top of a wrapped text (no Qt.AlignTop: see refresh)
                top.addWidget(button)
                top.addStretch(1)
                line.addLayout(top)
            self.reminder_rows.addWidget(row)
