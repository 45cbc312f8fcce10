"""Overview: who this installation is and what its database holds."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import N_
from app.installation import get_installation
from app.reference import name as ref_name
from app.stats import record_counts
from ui.i18n import current_language, tr

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


class HomePage(QWidget):
    """Installation facts and record counts; refreshed whenever it is shown."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.box = QGroupBox()
        self.form = QFormLayout(self.box)
        self.values = {key: QLabel() for key in ("role", "region", "district", "coordinator")}
        self.labels = {key: QLabel() for key in self.values}
        for key, value in self.values.items():
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(self.labels[key], value)
        self.counts = QTableWidget(0, 2)
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.box)
        layout.addWidget(self.counts, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current language, then the figures."""
        self.box.setTitle(tr("Home", "This installation"))
        self.labels["role"].setText(tr("Home", "Role:"))
        self.labels["region"].setText(tr("Home", "Region:"))
        self.labels["district"].setText(tr("Home", "District:"))
        self.labels["coordinator"].setText(tr("Home", "Coordinator:"))
        self.counts.setHorizontalHeaderLabels([tr("Home", "Records"), tr("Home", "Count")])
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        # Counting a region's 400,000 attendance rows must not delay the first window.
        super().showEvent(event)
        QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        """Re-read the installation and the counts."""
        inst = get_installation()
        if inst is None:
            return
        lang = current_language()
        self.title.setText(inst.name)
        self.values["role"].setText(role_name(inst.role))
        self.values["region"].setText(ref_name("regions", inst.region, lang))
        self.values["district"].setText(inst.district or "—")
        self.values["coordinator"].setText(inst.coordinator or "—")
        counts = record_counts()
        self.counts.setRowCount(len(counts))
        for row, (table, count) in enumerate(counts.items()):
            title = TABLE_TITLES.get(table)
            self.counts.setItem(row, 0, QTableWidgetItem(tr("Home", title) if title else table))  # i18n: ignore
            item = QTableWidgetItem(f"{count:,}".replace(",", " "))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts.setItem(row, 1, item)
