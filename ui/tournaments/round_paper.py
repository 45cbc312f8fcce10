"""The qualifying rounds tab's paper and hall: a ballot found by its debate code, the round's motion and
rooms, a draw made elsewhere, the printed draw sheet and ballots, the projector.

A part of :class:`ui.tournaments.rounds_tab.RoundsTab` (its second row of buttons), kept here so the tab
itself holds the draw table, its swaps and ballots.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.errors import KnownError
from app.tournaments import draw_import, paper, results, rooms
from app.tournaments.codes import find_by_code
from app.tournaments.motions import motion_of, set_motion
from ui.i18n import current_language, render, tr
from ui.tournaments.ballot_dialog import BallotDialog
from ui.tournaments.common import ask_table_file, league_label, warn
from ui.tournaments.motion_dialog import MotionDialog
from ui.tournaments.projector import ProjectorView, projector_pages


class RoundPaper:
    """The round's paper and hall, for :class:`~ui.tournaments.rounds_tab.RoundsTab` (its widgets and state)."""

    view: Any
    league: str
    projector: ProjectorView | None

    def open_code(self, code: str | None = None) -> BallotDialog | None:
        """Find the debate of a ballot's code, show it and open its ballot (returns the dialog after it closed)."""
        title = tr("Tournaments", "Debate code")
        typed = self.code.text() if code is None else code
        if not typed.strip():
            return None
        t = self.view.tournament()
        try:
            debate = find_by_code(t, typed)
        except KnownError as exc:
            warn(self, title, exc)
            self.code.selectAll()
            return None
        if debate.league != self.league:
            self.view.league.setCurrentIndex(self.view.league.findData(debate.league))
        if not debate.elimination:
            self.select_round(debate.round)
            for i, r in enumerate(self.rows):
                if r.uid == debate.uid:
                    self.table.setCurrentCell(i, 1)
        self.code.clear()
        if debate.opp_uid is None:
            QMessageBox.information(self, tr("Tournaments", "Ballot"),
                                    tr("Tournaments", "A bye has no ballot: the team wins the round without a "
                                                      "debate."))
            return None
        dialog = BallotDialog(t, debate.uid, parent=self)
        saved = dialog.exec()
        dialog.deleteLater()
        if saved:
            self._reload()
        return dialog

    def edit_motion(self) -> None:
        """Set the motion (and info slide) of the round shown."""
        t, n = self.view.tournament(), self.current_round()
        current = motion_of(t, self.league, n)
        title = tr("Tournaments", "Motion of round {round} ({league})").format(round=n,
                                                                              league=league_label(self.league))
        dialog = MotionDialog(title, current.text if current else "", current.info_slide or "" if current else "",
                              parent=self)
        dialog.save_work = lambda text, info: set_motion(t, self.league, n, text, info)
        saved = dialog.exec()
        dialog.deleteLater()
        if saved:
            self._reload()

    def edit_room(self, room: str | None = None) -> None:
        """Put the selected debate in another room."""
        row = self.current_debate()
        if row is None or row.opp_uid is None:
            return
        title = tr("Tournaments", "Room")
        if room is None:
            room, ok = QInputDialog.getText(self, title, tr("Tournaments", "Room of {gov} — {opp}:")
                                            .format(gov=row.gov, opp=row.opp), text=row.room or "")
            if not ok:
                return
        try:
            rooms.set_room(results.get_debate(row.uid), room)
        except KnownError as exc:
            warn(self, title, exc)
            return
        self._reload()

    def edit_rooms(self, text: str | None = None) -> None:
        """The tournament's named rooms, one per line."""
        t = self.view.tournament()
        title = tr("Tournaments", "Rooms")
        if text is None:
            question = tr("Tournaments", "One room per line, in the order new draws give them out. A league keeps "
                                         "its rooms from the round before.")
            text, ok = QInputDialog.getMultiLineText(self, title, question, "\n".join(rooms.named_rooms(t)))
            if not ok:
                return
        try:
            rooms.set_named_rooms(t, text.splitlines())
        except KnownError as exc:
            warn(self, title, exc)

    def load_draw(self, path: str | None = None) -> draw_import.DrawImportSummary | None:
        """Load a draw made elsewhere (all or nothing), asking before a drawn round is replaced."""
        title = tr("Tournaments", "Load draw")
        path = path or ask_table_file(self, title)
        if path is None:
            return None
        t = self.view.tournament()
        try:
            replacing = draw_import.rounds_to_replace(t, Path(path))
            if replacing:
                listed = ", ".join(tr("Tournaments", "round {round} ({league})").format(
                    round=n, league=league_label(lg)) for lg, n in replacing)
                answer = QMessageBox.question(self, title, tr("Tournaments", "The file draws {rounds} differently "
                                                                             "from the draw saved. Replace the saved "
                                                                             "draw?").format(rounds=listed))
                if answer != QMessageBox.StandardButton.Yes:
                    return None
            summary = draw_import.import_draw(t, Path(path), replace=bool(replacing))
        except KnownError as exc:
            warn(self, title, exc)
            return None
        self.view.mark_changed()
        self.load(self.view.tournament(), self.league)
        done = [r for r in summary.rounds if r.league == self.league]
        if done:
            self.select_round(done[-1].round)
        lines = [tr("Tournaments", "{league}, round {round}: {debates} debates").format(
            league=league_label(r.league), round=r.round, debates=r.debates) for r in summary.rounds]
        if summary.adjudicators_added:
            lines.append(tr("Tournaments", "Adjudicators registered: {names}")
                         .format(names=", ".join(summary.adjudicators_added)))
        if summary.warnings:
            lines.append(tr("Tournaments", "Kept with warnings:"))
            lines += [f"• {render(w)}" for w in summary.warnings]
            self.problems.setText(tr("Tournaments", "Kept with warnings: {problems}")
                                  .format(problems="; ".join(render(w) for w in summary.warnings)))
            self.problems.show()
        QMessageBox.information(self, title, "\n".join(lines))
        return summary

    def print_paper(self, kind: str, path: str | None = None) -> paper.PaperSummary | None:
        """The draw sheet or the ballots of the round shown (this league), as an A4 PDF."""
        n = self.current_round()
        if kind == "draw":
            title, name = tr("Tournaments", "Print draw"), f"draw-R{n}-{self.league}.pdf"
        else:
            title, name = tr("Tournaments", "Print ballots"), f"ballots-R{n}-{self.league}.pdf"
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, title, name, tr("Tournaments", "PDF (*.pdf)"))
            if not path:
                return None
        write = paper.print_draw if kind == "draw" else paper.print_ballots
        try:
            summary = write(self.view.tournament(), n, Path(path), leagues=[self.league], lang=current_language())
        except (KnownError, OSError) as exc:
            warn(self, title, exc if isinstance(exc, KnownError) else str(exc))
            return None
        QMessageBox.information(self, title, tr("Tournaments", "Saved {path}: {pages} pages.")
                                .format(path=summary.path, pages=summary.pages))
        return summary

    def open_projector(self, full_screen: bool = True) -> ProjectorView | None:
        """The round shown, full screen: the draw of each league, then the standings; this league first."""
        pages = projector_pages(self.view.tournament(), self.current_round())
        if not pages:
            QMessageBox.information(self, tr("Tournaments", "Projector"),
                                    tr("Tournaments", "Round {round} is not drawn yet.").format(
                                        round=self.current_round()))
            return None
        if self.projector is not None:
            self.projector.close()
        self.projector = ProjectorView(pages)
        self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.projector.destroyed.connect(lambda *_: setattr(self, "projector", None))
        self.projector.go(next((i for i, p in enumerate(pages) if p.league == self.league), 0))
        if full_screen:
            self.projector.showFullScreen()
        else:
            self.projector.show()
        self.projector.activateWindow()
        self.projector.setFocus()
        return self.projector
