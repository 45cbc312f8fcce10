"""The break of the chosen league and its elimination rounds (quarterfinal, semifinal, final).

The break is proposed from the standings; "Confirm the break" saves it.
Beside it, when the tournament has one, each category's break (novice,
junior): the best teams of the category not in the open break.
When teams are tied at the cut the organisers choose among them and write
why.  Each elimination round is drawn from the winners of the one before;
a winner is recorded with "Government won" / "Opposition won", or with a
full ballot.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.tournaments import results, rounds
from app.tournaments.categories import category_name
from app.tournaments.listing import debate_points, elimination_rounds_drawn
from app.tournaments.tab import break_view, category_break_views, confirm_break, draw_elimination, elimination_label
from ui.i18n import render, tr
from ui.tournaments.ballot_dialog import BallotDialog
from ui.tournaments.common import (
    BADGE_STYLE,
    ERROR_STYLE,
    HINT_STYLE,
    OK_STYLE,
    cell,
    fill_table,
    league_label,
    make_table,
    set_widths,
    text,
    warn,
)
from ui.tournaments.rounds_tab import result_text

if TYPE_CHECKING:
    from app.models import Tournament


class BubbleDialog(QDialog):
    """Teams tied at the cut: the organisers choose ``places`` of them and say why."""

    def __init__(self, bubble: list[tuple[str, str]], places: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places = places
        self.setWindowTitle(tr("Tournaments", "Tied at the cut"))
        self.setMinimumWidth(520)
        self.intro = QLabel(tr("Tournaments", "These teams are tied at the cut and no tie-break separates them. "
                                              "Choose the {places} that break, best seed first, and write why "
                                              "(for example, the rule of your tournament's regulations).")
                            .format(places=places))
        self.intro.setWordWrap(True)
        self.teams = QListWidget()
        for uid, name in bubble:
            item = QListWidgetItem(name, self.teams)
            item.setData(Qt.ItemDataRole.UserRole, uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.reason_label = QLabel(tr("Tournaments", "&Reason:"))
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(80)
        self.reason_label.setBuddy(self.reason)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Tournaments", "Confirm the break"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Forms", "Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.teams)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [self.teams.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.teams.count())
                if self.teams.item(i).checkState() == Qt.CheckState.Checked]

    def choose(self, uids: list[str], reason: str) -> None:
        """Tick ``uids`` and write ``reason`` (what a user does by hand)."""
        for i in range(self.teams.count()):
            item = self.teams.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in uids
                               else Qt.CheckState.Unchecked)
        self.reason.setPlainText(reason)

    def _accept(self) -> None:
        if len(self.chosen()) != self.places:
            self.error.setText(tr("Tournaments", "Choose {places} of the tied teams.").format(places=self.places))
            return
        if not self.reason.toPlainText().strip():
            self.error.setText(tr("Tournaments", "Write why these teams break."))
            return
        self.accept()


class BreakTab(QWidget):
    """The break (proposed or saved) and the elimination debates of the chosen league."""

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.t: Tournament | None = None
        self.league = ""
        self.bv = None
        self.elim_rows: list[tuple[int, rounds.DrawRow]] = []
        self.break_title = QLabel()
        self.break_title.setStyleSheet("font-weight: 600;")
        self.break_state = QLabel()
        self.break_state.setWordWrap(True)
        self.bubble = QLabel()
        self.bubble.setWordWrap(True)
        self.bubble.setStyleSheet(BADGE_STYLE)
        self.bubble.hide()
        self.break_table = make_table()
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self.confirm)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.break_title)
        lv.addWidget(self.break_state)
        lv.addWidget(self.bubble)
        lv.addWidget(self.break_table, 1)
        lv.addWidget(self.confirm_button)
        self.category_title = QLabel()
        self.category_title.setStyleSheet("font-weight: 600;")
        self.category_state = QLabel()
        self.category_state.setWordWrap(True)
        self.category_state.setStyleSheet(HINT_STYLE)
        self.category_table = make_table()
        self.category_breaks: list = []
        for w in (self.category_title, self.category_state, self.category_table):
            lv.addWidget(w)
            w.hide()
        self.elim_title = QLabel()
        self.elim_title.setStyleSheet("font-weight: 600;")
        self.draw_button = QPushButton()
        self.gov_button = QPushButton()
        self.opp_button = QPushButton()
        self.ballot_button = QPushButton()
        self.elim_hint = QLabel()
        self.elim_hint.setStyleSheet(HINT_STYLE)
        self.elim_hint.setWordWrap(True)
        self.elim_table = make_table()
        self.elim_table.doubleClicked.connect(lambda _: self.enter_ballot())
        self.elim_table.itemSelectionChanged.connect(self._selection_changed)
        self.draw_button.clicked.connect(self.draw_next)
        self.gov_button.clicked.connect(lambda: self.set_winner("gov"))
        self.opp_button.clicked.connect(lambda: self.set_winner("opp"))
        self.ballot_button.clicked.connect(self.enter_ballot)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.elim_title)
        row.addStretch(1)
        row.addWidget(self.draw_button)
        rv.addLayout(row)
        rv.addWidget(self.elim_hint)
        rv.addWidget(self.elim_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.gov_button)
        row.addWidget(self.opp_button)
        row.addWidget(self.ballot_button)
        row.addStretch(1)
        rv.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    # -- loading -------------------------------------------------------------------------
    def load(self, t: Tournament, league: str) -> None:
        self.t, self.league = t, league
        self.bv = break_view(t, league)
        self.category_breaks = category_break_views(t, league)
        self.elim_rows = []
        for n in elimination_rounds_drawn(t, league):
            for r in rounds.draw_rows(t, league, n, elimination=True):
                self.elim_rows.append((n, r))
        self._fill()

    def _fill(self) -> None:
        bv = self.bv
        fill_table(self.break_table, [tr("Tournaments", "Seed"), tr("Tournaments", "Team")],
                   ([cell(seed, uid, right=True), cell(name, uid)] for seed, uid, name in bv.teams))
        set_widths(self.break_table, [5, 30])
        fill_table(self.category_table, self._category_headers(), (
            [cell(text(category_name(cb.category)).capitalize()), cell(place, uid, right=True), cell(name, uid)]
            for cb in self.category_breaks for place, uid, name in cb.teams))
        set_widths(self.category_table, [20, 5, 30])  # «Жаңадан бастаушы» in full
        shown = int(self.t.category_break_size or 0) >= 1 if self.t else False
        for w in (self.category_title, self.category_state, self.category_table):
            w.setVisible(shown)
        seeds = {uid: seed for seed, uid, _ in bv.teams}
        points = debate_points([r.uid for _, r in self.elim_rows])

        def team(name: str | None, uid: str | None) -> str:
            if uid is None:
                return tr("Tournaments", "— bye —")
            return f"({seeds[uid]}) {name}" if uid in seeds else str(name)

        fill_table(self.elim_table, self._elim_headers(), (
            [cell(render(elimination_label(self.t, n)), r.uid), cell(team(r.gov, r.gov_uid), bold=r.winner == "gov"),
             cell(team(r.opp, r.opp_uid), italic=r.opp_uid is None, bold=r.winner == "opp"),
             cell(result_text(r, points) if r.opp_uid else tr("Tournaments", "goes through"))]
            for n, r in self.elim_rows))
        set_widths(self.elim_table, [14, 26, 26, 24])
        self._texts()
        self._selection_changed()

    def _category_headers(self) -> list[str]:
        return [tr("Tournaments", "Category"), tr("Tournaments", "Place"), tr("Tournaments", "Team")]

    def _elim_headers(self) -> list[str]:
        return [tr("Tournaments", "Round"), tr("Tournaments", "Government"), tr("Tournaments", "Opposition"),
                tr("Tournaments", "Winner")]

    def _texts(self) -> None:
        bv = self.bv
        if bv is None or self.t is None:
            return
        self.break_title.setText(tr("Tournaments", "Break — {league}").format(league=league_label(self.league)))
        if int(self.t.break_size or 0) < 2:
            self.break_state.setText(tr("Tournaments", "This tournament has no break (its size is 0)."))
            self.break_state.setStyleSheet(HINT_STYLE)
        elif bv.saved:
            text = tr("Tournaments", "Confirmed: {count} teams.").format(count=len(bv.teams))
            if bv.reason:
                text += " " + tr("Tournaments", "Tie at the cut decided: {reason}").format(reason=bv.reason)
            self.break_state.setText(text)
            self.break_state.setStyleSheet(OK_STYLE)
        else:
            self.break_state.setText(tr("Tournaments", "Proposed from the standings so far; not confirmed."))
            self.break_state.setStyleSheet(HINT_STYLE)
        if bv.bubble and not bv.saved:
            self.bubble.setText(tr("Tournaments", "Tied at the cut for {places} place(s): {teams}. The organisers "
                                                  "choose when they confirm the break.")
                                .format(places=bv.places_open, teams=", ".join(name for _, name in bv.bubble)))
            self.bubble.show()
        else:
            self.bubble.hide()
        self.category_title.setText(tr("Tournaments", "Novice and junior breaks — {count} teams each")
                                    .format(count=int(self.t.category_break_size or 0)))
        if not self.category_breaks:
            self.category_state.setText(tr("Tournaments", "No novice or junior team is outside the open break."))
        elif any(cb.provisional for cb in self.category_breaks):
            self.category_state.setText(tr("Tournaments", "The best teams of each category that are not in the open "
                                                          "break; provisional until the open break is confirmed."))
        else:
            self.category_state.setText(tr("Tournaments", "The best teams of each category that are not in the open "
                                                          "break; tied teams share a place."))
        self.confirm_button.setEnabled(not self.elim_rows and int(self.t.break_size or 0) >= 2)
        self.draw_button.setEnabled(bv.saved)
        n = max((x for x, _ in self.elim_rows), default=None)
        last = [r for x, r in self.elim_rows if x == n]
        if n is not None and len(last) == 1 and last[0].opp_uid:
            self.draw_button.setText(tr("Tournaments", "The final is drawn"))
            self.draw_button.setEnabled(False)
            return
        next_no = self.t.rounds + 1 if n is None else n + 1
        self.draw_button.setText(tr("Tournaments", "Draw: {round}")
                                 .format(round=render(elimination_label(self.t, next_no))))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "elim_table"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.confirm_button.setText(tr("Tournaments", "Confirm the break…"))
        self.elim_title.setText(tr("Tournaments", "Elimination rounds"))
        self.gov_button.setText(tr("Tournaments", "Government won"))
        self.opp_button.setText(tr("Tournaments", "Opposition won"))
        self.ballot_button.setText(tr("Tournaments", "Ballot…"))
        self.elim_hint.setText(tr("Tournaments", "Seeds meet 1 v N, 2 v N−1…; the higher seed is the government. "
                                                 "Record only the winner, or a full ballot."))
        if self.break_table.columnCount():
            self.break_table.setHorizontalHeaderLabels([tr("Tournaments", "Seed"), tr("Tournaments", "Team")])
            self.category_table.setHorizontalHeaderLabels(self._category_headers())
            self.elim_table.setHorizontalHeaderLabels(self._elim_headers())
        self._texts()
        if self.t is None:
            self.draw_button.setText(tr("Tournaments", "Draw the next elimination round"))

    # -- actions --------------------------------------------------------------------------
    def _reload(self) -> None:
        self.view.mark_changed()
        self.load(self.view.tournament(), self.league)

    def confirm(self) -> None:
        """Save the break; a tie at the cut is decided by the organisers first."""
        title = tr("Tournaments", "Confirm the break")
        t = self.view.tournament()
        bv = break_view(t, self.league)
        chosen, reason = None, None
        if bv.bubble and not bv.saved:
            dialog = BubbleDialog(bv.bubble, bv.places_open, self)
            ok = dialog.exec()
            chosen, reason = dialog.chosen(), dialog.reason.toPlainText().strip()
            dialog.deleteLater()
            if not ok:
                return
        elif bv.saved:
            answer = QMessageBox.question(self, title, tr("Tournaments", "The break is already confirmed. "
                                                                         "Confirm it again from the standings?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            confirm_break(t, self.league, chosen, reason)
        except KnownError as exc:
            warn(self, title, exc)
            return
        self._reload()

    def draw_next(self) -> None:
        """Draw the next elimination round from the break or the last round's winners."""
        try:
            draw_elimination(self.view.tournament(), self.league)
        except KnownError as exc:
            warn(self, tr("Tournaments", "Elimination rounds"), exc)
            return
        self._reload()

    def current(self) -> rounds.DrawRow | None:
        row = self.elim_table.currentRow()
        return self.elim_rows[row][1] if 0 <= row < len(self.elim_rows) else None

    def _selection_changed(self) -> None:
        r = self.current()
        ok = r is not None and r.opp_uid is not None
        for b in (self.gov_button, self.opp_button, self.ballot_button):
            b.setEnabled(ok)

    def set_winner(self, side: str) -> None:
        """Record only the winner of the selected elimination debate."""
        r = self.current()
        if r is None or r.opp_uid is None:
            return
        try:
            results.set_winner(results.get_debate(r.uid), side)
        except KnownError as exc:
            warn(self, tr("Tournaments", "Elimination rounds"), exc)
            return
        row = self.elim_table.currentRow()
        self._reload()
        self.elim_table.selectRow(row)

    def enter_ballot(self) -> None:
        r = self.current()
        if r is None or r.opp_uid is None:
            return
        dialog = BallotDialog(self.view.tournament(), r.uid, parent=self)
        saved = dialog.exec()
        dialog.deleteLater()
        if saved:
            self._reload()
