"""The round's paper and hall through the window: debate codes, motions, rooms, a loaded draw, PDFs, the projector."""
from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models import Tournament
from tests.gui.conftest import type_text
from tests.gui.test_tournaments import results_csv, teams_csv

SHOTS = Path("/tmp")


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp):
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes recorded (questions answered Yes) instead of shown."""
    shown: dict[str, list[str]] = {"warning": [], "information": [], "question": [], "critical": []}

    def record(kind):
        def box(parent, title, text, *a, **k):
            shown[kind].append(text)
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok
        return staticmethod(box)

    for kind in shown:
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


@pytest.fixture
def view(qtbot, store, tmp_path):
    """A two-league tournament of one qualifying round, drawn and decided, opened on its Rounds tab."""
    from app.tournaments.motions import set_motion
    from app.tournaments.registration import import_teams
    from app.tournaments.results import import_results
    from app.tournaments.rounds import make_draw
    from app.tournaments.setup import TournamentSettings, create_tournament
    from ui.tournaments.view import TournamentView

    t = create_tournament(TournamentSettings(name="«Жас қыран» пікірсайыс турнирі", leagues=["kk", "ru"], rounds=1,
                                             break_size=4, score_step=0.5))
    import_teams(t, teams_csv(tmp_path / "teams.csv"))
    for league in ("kk", "ru"):
        make_draw(t, league, 1)
    import_results(t, results_csv(tmp_path / "r1.csv", t, 1))
    set_motion(t, "kk", 1, "Бұл палата мектеп формасын жояр еді", "Қазақстанда мектеп формасы 2016 жылдан бар.")
    set_motion(t, "ru", 1, "Эта палата отменила бы школьную форму")
    v = TournamentView()
    qtbot.addWidget(v)
    v.resize(1366, 740)
    v.open(t.uid)
    v.show()
    v.tabs.setCurrentWidget(v.rounds)
    return v


def test_the_projector_moves_between_leagues_with_the_keyboard_and_leaves_with_esc(view, qtbot):
    tab = view.rounds
    view.league.setCurrentIndex(view.league.findData("ru"))
    projector = tab.open_projector()
    qtbot.waitExposed(projector)
    assert projector.isFullScreen()
    assert [p.title.split(" · ")[0] for p in projector.pages[:2]] == ["Round 1", "Round 1"]
    assert [p.league for p in projector.pages] == ["kk", "ru", "kk", "ru"]  # draws, then standings
    assert projector.page().league == "ru" and projector.page().motion == "Эта палата отменила бы школьную форму"
    assert [(r[1], r[3]) for r in projector.page().rows] == [(r.gov, r.opp) for r in tab.rows]
    QTest.keyClick(projector, Qt.Key.Key_Left)
    assert projector.page().league == "kk" and "Бұл палата" in projector.page().motion
    projector.resize(1280, 720)
    projector.grab().save(str(SHOTS / "t14_projector_draw.png"))
    QTest.keyClick(projector, Qt.Key.Key_Left)  # the first page stays the first
    assert projector.index == 0
    QTest.keyClick(projector, Qt.Key.Key_PageDown)
    QTest.keyClick(projector, Qt.Key.Key_Right)
    page = projector.page()
    assert page.league == "kk" and page.title.startswith("Standings after the qualifying rounds")
    assert [row[1] for row in page.rows] and len(page.rows) == 6
    projector.grab().save(str(SHOTS / "t14_projector_standings.png"))
    QTest.keyClick(projector, Qt.Key.Key_End)
    assert projector.index == 3
    QTest.keyClick(projector, Qt.Key.Key_PageUp)
    assert projector.index == 2
    QTest.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


def test_a_debate_code_opens_that_debates_ballot_in_its_league_and_round(view, qtbot, monkeypatch, boxes):
    from ui.tournaments.ballot_dialog import BallotDialog

    opened: list[tuple[str, str]] = []

    def record(dialog: BallotDialog) -> int:
        opened.append((dialog.gov_team.name, dialog.opp_team.name))
        return 0

    monkeypatch.setattr(BallotDialog, "exec", record)
    tab = view.rounds
    assert view.current_league() == "kk"
    tab.code.setFocus()
    type_text(tab.code, "r1 r 02")
    QTest.keyClick(tab.code, Qt.Key.Key_Return)
    assert view.current_league() == "ru" and tab.current_round() == 1
    row = tab.current_debate()
    assert row is not None and row.code == "R1-R-02"
    assert opened == [(row.gov, row.opp)]
    assert tab.code.text() == ""
    type_text(tab.code, "R1-K-09")
    QTest.keyClick(tab.code, Qt.Key.Key_Return)
    assert len(opened) == 1 and "There is no debate R1-K-09" in boxes["warning"][-1]
    assert tab.code.text() == "R1-K-09"  # kept to be corrected


def test_motion_rooms_a_loaded_draw_and_the_printed_round(view, qtbot, monkeypatch, boxes, tmp_path):
    from app.tournaments.motions import motion_of
    from ui.tournaments.motion_dialog import MotionDialog

    tab = view.rounds
    t = view.tournament()

    def fill(dialog: MotionDialog) -> int:
        dialog.motion.clear()
        dialog.motion.setFocus()
        type_text(dialog.motion, "Бұл палата үй тапсырмасын жояр еді")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MotionDialog, "exec", fill)
    tab.edit_motion()
    assert motion_of(t, "kk", 1).text == "Бұл палата үй тапсырмасын жояр еді"
    assert "үй тапсырмасын" in tab.motion.text()
    tab.table.setCurrentCell(0, 1)
    tab.edit_room("Акт залы")
    assert tab.rows[0].room == "Акт залы"
    tab.table.setCurrentCell(1, 1)
    tab.edit_room("Акт залы")  # the same room twice in one round is refused, nothing changes
    assert "already has a debate" in boxes["warning"][-1] and tab.rows[1].room != "Акт залы"

    # A draw made elsewhere for round 1 of kk: it has results, so it is refused whole.
    names = [r.gov for r in tab.rows] + [r.opp for r in tab.rows]
    path = tmp_path / "draw.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Раунд", "Лига", "Правительство", "Оппозиция", "Судьи"])
        for i in range(3):
            w.writerow([1, "kk", names[i + 3], names[i], "Сейітова Гүлнәр"])
    before = [(r.gov, r.opp) for r in tab.rows]
    assert tab.load_draw(str(path)) is None
    assert "already has results" in boxes["warning"][-1] and [(r.gov, r.opp) for r in tab.rows] == before

    if shutil.which("pdftotext"):
        out = tab.print_paper("ballots", str(tmp_path / "ballots.pdf"))
        assert out is not None and out.pages == 3
        text = " ".join(subprocess.run(["pdftotext", str(out.path), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        for gov, opp in before:
            assert gov in text and opp in text
        out = tab.print_paper("draw", str(tmp_path / "draw.pdf"))
        assert out is not None and "Saved" in boxes["information"][-1]
    view.grab().save(str(SHOTS / "t14_rounds_tab.png"))


def test_loading_a_draw_asks_before_replacing_a_drawn_round(qtbot, store, tmp_path, boxes):
    from app.tournaments.registration import import_teams
    from app.tournaments.rounds import make_draw
    from app.tournaments.setup import TournamentSettings, create_tournament
    from ui.tournaments.view import TournamentView

    t = create_tournament(TournamentSettings(name="Мектепішілік турнир", leagues=["kk"], rounds=2))
    import_teams(t, teams_csv(tmp_path / "teams.csv", leagues=("kk",)))
    made = make_draw(t, "kk", 1)
    v = TournamentView()
    qtbot.addWidget(v)
    v.open(t.uid)
    v.tabs.setCurrentWidget(v.rounds)
    path = tmp_path / "draw.csv"
    names = [d.gov.name for d in made] + [d.opp.name for d in made]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["round", "league", "gov_team", "opp_team", "room", "adjudicators", "motion"])
        for i in range(3):
            w.writerow([1, "kk", names[3 + i], names[i], f"Ауд. {201 + i}", "", "Бұл палата"])
    summary = v.rounds.load_draw(str(path))
    assert summary is not None and "round 1" in boxes["question"][-1]
    assert [(r.gov, r.opp, r.room) for r in v.rounds.rows] == [(names[3 + i], names[i], f"Ауд. {201 + i}")
                                                               for i in range(3)]
    assert Tournament.get().uid == t.uid
    QApplication.processEvents()
