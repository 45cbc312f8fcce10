"""The settings dialog sets iron person and the least rounds for ranking speakers by average."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.models import Tournament
from tests.gui.conftest import type_text


def test_iron_person_and_least_rounds_from_the_settings_dialog(qtbot, store):
    from ui.tournaments.settings_dialog import TournamentDialog

    dialog = TournamentDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Қалалық пікірсайыс турнирі")
    dialog.rounds.setValue(4)
    assert not dialog.min_rounds.isEnabled()  # only with speakers ranked by average
    dialog.iron_person.setFocus()
    QTest.keyClick(dialog.iron_person, Qt.Key.Key_Space)
    assert dialog.iron_person.isChecked()
    dialog.speakers_rule.setFocus()
    QTest.keyClick(dialog.speakers_rule, Qt.Key.Key_Down)
    assert dialog.speakers_rule.currentData() == "average" and dialog.min_rounds.isEnabled()
    dialog.min_rounds.lineEdit().selectAll()
    QTest.keyClicks(dialog.min_rounds, "5")  # more than the four rounds: refused with a message
    assert dialog.min_rounds.value() == 5
    assert not dialog.try_save()
    assert "0 to 4" in dialog.errors["speaker_min_rounds"].text()
    assert Tournament.select().count() == 0
    dialog.min_rounds.lineEdit().selectAll()
    QTest.keyClicks(dialog.min_rounds, "3")
    assert dialog.try_save()
    t = Tournament.get()
    assert t.iron_person and t.speaker_min_rounds == 3 and t.speakers_rule == "average"
    again = TournamentDialog(t.uid)
    qtbot.addWidget(again)
    assert again.iron_person.isChecked() and again.min_rounds.value() == 3 and again.min_rounds.isEnabled()
