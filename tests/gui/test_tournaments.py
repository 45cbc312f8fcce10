"""The tournaments area driven through its widgets: set-up, teams, draws, ballots, standings, break, awards.

Dialogs that the area opens modally are driven by replacing their ``exec``
with a function that fills them in as a user would and saves; message boxes
are recorded instead of shown.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.i18n import catalog
from app.models import Ballot, BreakTeam, Certificate, Debate, Team, Tournament
from tests.gui.conftest import type_text

SCHOOLS = ("№3 мектеп-гимназия", "Ы. Алтынсарин атындағы №12 мектеп", "№25 лицей")
KK_TEAMS = ("Қыран", "Тұлпар", "Шағала", "Бүркіт", "Сұңқар", "Арыстан")
RU_TEAMS = ("Орлы", "Барсы", "Соколы", "Волки", "Тигры", "Медведи")
SURNAMES = ("Әлібеков", "Қасымов", "Нұрланов", "Серікбаев", "Өмірзақов", "Жұмабаев")
NAMES = ("Ұлан", "Әлихан", "Іңкәр", "Айдана", "Ерасыл", "Гүлназ")


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp):
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def messages(monkeypatch):
    """Message boxes recorded (and answered Yes) instead of shown."""
    shown: dict[str, list[str]] = {"warning": [], "information": [], "question": []}

    def record(kind):
        def box(parent, title, text, *a, **k):
            shown[kind].append(text)
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok
        return staticmethod(box)

    for kind in shown:
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def teams_csv(path: Path, duplicate: bool = False, leagues: tuple[str, ...] = ("kk", "ru")) -> Path:
    rows = [["league", "team", "school", "speaker1", "speaker2", "coach"]]
    for league, names in (("kk", KK_TEAMS), ("ru", RU_TEAMS)):
        if league not in leagues:
            continue
        for i, name in enumerate(names):
            n = len(rows)
            rows.append([league, name, SCHOOLS[i % 3], f"{SURNAMES[i]} {NAMES[(i + n) % 6]} {league}{n}а",
                         f"{SURNAMES[(i + 3) % 6]} {NAMES[(i + 1) % 6]} {league}{n}б",
                         f"{SURNAMES[(i + 2) % 6]} Мұғалім {league}{n}"])
    if duplicate:
        rows.append(["kk", KK_TEAMS[0], SCHOOLS[0], "Бір Адам", "Екі Адам", ""])
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def results_csv(path: Path, t: Tournament, round_no: int, skip: set[str] = frozenset(), equal: bool = False) -> Path:
    """A results file for every undecided debate of ``round_no`` (gov wins the odd rooms)."""
    from app.tournaments.registration import speakers_of

    rows = [["round", "league", "gov_team", "opp_team", "winner", "pm", "pm_score", "mg", "mg_score",
             "lo", "lo_score", "mo", "mo_score"]]
    for league in t.league_list:
        for d in Debate.live().where(Debate.tournament == t.uid, Debate.league == league, Debate.round == round_no,
                                     Debate.elimination == False):  # noqa: E712
            if d.opp_uid is None or d.uid in skip or d.winner:
                continue
            gov, opp = speakers_of(d.gov), speakers_of(d.opp)
            gov_wins = d.position % 2 == 1
            high, low = (74, 73) if d.position == 1 and not equal else (72, 70)
            g, o = (high, low) if gov_wins else (low, high)
            rows.append([round_no, league, d.gov.name, d.opp.name, "gov" if gov_wins else "opp",
                         gov[0].full_name, g, gov[1].full_name, g, opp[0].full_name, o, opp[1].full_name, o])
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def select_league(view, code: str) -> None:
    view.league.setCurrentIndex(view.league.findData(code))


def test_tournaments_area_is_registered():
    from ui.main_window import MainWindow

    window = MainWindow(None)
    assert "tournaments" in [a.key for a in window.areas]
    window.deleteLater()


def test_a_whole_tournament_through_the_window(qtbot, qapp, store, tmp_path, monkeypatch, messages,
                                               no_unsaved_question):
    from ui.tournaments.ballot_dialog import BallotDialog
    from ui.tournaments.break_tab import BubbleDialog
    from ui.tournaments.page import TournamentsArea
    from ui.tournaments.settings_dialog import TournamentDialog

    area = TournamentsArea()
    qtbot.addWidget(area)
    area.resize(1166, 740)
    area.show()

    # -- set-up through the settings dialog: a wrong step first, then a good one --------------------
    seen: dict[str, str] = {}

    def fill_settings(dialog: TournamentDialog) -> int:
        type_text(dialog.name, "Аудандық пікірсайыс турнирі «Жас қыран»")
        dialog.stage.setCurrentIndex(dialog.stage.findData("district"))
        type_text(dialog.place, "Шымкент қ.")
        dialog.league_boxes["en"].setChecked(False)
        dialog.rounds.setValue(2)
        dialog.break_size.setValue(4)
        dialog.score_step.setValue(3)
        assert not dialog.try_save()
        seen["step"] = dialog.errors["score_range"].text()
        dialog.score_step.setValue(0.5)
        dialog.tiebreaks.list.setCurrentRow(3)  # draw strength before who-beat-whom
        dialog.tiebreaks.move(-1)
        assert dialog.try_save()
        return 1

    monkeypatch.setattr(TournamentDialog, "exec", fill_settings)
    area.list.new_record()
    assert "step" in seen["step"]
    t = Tournament.get()
    assert t.event.title == "Аудандық пікірсайыс турнирі «Жас қыран»" and t.league_list == ["kk", "ru"]
    assert t.rounds == 2 and t.break_size == 4 and t.score_step == 0.5
    assert t.tiebreaks.split(",")[:4] == ["wins", "points", "draw_strength", "head_to_head"]
    view = area.view
    assert area.stack.currentWidget() is view and view.title.text() == t.event.title
    assert "Қыран" not in [view.teams.teams.item(r, 0).text() for r in range(view.teams.teams.rowCount())]

    # -- teams: a file with a duplicate is refused whole; the good one registers 12 ---------------------
    view.teams.import_teams(str(teams_csv(tmp_path / "bad.csv", duplicate=True)))
    assert "twice" in messages["warning"][-1] and Team.select().count() == 0
    summary = view.teams.import_teams(str(teams_csv(tmp_path / "teams.csv")))
    assert summary.created == 12 and "12 new" in messages["information"][-1]
    assert view.teams.teams.rowCount() == 6
    assert {view.teams.teams.item(r, 0).text() for r in range(6)} == set(KK_TEAMS)
    (tmp_path / "adj.csv").write_text("name,school\nСейітов Бақыт,№3 мектеп-гимназия\nОмарова Әйгерім,\n"
                                      "Ким Ольга,№25 лицей\n", encoding="utf-8")
    view.teams.import_adjudicators(str(tmp_path / "adj.csv"))
    assert view.teams.adjudicators.rowCount() == 3

    # -- round 1: draw; round 2 refused until round 1 has its results ----------------------------------
    view.tabs.setCurrentWidget(view.rounds)
    rounds = view.rounds
    assert rounds.draw_button.text() == "Draw round 1"
    rounds.draw()
    assert rounds.table.rowCount() == 3 and rounds.draw_button.text() == "Draw round 1 again"
    assert all(rounds.table.item(r, 3).text() for r in range(3))  # adjudicators allocated
    rounds.select_round(2)
    rounds.draw()
    assert "lacks" in messages["warning"][-1] and not rounds.rows
    rounds.select_round(1)

    # A team waiting for its debate's result cannot be withdrawn: the core's message is shown.
    view.tabs.setCurrentWidget(view.teams)
    view.teams.teams.selectRow(0)
    view.teams.delete_team()
    assert "no result yet" in messages["warning"][-1] and Team.live().count() == 12
    view.tabs.setCurrentWidget(view.rounds)

    # -- a manual swap that breaks a rule: asked, kept, the warning stays on the row ---------------------
    from app.tournaments.rounds import problems_after_swap

    slots = [(r.uid, side) for r in rounds.rows for side in ("gov", "opp")]
    pair = next(((a, b) for i, a in enumerate(slots) for b in slots[i + 1:] if a[0] != b[0]
                 and problems_after_swap(t, "kk", 1, a, b)), None)
    assert pair is not None  # two schools' teams can be put together
    rounds.table.clearSelection()
    for uid, side in pair:
        row = [r.uid for r in rounds.rows].index(uid)
        rounds.table.item(row, 1 if side == "gov" else 2).setSelected(True)
    assert rounds.swap_button.isEnabled()
    rounds.swap_selected()
    assert "Keep this change anyway?" in messages["question"][-1]
    warned = [r for r in rounds.rows if r.warnings]
    assert warned and rounds.table.item(rounds.rows.index(warned[0]), 5).text()
    assert rounds.problems.isVisible()
    seen["swap"] = messages["question"][-1]
    rounds.table.setCurrentCell(0, 0)
    rounds.swap_sides()  # sides of one debate: allowed in round 1
    first = rounds.rows[0]

    # -- a ballot through the dialog: a low-point win refused, then Enter saves ---------------------------
    def refused_then_saved(dialog: BallotDialog) -> int:
        dialog.show()
        assert dialog.speaker["pm"].currentData() and dialog.speaker["lo"].currentData()
        dialog.gov_radio.setChecked(True)
        for role, score in (("pm", 70), ("mg", 70), ("lo", 75), ("mo", 75)):
            dialog.score[role].setValue(score)
        assert dialog.warning.isVisible() and dialog.totals["opp"].text() == "Total: 150"
        assert not dialog.try_save()
        seen["refused"] = dialog.general_error.text()
        assert Ballot.select().count() == 0
        dialog.score["lo"].setValue(68.5)
        dialog.score["mo"].setValue(69)
        assert not dialog.warning.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter saves
        assert dialog.saved and dialog.outcome == "entered"
        return 1

    monkeypatch.setattr(BallotDialog, "exec", refused_then_saved)
    rounds.enter_ballot()
    assert "not accepted" in seen["refused"]
    assert Debate.get_by_id(first.uid).winner == "gov"
    assert "won" in rounds.table.item(0, 4).text() and "140 : 137.5" in rounds.table.item(0, 4).text()

    # -- correcting it asks for a reason; the old ballot stays in the history ---------------------------
    def correct(dialog: BallotDialog) -> int:
        assert dialog.correcting and dialog.reason.isVisibleTo(dialog)
        dialog.opp_radio.setChecked(True)
        dialog.score["lo"].setValue(75)
        dialog.score["mo"].setValue(75)
        assert not dialog.try_save()
        assert dialog.errors["reason"].text() == "Write why the ballot is corrected."
        type_text(dialog.reason, "Төреші парағында қате")
        assert dialog.try_save() and dialog.outcome == "corrected"
        return 1

    monkeypatch.setattr(BallotDialog, "exec", correct)
    rounds.table.setCurrentCell(0, 0)
    rounds.enter_ballot()
    assert Debate.get_by_id(first.uid).winner == "opp"
    assert [b.status for b in Ballot.select().order_by(Ballot.stamp)] == ["corrected", "active"]

    def look_at_history(dialog: BallotDialog) -> int:
        seen["history"] = dialog.history_table.rowCount()
        return 0

    monkeypatch.setattr(BallotDialog, "exec", look_at_history)
    rounds.enter_ballot()
    assert seen["history"] == 2

    # -- the rest of round 1 from a file, then round 2 in both leagues ----------------------------------
    rounds.load_results(str(results_csv(tmp_path / "r1.csv", t, 1)))
    assert "Results: 2 entered" in messages["information"][-1]
    assert all(r.winner for r in rounds.rows if r.opp_uid)
    rounds.select_round(2)
    rounds.draw()
    assert len(rounds.rows) == 3
    select_league(view, "ru")
    assert rounds.current_round() == 1 and not rounds.rows
    rounds.draw()
    rounds.load_results(str(results_csv(tmp_path / "r1ru.csv", t, 1)))
    assert "Results: 3 entered" in messages["information"][-1]
    rounds.select_round(2)
    rounds.draw()
    rounds.load_results(str(results_csv(tmp_path / "r2.csv", t, 2)))
    assert "Results: 6 entered" in messages["information"][-1]

    # -- standings -----------------------------------------------------------------------------------------
    select_league(view, "kk")
    view.tabs.setCurrentWidget(view.standings)
    table = view.standings.teams
    assert table.rowCount() == 6 and table.item(0, 0).text().startswith("1")
    assert [table.horizontalHeaderItem(c).text() for c in range(5)] == ["Rank", "Team", "School", "Wins", "Points"]
    assert view.standings.speakers.rowCount() == 12
    out = view.standings.export(str(tmp_path / "standings.xlsx"))
    assert out and out.exists()

    # -- the break: confirmed (choosing among tied teams if the cut splits a tie) --------------------------
    view.tabs.setCurrentWidget(view.breaks)
    breaks = view.breaks
    assert not breaks.bv.saved and len(breaks.bv.teams) + breaks.bv.places_open == 4

    def choose(dialog: BubbleDialog) -> int:
        uids = [dialog.teams.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.teams.count())]
        dialog.choose(uids[: dialog.places], "Ереже бойынша: жеребе")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(BubbleDialog, "exec", choose)
    breaks.confirm()
    assert breaks.bv.saved and BreakTeam.select().where(BreakTeam.league == "kk").count() == 4
    assert "Confirmed" in breaks.break_state.text()

    # -- elimination rounds: semifinals by winner only, the final by the ballot dialog ----------------------
    assert breaks.draw_button.text() == "Draw: Semifinal"
    breaks.draw_next()
    assert breaks.elim_table.rowCount() == 2 and breaks.elim_table.item(0, 0).text() == "Semifinal"
    for row, side in ((0, "gov"), (1, "opp")):
        breaks.elim_table.selectRow(row)
        (breaks.gov_button if side == "gov" else breaks.opp_button).click()
    breaks.draw_next()
    assert breaks.elim_table.item(2, 0).text() == "Final"

    def final_winner(dialog: BallotDialog) -> int:
        dialog.winner_only.setChecked(True)
        dialog.gov_radio.setChecked(True)
        assert dialog.try_save() and dialog.outcome == "winner"
        return 1

    monkeypatch.setattr(BallotDialog, "exec", final_winner)
    breaks.elim_table.selectRow(2)
    breaks.enter_ballot()
    assert "won" in breaks.elim_table.item(2, 3).text()
    assert not breaks.draw_button.isEnabled()

    # -- awards: diplomas, a nomination, certificates printed to a PDF --------------------------------------
    view.tabs.setCurrentWidget(view.awards)
    awards = view.awards
    awards.language.setCurrentIndex(awards.language.findData("kk"))
    kinds = {awards.table.item(r, 1).data(Qt.ItemDataRole.UserRole) for r in range(awards.table.rowCount())}
    assert {"diploma_1", "diploma_2", "diploma_3", "best_speaker", "thanks"} <= kinds
    awards.nomination.setCurrentIndex(awards.nomination.findData("best_orator"))
    awards.debater.setCurrentIndex(2)
    awards.give()
    assert awards.nom_table.rowCount() == 1 and awards.nom_table.item(0, 0).text() == "Best orator"
    type_text(awards.nomination.lineEdit(), "Үздік дебютант")
    awards.give()
    assert awards.nom_table.rowCount() == 2
    assert any("Үздік дебютант" in awards.table.item(r, 2).text() for r in range(awards.table.rowCount()))
    dialog = awards.print_certificates(exec_dialog=False)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    pdf = tmp_path / "awards.pdf"
    dialog.start(str(pdf))
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30000)
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(pdf))
    assert pdf.exists() and doc.pageCount() == dialog.result.count == Certificate.select().count() > 0
    doc.close()

    # -- the language: relabelled without a query -----------------------------------------------------------
    from ui.i18n import install_translator

    area.show_list()
    install_translator(qapp, "ru")
    QApplication.processEvents()
    ru = catalog("ru")
    assert area.list.export_button.text() == ru.translate("Lists", "Export to Excel…") != "Export to Excel…"
    assert view.tabs.tabText(0) == ru.translate("Tournaments", "Teams")
    install_translator(qapp, "en")
    QApplication.processEvents()
    assert area.list.export_button.text() == "Export to Excel…"


def test_team_and_adjudicator_forms(qtbot, store, monkeypatch, messages, no_unsaved_question):
    from app.models import Person
    from app.tournaments.setup import TournamentSettings, create_tournament
    from ui.tournaments.page import TournamentsArea
    from ui.tournaments.team_dialogs import AdjudicatorDialog, TeamDialog

    person = Person(surname="Әбілқасымова", name="Іңкәр", patronymic="Ерланқызы")
    person.save()
    t = create_tournament(TournamentSettings(name="Мектеп турнирі", leagues=["kk", "Дебют"]))
    area = TournamentsArea()
    qtbot.addWidget(area)
    area.show()
    area.list.reload()
    assert area.list.model.rowCount() == 1
    area.list.open_record(t.uid)
    view = area.view
    assert [view.league.itemText(i) for i in range(2)] == ["Kazakh league", "Дебют"]

    def add(dialog: TeamDialog) -> int:
        type_text(dialog.name, "Жұлдыз")
        dialog.school.setCurrentText("№5 мектеп")
        type_text(dialog.speaker1, "Әбіл")
        dialog.speaker1.update_matches()
        assert dialog.speaker1.matches() == [person.uid]
        dialog.speaker1.pick(person.uid)
        assert dialog.speaker1.text() == "Әбілқасымова Іңкәр Ерланқызы"
        assert not dialog.try_save()  # one speaker only
        assert "exactly two speakers" in dialog.errors["speakers"].text()
        type_text(dialog.speaker2, "Оспанов Нұрлан")
        type_text(dialog.coach, "Серікова Дана")
        assert dialog.try_save()
        return 1

    monkeypatch.setattr(TeamDialog, "exec", add)
    view.teams.add_team()
    assert view.teams.teams.rowCount() == 1
    assert view.teams.teams.item(0, 2).text() == "Әбілқасымова Іңкәр Ерланқызы"
    assert Person.select().where(Person.surname == "Әбілқасымова").count() == 1  # the chosen person, not a new one

    def add_adj(dialog: AdjudicatorDialog) -> int:
        type_text(dialog.name, "Ахметов Болат")
        dialog.school.setCurrentText("№5 мектеп")
        dialog.league.setCurrentIndex(dialog.league.findData("kk"))
        assert dialog.try_save()
        return 1

    monkeypatch.setattr(AdjudicatorDialog, "exec", add_adj)
    view.teams.add_adjudicator()
    assert view.teams.adjudicators.item(0, 0).text() == "Ахметов Болат"
    view.teams.teams.selectRow(0)
    view.teams.delete_team()  # not drawn yet: withdrawn after the question
    assert view.teams.teams.rowCount() == 0 and messages["question"]
    view.teams.adjudicators.selectRow(0)
    view.teams.remove_adjudicator()
    assert view.teams.adjudicators.rowCount() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert view.teams.import_teams() is None  # cancelled


def test_a_tie_at_the_cut_is_decided_by_the_organisers(qtbot, store, tmp_path, monkeypatch, messages):
    from app.tournaments.registration import import_teams
    from app.tournaments.results import import_results
    from app.tournaments.rounds import make_draw
    from app.tournaments.setup import TournamentSettings, create_tournament
    from ui.tournaments.break_tab import BubbleDialog
    from ui.tournaments.view import TournamentView

    t = create_tournament(TournamentSettings(name="Кубок", leagues=["kk"], rounds=1, break_size=2))
    import_teams(t, teams_csv(tmp_path / "teams.csv", leagues=("kk",)))
    make_draw(t, "kk", 1)
    import_results(t, results_csv(tmp_path / "r1.csv", t, 1, equal=True))
    view = TournamentView()
    qtbot.addWidget(view)
    view.show()
    view.open(t.uid)
    view.tabs.setCurrentWidget(view.breaks)
    breaks = view.breaks
    assert len(breaks.bv.bubble) == 3 and breaks.bv.places_open == 2 and breaks.bubble.isVisible()
    seen = {}

    def decide(dialog: BubbleDialog) -> int:
        dialog._accept()
        seen["empty"] = dialog.error.text()
        uids = [dialog.teams.item(i).data(Qt.ItemDataRole.UserRole) for i in range(3)]
        dialog.choose(uids[1:], "")
        dialog._accept()
        seen["no reason"] = dialog.error.text()
        dialog.choose(uids[1:], "Ереже 5.2: төрешілер шешімі")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(BubbleDialog, "exec", decide)
    breaks.confirm()
    assert seen == {"empty": "Choose 2 of the tied teams.", "no reason": "Write why these teams break."}
    assert breaks.bv.saved and "Ереже 5.2" in breaks.break_state.text()
    assert BreakTeam.select().count() == 2
    assert breaks.draw_button.text() == "Draw: Final"
