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
