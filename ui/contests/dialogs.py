"""Forms of the contests area: a new contest, and one work of a participant.

Everything is checked by the core (``app.contests.core``); its message
appears by the field it is about.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.contests.core import add_work, create_contest
from app.contests.listing import get_contest, nomination_choices
from app.people.records import person_or_none
from ui.common.form_dialog import FormDialog
from ui.common.formatting import format_date
from ui.common.person_picker import PersonPicker
from ui.common.widgets import OptionalDate
from ui.events.attendance_tab import split_name
from ui.i18n import tr
from ui.people.dialog import PersonDialog

HINT_STYLE = "color: #555;"


def _row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    if stretch:
        layout.addStretch(1)
    return box


class ContestDialog(FormDialog):
    """Set a new contest up; ``uid`` is set once saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid: str | None = None
        self.setMinimumWidth(680)
        self.title = self.add_field("title", lambda: tr("Contests", "&Title:"), QLineEdit())
        self.start = OptionalDate()
        self.end = OptionalDate()
        self.dash = QLabel("–")
        self.dates_hint = QLabel()
        self.dates_hint.setStyleSheet(HINT_STYLE)
        self.add_field("start", lambda: tr("Contests", "&Dates:"), _row(self.start, self.dash, self.end,
                                                                         self.dates_hint))
        self.fields["start"] = self.start
        self.watch(self.start)
        self.watch(self.end)
        self.format = self.add_field("format", lambda: tr("Contests", "&Held:"), QComboBox())
        self.format.addItem("", "remote")
        self.format.addItem("", "in_person")
        self.nominations = self.add_field("nominations", lambda: tr("Contests", "&Nominations\n(one per line):"),
                                          QPlainTextEdit())
        self.nominations.setMaximumHeight(110)
        self.nominations.setTabChangesFocus(True)
        self.age_groups = QLineEdit("7-10, 11-13, 14-17")
        self.age_hint = QLabel()
        self.age_hint.setStyleSheet(HINT_STYLE)
        self.add_field("age_groups", lambda: tr("Contests", "&Age groups:"), _row(self.age_groups, self.age_hint,
                                                                                 stretch=False))
        self.fields["age_groups"] = self.age_groups
        self.watch(self.age_groups)
        self.scoring = self.add_field("scoring", lambda: tr("Contests", "The &jury gives:"), QComboBox())
        self.scoring.addItem("", "places")
        self.scoring.addItem("", "scores")
        self.winners = QSpinBox()
        self.winners.setRange(1, 50)
        self.winners.setValue(3)
        self.winners_hint = QLabel()
        self.winners_hint.setStyleSheet(HINT_STYLE)
        self.add_field("winners_up_to", lambda: tr("Contests", "&Winners up to place:"),
                       _row(self.winners, self.winners_hint))
        self.fields["winners_up_to"] = self.winners
        self.watch(self.winners)
        self.scoring.currentIndexChanged.connect(lambda _: self._retranslate_hints())
        self.retranslate()
        self.title.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Contests", "New contest"))
        self.format.setItemText(0, tr("Contests", "remotely"))
        self.format.setItemText(1, tr("Contests", "in person"))
        self.scoring.setItemText(0, tr("Contests", "places (1st, 2nd, 3rd…)"))
        self.scoring.setItemText(1, tr("Contests", "scores"))
        self.dates_hint.setText(tr("Contests", "empty: today"))
        self.age_hint.setText(tr("Contests", "ages on the first day"))
        self._retranslate_hints()

    def _retranslate_hints(self) -> None:
        if self.scoring.currentData() == "scores":
            self.winners_hint.setText(tr("Contests", "the best N scores of each nomination and age group win"))
        else:
            self.winners_hint.setText(tr("Contests", "works placed 1 to N win"))

    def save(self) -> None:
        noms = self.nominations.toPlainText().splitlines()
        c = create_contest(self.title.text(), noms, self.age_groups.text(), start=self.start.value(),
                           end=self.end.value(), scoring=self.scoring.currentData(),
                           winners_up_to=self.winners.value(), remote=self.format.currentData() == "remote")
        self.uid = c.uid


class WorkDialog(FormDialog):
    """Register one work of a participant; ``work_uid`` is set once saved."""

    def __init__(self, contest_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contest = get_contest(contest_uid)
        self.work_uid: str | None = None
        self.person_uid: str | None = None
        self.setMinimumWidth(620)
        self.picker = PersonPicker()
        self.picker.picked.connect(self.choose_person)
        self.picker.newPerson.connect(self.new_person)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.new_person(self.picker.text().strip()))
        self.add_field("person", lambda: tr("Contests", "&Participant:"), _row(self.picker, self.new_button,
                                                                              stretch=False))
        self.fields["person"] = self.picker
        self.chosen = QLabel()
        self.chosen.setStyleSheet(HINT_STYLE)
        self.add_field("chosen", lambda: "", self.chosen)
        self.nomination = self.add_field("nomination", lambda: tr("Contests", "&Nomination:"), QComboBox())
        for name in nomination_choices(self.contest):
            self.nomination.addItem(name, name)
        self.work_title = self.add_field("title", lambda: tr("Contests", "&Title of the work:"), QLineEdit())
        if self.contest.scoring == "scores":
            self.result_box = QDoubleSpinBox()
            self.result_box.setRange(-1, 1000)
            self.result_box.setDecimals(2)
            self.result_box.setValue(-1)
            key, label = "score", lambda: tr("Contests", "&Score:")
        else:
            self.result_box = QSpinBox()
            self.result_box.setRange(0, 1000)
            key, label = "place", lambda: tr("Contests", "P&lace:")
        self.result_box.setMaximumWidth(120)
        self.add_field(key, label, self.result_box)
        self.retranslate()
        self.picker.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Contests", "Add a work"))
        self.new_button.setText(tr("Contests", "New person…"))
        self.result_box.setSpecialValueText(tr("Contests", "— not yet —"))
        if self.person_uid is None:
            self.chosen.setText(tr("Contests", "Nobody chosen yet: type a name or IIN and press Enter."))

    def choose_person(self, uid: str) -> None:
        """The participant is ``uid``."""
        person = person_or_none(uid)
        if person is None:
            return
        self.person_uid = uid
        self.chosen.setText(" · ".join(x for x in (person.full_name, format_date(person.birth_date)) if x))
        self.chosen.setStyleSheet("font-weight: 600;")
        self.mark_dirty()
        self.nomination.setFocus()

    def new_person(self, text: str) -> None:
        """A participant not in the register yet: the person form, prefilled with what was typed."""
        dialog = PersonDialog(prefill=split_name(text) if text else None, parent=self)
        if dialog.exec() and dialog.person_uid:
            self.picker.clear()
            self.choose_person(dialog.person_uid)
        dialog.deleteLater()

    def save(self) -> None:
        value = self.result_box.value()
        place = score = None
        if self.contest.scoring == "scores":
            score = value if value >= 0 else None
        else:
            place = value or None
        work = add_work(self.contest, self.person_uid or "", self.nomination.currentData() or "",
                        self.work_title.text(), place=place, score=score)
        self.work_uid = work.uid
