"""What schema v5 added travels in bundles: a school's tournament and contest up to the office, region targets down to schools."""
from __future__ import annotations

import datetime as dt

from tests.sync_helpers import card, export, import_, make, opened, trust_cards
from tests.tournament_helpers import play_round, write_teams


def test_the_office_sees_the_schools_tournament_and_its_standings(tmp_path):
    from app.contests.core import add_work, create_contest, summary
    from app.models import Ballot, Contest, Person
    from app.tournaments.registration import import_teams
    from app.tournaments.setup import TournamentSettings, create_tournament, find_tournament
    from app.tournaments.tab import confirm_break, set_nomination, team_rows

    office = make(tmp_path, "office", "office")
    school = make(tmp_path, "school")
    trust_cards(office, card(school, tmp_path))
    trust_cards(school, card(office, tmp_path))
    with opened(school):
        t = create_tournament(TournamentSettings(name="Мектепішілік турнир", leagues=["kk"], rounds=2,
                                                 break_size=2, score_step=0.5))
        import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=4, schools=1000))
        play_round(t, 1)
        play_round(t, 2)
        confirm_break(t, "kk")
        set_nomination(t, "kk", "best_orator", Ballot.select().first().pm_uid)
        here = [(r.team, r.wins, r.points) for r in team_rows(t, "kk")]
        uid = t.uid
        kid = Person(surname="Сәрсенова", name="Әсем", birth_date=dt.date(2013, 3, 3))
        kid.save()
        c = create_contest("Сурет байқауы", ["Сурет"], start=dt.date(2026, 10, 1))
        add_work(c, kid.uid, "Сурет", place=1)
    bundle = export(school, tmp_path / "out")
    report = import_(office, bundle.path)
    assert [b.status for b in report.bundles] == ["imported"]
    with opened(office):
        there = find_tournament(uid)
        assert [(r.team, r.wins, r.points) for r in team_rows(there, "kk")] == here
        assert Ballot.select().where(Ballot.pm_score.is_null(False)).count() == 4
        assert summary(Contest.get()).winners == 1


def test_a_region_target_set_at_the_office_reaches_its_schools(tmp_path):
    from app.reports import effective_target, set_target

    office = make(tmp_path, "office", "office")
    school = make(tmp_path, "school")
    trust_cards(office, card(school, tmp_path))
    trust_cards(school, card(office, tmp_path))
    with opened(office):
        set_target("legal_culture.lectures", "KZ-61", 7)
    bundle = export(office, tmp_path / "to-schools", to="school")
    assert [b.status for b in import_(school, bundle.path).bundles] == ["imported"]
    with opened(school):
        target = effective_target("legal_culture.lectures", "KZ-61")
        assert target.value == 7 and target.overridden


def test_a_tournaments_rooms_and_motions_reach_the_office(tmp_path):
    """Schema v8: the named rooms and each round's motion (with its info slide) travel with the draw."""
    from app.models import Motion
    from app.tournaments.motions import motion_of, set_motion
    from app.tournaments.registration import import_teams
    from app.tournaments.rooms import named_rooms
    from app.tournaments.rounds import draw_rows, make_draw
    from app.tournaments.setup import TournamentSettings, create_tournament, find_tournament

    office = make(tmp_path, "office", "office")
    school = make(tmp_path, "school")
    trust_cards(office, card(school, tmp_path))
    trust_cards(school, card(office, tmp_path))
    with opened(school):
        t = create_tournament(TournamentSettings(name="Қалалық турнир", leagues=["kk"], rounds=2))
        t.rooms = "Ауд. 101\nАуд. 102\nАкт залы"
        t.save()
        import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=6, schools=1000))
        make_draw(t, "kk", 1)
        set_motion(t, "kk", 1, "Бұл палата мектеп формасын жояды", "Формасыз мектептер — Финляндияда.")
        set_motion(t, "kk", 1, "Бұл палата мектеп формасын жояр еді", "Формасыз мектептер — Финляндияда.")
        uid, here = t.uid, [(r.room, r.gov, r.opp) for r in draw_rows(t, "kk", 1)]
        assert [r[0] for r in here] == ["Ауд. 101", "Ауд. 102", "Акт залы"]
    assert [b.status for b in import_(office, export(school, tmp_path / "out").path).bundles] == ["imported"]
    with opened(office):
        there = find_tournament(uid)
        assert named_rooms(there) == ["Ауд. 101", "Ауд. 102", "Акт залы"]
        assert [(r.room, r.gov, r.opp) for r in draw_rows(there, "kk", 1)] == here
        motion = motion_of(there, "kk", 1)
        assert motion.text == "Бұл палата мектеп формасын жояр еді"
        assert motion.info_slide == "Формасыз мектептер — Финляндияда."
        assert Motion.live().count() == 1
