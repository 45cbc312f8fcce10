"""Real-life rounds: iron person as a setting (ballots, import-results), the least rounds for ranking by average."""
from __future__ import annotations

import csv
import json

import pytest

from app.errors import ValidationError
from app.models import Debate, Tournament
from app.tournaments import context as ctx
from app.tournaments.registration import import_teams, speakers_of
from app.tournaments.results import BallotInput, enter_ballot, import_results
from app.tournaments.rounds import make_draw
from app.tournaments.setup import TournamentSettings, create_tournament, settings_of, update_tournament
from app.tournaments.tab import speaker_rows
from tests.tournament_helpers import RESULT_HEAD, cli, play_round, small, write_teams  # noqa: F401 (small: fixture)


def _iron_file(path, t: Tournament, debate: Debate):
    """A results file whose government's first speaker gives both speeches (PM and MG)."""
    gov, opp = speakers_of(debate.gov), speakers_of(debate.opp)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(RESULT_HEAD)
        w.writerow([1, "kk", debate.gov.name, debate.opp.name, "gov", gov[0].full_name, 75, gov[0].full_name, 74,
                    opp[0].full_name, 70, opp[1].full_name, 69])
    return path


def test_iron_person_is_refused_until_the_tournament_allows_it(small, tmp_path):
    t = small
    debate = next(d for d in make_draw(t, "kk", 1) if d.opp_uid)
    path = _iron_file(tmp_path / "iron.csv", t, debate)
    with pytest.raises(ValidationError) as exc:
        import_results(t, path)
    assert "One speaker gave 2 speeches; this tournament does not allow it" in exc.value.msg.render()
    assert Debate.get_by_id(debate.uid).winner is None  # nothing saved
    s = settings_of(t)
    s.iron_person = True
    update_tournament(t, s)
    t = Tournament.get_by_id(t.uid)
    summary = import_results(t, path)
    assert summary.entered == 1 and Debate.get_by_id(debate.uid).winner == "gov"
    # Once such a ballot is in, iron person cannot be switched off under it.
    s.iron_person = False
    with pytest.raises(ValidationError) as exc:
        update_tournament(t, s)
    assert exc.value.field == "iron_person"


def test_iron_person_still_speaks_for_their_own_team(small):
    t = small
    s = settings_of(t)
    s.iron_person = True
    update_tournament(t, s)
    t = Tournament.get_by_id(t.uid)
    debate = next(d for d in make_draw(t, "kk", 1) if d.opp_uid)
    gov, opp = ctx.speakers_by_team([debate.gov_uid])[debate.gov_uid], speakers_of(debate.opp)
    wrong = BallotInput(winner="gov", speakers={"pm": gov[0], "mg": opp[0].uid, "lo": opp[0].uid, "mo": opp[1].uid},
                        scores={"pm": 75, "mg": 74, "lo": 70, "mo": 69})
    with pytest.raises(ValidationError):
        enter_ballot(t, debate, wrong)


def test_least_rounds_to_rank_by_average(small):
    t = small
    s = settings_of(t)
    s.speakers_rule, s.speaker_min_rounds = "average", 3
    update_tournament(t, s)
    t = Tournament.get_by_id(t.uid)
    for rnd in (1, 2):
        play_round(t, rnd)
    rows = speaker_rows(t, "kk")
    assert rows and all(r.rank is None for r in rows)  # two rounds spoken, three needed
    s.speaker_min_rounds = 2
    update_tournament(t, s)
    rows = speaker_rows(Tournament.get_by_id(t.uid), "kk")
    assert all(r.rank is not None for r in rows)
    s.speaker_min_rounds = 4  # more than the 3 qualifying rounds
    with pytest.raises(ValidationError) as exc:
        update_tournament(t, s)
    assert exc.value.field == "speaker_min_rounds" and "0 to 3" in exc.value.msg.render()


def test_cli_create_and_settings_flags(tmp_path, capsys):
    db = tmp_path / "t.sqlite3"
    assert cli(db, "init", "--role", "school", "--name", "№7 мектеп", "--region", "KZ-75", capsys=capsys)[0] == 0
    code, out, err = cli(db, "tournament", "create", "--name", "Қалалық турнир", "--leagues", "kk", "--rounds", "3",
                         "--iron-person", "--speakers", "average", "--speaker-min-rounds", "2", "--json",
                         capsys=capsys)
    assert code == 0, err
    uid = json.loads(out)["uid"]
    code, out, err = cli(db, "tournament", "settings", uid, "--json", capsys=capsys)
    shown = json.loads(out)
    assert shown["iron_person"] is True and shown["speaker_min_rounds"] == 2 and shown["speakers"] == "average"
    code, out, err = cli(db, "tournament", "settings", uid, "--iron-person", "off", "--speaker-min-rounds", "1",
                         "--json", capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["iron_person"] is False and json.loads(out)["speaker_min_rounds"] == 1
    code, out, err = cli(db, "tournament", "settings", uid, "--speaker-min-rounds", "9", capsys=capsys)
    assert code != 0 and "0 to 3" in err


def test_settings_default_off(store, tmp_path):
    t = create_tournament(TournamentSettings(name="Турнир", leagues=["kk"]))
    import_teams(t, write_teams(tmp_path / "t.csv", leagues=("kk",), n=2))
    rules = ctx.rule_settings(t)
    assert not rules.iron_person and rules.speaker_min_rounds == 0
