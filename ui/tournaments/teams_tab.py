"""Registration: the league's teams and the tournament's adjudicators, by hand or from a file.

Speakers, coaches and adjudicators are typed as full names or chosen from the
people register (type two letters: matches appear).  A name chosen from the
register is that person; a typed one is matched by the core (same school
first) and a new person is added only when nobody matches.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.people.records import person_or_none
from app.text import fold
from app.tournaments import registration as reg
from app.tournaments.categories import CATEGORIES, category_name, set_speaker_category
from app.tournaments.listing import ChosenPeopleFinder, adjudicator_lines, team_lines
from app.tournaments.panels import DEFAULT_RATING, RATING_RANGE
from ui.common.form_dialog import FormDialog
from ui.common.person_picker import PersonPicker
from ui.events.choices import organisations
from ui.i18n import tr
from ui.tournaments.common import cell, fill_table, league_label, make_table, number, set_widths, text, warn

if TYPE_CHECKING:
    from app.models import Tournament


class NameField(PersonPicker):
    """A full name, typed or chosen from the people register (``uid`` is set when chosen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid: str | None = None
        self.textEdited.connect(lambda _: setattr(self, "uid", None))

    def retranslate(self) -> None:
        self.setPlaceholderText(tr("Tournaments", "Full name; type two letters to search the register"))

    def pick(self, uid: str) -> None:
        person = person_or_none(uid)
        self.completer_.popup().hide()
        if person is not None:
            self.uid = uid
            self.setText(person.full_name)
            self.textEdited.emit(self.text())  # the form is changed
            self.uid = uid

    def chosen(self) -> dict[str, str]:
        """{folded full name: uid} when a person was chosen from the register."""
        return {fold(" ".join(self.text().split())): self.uid} if self.uid and self.text().strip() else {}


def _finder(fields: list[NameField]):
    chosen: dict[str, str] = {}
    for f in fields:
        chosen.update(f.chosen())
    return ChosenPeopleFinder(chosen)


def _school_combo() -> QComboBox:
    """An editable choice of schools (a new name adds the school)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("")
    for _uid, name in organisations(("school", "college")):
        combo.addItem(name)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


def _category_combo(follows_team: bool = False) -> QComboBox:
    """Open (or "as the team" for a speaker), novice, junior; the texts come from ``_name_categories``."""
    combo = QComboBox()
    combo.addItem("", "team" if follows_team else "open")
    for code in CATEGORIES:
        combo.addItem("", code)
    return combo


def _name_categories(combo: QComboBox) -> None:
    first = combo.itemData(0)
    combo.setItemText(0, tr("Tournaments", "as the team") if first == "team" else text(category_name(None)))
    for i, code in enumerate(CATEGORIES, start=1):
        combo.setItemText(i, text(category_name(code)))


def _rating_spin() -> QDoubleSpinBox:
    """0–10; the core refuses what is not a step of 0.5, with a message under the field."""
    spin = QDoubleSpinBox()
    spin.setRange(*RATING_RANGE)
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setValue(DEFAULT_RATING)
    return spin


class QLineEditWide(QLineEdit):
    """A line edit for names (wide enough for long Kazakh team names)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(320)


class TeamDialog(FormDialog):
    """Add (``uid`` None) or change a team."""

    def __init__(self, t: Tournament, league: str, uid: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.t, self.uid = t, uid
        self.setMinimumWidth(560)
        self.league = self.add_field("league", lambda: tr("Tournaments", "&League:"), QComboBox())
        for code in t.league_list:
            self.league.addItem(league_label(code), code)
        self.league.setCurrentIndex(max(0, self.league.findData(league)))
        self.name = self.add_field("team", lambda: tr("Tournaments", "&Team name:"), QLineEditWide())
        self.school = self.add_field("school", lambda: tr("Tournaments", "&School:"), _school_combo())
        self.speaker1 = self.add_field("speakers", lambda: tr("Tournaments", "Speaker &1:"), NameField())
        self.speaker2 = self.add_field("speaker2", lambda: tr("Tournaments", "Speaker &2:"), NameField())
        self.coach = self.add_field("coach", lambda: tr("Tournaments", "&Coach:"), NameField())
        self.category = self.add_field("category", lambda: tr("Tournaments", "Ca&tegory:"), _category_combo())
        self.speaker_category_labels = (QLabel(), QLabel())
        self.speaker_categories = (_category_combo(True), _category_combo(True))
        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        for label, combo in zip(self.speaker_category_labels, self.speaker_categories):
            rl.addWidget(label)
            rl.addWidget(combo)
            self.watch(combo)
        rl.addStretch(1)
        row.setFocusProxy(self.speaker_categories[0])
        self.add_field("speaker", lambda: tr("Tournaments", "Speakers' c&ategories:"), row)
        for field in (self.speaker1, self.speaker2, self.coach):
            field.newPerson.connect(lambda _text: None)  # a typed name is fine: the core finds or adds the person
        if uid:
            line = next(x for x in team_lines(t) if x.uid == uid)
            self.league.setCurrentIndex(max(0, self.league.findData(line.league)))
            self.name.setText(line.name)
            self.school.setCurrentText(line.school or "")
            for field, name, person in zip((self.speaker1, self.speaker2), line.speakers, line.speaker_uids):
                field.setText(name)
                field.uid = person
            self.coach.setText(line.coach or "")
            self.coach.uid = line.coach_uid
            self.category.setCurrentIndex(max(0, self.category.findData(line.category or "open")))
            for combo, own in zip(self.speaker_categories, line.speaker_categories):
                combo.setCurrentIndex(max(0, combo.findData(own or "team")))
        self.retranslate()
        self.dirty = False

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Tournaments", "Team") if self.uid else tr("Tournaments", "New team"))
        for field in (self.speaker1, self.speaker2, self.coach):
            field.retranslate()
        for combo in (self.category, *self.speaker_categories):
            _name_categories(combo)
        for n, label in enumerate(self.speaker_category_labels, start=1):
            label.setText(tr("Tournaments", "speaker {number}:").format(number=n))

    def save(self) -> None:
        data = reg.TeamInput(league=self.league.currentData(), name=self.name.text(),
                             school=self.school.currentText().strip() or None,
                             speakers=[self.speaker1.text(), self.speaker2.text()],
                             coach=self.coach.text().strip() or None, category=self.category.currentData())
        team, _ = reg.save_team(self.t, data, uid=self.uid,
                                finder=_finder([self.speaker1, self.speaker2, self.coach]))
        self.uid = team.uid
        for person, combo in zip(reg.speakers_of(team), self.speaker_categories):
            own = combo.currentData()
            set_speaker_category(team, person.uid, None if own == "team" else own)


class AdjudicatorDialog(FormDialog):
    """Register an adjudicator (a person of the register, with the school they must not judge)."""

    def __init__(self, t: Tournament, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.t = t
        self.setMinimumWidth(520)
        self.name = self.add_field("name", lambda: tr("Tournaments", "&Full name:"), NameField())
        self.school = self.add_field("school", lambda: tr("Tournaments", "&School:"), _school_combo())
        self.league = self.add_field("league", lambda: tr("Tournaments", "&League:"), QComboBox())
        self.league.addItem("", None)
        for code in t.league_list:
            self.league.addItem(league_label(code), code)
        self.rating = self.add_field("rating", lambda: tr("Tournaments", "&Rating (0–10):"), _rating_spin())
        self.name.newPerson.connect(lambda _text: None)
        self.retranslate()
        self.dirty = False

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Tournaments", "New adjudicator"))
        self.league.setItemText(0, tr("Tournaments", "any league"))
        self.name.retranslate()
        self.rating.setToolTip(tr("Tournaments", "In steps of 0.5; the highest rating chairs and judges the top "
                                                 "debates"))

    def save(self) -> None:
        reg.add_adjudicator(self.t, self.name.text(), self.school.currentText().strip() or None,
                            self.league.currentData(), finder=_finder([self.name]), rating=self.rating.value())


class RatingDialog(FormDialog):
    """Change one adjudicator's rating (0–10 in steps of 0.5)."""

    def __init__(self, uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.adj = reg.get_adjudicator(uid)
        self.who = QLabel(self.adj.person.full_name)
        self.who.setStyleSheet("font-weight: 600;")
        self.body.insertWidget(0, self.who)
        self.rating = self.add_field("rating", lambda: tr("Tournaments", "&Rating (0–10):"), _rating_spin())
        self.rating.setValue(float(self.adj.rating))
        self.retranslate()
        self.dirty = False

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Tournaments", "Adjudicator's rating"))
        self.rating.setToolTip(tr("Tournaments", "In steps of 0.5; the highest rating chairs and judges the top "
                                                 "debates"))

    def save(self) -> None:
        reg.set_rating(self.adj, self.rating.value())


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

    def _open_file(self, title: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", tr("Tournaments", "Tables (*.csv *.xlsx)"))
        return path or None

    def import_teams(self, path: str | None = None) -> reg.ImportSummary | None:
        """Register the teams of a CSV/XLSX file (all or nothing) and say what was done."""
        title = tr("Tournaments", "Import teams")
        path = path or self._open_file(title)
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
        path = path or self._open_file(title)
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
