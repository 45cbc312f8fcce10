"""A debate won by forfeit, recorded from the ballot dialog: no speeches, the result line says so."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest

from app.models import Ballot, Debate
from tests.gui.test_tournaments import teams_csv


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp):
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_forfeit_from_the_ballot_dialog(qtbot, store, tmp_path, monkeypatch):
    from app.tournaments.registration import import_teams
    from app.tournaments.rounds import make_draw
    from app.tournaments.setup import TournamentSettings, create_tournament
    from app.tournaments.tab import team_rows
    from ui.tournaments.ballot_dialog import BallotDialog
    from ui.tournaments.view import TournamentView

    t = create_tournament(TournamentSettings(name="Аудандық турнир", leagues=["kk"], rounds=2, break_size=2))
    import_teams(t, teams_csv(tmp_path / "teams.csv", leagues=("kk",)))
    make_draw(t, "kk", 1)
    v = TournamentView()
    qtbot.addWidget(v)
    v.resize(1366, 740)
    v.open(t.uid)
    v.show()
    v.tabs.setCurrentWidget(v.rounds)
    tab = v.rounds
    first = tab.rows[0]
    seen: dict[str, object] = {}

    def forfeit(dialog: BallotDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.score["pm"].isEnabled()
        QTest.mouseClick(dialog.forfeit, Qt.MouseButton.LeftButton)
        assert dialog.forfeit.isChecked()
        assert not any(dialog.score[r].isEnabled() or dialog.speaker[r].isEnabled() for r in dialog.score)
        assert not dialog.try_save()  # no winner chosen yet
        seen["no_winner"] = dialog.errors["winner"].text()
        QTest.mouseClick(dialog.opp_radio, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.saved and dialog.outcome == "forfeit"
        return 1

    monkeypatch.setattr(BallotDialog, "exec", forfeit)
    tab.table.setCurrentCell(0, 0)
    tab.enter_ballot()
    assert seen["no_winner"] == "Choose the winner: government or opposition."
    saved = Debate.get_by_id(first.uid)
    assert (saved.winner, saved.decided) == ("opp", "forfeit") and Ballot.select().count() == 0
    assert tab.table.item(0, 4).text() == f"{first.opp} won by forfeit"
    wins = {r.team: r.wins for r in team_rows(t, "kk")}
    assert wins[first.opp] == 1 and wins[first.gov] == 0

    def reopened(dialog: BallotDialog) -> int:
        seen["checked"] = dialog.forfeit.isChecked()
        seen["pm_enabled"] = dialog.score["pm"].isEnabled()
        return 0

    monkeypatch.setattr(BallotDialog, "exec", reopened)
    tab.table.setCurrentCell(0, 0)
    tab.enter_ballot()
    assert seen["checked"] is True and seen["pm_enabled"] is False
