"""Registration: the league's teams and the tournament's adjudicators, by hand or from a file.

The dialogs that add and change them are in ui/tournaments/team_dialogs.py.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.tournaments import registration as reg
from app.tournaments.categories import category_name
from app.tournaments.listing import adjudicator_lines, team_lines
from ui.i18n import tr
from ui.tournaments.common import (
    ask_table_file,
    cell,
    fill_table,
    league_label,
    make_table,
    number,
    set_widths,
    text,
    warn,
)
from ui.tournaments.team_dialogs import AdjudicatorDialog, RatingDialog, TeamDialog

if TYPE_CHECKING:
    from app.models import Tournament


def _summary_text(summary: reg.ImportSummary) -> str:
    return tr("Tournaments", "{created} new, {updated} updated, {unchanged} unchanged; {people} people added "
                             "to the register.").format(created=summary.created, updated=summary.updated,
                                                        unchanged=summary.unchanged,
                                                        people=summary.people_created)


class TeamsTab(QWidget):
    """The teams of the chosen league and the tournament's adjudicators."""

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.t: Tournament | None = None
        self.league = ""
        self.teams_title = QLabel()
        self.teams_title.setStyleSheet("font-weight: 600;")
        self.add_team_button = QPushButton()
        self.edit_team_button = QPushButton()
        self.delete_team_button = QPushButton()
        self.import_teams_button = QPushButton()
        self.teams = make_table()
        self.teams.doubleClicked.connect(lambda _: self.edit_team())
        self.teams.activated.connect(lambda _: self.edit_team())
        self.add_team_button.clicked.connect(self.add_team)
        self.edit_team_button.clicked.connect(self.edit_team)
        self.delete_team_button.clicked.connect(self.delete_team)
        self.import_teams_button.clicked.connect(lambda: self.import_teams())
        self.adj_title = QLabel()
        self.adj_title.setStyleSheet("font-weight: 600;")
        self.add_adj_button = QPushButton()
        self.import_adj_button = QPushButton()
        self.remove_adj_button = QPushButton()
        self.remove_adj_button.clicked.connect(self.remove_adjudicator)
        self.rate_adj_button = QPushButton()
        self.rate_adj_button.clicked.connect(lambda: self.rate_adjudicator())
        self.adjudicators = make_table()
        self.adjudicators.doubleClicked.connect(lambda _: self.rate_adjudicator())
        self.adjudicators.activated.connect(lambda _: self.rate_adjudicator())
        self.add_adj_button.clicked.connect(self.add_adjudicator)
        self.import_adj_button.clicked.connect(lambda: self.import_adjudicators())
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.teams_title)
        row.addStretch(1)
        for b in (self.add_team_button, self.edit_team_button, self.delete_team_button, self.import_teams_button):
            row.addWidget(b)
        lv.addLayout(row)
        lv.addWidget(self.teams, 1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.adj_title)
        row.addStretch(1)
        row.addWidget(self.add_adj_button)
        row.addWidget(self.rate_adj_button)
        row.addWidget(self.remove_adj_button)
        row.addWidget(self.import_adj_button)
        rv.addLayout(row)
        rv.addWidget(self.adjudicators, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([780, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._team_uids: list[str] = []
        self.retranslate()

    # -- loading ------------------------------------------------------------------
    def load(self, t: Tournament, league: str) -> None:
        self.t, self.league = t, league
        lines = team_lines(t, league)
        self._team_uids = [x.uid for x in lines]
        fill_table(self.teams, self._team_headers(), (
            [cell(x.name, x.uid), cell(x.school), cell(x.speakers[0] if x.speakers else ""),
             cell(x.speakers[1] if len(x.speakers) > 1 else ""), cell(x.coach),
             cell(text(category_name(x.category)) if x.category else "")] for x in lines))
        set_widths(self.teams, [16, 20, 24, 24, 22, 10])
        adjs = adjudicator_lines(t)
        self._adj_uids = [a.uid for a in adjs]
        fill_table(self.adjudicators, self._adj_headers(), (
            [cell(a.name, a.uid), cell(number(a.rating), right=True), cell(a.school),
             cell(league_label(a.league) if a.league else "")] for a in adjs))
        set_widths(self.adjudicators, [22, 6, 16, 10])
        self._counts(len(lines), len(adjs))

    def _counts(self, teams: int, adjs: int) -> None:
        self.teams_title.setText(tr("Tournaments", "Teams: {count}").format(count=teams))
        self.adj_title.setText(tr("Tournaments", "Adjudicators: {count}").format(count=adjs))

    def _team_headers(self) -> list[str]:
        return [tr("Tournaments", "Team"), tr("Tournaments", "School"), tr("Tournaments", "Speaker 1"),
                tr("Tournaments", "Speaker 2"), tr("Tournaments", "Coach"), tr("Tournaments", "Category")]

    def _adj_headers(self) -> list[str]:
        return [tr("Tournaments", "Adjudicator"), tr("Tournaments", "Rating"), tr("Tournaments", "School"),
                tr("Tournaments", "League")]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "adjudicators"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_team_button.setText(tr("Tournaments", "Add team…"))
        self.edit_team_button.setText(tr("Tournaments", "Edit…"))
        self.delete_team_button.setText(tr("Tournaments", "Delete"))
        self.import_teams_button.setText(tr("Tournaments", "Import teams…"))
        self.import_teams_button.setToolTip(tr("Tournaments", "CSV or Excel with the columns league, team, school, "
                                                              "speaker1, speaker2, coach (and category)"))
        self.add_adj_button.setText(tr("Tournaments", "Add…"))
        self.import_adj_button.setText(tr("Tournaments", "Import…"))
        self.remove_adj_button.setText(tr("Tournaments", "Remove"))
        self.rate_adj_button.setText(tr("Tournaments", "Rating…"))
        self.rate_adj_button.setToolTip(tr("Tournaments", "Change the selected adjudicator's rating (0–10): the "
                                                          "highest rating chairs and judges the top debates"))
        self.remove_adj_button.setToolTip(tr("Tournaments", "Withdraw the adjudicator: they leave the panels of "
                                                            "debates without a result"))
        self.import_adj_button.setToolTip(tr("Tournaments", "CSV or Excel with the columns name, school, league, "
                                                            "rating"))
        if self.teams.columnCount():
            self.teams.setHorizontalHeaderLabels(self._team_headers())
            self.adjudicators.setHorizontalHeaderLabels(self._adj_headers())
            self._counts(self.teams.rowCount(), self.adjudicators.rowCount())

    # -- actions ------------------------------------------------------------------
    def selected_team(self) -> str | None:
        row = self.teams.currentRow()
        return self._team_uids[row] if 0 <= row < len(self._team_uids) else None

    def _changed(self) -> None:
        self.view.mark_changed()
        self.load(self.view.tournament(), self.league)

    def add_team(self) -> None:
        dialog = TeamDialog(self.view.tournament(), self.league, parent=self)
        if dialog.exec():
            self._changed()
        dialog.deleteLater()

    def edit_team(self) -> None:
        uid = self.selected_team()
        if not uid:
            return
        dialog = TeamDialog(self.view.tournament(), self.league, uid=uid, parent=self)
        if dialog.exec():
            self._changed()
        dialog.deleteLater()

    def delete_team(self) -> None:
        uid = self.selected_team()
        if not uid:
            return
        team = reg.get_team(uid)
        answer = QMessageBox.question(self, tr("Tournaments", "Delete"),
                                      tr("Tournaments", "Withdraw team {team} from the tournament?")
                                      .format(team=team.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            reg.delete_team(team)
        except KnownError as exc:
            warn(self, tr("Tournaments", "Delete"), exc)
            return
        self._changed()

    def rate_adjudicator(self) -> None:
        """Change the selected adjudicator's rating."""
        row = self.adjudicators.currentRow()
        uids = getattr(self, "_adj_uids", [])
        if not 0 <= row < len(uids):
            return
        dialog = RatingDialog(uids[row], parent=self)
        if dialog.exec():
            self._changed()
            self.adjudicators.selectRow(row)
        dialog.deleteLater()

    def remove_adjudicator(self) -> None:
        row = self.adjudicators.currentRow()
        uids = getattr(self, "_adj_uids", [])
        if not 0 <= row < len(uids):
            return
        adj = reg.get_adjudicator(uids[row])
        answer = QMessageBox.question(self, tr("Tournaments", "Remove"),
                                      tr("Tournaments", "Withdraw adjudicator {name}?")
                                      .format(name=adj.person.full_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        reg.remove_adjudicator(adj)
        self._changed()

    def import_teams(self, path: str | None = None) -> reg.ImportSummary | None:
        """Register the teams of a CSV/XLSX file (all or nothing) and say what was done."""
        title = tr("Tournaments", "Import teams")
        path = path or ask_table_file(self, title)
        if not path:
            return None
        try:
            summary = reg.import_teams(self.view.tournament(), Path(path))
        except KnownError as exc:
            warn(self, title, exc)
            return None
        self._changed()
        QMessageBox.information(self, title, tr("Tournaments", "Teams: {summary}")
                                .format(summary=_summary_text(summary)))
        return summary

    def add_adjudicator(self) -> None:
        dialog = AdjudicatorDialog(self.view.tournament(), parent=self)
        if dialog.exec():
            self._changed()
        dialog.deleteLater()

    def import_adjudicators(self, path: str | None = None) -> reg.ImportSummary | None:
        """Register the adjudicators of a file (columns name, school, league)."""
        title = tr("Tournaments", "Import adjudicators")
        path = path or ask_table_file(self, title)
        if not path:
            return None
        try:
            summary = reg.import_adjudicators(self.view.tournament(), Path(path))
        except KnownError as exc:
            warn(self, title, exc)
            return None
        self._changed()
        QMessageBox.information(self, title, tr("Tournaments", "Adjudicators: {summary}")
                                .format(summary=_summary_text(summary)))
        return summary
