"""The registration dialogs: a team with its speakers and coach, an adjudicator, an adjudicator's rating.

Speakers, coaches and adjudicators are typed as full names or chosen from the
people register (type two letters: matches appear).  A name chosen from the
register is that person; a typed one is matched by the core (same school
first) and a new person is added only when nobody matches.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.people.records import person_or_none
from app.text import fold
from app.tournaments import registration as reg
from app.tournaments.categories import CATEGORIES, category_name, set_speaker_category
from app.tournaments.listing import ChosenPeopleFinder, team_lines
from app.tournaments.panels import DEFAULT_RATING, RATING_RANGE
from ui.common.form_dialog import FormDialog
from ui.common.person_picker import PersonPicker
from ui.events.choices import organisations
from ui.i18n import tr
from ui.tournaments.common import league_label, text

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
