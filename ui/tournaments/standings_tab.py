"""Standings of the chosen league: teams (with each tie-break figure) and speakers; export.

Shared places are shown as "3=": no tie is ever broken by chance.  A speaker's
score credited for a bye or a forfeit win (their own average) is marked "*",
in italics, with a tooltip saying so.  Speakers can be shown by category
(novice, junior), ranked among themselves.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.tables.writer import write_table
from app.tournaments.categories import CATEGORIES, category_name
from app.tournaments.tab import speaker_rows, team_rows
from ui.i18n import tr
from ui.tournaments.common import (
    HINT_STYLE,
    cell,
    fill_table,
    league_label,
    make_table,
    number,
    set_widths,
    text,
    tiebreak_short,
    warn,
)

if TYPE_CHECKING:
    from app.models import Tournament


class StandingsTab(QWidget):
    """Team and speaker standings after the rounds entered so far."""

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.t: Tournament | None = None
        self.league = ""
        self.team_rows: list = []
        self.speaker_rows: list = []
        self.teams = make_table()
        self.speakers = make_table()
        self.category_label = QLabel()
        self.category = QComboBox()
        self.category.addItem("", None)
        for code in CATEGORIES:
            self.category.addItem("", code)
        self.category_label.setBuddy(self.category)
        self.category.currentIndexChanged.connect(self._category_changed)
        speakers_page = QWidget()
        sv = QVBoxLayout(speakers_page)
        sv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.category_label)
        row.addWidget(self.category)
        row.addStretch(1)
        sv.addLayout(row)
        sv.addWidget(self.speakers, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.teams, "")
        self.tabs.addTab(speakers_page, "")
        self.note = QLabel()
        self.note.setStyleSheet(HINT_STYLE)
        self.note.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.export())
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _figures(self) -> list[str]:
        return [x for x in (self.t.tiebreaks or "").split(",") if x and x not in ("wins", "points")] if self.t else []

    def team_headers(self) -> list[str]:
        short = tiebreak_short()
        return ([tr("Tournaments", "Rank"), tr("Tournaments", "Team"), tr("Tournaments", "School"),
                 tr("Tournaments", "Wins"), tr("Tournaments", "Points")] + [short.get(f, f) for f in self._figures()])

    def speaker_headers(self) -> list[str]:
        rounds = [tr("Tournaments", "R{round}").format(round=n) for n in range(1, (self.t.rounds if self.t else 0) + 1)]
        return [tr("Tournaments", "Rank"), tr("Tournaments", "Speaker"), tr("Tournaments", "Team"),
                tr("Tournaments", "Total"), tr("Tournaments", "Average"), tr("Tournaments", "Rounds")] + rounds

    def team_values(self) -> list[list]:
        """The team table as values (for the export too)."""
        figures = self._figures()
        return [[r.rank_label, r.team, r.school or "", r.wins, r.points] + [r.figures.get(f) for f in figures]
                for r in self.team_rows]

    def speaker_values(self) -> list[list]:
        rounds = range(1, (self.t.rounds if self.t else 0) + 1)
        return [[r.rank_label, r.speaker, r.team, r.total, round(r.average, 2), r.rounds_spoken]
                + [r.scores.get(n) for n in rounds] for r in self.speaker_rows]

    def load(self, t: Tournament, league: str) -> None:
        self.t, self.league = t, league
        self.team_rows = team_rows(t, league)
        self.speaker_rows = speaker_rows(t, league, self.category.currentData())
        self._fill()

    def _category_changed(self) -> None:
        if self.t is not None:
            self.speaker_rows = speaker_rows(self.t, self.league, self.category.currentData())
            self._fill()

    def _fill(self) -> None:
        fill_table(self.teams, self.team_headers(), (
            [cell(v[0], right=True, bold=True), cell(v[1]), cell(v[2])] + [cell(number(x), right=True) for x in v[3:]]
            for v in self.team_values()))
        set_widths(self.teams, [5, 26, 28, 6, 8] + [12] * len(self._figures()))
        fill_table(self.speakers, self.speaker_headers(), (
            self._speaker_cells(r, v) for r, v in zip(self.speaker_rows, self.speaker_values())))
        set_widths(self.speakers, [5, 30, 22, 7, 7, 6] + [5] * (self.t.rounds if self.t else 0))
        self._note()

    def _speaker_cells(self, row, values: list) -> list:
        """A speaker's line; a round credited for a bye or a forfeit win is marked * in italics, with a tooltip."""
        out = [cell(values[0], right=True, bold=True), cell(values[1]), cell(values[2])]
        out += [cell(number(x), right=True) for x in values[3:6]]
        for n, x in enumerate(values[6:], start=1):
            if n in row.credited:
                item = cell(f"{number(x)}*", right=True, italic=True)
                item.setToolTip(tr("Tournaments", "Credited: the speaker's own average speech, for a round their "
                                                  "team had a bye or won by forfeit"))
                out.append(item)
            else:
                out.append(cell(number(x), right=True))
        return out

    def _note(self) -> None:
        if self.t is None:
            return
        rule = (tr("Tournaments", "speakers by total points") if (self.t.speakers_rule or "total") == "total"
                else tr("Tournaments", "speakers by average points"))
        order = ", ".join(tiebreak_short().get(x, x) for x in (self.t.tiebreaks or "").split(",") if x)
        self.note.setText(tr("Tournaments", "{league}: teams ranked by {order}; {rule}. “=” marks a shared place; "
                                            "“*” a speaker's own average credited for a bye or a forfeit win.")
                          .format(league=league_label(self.league), order=order, rule=rule))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, tr("Tournaments", "Teams"))
        self.tabs.setTabText(1, tr("Tournaments", "Speakers"))
        self.category_label.setText(tr("Tournaments", "Ca&tegory:"))
        self.category.setItemText(0, tr("Tournaments", "All speakers"))
        for i, code in enumerate(CATEGORIES, start=1):
            self.category.setItemText(i, text(category_name(code)).capitalize())
        self.export_button.setText(tr("Tournaments", "Export to Excel…"))
        if self.teams.columnCount():
            self.teams.setHorizontalHeaderLabels(self.team_headers())
            self.speakers.setHorizontalHeaderLabels(self.speaker_headers())
        self._note()

    def export(self, path: str | None = None) -> Path | None:
        """Write the table shown (teams or speakers) to XLSX or CSV."""
        speakers = self.tabs.currentIndex() == 1
        title = tr("Tournaments", "Export standings")
        if path is None:
            default = "speakers.xlsx" if speakers else "standings.xlsx"
            path, _ = QFileDialog.getSaveFileName(self, title, default,
                                                  tr("Tournaments", "Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not path:
                return None
        headers = self.speaker_headers() if speakers else self.team_headers()
        rows = self.speaker_values() if speakers else self.team_values()
        sheet = (tr("Tournaments", "Speakers") if speakers else tr("Tournaments", "Standings"))
        try:
            return write_table(Path(path), headers, rows,
                               sheet_title=f"{sheet} {league_label(self.league)}"[:31])
        except KnownError as exc:
            warn(self, title, exc)
            return None
