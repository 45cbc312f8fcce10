"""A tournament's settings: name, stage, dates, leagues, rounds, break, scores, tie-breaks.

The tie-break order is a list: tick the ones that count, move them up and
down (or drag them).  Everything is checked by the core
(``app.tournaments.setup.check_settings``); its message appears by the field.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.tournaments.panels import ELIM_PANEL_SIZES, PANEL_SIZES
from app.tournaments.setup import (
    DEFAULT_SCORES,
    DEFAULT_TIEBREAKS,
    TIEBREAKS,
    TournamentSettings,
    create_tournament,
    get_tournament,
    settings_of,
    update_tournament,
)
from ui.common.form_dialog import FormDialog
from ui.common.widgets import OptionalDate
from ui.i18n import tr
from ui.tournaments.common import BUILTIN_LEAGUES, HINT_STYLE, STAGE_CODES, league_label, stage_label, tiebreak_names


def _row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    if stretch:
        layout.addStretch(1)
    return box


def _score_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, 1000)
    spin.setDecimals(2)
    spin.setMaximumWidth(110)
    return spin


class TiebreakList(QWidget):
    """The tie-breaks in their order; checked ones count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        # The long Russian tie-break names wrap rather than hide behind a sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.up = QPushButton()
        self.down = QPushButton()
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_codes(list(DEFAULT_TIEBREAKS))
        self.retranslate()

    def set_codes(self, codes: list[str]) -> None:
        """Show ``codes`` checked in their order, then the others unchecked."""
        self.list.clear()
        for code in list(codes) + [c for c in TIEBREAKS if c not in codes]:
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked)
        self.retranslate()
        # Every tie-break in sight (one row spare for a wrapped name): none may hide below the fold.
        row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 4)
        self.list.setFixedHeight((self.list.count() + 1) * row + 2 * self.list.frameWidth() + 4)

    def codes(self) -> list[str]:
        """The checked tie-breaks in their order."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def move(self, step: int) -> None:
        """Move the current tie-break up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.list.itemChanged.emit(item)

    def retranslate(self) -> None:
        names = tiebreak_names()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setText(names.get(item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole)))
        self.up.setText(tr("Tournaments", "Up"))
        self.down.setText(tr("Tournaments", "Down"))


