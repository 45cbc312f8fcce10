"""A tournament's debaters and adjudicators are its event's attendees; certificates for taking part."""
from __future__ import annotations

import json
import subprocess

import pytest

from app.certificates.awards import awards_of, issue_awards
from app.errors import ValidationError
from app.events.attendance import attendance_rows
from app.models import Attendance, Certificate, Person
from app.tournaments.registration import (
    TeamInput,
    add_adjudicator,
    delete_team,
    import_teams,
    remove_adjudicator,
    save_team,
    teams_of,
)
from app.tournaments.setup import TournamentSettings, create_tournament
from app.tournaments.stages import carry_teams
from tests.reports_world import D, line, report, world  # noqa: F401 (world is a fixture)
from tests.tournament_helpers import cli, play_round, write_teams


def _tournament(name: str = "Аудандық турнир", start=D(2026, 9, 20)):
    return create_tournament(TournamentSettings(name=name, leagues=["kk"], rounds=3, break_size=2, start=start))


def test_a_tournament_of_n_debaters_raises_people_reached_by_n(world, tmp_path):
    before = line(report("2026-09"), "all.people").value
    t = _tournament()
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=6, schools=3, seed=9))
    assert line(report("2026-09"), "all.people").value == before + 12
    # A lecture's attendee who also debates is one person reached, not two.
    pupil = world["P"][1]
    save_team(t, TeamInput(league="kk", name="Шешендер", school="№1 мектеп",
                           speakers=[pupil.full_name, "Жаңабаев Әділ"]))
    assert line(report("2026-09"), "all.people").value == before + 13


def test_adjudicators_count_and_a_coach_who_judges_is_one_row(store, tmp_path):
    t = _tournament()
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=4, schools=2, seed=1))
    coach = teams_of(t)[0].coach
    add_adjudicator(t, coach.full_name)  # the coach also judges
    add_adjudicator(t, "Төрешіұлы Ғалым")
    rows = attendance_rows(t.event_uid)
    assert len(rows) == 8 + 2
    roles = {r.full_name: r.role for r in rows}
    assert roles[coach.full_name] == "adjudicator" and roles["Төрешіұлы Ғалым"] == "adjudicator"
    assert {r.status for r in rows} == {"attended"}
    assert Attendance.select().where(Attendance.event == t.event_uid, Attendance.person == coach.uid).count() == 1


def test_withdrawal_before_debating_takes_them_off_the_list_after_debating_keeps_them(store, tmp_path):
    t = _tournament()
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=5, schools=1000, seed=2))
    adj, _ = add_adjudicator(t, "Төрешіұлы Ғалым")
    first = teams_of(t)[0]
    delete_team(first)
    remove_adjudicator(adj)
    assert len(attendance_rows(t.event_uid)) == 8
    play_round(t, 1)
    played = next(x for x in teams_of(t))
    delete_team(played)
    assert len(attendance_rows(t.event_uid)) == 8  # they debated in round 1: they came
    # Registered again: the same row is revived, not a second one.
    save_team(t, TeamInput(league="kk", name=first.name, school=None, speakers=[
        p.full_name for p in Person.select().join(Attendance, on=(Attendance.person == Person.uid))
        .where(Attendance.event == t.event_uid, Attendance.deleted == True)][:2]))  # noqa: E712
    assert len(attendance_rows(t.event_uid)) == 10
    assert Attendance.select().where(Attendance.event == t.event_uid).count() == 11  # + the adjudicator's tombstone


def test_a_replaced_speaker_leaves_and_a_row_put_by_hand_is_left_alone(store, tmp_path):
    from app.events.attendance import add_attendee

    t = _tournament()
    team, _ = save_team(t, TeamInput(league="kk", name="Ақжол", school="№3 мектеп",
                                     speakers=["Сәрсенов Ерлан", "Құдайбергенова Әйгерім"]))
    organiser = Person.get(Person.surname == "Сәрсенов")
    add_attendee(t.event_uid, organiser.uid, role="organiser")  # on the list by hand as an organiser
    save_team(t, TeamInput(league="kk", name="Ақжол", school="№3 мектеп",
                           speakers=["Өмірбек Нұрсұлтан", "Құдайбергенова Әйгерім"]), uid=team.uid)
    names = {r.full_name: r.role for r in attendance_rows(t.event_uid)}
    assert names == {"Өмірбек Нұрсұлтан": "participant", "Құдайбергенова Әйгерім": "participant",
                     "Сәрсенов Ерлан": "organiser"}


