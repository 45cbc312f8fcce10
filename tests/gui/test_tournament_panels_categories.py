"""Ratings, panels, categories and the bye credit in the window, driven through the real widgets."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from app.models import Adjudicator, Debate, Team, TeamMember, Tournament
from tests.gui.test_tournaments import teams_csv


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp):
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _view(qtbot, t):
    from ui.tournaments.view import TournamentView

    v = TournamentView()
    qtbot.addWidget(v)
    v.resize(1366, 740)
    v.open(t.uid)
    v.show()
    return v


def _tournament(tmp_path, **settings):
    from app.tournaments.registration import import_teams
    from app.tournaments.setup import TournamentSettings, create_tournament

    t = create_tournament(TournamentSettings(name="Аудандық турнир", leagues=["kk"], rounds=2, break_size=2,
                                             **settings))
    import_teams(t, teams_csv(tmp_path / "teams.csv", leagues=("kk",)))
    return Tournament.get_by_id(t.uid)


def test_the_speaker_tab_marks_a_bye_credit_and_filters_by_category(qtbot, store, tmp_path):
    from app.tournaments.categories import set_team_category
    from app.tournaments.registration import delete_team, teams_of
    from tests.tournament_helpers import play_round

    t = _tournament(tmp_path)
    teams = teams_of(t, "kk")
    delete_team(teams[-1])  # five teams: a bye each round
    set_team_category(teams[0], "novice")
    for rnd in (1, 2):
        play_round(t, rnd, seed=5)
    bye = next(d.gov_uid for d in Debate.select().where(Debate.round == 2, Debate.opp.is_null()))
    bye_team = Team.get_by_id(bye).name
    v = _view(qtbot, t)
    v.tabs.setCurrentWidget(v.standings)
    tab = v.standings
    QTest.mouseClick(tab.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=tab.tabs.tabBar().tabRect(1).center())
    assert tab.tabs.currentIndex() == 1
    table = tab.speakers
    lines = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
             for r in range(table.rowCount())]
    marked = [line for line in lines if line[2] == bye_team]
    assert len(marked) == 2 and all(line[-1].endswith("*") for line in marked)  # round 2 credited
    row = next(r for r in range(table.rowCount()) if table.item(r, 2).text() == bye_team)
    item = table.item(row, table.columnCount() - 1)
    assert item.font().italic() and "own average" in item.toolTip()
    # The credited score is the speaker's own round 1 score, and it is in the total.
    r1, r2 = (float(item.text().rstrip("*")), float(table.item(row, table.columnCount() - 2).text()))
    assert r1 == r2 and float(table.item(row, 3).text()) == r1 + r2
    assert "“*”" in tab.note.text()
    # Novice speakers only, ranked among themselves.
    tab.category.setFocus()
    QTest.keyClick(tab.category, Qt.Key.Key_Down)
    assert tab.category.currentData() == "novice"
    assert {table.item(r, 2).text() for r in range(table.rowCount())} == {teams[0].name}
    assert table.item(0, 0).text().startswith("1") and table.rowCount() == 2  # (the two speak alike here)
    tab.grab().save(str(tmp_path / "speakers.png"))


def test_a_rating_is_shown_and_changed_and_a_bad_one_gets_a_message(qtbot, store, tmp_path, monkeypatch):
    from app.tournaments.registration import add_adjudicator
    from ui.tournaments.team_dialogs import RatingDialog

    t = _tournament(tmp_path)
    add_adjudicator(t, "Сәрсенова Әйгерім", "№9 мектеп", rating="6.5")
    v = _view(qtbot, t)
    v.tabs.setCurrentWidget(v.teams)
    tab = v.teams
    assert tab.adjudicators.item(0, 1).text() == "6.5"
    seen = {}

    def rate(dialog: RatingDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.rating.lineEdit().selectAll()
        QTest.keyClicks(dialog.rating.lineEdit(), "7.3")
        assert not dialog.try_save()
        seen["error"] = dialog.errors["rating"].text()
        dialog.rating.lineEdit().selectAll()
        QTest.keyClicks(dialog.rating.lineEdit(), "8.5")
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        assert dialog.saved
        return 1

    monkeypatch.setattr(RatingDialog, "exec", rate)
    tab.adjudicators.selectRow(0)
    QTest.mouseClick(tab.rate_adj_button, Qt.MouseButton.LeftButton)
    assert seen["error"] == "the rating 7.3 is not in steps of 0.5."
    assert Adjudicator.get().rating == 8.5 and tab.adjudicators.item(0, 1).text() == "8.5"


def test_panel_sizes_and_the_category_break_from_the_settings_dialog(qtbot, store, tmp_path):
    from ui.tournaments.settings_dialog import TournamentDialog

    t = _tournament(tmp_path)
    dialog = TournamentDialog(t.uid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.panel.currentData() == 1 and dialog.elim_panel.currentData() == 3
    assert dialog.labels["panel_size"][0].buddy().focusProxy() is dialog.panel  # its label's Alt+J goes there
    dialog.panel.setFocus()
    QTest.keyClick(dialog.panel, Qt.Key.Key_Down)
    dialog.elim_panel.setFocus()
    QTest.keyClick(dialog.elim_panel, Qt.Key.Key_Down)
    dialog.category_break.setFocus()
    dialog.category_break.lineEdit().selectAll()
    QTest.keyClicks(dialog.category_break, "2")
    assert dialog.try_save()
    t = Tournament.get_by_id(t.uid)
    assert (t.panel_size, t.elim_panel_size, t.category_break_size) == (3, 5, 2)


def test_team_and_speaker_categories_from_the_team_dialog_and_the_novice_break(qtbot, store, tmp_path,
                                                                                monkeypatch):
    from app.tournaments.registration import speakers_of
    from tests.tournament_helpers import play_round
    from ui.tournaments.team_dialogs import TeamDialog

    t = _tournament(tmp_path, category_break_size=1)
    v = _view(qtbot, t)
    v.tabs.setCurrentWidget(v.teams)
    tab = v.teams

    def categorise(dialog: TeamDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.category.setFocus()
        QTest.keyClick(dialog.category, Qt.Key.Key_Down)  # open → novice
        dialog.speaker_categories[1].setFocus()
        QTest.keyClick(dialog.speaker_categories[1], Qt.Key.Key_Down)
        QTest.keyClick(dialog.speaker_categories[1], Qt.Key.Key_Down)  # as the team → novice → junior
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        assert dialog.saved
        return 1

    monkeypatch.setattr(TeamDialog, "exec", categorise)
    row = next(r for r in range(tab.teams.rowCount()) if tab.teams.item(r, 0).text() == "Бүркіт")
    tab.teams.selectRow(row)
    tab.edit_team()
    team = Team.get(Team.name == "Бүркіт")
    assert team.category == "novice"
    second = speakers_of(team)[1]
    assert TeamMember.get(TeamMember.person == second.uid, TeamMember.deleted == False).category == "junior"  # noqa: E712
    assert tab.teams.item(row, 5).text() == "novice"
    for rnd in (1, 2):
        play_round(t, rnd, seed=1)
    v.tabs.setCurrentWidget(v.breaks)
    v.breaks.load(Tournament.get_by_id(t.uid), "kk")
    bt = v.breaks
    assert bt.category_table.isVisible() and bt.category_title.isVisible()
    open_break = {bt.break_table.item(r, 1).text() for r in range(bt.break_table.rowCount())}
    names = [bt.category_table.item(r, 2).text() for r in range(bt.category_table.rowCount())]
    assert names == ([] if "Бүркіт" in open_break else ["Бүркіт"])
    assert "provisional" in bt.category_state.text() or not names
    bt.grab().save(str(tmp_path / "break.png"))


def test_each_adjudicator_of_a_panel_enters_their_ballot_and_the_majority_decides(qtbot, store, tmp_path,
                                                                                   monkeypatch):
    from app.tournaments.registration import add_adjudicator
    from app.tournaments.rounds import make_draw
    from ui.tournaments.ballot_dialog import BallotDialog

    t = _tournament(tmp_path, panel_size=3)
    names = ("Әбенова Гүлмира", "Бекұлы Тимур", "Жақсылықова Нұргүл", "Ғалымов Нұрбол", "Дәулетова Сәуле",
             "Есенов Ұлан", "Жанұзақова Мөлдір", "Зейнолла Қайрат", "Ілиясова Әсел")
    for i, name in enumerate(names):  # three debates of three
        add_adjudicator(t, name, f"Бөгде мектеп {i}", rating=str(9 - i / 2))
    make_draw(t, "kk", 1)
    v = _view(qtbot, t)
    v.tabs.setCurrentWidget(v.rounds)
    tab = v.rounds
    first = tab.rows[0]
    votes = iter(["gov", "opp", "opp"])

    def one_ballot(dialog: BallotDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.judge.isVisible() and dialog.judge.count() == 3
        assert dialog.judge.itemText(0).startswith("★ Әбенова")  # the chair, by rating
        while dialog.current is not None:  # the next adjudicator without a ballot
            dialog.judge.setFocus()
            QTest.keyClick(dialog.judge, Qt.Key.Key_Down)
        side = next(votes)
        QTest.mouseClick(dialog.gov_radio if side == "gov" else dialog.opp_radio, Qt.MouseButton.LeftButton)
        high, low = 72, 70
        for role, score in zip(("pm", "mg", "lo", "mo"), (high, high, low, low) if side == "gov"
                               else (low, low, high, high)):
            dialog.score[role].lineEdit().selectAll()
            QTest.keyClicks(dialog.score[role].lineEdit(), str(score))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.saved and dialog.outcome == "entered"
        return 1

    monkeypatch.setattr(BallotDialog, "exec", one_ballot)
    for _ in range(3):
        tab.table.setCurrentCell(0, 0)
        tab.enter_ballot()
    d = Debate.get_by_id(first.uid)
    assert d.winner == "opp"  # two of three, against the chair
    panel = {p.adjudicator_uid for p in d.panel}
    assert len(panel) == 3 and {b.adjudicator_uid for b in d.ballots} == panel
