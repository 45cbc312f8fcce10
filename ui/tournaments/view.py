"""One tournament: its league, and tabs for teams, rounds, standings, the break and the awards.

Only the tab shown is loaded; the others reload when they are shown next.
A language change relabels what is on screen without asking the database.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from app.tournaments.registration import teams_of
from app.tournaments.setup import get_tournament
from ui.common.formatting import format_date
from ui.i18n import tr
from ui.tournaments.awards_tab import AwardsTab
from ui.tournaments.break_tab import BreakTab
from ui.tournaments.common import HINT_STYLE, league_label, stage_label
from ui.tournaments.rounds_tab import RoundsTab
from ui.tournaments.settings_dialog import TournamentDialog
from ui.tournaments.standings_tab import StandingsTab
from ui.tournaments.teams_tab import TeamsTab

if TYPE_CHECKING:
    from app.models import Tournament


class TournamentView(QWidget):
    """The opened tournament."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid: str | None = None
        self.t: Tournament | None = None
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.details = QLabel()
        self.details.setStyleSheet(HINT_STYLE)
        self.league_label = QLabel()
        self.league = QComboBox()
        self.league.setMinimumContentsLength(14)
        self.league_label.setBuddy(self.league)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.edit_settings)
        for label in (self.title, self.details):
            # Long names must not widen the window past a 1366-pixel screen.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.details)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addLayout(heading, 1)
        top.addWidget(self.league_label)
        top.addWidget(self.league)
        top.addWidget(self.settings_button)
        self.teams = TeamsTab(self)
        self.rounds = RoundsTab(self)
        self.standings = StandingsTab(self)
        self.breaks = BreakTab(self)
        self.awards = AwardsTab(self)
        self.tabs = QTabWidget()
        for tab in self.tab_pages():
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._stale: set[QWidget] = set()
        self.league.currentIndexChanged.connect(lambda _: self.league_changed())
        self.tabs.currentChanged.connect(lambda _: self._load_current())
        shortcut = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.back)
        self.retranslate()

    def tab_pages(self) -> list[QWidget]:
        return [self.teams, self.rounds, self.standings, self.breaks, self.awards]

    # -- loading -----------------------------------------------------------------
    def open(self, uid: str) -> None:
        """Show the tournament ``uid`` (its first league, the Teams tab)."""
        self.uid = uid
        self.t = get_tournament(uid)
        self._fill_leagues(keep=None)
        self.tabs.setCurrentIndex(0)
        self.refresh()

    def tournament(self) -> Tournament:
        """The tournament as saved now."""
        assert self.uid is not None
        self.t = get_tournament(self.uid)
        return self.t

    def current_league(self) -> str:
        return self.league.currentData() or (self.t.league_list[0] if self.t and self.t.league_list else "")

    def _fill_leagues(self, keep: str | None) -> None:
        self.league.blockSignals(True)
        self.league.clear()
        for code in self.t.league_list:
            self.league.addItem(league_label(code), code)
        self.league.setCurrentIndex(max(0, self.league.findData(keep)) if keep else 0)
        self.league.blockSignals(False)

    def _header(self) -> None:
        t = self.t
        e = t.event
        dates = format_date(e.start_date)
        if e.end_date and e.end_date != e.start_date:
            dates += " – " + format_date(e.end_date)
        self.title.setText(e.title)
        self.title.setToolTip(e.title)
        parts = [stage_label(t.stage), dates, e.place or ""]
        self.details.setText(" · ".join(p for p in parts if p))

    def refresh(self) -> None:
        """Reload the header and the tab shown; the other tabs reload when shown."""
        if self.uid is None:
            return
        self.tournament()
        self._header()
        self._stale = set(self.tab_pages())
        self._load_current()

    def league_changed(self) -> None:
        self._stale = set(self.tab_pages())
        self._load_current()

    def mark_changed(self) -> None:
        """Something was saved: every other tab reloads when it is shown next."""
        current = self.tabs.currentWidget()
        self._stale = {tab for tab in self.tab_pages() if tab is not current}

    def _load_current(self) -> None:
        tab = self.tabs.currentWidget()
        if self.uid is None or tab not in self._stale:
            return
        self._stale.discard(tab)
        tab.load(self.tournament(), self.current_league())

    def summary(self) -> str:
        """The status bar's line: teams per league."""
        if self.t is None:
            return ""
        counts = [f"{league_label(code)}: {len(teams_of(self.t, code))}" for code in self.t.league_list]
        return tr("Tournaments", "Teams — {counts}").format(counts=", ".join(counts))

    def edit_settings(self) -> None:
        dialog = TournamentDialog(uid=self.uid, parent=self)
        saved = dialog.exec()
        dialog.deleteLater()
        if saved:
            keep = self.current_league()
            self.tournament()
            self._fill_leagues(keep)
            self.refresh()

    # -- language ----------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current language (no database query)."""
        self.back_button.setText(tr("Tournaments", "← Tournaments"))
        self.back_button.setToolTip(tr("Tournaments", "Back to the list (Alt+Left)"))
        self.league_label.setText(tr("Tournaments", "&League:"))
        self.settings_button.setText(tr("Tournaments", "Settings…"))
        for i in range(self.league.count()):
            self.league.setItemText(i, league_label(self.league.itemData(i)))
        for i, name in enumerate((tr("Tournaments", "Teams"), tr("Tournaments", "Rounds"),
                                  tr("Tournaments", "Standings"), tr("Tournaments", "Break and eliminations"),
                                  tr("Tournaments", "Awards"))):
            self.tabs.setTabText(i, name)
        if self.t is not None:
            # Only the stage's name is translated; the rest is kept as shown.
            text = self.details.text().split(" · ")
            if text:
                text[0] = stage_label(self.t.stage)
                self.details.setText(" · ".join(text))
