"""Qualifying rounds of the chosen league: draw, the draw table, swaps, ballots, results files.

Select a debate and press Enter (or double-click) to enter its ballot.  To
change the draw by hand, select one debate and "Swap sides", or select two
team cells (Ctrl+click) and "Swap the selected teams"; the rules the
change would break are listed first, and kept on the debate's line when the
change is made anyway.

The second row holds the round's paper and hall: type a ballot's debate code
(R2-K-07) and press Enter to open that debate's ballot at once; set the
round's motion and the rooms; load a draw made elsewhere; print the draw
sheet and the ballots; show the draw on the projector (ui/tournaments/round_paper.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.tournaments import results, rounds
from app.tournaments.listing import debate_points
from app.tournaments.motions import motion_of
from ui.i18n import render, tr
from ui.tournaments.ballot_dialog import BallotDialog
from ui.tournaments.common import (
    BADGE_STYLE,
    HINT_STYLE,
    ask_table_file,
    cell,
    fill_table,
    make_table,
    number,
    set_widths,
    warn,
)
from ui.tournaments.round_paper import RoundPaper

if TYPE_CHECKING:
    from app.models import Tournament

GOV_COLUMN, OPP_COLUMN = 1, 2


def result_text(row: rounds.DrawRow, scores: dict[str, tuple[float, float]] | None = None) -> str:
    """"Team won · 148 : 145" (or empty while undecided)."""
    if row.opp_uid is None:
        return tr("Tournaments", "bye (a win)")
    if not row.winner:
        return ""
    name = row.gov if row.winner == "gov" else row.opp
    if row.forfeit:
        return tr("Tournaments", "{team} won by forfeit").format(team=name)
    text = tr("Tournaments", "{team} won").format(team=name)
    if scores and row.uid in scores:
        gov, opp = scores[row.uid]
        if gov or opp:
            text += f" · {number(gov)} : {number(opp)}"
    return text


class RoundsTab(RoundPaper, QWidget):
    """The draw of one qualifying round of the chosen league."""

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.t: Tournament | None = None
        self.league = ""
        self.rows: list[rounds.DrawRow] = []
        self.round_label = QLabel()
        self.round = QComboBox()
        self.round_label.setBuddy(self.round)
        self.draw_button = QPushButton()
        self.ballot_button = QPushButton()
        self.sides_button = QPushButton()
        self.swap_button = QPushButton()
        self.load_button = QPushButton()
        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code.setPlaceholderText("R1-K-01")
        self.code.setMaximumWidth(110)
        self.code_label.setBuddy(self.code)
        self.code.returnPressed.connect(lambda: self.open_code())
        self.motion_button = QPushButton()
        self.room_button = QPushButton()
        self.rooms_button = QPushButton()
        self.import_button = QPushButton()
        self.print_draw_button = QPushButton()
        self.print_ballots_button = QPushButton()
        self.projector_button = QPushButton()
        self.motion_button.clicked.connect(self.edit_motion)
        self.room_button.clicked.connect(self.edit_room)
        self.rooms_button.clicked.connect(self.edit_rooms)
        self.import_button.clicked.connect(lambda: self.load_draw())
        self.print_draw_button.clicked.connect(lambda: self.print_paper("draw"))
        self.print_ballots_button.clicked.connect(lambda: self.print_paper("ballots"))
        self.projector_button.clicked.connect(lambda: self.open_projector())
        self.projector = None
        self.motion = QLabel()
        self.motion.setWordWrap(True)
        self.motion.hide()
        self.status = QLabel()
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setStyleSheet(BADGE_STYLE)
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.table = make_table(select_rows=False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(lambda _: self.enter_ballot())
        self.table.activated.connect(lambda _: self.enter_ballot())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.round.currentIndexChanged.connect(lambda _: self._round_changed())
        self.draw_button.clicked.connect(self.draw)
        self.ballot_button.clicked.connect(self.enter_ballot)
        self.sides_button.clicked.connect(self.swap_sides)
        self.swap_button.clicked.connect(self.swap_selected)
        self.load_button.clicked.connect(lambda: self.load_results())
        top = QHBoxLayout()
        top.addWidget(self.round_label)
        top.addWidget(self.round)
        top.addWidget(self.draw_button)
        top.addSpacing(12)
        top.addWidget(self.ballot_button)
        top.addWidget(self.sides_button)
        top.addWidget(self.swap_button)
        top.addStretch(1)
        top.addWidget(self.load_button)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.code_label)
        paper_row.addWidget(self.code)
        paper_row.addSpacing(12)
        for button in (self.motion_button, self.room_button, self.rooms_button):
            paper_row.addWidget(button)
        paper_row.addStretch(1)
        for button in (self.import_button, self.print_draw_button, self.print_ballots_button, self.projector_button):
            paper_row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(paper_row)
        layout.addWidget(self.motion)
        layout.addWidget(self.status)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        self.retranslate()

    # -- loading ------------------------------------------------------------------------
    def load(self, t: Tournament, league: str) -> None:
        self.t, self.league = t, league
        drawn = rounds.drawn_rounds(t, league)
        keep = self.round.currentData()
        self.round.blockSignals(True)
        self.round.clear()
        for n in range(1, t.rounds + 1):
            self.round.addItem(self._round_name(n, n in drawn), n)
        choice = keep if keep in range(1, t.rounds + 1) and keep in drawn else (drawn[-1] if drawn else 1)
        self.round.setCurrentIndex(max(0, self.round.findData(choice)))
        self.round.blockSignals(False)
        self._drawn = drawn
        self.show_round()

    def _round_name(self, n: int, drawn: bool) -> str:
        return (tr("Tournaments", "Round {round} (drawn)") if drawn else tr("Tournaments", "Round {round}")) \
            .format(round=n)

    def current_round(self) -> int:
        return int(self.round.currentData() or 1)

    def _round_changed(self) -> None:
        if self.t is not None:
            self.show_round()

    def show_round(self) -> None:
        """The draw of the chosen round (or what to do when it is not drawn)."""
        t, league, n = self.t, self.league, self.current_round()
        self.rows = rounds.draw_rows(t, league, n)
        points = debate_points([r.uid for r in self.rows])
        fill_table(self.table, self._headers(), (self._cells(r, points) for r in self.rows))
        set_widths(self.table, [12, 26, 26, 24, 26, 30])
        self.problems.hide()
        self._show_motion()
        self._update_texts()
        self._selection_changed()

    def _show_motion(self) -> None:
        motion = motion_of(self.t, self.league, self.current_round()) if self.t is not None else None
        self.motion.setVisible(motion is not None)
        if motion is not None:
            self.motion.setText(tr("Tournaments", "Motion: {motion}").format(motion=motion.text))
            self.motion.setToolTip(motion.info_slide or "")

    def _cells(self, r: rounds.DrawRow, points: dict) -> list:
        bye = r.opp_uid is None
        warned = bool(r.warnings)
        room = cell(r.room or str(r.position), r.uid)
        room.setToolTip(tr("Tournaments", "Debate code {code}").format(code=r.code))
        return [room,
                cell(r.gov, r.gov_uid, warning=warned, bold=r.winner == "gov"),
                cell(tr("Tournaments", "— bye —") if bye else r.opp, r.opp_uid, italic=bye, warning=warned,
                     bold=r.winner == "opp"),
                cell(", ".join(r.adjudicators)),
                self._result_cell(r, points),
                self._warning_cell([render(m) for m in r.warning_msgs])]

    def _warning_cell(self, warnings: list[str]):
        item = cell("; ".join(warnings), warning=bool(warnings))
        if warnings:
            item.setToolTip("\n".join(warnings))
        return item

    def _result_cell(self, r: rounds.DrawRow, points: dict):
        item = cell(result_text(r, points), italic=r.opp_uid is None)
        if r.opp_uid is None:
            item.setToolTip(tr("Tournaments", "A bye counts as a win; its speaker points are the average of the "
                                              "team's debated rounds."))
        return item

    def _headers(self) -> list[str]:
        return [tr("Tournaments", "Room"), tr("Tournaments", "Government"), tr("Tournaments", "Opposition"),
                tr("Tournaments", "Adjudicators"), tr("Tournaments", "Result"), tr("Tournaments", "Warnings")]

    def _update_texts(self) -> None:
        if self.t is None:
            return
        n = self.current_round()
        drawn = bool(self.rows)
        self.draw_button.setText((tr("Tournaments", "Draw round {round} again") if drawn
                                  else tr("Tournaments", "Draw round {round}")).format(round=n))
        if not drawn:
            self.status.setText(tr("Tournaments", "Round {round} is not drawn yet.").format(round=n))
        else:
            debates = [r for r in self.rows if r.opp_uid]
            done = sum(1 for r in debates if r.winner)
            byes = len(self.rows) - len(debates)
            text = tr("Tournaments", "{debates} debates, {done} with a result").format(debates=len(debates),
                                                                                     done=done)
            if byes:
                text += " · " + tr("Tournaments", "{count} bye").format(count=byes)
            self.status.setText(text + " · " + tr("Tournaments", "Enter or double-click: the ballot; "
                                                                  "Ctrl+click two teams to swap them."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "table"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.round_label.setText(tr("Tournaments", "&Round:"))
        self.ballot_button.setText(tr("Tournaments", "Ballot…"))
        self.sides_button.setText(tr("Tournaments", "Swap sides"))
        self.swap_button.setText(tr("Tournaments", "Swap the selected teams"))
        self.load_button.setText(tr("Tournaments", "Load results…"))
        self.load_button.setToolTip(tr("Tournaments", "CSV or Excel: round, league, gov_team, opp_team, winner, "
                                                      "pm, pm_score, mg, mg_score, lo, lo_score, mo, mo_score"))
        self.code_label.setText(tr("Tournaments", "Debate &code:"))
        self.code.setToolTip(tr("Tournaments", "The code printed on a ballot (e.g. R2-K-07); Enter opens that "
                                               "debate's ballot."))
        self.motion_button.setText(tr("Tournaments", "Motion…"))
        self.room_button.setText(tr("Tournaments", "Room…"))
        self.room_button.setToolTip(tr("Tournaments", "Put the selected debate in another room"))
        self.rooms_button.setText(tr("Tournaments", "Rooms…"))
        self.rooms_button.setToolTip(tr("Tournaments", "The tournament's rooms, given out to new draws in order; "
                                                       "a league keeps its rooms from round to round"))
        self.import_button.setText(tr("Tournaments", "Load draw…"))
        self.import_button.setToolTip(tr("Tournaments", "A draw made elsewhere, CSV or Excel: round, league, "
                                                        "gov_team, opp_team; optional room, adjudicators (chair "
                                                        "first), motion. A results file also serves."))
        self.print_draw_button.setText(tr("Tournaments", "Print draw…"))
        self.print_ballots_button.setText(tr("Tournaments", "Print ballots…"))
        self.projector_button.setText(tr("Tournaments", "Projector"))
        self.projector_button.setToolTip(tr("Tournaments", "Full screen for the hall: the draw of each league and "
                                                           "the standings; arrows move, Esc leaves"))
        drawn = getattr(self, "_drawn", [])
        for i in range(self.round.count()):
            n = self.round.itemData(i)
            self.round.setItemText(i, self._round_name(n, n in drawn))
        if self.table.columnCount():
            self.table.setHorizontalHeaderLabels(self._headers())
        self._update_texts()
        if self.t is None:
            self.draw_button.setText(tr("Tournaments", "Draw round {round}").format(round=1))

    # -- selection ------------------------------------------------------------------------
    def _row_uid(self, row: int) -> str | None:
        return self.rows[row].uid if 0 <= row < len(self.rows) else None

    def selected_slots(self) -> list[tuple[str, str]]:
        """The selected team cells as (debate uid, "gov" | "opp")."""
        out = []
        for item in self.table.selectedItems():
            side = {GOV_COLUMN: "gov", OPP_COLUMN: "opp"}.get(item.column())
            uid = self._row_uid(item.row())
            if side and uid:
                out.append((uid, side))
        return out

    def current_debate(self) -> rounds.DrawRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selection_changed(self) -> None:
        self.swap_button.setEnabled(len(self.selected_slots()) == 2)
        has = self.current_debate() is not None
        self.sides_button.setEnabled(has)
        self.ballot_button.setEnabled(has)
        row = self.current_debate()
        self.room_button.setEnabled(row is not None and row.opp_uid is not None)
        drawn = bool(self.rows)
        for button in (self.print_draw_button, self.print_ballots_button):
            button.setEnabled(drawn)

    # -- actions ---------------------------------------------------------------------------
    def _reload(self) -> None:
        row, column = self.table.currentRow(), self.table.currentColumn()
        self.view.mark_changed()
        self.load(self.view.tournament(), self.league)
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, max(0, column))

    def draw(self) -> None:
        """Draw the chosen round (again, after asking, while it has no results)."""
        title = tr("Tournaments", "Draw")
        n = self.current_round()
        redraw = False
        if self.rows:
            answer = QMessageBox.question(self, title, tr("Tournaments", "Round {round} is already drawn. Draw it "
                                                                        "again? (Only while it has no results.)")
                                          .format(round=n))
            if answer != QMessageBox.StandardButton.Yes:
                return
            redraw = True
        try:
            rounds.make_draw(self.view.tournament(), self.league, n, redraw=redraw)
        except KnownError as exc:
            warn(self, title, exc)
            return
        self._reload()

    def select_round(self, n: int) -> None:
        """Show round ``n``."""
        self.round.setCurrentIndex(max(0, self.round.findData(n)))

    def enter_ballot(self) -> None:
        """Open the ballot of the current debate."""
        row = self.current_debate()
        if row is None:
            return
        if row.opp_uid is None:
            QMessageBox.information(self, tr("Tournaments", "Ballot"),
                                    tr("Tournaments", "A bye has no ballot: the team wins the round without a "
                                                      "debate."))
            return
        dialog = BallotDialog(self.view.tournament(), row.uid, parent=self)
        saved = dialog.exec()
        dialog.deleteLater()
        if saved:
            self._reload()

    def _swap(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        title = tr("Tournaments", "Change the draw")
        t = self.view.tournament()
        try:
            problems = rounds.swap(t, self.league, self.current_round(), a, b, accept=False)
            if problems:
                listed = "\n".join(f"• {render(p.msg)}" for p in problems)
                answer = QMessageBox.question(
                    self, title, tr("Tournaments", "This change breaks rules of the draw:\n{problems}\n\n"
                                                   "Keep this change anyway?").format(problems=listed))
                if answer != QMessageBox.StandardButton.Yes:
                    return
                rounds.swap(t, self.league, self.current_round(), a, b, accept=True)
        except KnownError as exc:
            warn(self, title, exc)
            return
        self._reload()
        if problems:
            self.problems.setText(tr("Tournaments", "Kept with warnings: {problems}")
                                  .format(problems="; ".join(render(p.msg) for p in problems)))
            self.problems.show()

    def swap_sides(self) -> None:
        """Government and opposition of the current debate change places."""
        row = self.current_debate()
        if row is not None:
            self._swap((row.uid, "gov"), (row.uid, "opp"))

    def swap_selected(self) -> None:
        """The two selected teams change places."""
        slots = self.selected_slots()
        if len(slots) == 2:
            self._swap(slots[0], slots[1])

    def load_results(self, path: str | None = None) -> results.ResultsSummary | None:
        """Load ballots from a CSV/XLSX file (all or nothing) and say what was done."""
        title = tr("Tournaments", "Load results")
        path = path or ask_table_file(self, title)
        if path is None:
            return None
        try:
            summary = results.import_results(self.view.tournament(), Path(path))
        except KnownError as exc:
            warn(self, title, exc)
            return None
        self._reload()
        QMessageBox.information(self, title, tr("Tournaments", "Results: {entered} entered, {corrected} corrected, "
                                                               "{unchanged} unchanged.")
                                .format(entered=summary.entered, corrected=summary.corrected,
                                        unchanged=summary.unchanged))
        return summary
