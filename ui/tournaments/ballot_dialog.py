"""A debate's ballot: the winner and each speech's speaker and score; corrections keep the old one.

Enter saves, Esc closes (asking first when something was typed).  The teams'
totals follow as scores are typed, with a warning when the winner has fewer
points.  Scores go from the tournament's lowest to its highest score in its
step; the empty value "—" means no score (an elimination debate may record
only the winner).  The core checks the ballot and names every problem.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.i18n import Msg
from app.tournaments import results
from app.tournaments.listing import panel_of
from app.tournaments.registration import get_team, speakers_of
from app.tournaments.tab import elimination_label
from app.tournaments.types import ROLE_SIDE, ROLES, role_name
from ui.common.form_dialog import FormDialog
from ui.i18n import render, tr
from ui.tournaments.common import BADGE_STYLE, HINT_STYLE, cell, fill_table, make_table, number

if TYPE_CHECKING:
    from app.models import Tournament


def _decimals(step: float) -> int:
    for places in range(0, 3):
        if abs(round(step, places) - step) < 1e-9:
            return places
    return 2


class ScoreSpin(QDoubleSpinBox):
    """A speaker score in the tournament's range and step; the lowest value "—" is no score."""

    def __init__(self, low: float, high: float, step: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blank = low - step
        self.setDecimals(_decimals(step))
        self.setRange(self.blank, high)
        self.setSingleStep(step)
        self.setSpecialValueText("—")
        self.setValue(self.blank)
        self.setMinimumWidth(90)

    def score(self) -> float | None:
        """The score, or None when empty."""
        return None if self.value() <= self.blank + 1e-9 else float(self.value())

    def set_score(self, value: float | None) -> None:
        self.setValue(self.blank if value is None else float(value))


class BallotDialog(FormDialog):
    """Enter or correct the ballot of one debate (qualifying or elimination)."""

    def __init__(self, t: Tournament, debate_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.t = t
        self.debate = results.get_debate(debate_uid)
        self.outcome: str | None = None
        d = self.debate
        self.gov_team = get_team(d.gov_uid)
        self.opp_team = get_team(d.opp_uid) if d.opp_uid else None
        self.history = results.ballot_history(d)
        active = [b for b in self.history if b.status == "active"]
        self.current = active[-1] if active else None
        # A panel: each adjudicator's ballot is entered on its own; the panel's majority decides.
        self.panel = panel_of(debate_uid)
        self.judge = QComboBox()
        if len(self.panel) > 1:
            for uid, name, chair in self.panel:
                self.judge.addItem(f"★ {name}" if chair else name, uid)
            self.add_field("adjudicator", lambda: tr("Tournaments", "&Adjudicator's ballot:"), self.judge)
            self.current = self._ballot_of(self.judge.currentData())
            self.judge.currentIndexChanged.connect(lambda _: self._judge_changed())
        self.correcting = self.current is not None or (bool(d.winner) and len(self.panel) <= 1)
        self.setMinimumWidth(640)
        # The winner
        self.gov_radio, self.opp_radio = QRadioButton(), QRadioButton()
        winner_box = QWidget()
        row = QHBoxLayout(winner_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.gov_radio)
        row.addWidget(self.opp_radio)
        row.addStretch(1)
        self.add_field("winner", lambda: tr("Tournaments", "&Winner:"), winner_box)
        self.watch(self.gov_radio)
        self.watch(self.opp_radio)
        self.winner_only = QCheckBox()
        if d.elimination:
            self.add_field("winner_only", lambda: tr("Tournaments", "Scores:"), self.winner_only)
            self.winner_only.toggled.connect(self._winner_only)
        # A debate the other team did not come to: the winner only, no speeches
        self.forfeit = QCheckBox()
        self.add_field("forfeit", lambda: tr("Tournaments", "Forfeit:"), self.forfeit)
        self.forfeit.toggled.connect(self._winner_only)
        self.watch(self.forfeit)
        # The speeches
        self.speaker: dict[str, QComboBox] = {}
        self.score: dict[str, ScoreSpin] = {}
        self.role_labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.totals: dict[str, QLabel] = {}
        sides = QHBoxLayout()
        for side, team in (("gov", self.gov_team), ("opp", self.opp_team)):
            box = QGroupBox()
            grid = QGridLayout(box)
            people = speakers_of(team) if team else []
            for i, role in enumerate(r for r in ROLES if ROLE_SIDE[r] == side):
                label = QLabel()
                combo = QComboBox()
                combo.addItem("—", None)
                for p in people:
                    combo.addItem(p.full_name, p.uid)
                combo.setCurrentIndex(min(i + 1, combo.count() - 1))
                spin = ScoreSpin(float(t.score_min), float(t.score_max), float(t.score_step))
                label.setBuddy(spin)
                grid.addWidget(label, i * 2, 0, 1, 2)
                grid.addWidget(combo, i * 2 + 1, 0)
                grid.addWidget(spin, i * 2 + 1, 1)
                grid.setColumnStretch(0, 1)
                self.speaker[role], self.score[role], self.role_labels[role] = combo, spin, label
                self.watch(combo)
                self.watch(spin)
                spin.valueChanged.connect(lambda _: self.update_totals())
            total = QLabel()
            total.setStyleSheet("font-weight: 600;")
            grid.addWidget(total, 4, 0, 1, 2)
            self.totals[side] = total
            self.boxes[side] = box
            sides.addWidget(box, 1)
        self.body.addLayout(sides)
        self.range_hint = QLabel()
        self.range_hint.setStyleSheet(HINT_STYLE)
        self.body.addWidget(self.range_hint)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(BADGE_STYLE)
        self.warning.hide()
        self.body.addWidget(self.warning)
        self.reason_label = QLabel()
        self.reason = QLineEdit()
        self.reason_error = QLabel()
        self.reason_error.setStyleSheet("color: #b00020;")
        self.reason_error.hide()
        reason_form = QVBoxLayout()
        reason_form.addWidget(self.reason_label)
        reason_form.addWidget(self.reason)
        reason_form.addWidget(self.reason_error)
        self.body.addLayout(reason_form)
        self.fields["reason"], self.errors["reason"] = self.reason, self.reason_error
        self.watch(self.reason)
        for w in (self.reason_label, self.reason):
            w.setVisible(self.correcting)
        self.history_label = QLabel()
        self.history_table = make_table()
        self.history_table.setMaximumHeight(130)
        self.body.addWidget(self.history_label)
        self.body.addWidget(self.history_table)
        self.history_label.setVisible(bool(self.history))
        self.history_table.setVisible(bool(self.history))
        for side_radio in (self.gov_radio, self.opp_radio):
            side_radio.toggled.connect(lambda _: self.update_totals())
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setAutoDefault(True)
        self._load()
        self.retranslate()
        self.update_totals()
        self.dirty = False

    # -- showing -----------------------------------------------------------------
    def _ballot_of(self, adjudicator_uid: str | None):
        """The current ballot of one adjudicator of the panel (None before it is entered)."""
        mine = [b for b in self.history if b.status == "active" and b.adjudicator_uid == adjudicator_uid]
        return mine[-1] if mine else None

    def _judge_changed(self) -> None:
        """Another adjudicator of the panel: their ballot (or an empty one) is shown."""
        self.current = self._ballot_of(self.judge.currentData())
        self.correcting = self.current is not None
        for w in (self.reason_label, self.reason):
            w.setVisible(self.correcting)
        if self.current is None:
            for radio in (self.gov_radio, self.opp_radio):
                radio.setAutoExclusive(False)
                radio.setChecked(False)
                radio.setAutoExclusive(True)
            for role in ROLES:
                self.score[role].set_score(None)
        self._load()
        self.clear_errors()
        self.update_totals()
        self.dirty = False

    def _load(self) -> None:
        b = self.current
        if b is not None:
            self.gov_radio.setChecked(b.winner == "gov")
            self.opp_radio.setChecked(b.winner == "opp")
            for role in ROLES:
                uid = getattr(b, f"{role}_uid")
                combo = self.speaker[role]
                if uid and combo.findData(uid) >= 0:
                    combo.setCurrentIndex(combo.findData(uid))
                self.score[role].set_score(getattr(b, f"{role}_score"))
        elif self.debate.winner and len(self.panel) <= 1:
            (self.gov_radio if self.debate.winner == "gov" else self.opp_radio).setChecked(True)
        if (self.debate.elimination and self.debate.winner and b is None and self.debate.decided != "forfeit"
                and (len(self.panel) <= 1 or self.debate.decided == "organisers")):
            self.winner_only.setChecked(True)
        self.forfeit.setChecked(self.debate.decided == "forfeit")

    def _no_speeches(self) -> bool:
        """Only the winner is recorded: an elimination winner, or a debate won by forfeit."""
        return self.forfeit.isChecked() or (self.debate.elimination and self.winner_only.isChecked())

    def _winner_only(self, _on: bool = False) -> None:
        on = self._no_speeches()
        for role in ROLES:
            self.speaker[role].setEnabled(not on)
            self.score[role].setEnabled(not on)
        self.update_totals()

    def winner(self) -> str:
        return "gov" if self.gov_radio.isChecked() else "opp" if self.opp_radio.isChecked() else ""

    def side_total(self, side: str) -> tuple[float, bool]:
        """The side's total and whether both its scores are filled in."""
        scores = [self.score[r].score() for r in ROLES if ROLE_SIDE[r] == side]
        return sum(s for s in scores if s is not None), all(s is not None for s in scores)

    def update_totals(self) -> None:
        """Totals of both sides; a warning when the winner has fewer points."""
        (gov, gov_full), (opp, opp_full) = self.side_total("gov"), self.side_total("opp")
        for side, total in (("gov", gov), ("opp", opp)):
            self.totals[side].setText(tr("Tournaments", "Total: {points}").format(points=number(total)))
        winner = self.winner()
        low = (winner == "gov" and gov < opp) or (winner == "opp" and opp < gov)
        if winner and gov_full and opp_full and low and not self._no_speeches():
            if self.t.low_point_wins:
                text = tr("Tournaments", "The winner has fewer speaker points (allowed in this tournament).")
            else:
                text = tr("Tournaments", "The winner has fewer speaker points: this tournament does not allow a "
                                         "low-point win. Check the winner and the scores.")
            self.warning.setText(text)
            self.warning.show()
        else:
            self.warning.hide()

    def retranslate(self) -> None:
        super().retranslate()
        d = self.debate
        if d.elimination:
            what = render(elimination_label(self.t, d.round))
        else:
            what = tr("Tournaments", "Round {round}").format(round=d.round)
        opp_name = self.opp_team.name if self.opp_team else "—"
        self.setWindowTitle(tr("Tournaments", "Ballot — {what}: {gov} v {opp}")
                            .format(what=what, gov=self.gov_team.name, opp=opp_name))
        self.gov_radio.setText(tr("Tournaments", "Government: {team}").format(team=self.gov_team.name))
        self.opp_radio.setText(tr("Tournaments", "Opposition: {team}").format(team=opp_name))
        self.boxes["gov"].setTitle(tr("Tournaments", "Government — {team}").format(team=self.gov_team.name))
        self.boxes["opp"].setTitle(tr("Tournaments", "Opposition — {team}").format(team=opp_name))
        for role, label in self.role_labels.items():
            label.setText(render(role_name(role)))
        self.winner_only.setText(tr("Tournaments", "record only the winner (no speaker points)"))
        self.forfeit.setText(tr("Tournaments", "won by forfeit: the other team did not come (no speeches)"))
        self.range_hint.setText(tr("Tournaments", "Scores {low}–{high}, step {step}; “—” is no score. "
                                                  "Enter saves, Esc closes.")
                                .format(low=number(self.t.score_min), high=number(self.t.score_max),
                                        step=number(self.t.score_step)))
        self.reason_label.setText(tr("Tournaments", "Why is the ballot corrected?"))
        self.history_label.setText(tr("Tournaments", "Ballots entered so far:"))
        self._fill_history()
        self.update_totals()

    def _fill_history(self) -> None:
        headers = [tr("Tournaments", "Entered"), tr("Tournaments", "Winner"), "PM", "MG", "LO", "MO",
                   tr("Tournaments", "Status"), tr("Tournaments", "Reason")]
        status = {"active": tr("Tournaments", "current"), "corrected": tr("Tournaments", "corrected")}
        names = {"gov": self.gov_team.name, "opp": self.opp_team.name if self.opp_team else ""}
        rows = []
        for b in self.history:
            rows.append([cell((b.entered_at or "").replace("T", " ")), cell(names.get(b.winner, b.winner))]
                        + [cell(number(getattr(b, f"{r}_score")), right=True) for r in ROLES]
                        + [cell(status.get(b.status, b.status)), cell(b.reason)])
        fill_table(self.history_table, headers, rows)
        self.history_table.resizeColumnsToContents()

    # -- saving ----------------------------------------------------------------------
    def values(self) -> results.BallotInput:
        if len(self.panel) > 1:
            judge = self.judge.currentData()
        else:
            judge = self.current.adjudicator_uid if self.current else None
        data = results.BallotInput(winner=self.winner(), adjudicator_uid=judge)
        if not self._no_speeches():
            for role in ROLES:
                data.speakers[role] = self.speaker[role].currentData()
                data.scores[role] = self.score[role].score()
        return data

    def save(self) -> None:
        data = self.values()
        if self.forfeit.isChecked():
            results.record_forfeit(self.debate, data.winner)
            self.outcome = "forfeit"
            return
        reason = self.reason.text().strip()
        if self.correcting and not reason:
            problems = results.check(self.t, self.debate, data)
            if not problems:  # say what is wrong with the ballot first, then ask for the reason
                raise ValidationError("reason", Msg("Tournaments", "Write why the ballot is corrected."))
        if self.debate.elimination and self.winner_only.isChecked():
            results.set_winner(self.debate, data.winner)
            self.outcome = "winner"
            return
        _, self.outcome = results.enter_ballot(self.t, self.debate, data, reason=reason or None)