def test_teams_carried_to_the_next_stage_are_its_attendees(store, tmp_path):
    t = _tournament()
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=4, schools=1000, seed=4))
    for rnd in (1, 2, 3):
        play_round(t, rnd)
    nxt = _tournament("Облыстық турнир", start=D(2026, 10, 5))
    added = carry_teams(t, nxt, 2)
    assert added == 2 and len(attendance_rows(nxt.event_uid)) == 4


def test_participation_and_thanks_before_any_result(store, tmp_path):
    t = _tournament()
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=6, schools=3, seed=9))
    coach = teams_of(t)[0].coach
    add_adjudicator(t, coach.full_name)
    add_adjudicator(t, "Төрешіұлы Ғалым")
    with pytest.raises(ValidationError):
        awards_of(tournament_uid=t.uid, kind="diploma_1")  # no results yet: no diplomas
    participation, _ = awards_of(tournament_uid=t.uid, kind="participation")
    assert len(participation) == 12 and len({a.person_uid for a in participation}) == 12
    coaches = {x.coach_uid for x in teams_of(t)}
    thanks, _ = awards_of(tournament_uid=t.uid, kind="thanks")
    assert len(thanks) == len(coaches) + 1  # the coach who judges gets one letter
    result = issue_awards(tmp_path / "p.pdf", tournament_uid=t.uid, kind="participation", language="kk")
    assert result.count == 12 and result.new == 12
    again = issue_awards(tmp_path / "p2.pdf", tournament_uid=t.uid, kind="participation", language="kk")
    assert again.new == 0 and again.reprinted == 12  # printed again, not issued twice
    text = subprocess.run(["pdftotext", str(tmp_path / "p.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Әлиевkk0 Нұрлан" in text and "Аудандық турнир" in text and "СЕРТИФИКАТ" in text
    assert Certificate.select().where(Certificate.kind == "participation",
                                      Certificate.event == t.event_uid).count() == 12


def test_a_tournament_without_people_says_so(store):
    t = _tournament()
    with pytest.raises(ValidationError) as exc:
        awards_of(tournament_uid=t.uid, kind="thanks")
    assert "register" in exc.value.msg.render()


def test_cli_participation_and_thanks(tmp_path, capsys):
    db = tmp_path / "t.sqlite3"
    assert cli(db, "init", "--role", "school", "--name", "№7 мектеп", "--region", "KZ-75", capsys=capsys)[0] == 0
    code, out, err = cli(db, "tournament", "create", "--name", "Мектеп турнирі", "--leagues", "kk", "--json",
                         capsys=capsys)
    assert code == 0, err
    uid = json.loads(out)["uid"]
    assert cli(db, "tournament", "import-teams", uid,
               str(write_teams(tmp_path / "t.csv", leagues=("kk",), n=3)), capsys=capsys)[0] == 0
    code, out, err = cli(db, "certificates", "generate", "--tournament", uid, "--kind", "participation",
                         "--out", str(tmp_path / "p.pdf"), "--json", capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["count"] == 6
    code, out, err = cli(db, "certificates", "generate", "--tournament", uid, "--kind", "thanks", "--lang", "ru",
                         "--out", str(tmp_path / "t.pdf"), "--json", capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["count"] == 1  # three teams, one coach (Жаттықтырушыkk0 Ұлан)
    text = subprocess.run(["pdftotext", str(tmp_path / "t.pdf"), "-"], capture_output=True, text=True).stdout
    assert "БЛАГОДАРСТВЕННОЕ ПИСЬМО" in text and "Жаттықтырушыkk0 Ұлан" in text