class TournamentDialog(FormDialog):
    """Create (``uid`` None) or change a tournament; ``uid`` is set once saved."""

    def __init__(self, uid: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid = uid
        self.setMinimumWidth(720)
        self.name = self.add_field("name", lambda: tr("Tournaments", "&Name:"), QLineEdit())
        self.stage = self.add_field("stage", lambda: tr("Tournaments", "&Stage:"), QComboBox())
        for code in STAGE_CODES:
            self.stage.addItem("", code)
        self.start = OptionalDate()
        self.end = OptionalDate()
        self.dash = QLabel("–")
        self.add_field("end", lambda: tr("Tournaments", "&Dates:"), _row(self.start, self.dash, self.end))
        self.fields["end"] = self.end
        self.watch(self.start)
        self.watch(self.end)
        self.place = self.add_field("place", lambda: tr("Tournaments", "&Place:"), QLineEdit())
        self.league_boxes = {code: QCheckBox() for code in BUILTIN_LEAGUES}
        self.custom_leagues = QLineEdit()
        self.custom_leagues.setMinimumWidth(160)
        self.add_field("leagues", lambda: tr("Tournaments", "&Leagues:"),
                       _row(*self.league_boxes.values(), self.custom_leagues, stretch=False))
        for box in self.league_boxes.values():
            self.watch(box)
        self.watch(self.custom_leagues)
        self.rounds = QSpinBox()
        self.rounds.setRange(1, 12)
        self.break_size = QSpinBox()
        self.break_size.setRange(0, 64)
        self.break_hint = QLabel()
        self.break_hint.setStyleSheet(HINT_STYLE)
        self.add_field("rounds", lambda: tr("Tournaments", "Qualifying &rounds:"), _row(self.rounds))
        self.fields["rounds"] = self.rounds
        self.watch(self.rounds)
        self.add_field("break_size", lambda: tr("Tournaments", "&Break (teams per league):"),
                       _row(self.break_size, self.break_hint))
        self.fields["break_size"] = self.break_size
        self.watch(self.break_size)
        self.score_min, self.score_max, self.score_step = _score_spin(), _score_spin(), _score_spin()
        self.step_label = QLabel()
        self.add_field("score_range", lambda: tr("Tournaments", "Speaker s&cores:"),
                       _row(self.score_min, QLabel("–"), self.score_max, self.step_label, self.score_step))
        self.fields["score_range"] = self.score_min
        self.fields["score_step"] = self.score_step
        self.errors["score_step"] = self.errors["score_range"]
        for spin in (self.score_min, self.score_max, self.score_step):
            self.watch(spin)
        self.low_point = self.add_field("low_point_wins", lambda: tr("Tournaments", "Low-point wins:"), QCheckBox())
        self.iron_person = self.add_field("iron_person", lambda: tr("Tournaments", "Iron person:"), QCheckBox())
        self.tiebreaks = TiebreakList()
        self.add_field("tiebreaks", lambda: tr("Tournaments", "&Tie-breaks, in order:"), self.tiebreaks)
        self.watch(self.tiebreaks.list)
        self.speakers_rule = self.add_field("speakers_rule", lambda: tr("Tournaments", "Rank s&peakers by:"),
                                            QComboBox())
        self.speakers_rule.addItem("", "total")
        self.speakers_rule.addItem("", "average")
        self.min_rounds = QSpinBox()
        self.min_rounds.setRange(0, 12)
        self.min_rounds_hint = QLabel()
        self.min_rounds_hint.setStyleSheet(HINT_STYLE)
        self.add_field("speaker_min_rounds", lambda: tr("Tournaments", "Ranked by average from:"),
                       _row(self.min_rounds, self.min_rounds_hint))
        self.fields["speaker_min_rounds"] = self.min_rounds
        self.watch(self.min_rounds)
        # The least rounds matter only when speakers are ranked by average.
        self.speakers_rule.currentIndexChanged.connect(lambda _: self._min_rounds_enabled())
        self.panel = QComboBox()
        for n in PANEL_SIZES:
            self.panel.addItem(str(n), n)
        self.elim_panel = QComboBox()
        for n in ELIM_PANEL_SIZES:
            self.elim_panel.addItem(str(n), n)
        self.panel_label, self.elim_panel_label = QLabel(), QLabel()
        panels = _row(self.panel_label, self.panel, self.elim_panel_label, self.elim_panel)
        panels.setFocusProxy(self.panel)  # Alt+J goes to the first choice
        self.add_field("panel_size", lambda: tr("Tournaments", "Ad&judicators per debate:"), panels)
        self.fields["panel_size"] = self.panel
        self.fields["elim_panel_size"] = self.elim_panel
        self.errors["elim_panel_size"] = self.errors["panel_size"]
        self.watch(self.panel)
        self.watch(self.elim_panel)
        self.category_break = QSpinBox()
        self.category_break.setRange(0, 64)
        self.category_break_hint = QLabel()
        self.category_break_hint.setStyleSheet(HINT_STYLE)
        category_row = _row(self.category_break, self.category_break_hint)
        category_row.setFocusProxy(self.category_break)
        self.add_field("category_break_size", lambda: tr("Tournaments", "N&ovice / junior break:"), category_row)
        self.fields["category_break_size"] = self.category_break
        self.watch(self.category_break)
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.add_field("seed", lambda: tr("Tournaments", "Dra&w seed:"), _row(self.seed))
        self.fields["seed"] = self.seed
        self.watch(self.seed)
        self.break_size.valueChanged.connect(lambda _: self._break_hint())
        self._load()
        self.retranslate()
        self.dirty = False

    def _load(self) -> None:
        if self.uid:
            s = settings_of(get_tournament(self.uid))
        else:
            s = TournamentSettings(name="")
        self.name.setText(s.name)
        self.stage.setCurrentIndex(max(0, self.stage.findData(s.stage)))
        self.start.set_value(s.start)
        self.end.set_value(s.end if s.end != s.start else None)
        self.place.setText(s.place or "")
        for code, box in self.league_boxes.items():
            box.setChecked(code in s.leagues)
        self.custom_leagues.setText(", ".join(x for x in s.leagues if x not in BUILTIN_LEAGUES))
        self.rounds.setValue(s.rounds)
        self.break_size.setValue(s.break_size)
        self.score_min.setValue(s.score_min if s.score_min is not None else DEFAULT_SCORES[0])
        self.score_max.setValue(s.score_max if s.score_max is not None else DEFAULT_SCORES[1])
        self.score_step.setValue(s.score_step if s.score_step is not None else DEFAULT_SCORES[2])
        self.low_point.setChecked(bool(s.low_point_wins))
        self.iron_person.setChecked(bool(s.iron_person))
        self.min_rounds.setValue(int(s.speaker_min_rounds or 0))
        self.tiebreaks.set_codes(list(s.tiebreaks))
        self.speakers_rule.setCurrentIndex(max(0, self.speakers_rule.findData(s.speakers_rule)))
        self.seed.setValue(int(s.seed or 0))
        self.panel.setCurrentIndex(max(0, self.panel.findData(s.panel_size)))
        self.elim_panel.setCurrentIndex(max(0, self.elim_panel.findData(s.elim_panel_size)))
        self.category_break.setValue(int(s.category_break_size or 0))
        self._break_hint()
        self._min_rounds_enabled()

    def _min_rounds_enabled(self) -> None:
        self.min_rounds.setEnabled(self.speakers_rule.currentData() == "average")

    def _break_hint(self) -> None:
        n = self.break_size.value()
        hint = {0: tr("Tournaments", "no elimination rounds"), 2: tr("Tournaments", "a final"),
                4: tr("Tournaments", "semifinals and a final"),
                8: tr("Tournaments", "quarterfinals, semifinals and a final"),
                16: tr("Tournaments", "octofinals to the final")}.get(n)
        if hint is None and n > 2:
            hint = tr("Tournaments", "a partial first round, then a bracket")
        self.break_hint.setText(hint or "")

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Tournaments", "New tournament") if not self.uid
                            else tr("Tournaments", "Tournament settings"))
        for i, code in enumerate(STAGE_CODES):
            self.stage.setItemText(i, stage_label(code))
        for code, box in self.league_boxes.items():
            box.setText(league_label(code))
        self.custom_leagues.setPlaceholderText(tr("Tournaments", "or your own leagues, comma-separated"))
        self.step_label.setText(tr("Tournaments", "step"))
        self.low_point.setText(tr("Tournaments", "a winner may have fewer speaker points than the loser"))
        self.speakers_rule.setItemText(0, tr("Tournaments", "total points over the qualifying rounds"))
        self.speakers_rule.setItemText(1, tr("Tournaments", "average points per round spoken"))
        self.iron_person.setText(tr("Tournaments", "one speaker may give both speeches of a team short of a speaker"))
        self.min_rounds_hint.setText(tr("Tournaments", "rounds spoken (0: every speaker is ranked)"))
        self.seed.setToolTip(tr("Tournaments", "The same seed gives the same random first round."))
        self.panel_label.setText(tr("Tournaments", "qualifying rounds"))
        self.elim_panel_label.setText(tr("Tournaments", "elimination rounds"))
        self.category_break_hint.setText(tr("Tournaments", "teams of each category (novice, junior) not in the open "
                                                           "break; 0: none"))
        self.tiebreaks.retranslate()
        self._break_hint()

    def leagues(self) -> list[str]:
        """The chosen league codes: the ticked languages, then the custom ones."""
        codes = [code for code, box in self.league_boxes.items() if box.isChecked()]
        codes += [" ".join(x.split()) for x in self.custom_leagues.text().replace(";", ",").split(",")
                  if x.strip()]
        return codes

    def settings(self) -> TournamentSettings:
        """The settings as typed."""
        previous = None
        if self.uid:
            previous = get_tournament(self.uid).previous_uid
        start = self.start.value()
        return TournamentSettings(
            name=self.name.text(), stage=self.stage.currentData(), start=start,
            end=self.end.value() or start, place=self.place.text(), leagues=self.leagues(),
            rounds=self.rounds.value(), break_size=self.break_size.value(), score_min=self.score_min.value(),
            score_max=self.score_max.value(), score_step=self.score_step.value(),
            low_point_wins=self.low_point.isChecked(), tiebreaks=self.tiebreaks.codes(),
            speakers_rule=self.speakers_rule.currentData(), seed=self.seed.value(), previous_uid=previous,
            iron_person=self.iron_person.isChecked(), speaker_min_rounds=self.min_rounds.value(),
            panel_size=self.panel.currentData(), elim_panel_size=self.elim_panel.currentData(),
            category_break_size=self.category_break.value())

    def save(self) -> None:
        s = self.settings()
        if self.uid:
            update_tournament(get_tournament(self.uid), s)
        else:
            self.uid = create_tournament(s).uid

