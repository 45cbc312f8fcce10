"""Per-round availability: a team away for one round is left out of that round's draw, not withdrawn."""
from __future__ import annotations

import json

import pytest

from app.errors import ValidationError
from app.models import Team, Tournament
from app.tournaments import context as ctx
from app.tournaments.availability import absences, set_absent
from app.tournaments.rounds import make_draw
from app.tournaments.tab import team_rows
from tests.tournament_helpers import cli, play_round, small, write_teams  # noqa: F401 (small: fixture)


def _drawn(t: Tournament, rnd: int) -> set[str]:
    return {uid for d in ctx.debates(t, "kk", rnd) for uid in (d.gov_uid, d.opp_uid) if uid}


def test_a_team_away_for_round_two_is_left_out_of_it_and_drawn_again_in_round_three(small):
    t = small
    away = Team.live().where(Team.event == t.event_uid, Team.name == "Team-kk-03").get()
    set_absent(t, away, 2)
    play_round(t, 1)
    assert away.uid in _drawn(t, 1)  # only round 2 is missed
    play_round(t, 2)
    t = Tournament.get_by_id(t.uid)
    assert away.uid not in _drawn(t, 2) and len(_drawn(t, 2)) == 5  # the other five: two debates and a bye
    assert [d for d in ctx.debates(t, "kk", 2) if d.opp_uid is None]
    assert Team.get_by_id(away.uid).deleted is False and away.uid in {r.uid for r in team_rows(t, "kk")}
    make_draw(t, "kk", 3)
    assert away.uid in _drawn(t, 3)
    # A drawn round cannot change who is away; the team comes back to a round not yet drawn.
    with pytest.raises(ValidationError) as exc:
        set_absent(t, away, 3)
    assert "already drawn" in exc.value.msg.render()
    assert absences(Tournament.get_by_id(t.uid)) == {away.uid: [2]}


def test_absence_for_a_round_the_tournament_does_not_have_is_refused_and_back_undoes_it(small):
    t = small
    team = Team.live().where(Team.event == t.event_uid).first()
    with pytest.raises(ValidationError) as exc:
        set_absent(t, team, 4)
    assert "not a qualifying round" in exc.value.msg.render()
    set_absent(t, team, 1)
    assert absences(Tournament.get_by_id(t.uid)) == {team.uid: [1]}
    set_absent(t, team, 1, absent=False)
    t = Tournament.get_by_id(t.uid)
    assert absences(t) == {} and t.absences is None
    make_draw(t, "kk", 1)
    assert team.uid in _drawn(t, 1)


def test_absent_from_the_command_line(tmp_path, capsys):
    db = tmp_path / "t.db"
    teams = write_teams(tmp_path / "teams.csv", leagues=("kk",), n=4, schools=100)
    assert cli(db, "init", "--role", "school", "--name", "№7 мектеп", "--region", "KZ-75", capsys=capsys)[0] == 0
    code, out, err = cli(db, "tournament", "create", "--name", "Қалалық", "--leagues", "kk", "--rounds", "3",
                         "--break", "2", capsys=capsys)
    assert code == 0, err
    t = out.strip()
    assert cli(db, "tournament", "import-teams", t, str(teams), capsys=capsys)[0] == 0
    code, _, err = cli(db, "tournament", "absent", t, "--league", "kk", "--team", "team-kk-02", "--round", "1",
                       capsys=capsys)
    assert code == 0, err
    code, out, err = cli(db, "tournament", "draw", t, "--round", "1", "--json", capsys=capsys)
    assert code == 0, err
    draw = json.loads(out)
    names = {x for r in draw for x in (r["gov"], r["opp"]) if x}
    assert names == {"Team-kk-00", "Team-kk-01", "Team-kk-03"} and sum(r["bye"] for r in draw) == 1
    code, _, err = cli(db, "tournament", "absent", t, "--league", "kk", "--team", "Жоқ команда", "--round", "2",
                       capsys=capsys)
    assert code != 0 and "There is no team Жоқ команда" in err


def test_a_damaged_or_forged_absences_value_never_stops_a_draw():
    from types import SimpleNamespace

    from app.tournaments.availability import absences

    for text in ('[1, 2]', '{"a": 5}', '{"a": ["x", 2, 10**20, -1, true]}', '"text"', 'not json', '{"b": []}'):
        got = absences(SimpleNamespace(absences=text))
        assert got in ({}, {"a": [2]}), (text, got)
    assert absences(SimpleNamespace(absences='{"a": ["x", 2, 3]}')) == {"a": [2, 3]}
