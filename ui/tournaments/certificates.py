"""Printing a tournament's award list, or everyone's participation and thanks, through the Generate dialog."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from app.certificates.awards import issue_awards
from app.tournaments.attendees import ROSTER_KINDS
from app.tournaments.tab import award_list
from ui.certificates.dialog import GenerateDialog, documents_folder
from ui.i18n import tr
from ui.tasks import run_task

if TYPE_CHECKING:
    from app.models import Tournament


class TournamentCertificatesDialog(GenerateDialog):
    """The certificates' Generate dialog, issuing the tournament's award list (each with its own kind).

    With ``kind`` "participation" or "thanks" it issues instead one certificate
    per debater, or one letter per coach and adjudicator, results or not.
    """

    def __init__(self, t: Tournament, language: str, parent: QWidget | None = None,
                 kind: str | None = None) -> None:
        super().__init__(event_uid=t.event_uid, parent=parent)
        self.tournament_uid = t.uid
        self.roster_kind = kind if kind in ROSTER_KINDS else None
        self.event.setEnabled(False)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = self.layout().itemAt(0).layout().itemAt(0).layout()
        for widget in (self.person, self.reason):
            form.setRowVisible(widget, False)
        if self.roster_kind:
            count = len(ROSTER_KINDS[self.roster_kind](t))
            self.kind.setCurrentIndex(max(0, self.kind.findData(self.roster_kind)))
            self.kind.setEnabled(False)
            title = (tr("Tournaments", "Certificates of participation: every debater ({count})")
                     if self.roster_kind == "participation" else
                     tr("Tournaments", "Letters of thanks: every coach and adjudicator ({count})"))
            self.setWindowTitle(title.format(count=count))
            return
        rows = award_list(t, language)
        if rows:
            self.kind.setCurrentIndex(max(0, self.kind.findData(rows[0].kind)))
        self.kind.setToolTip(tr("Tournaments", "The preview's kind; each award is printed as its own kind."))
        self.setWindowTitle(tr("Tournaments", "Certificates for the award list ({count})").format(count=len(rows)))

    def start(self, path: str | None = None) -> None:
        """Ask where to save, then issue and print the award list in the background."""
        choices = self._choices()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Certificates", "Save certificates"),
                                                  str(documents_folder() / self.default_file_name()),
                                                  tr("Certificates", "PDF (*.pdf)"))
            if not path:
                return
        uid, language, style, kind = self.tournament_uid, choices["language"], choices["style"], self.roster_kind

        run_task(self, tr("Certificates", "Generating certificates…"),
                 lambda: issue_awards(Path(path), tournament_uid=uid, language=language, style=style, kind=kind),
                 self.finished_batch)
