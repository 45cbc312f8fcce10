"""Awards: the award list (diplomas, best speakers, nominations, letters), nominations, certificates.

The list follows the tournament's award rules and results; its titles are
written in the chosen language (the one the certificates are printed in).
Nominations (best orator, best analyst, or the organisers' own) are given
per league to a debater.  "Print certificates…" opens the certificates'
Generate dialog for exactly this award list; "Participation certificates…"
and "Letters of thanks…" for every debater, or every coach and adjudicator,
before or without results.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.certificates.awards import awards_of
from app.certificates.templates import kind_name
from app.errors import KnownError
from app.tournaments.listing import debaters, nominations
from app.tournaments.tab import NOMINATION_NAMES, award_list, set_nomination
from ui.i18n import current_language, render, tr
from ui.tournaments.certificates import TournamentCertificatesDialog
from ui.tournaments.common import HINT_STYLE, cell, fill_table, league_label, make_table, set_widths, warn

if TYPE_CHECKING:
    from app.models import Tournament

LANGUAGES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))


class AwardsTab(QWidget):
    """The award list of the tournament and the nominations of the chosen league."""

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.t: Tournament | None = None
        self.league = ""
        self.rows: list = []
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(lambda _: self._reload_list())
        self.print_button = QPushButton()
        self.print_button.clicked.connect(lambda: self.print_certificates())
        self.participation_button = QPushButton()
        self.participation_button.clicked.connect(lambda: self.print_certificates(kind="participation"))
        self.thanks_button = QPushButton()
        self.thanks_button.clicked.connect(lambda: self.print_certificates(kind="thanks"))
        self.count = QLabel()
        self.count.setStyleSheet(HINT_STYLE)
        self.table = make_table()
        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addWidget(self.count, 1)
        top.addWidget(self.print_button)
        everyone = QHBoxLayout()  # given for taking part: printable before any result
        everyone.addStretch(1)
        everyone.addWidget(self.participation_button)
        everyone.addWidget(self.thanks_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        lv.addWidget(self.table, 1)
        lv.addLayout(everyone)
        self.nom_title = QLabel()
        self.nom_title.setStyleSheet("font-weight: 600;")
        self.nom_table = make_table()
        self.nom_label = QLabel()
        self.nomination = QComboBox()
        self.nomination.setEditable(True)
        self.nomination.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in NOMINATION_NAMES:
            self.nomination.addItem("", code)
        self.debater_label = QLabel()
        self.debater = QComboBox()
        self.debater.setMinimumContentsLength(20)
        self.give_button = QPushButton()
        self.remove_button = QPushButton()
        self.give_button.clicked.connect(self.give)
        self.remove_button.clicked.connect(self.remove)
        self.nom_error = QLabel()
        self.nom_error.setStyleSheet("color: #b00020;")
        self.nom_error.setWordWrap(True)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.nom_title)
        rv.addWidget(self.nom_table, 1)
        rv.addWidget(self.nom_label)
        rv.addWidget(self.nomination)
        rv.addWidget(self.debater_label)
        rv.addWidget(self.debater)
        row = QHBoxLayout()
        row.addWidget(self.give_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        rv.addLayout(row)
        rv.addWidget(self.nom_error)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    # -- loading ---------------------------------------------------------------------
    def load(self, t: Tournament, league: str) -> None:
        self.t, self.league = t, league
        self._reload_list()
        self._reload_nominations()

    def list_language(self) -> str:
        return self.language.currentData() or "kk"

    def _reload_list(self) -> None:
        if self.t is None:
            return
        self.rows = award_list(self.t, self.list_language())
        fill_table(self.table, self._headers(), (
            [cell(league_label(r.league) if r.league else ""), cell(render(kind_name(r.kind)), r.kind),
             cell(r.title), cell(r.person, r.person_uid), cell(r.team)] for r in self.rows))
        self.table.resizeColumnsToContents()
        self._count()

    def _count(self) -> None:
        self.count.setText(tr("Tournaments", "{count} certificates").format(count=len(self.rows)))

    def _reload_nominations(self) -> None:
        t, league = self.t, self.league
        given = nominations(t, league)
        fill_table(self.nom_table, [tr("Tournaments", "Nomination"), tr("Tournaments", "Debater")],
                   ([cell(self._nomination_name(title), title), cell(person)] for title, person, _ in given))
        set_widths(self.nom_table, [16, 20])
        keep = self.debater.currentData()
        self.debater.clear()
        for uid, name, team in debaters(t, league):
            self.debater.addItem(f"{name} — {team}", uid)
        self.debater.setCurrentIndex(max(0, self.debater.findData(keep)))
        self.nom_title.setText(tr("Tournaments", "Nominations — {league}").format(league=league_label(league)))
        self.nom_error.clear()

    def _nomination_name(self, title: str) -> str:
        msg = NOMINATION_NAMES.get(title)
        return render(msg) if msg else title

    def _headers(self) -> list[str]:
        return [tr("Tournaments", "League"), tr("Tournaments", "Certificate"), tr("Tournaments", "For"),
                tr("Tournaments", "Recipient"), tr("Tournaments", "Team")]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "nom_table"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.language_label.setText(tr("Tournaments", "&Language of the list:"))
        self.print_button.setText(tr("Tournaments", "Print certificates…"))
        self.participation_button.setText(tr("Tournaments", "Participation certificates…"))
        self.participation_button.setToolTip(tr("Tournaments", "One certificate of participation for every "
                                                "debater, with or without results"))
        self.thanks_button.setText(tr("Tournaments", "Letters of thanks…"))
        self.thanks_button.setToolTip(tr("Tournaments", "One letter of thanks for every coach and adjudicator"))
        self.nom_label.setText(tr("Tournaments", "Nomination (choose, or type your own):"))
        self.debater_label.setText(tr("Tournaments", "Debater:"))
        self.give_button.setText(tr("Tournaments", "Give"))
        self.remove_button.setText(tr("Tournaments", "Take back"))
        for i in range(self.nomination.count()):
            self.nomination.setItemText(i, self._nomination_name(self.nomination.itemData(i)))
        if self.table.columnCount():
            self.table.setHorizontalHeaderLabels(self._headers())
            self.nom_table.setHorizontalHeaderLabels([tr("Tournaments", "Nomination"), tr("Tournaments", "Debater")])
            self._count()
            if self.t is not None:
                self.nom_title.setText(tr("Tournaments", "Nominations — {league}")
                                       .format(league=league_label(self.league)))

    # -- actions -----------------------------------------------------------------------
    def nomination_title(self) -> str:
        """The chosen nomination's code (best_orator…) or the organisers' own words."""
        text = self.nomination.currentText().strip()
        index = self.nomination.findText(text)
        return self.nomination.itemData(index) if index >= 0 else text

    def _changed(self) -> None:
        self.view.mark_changed()
        self.t = self.view.tournament()
        self._reload_list()
        self._reload_nominations()

    def give(self) -> None:
        """Give the chosen nomination to the chosen debater (replacing whoever had it)."""
        try:
            set_nomination(self.view.tournament(), self.league, self.nomination_title(), self.debater.currentData())
        except KnownError as exc:
            self.nom_error.setText(render(exc.msg))
            return
        self._changed()

    def remove(self) -> None:
        """Take the selected nomination back."""
        row = self.nom_table.currentRow()
        item = self.nom_table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        try:
            set_nomination(self.view.tournament(), self.league, item.data(Qt.ItemDataRole.UserRole), None)
        except KnownError as exc:
            warn(self, tr("Tournaments", "Nominations"), exc)
            return
        self._changed()

    def print_certificates(self, exec_dialog: bool = True, kind: str | None = None):
        """Open the Generate dialog for the award list, or for every debater (``kind`` "participation")
        or every coach and adjudicator ("thanks"); ``exec_dialog`` False: return it unshown."""
        t = self.view.tournament()
        try:
            awards_of(tournament_uid=t.uid, language=self.list_language(), kind=kind)
        except KnownError as exc:
            warn(self, tr("Tournaments", "Print certificates"), exc)
            return None
        dialog = TournamentCertificatesDialog(t, self.list_language(), self, kind=kind)
        if not exec_dialog:
            return dialog
        dialog.exec()
        dialog.deleteLater()
        return None
