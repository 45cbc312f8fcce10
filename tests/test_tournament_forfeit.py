"""A debate won by forfeit (the other team did not come): standings, the saved result, the command line."""
from __future__ import annotations

import json

import pytest

from app.errors import ValidationError
from app.models import Debate
from app.tournaments import context as ctx
from app.tournaments.results import enter_ballot, record_forfeit
from app.tournaments.rounds import draw_rows, make_draw
from app.tournaments.standings import speaker_standings, team_standings
from app.tournaments.tab import speaker_rows, team_rows
from app.tournaments.types import Result, SpeakerScore
from tests.tournament_helpers import ballot_for, cli, small, write_teams  # noqa: F401 (small: fixture)


def _debate(r: int, gov: str, opp: str, g: float, o: float) -> Result:
    scores = (SpeakerScore(f"{gov}1", gov, "pm", g), SpeakerScore(f"{gov}2", gov, "mg", g),
              SpeakerScore(f"{opp}1", opp, "lo", o), SpeakerScore(f"{opp}2", opp, "mo", o))
    return Result(r, gov, opp, "gov" if g > o else "opp", scores)


def test_forfeit_winner_scores_its_own_average_and_the_absent_team_gets_nothing():
    results = [_debate(1, "A", "B", 70, 65), _debate(2, "C", "A", 72, 71),
               Result(3, "A", "D", "gov", forfeit=True), _debate(1, "C", "D", 68, 66),
               _debate(2, "B", "D", 75, 60)]
    by = {s.uid: s for s in team_standings(["A", "B", "C", "D"], results)}
    # A debated twice: 140 and 142 points, so the forfeit round counts 141, as a bye would.
    assert by["A"].wins == 2 and by["A"].points == pytest.approx(140 + 142 + 141)
    assert by["A"].debates == 2
    # D: a loss and no points for the round it did not come to; its average is over rounds debated.
    assert by["D"].wins == 0 and by["D"].points == pytest.approx(132 + 120)
    assert by["D"].figures["average_points"] == pytest.approx(126)
    # Nobody met in round 3: the forfeit adds no opponent to draw strength or head-to-head.
    assert by["D"].figures["draw_strength"] == pytest.approx(by["B"].wins + by["C"].wins)
    assert by["A"].figures["draw_strength"] == pytest.approx(by["B"].wins + by["C"].wins)
    sp = {s.speaker: s for s in speaker_standings(results, {t: (f"{t}1", f"{t}2") for t in "ABCD"}, range(1, 4))}
    assert sp["A1"].rounds_spoken == 2 and sp["D1"].rounds_spoken == 2  # neither team spoke in round 3


def test_a_forfeit_is_saved_without_ballots_and_a_ballot_replaces_it(small):
    t = small
    debate = next(d for d in make_draw(t, "kk", 1) if d.opp_uid)
    record_forfeit(debate, "opp")
    saved = Debate.get_by_id(debate.uid)
    assert (saved.winner, saved.decided) == ("opp", "forfeit")
    res = next(r for r in ctx.results(t, "kk") if r.gov == debate.gov_uid)
    assert res.forfeit and res.winner_uid == debate.opp_uid and res.scores == ()
    rows = {r.uid: r for r in team_rows(t, "kk")}
    assert rows[debate.opp_uid].wins == 1 and rows[debate.gov_uid].wins == 0
    assert rows[debate.opp_uid].points == 0 and rows[debate.gov_uid].points == 0  # nobody debated yet
    assert not [s for s in speaker_rows(t, "kk") if s.rounds_spoken]
    assert next(r for r in draw_rows(t, "kk", 1) if r.uid == debate.uid).forfeit
    # The debate took place after all: its ballot replaces the forfeit.
    enter_ballot(t, saved, ballot_for(saved, "gov"))
    saved = Debate.get_by_id(debate.uid)
    assert (saved.winner, saved.decided) == ("gov", "ballots")
    # Once it has a ballot it cannot be turned into a forfeit.
    with pytest.raises(ValidationError) as exc:
        record_forfeit(saved, "opp")
    assert "already has ballots" in exc.value.msg.render()
    bye = [d for d in ctx.debates(t, "kk") if not d.opp_uid]
    for d in bye:
        with pytest.raises(ValidationError):
            record_forfeit(d, "gov")
    with pytest.raises(ValidationError):
        record_forfeit(next(d for d in ctx.debates(t, "kk") if d.opp_uid and not d.winner), "both")


def test_forfeit_from_the_command_line(tmp_path, capsys):
    db = tmp_path / "t.db"
    teams = write_teams(tmp_path / "teams.csv", leagues=("kk",), n=4, schools=100)
    assert cli(db, "init", "--role", "school", "--name", "№7 мектеп", "--region", "KZ-75", capsys=capsys)[0] == 0
    code, out, err = cli(db, "tournament", "create", "--name", "Қалалық", "--leagues", "kk", "--rounds", "3",
                         "--break", "2", capsys=capsys)
    assert code == 0, err
    t = out.strip()
    assert cli(db, "tournament", "import-teams", t, str(teams), capsys=capsys)[0] == 0
    assert cli(db, "tournament", "draw", t, "--round", "1", capsys=capsys)[0] == 0
    capsys.readouterr()
    assert cli(db, "tournament", "forfeit", t, "r1k01", "--winner", "opp")[0] == 0
    capsys.readouterr()
    code, out, _ = cli(db, "tournament", "show", t, "--round", "1", "--json", capsys=capsys)
    first = next(r for r in json.loads(out) if r["code"] == "R1-K-01")
    assert first["winner"] == "opp" and first["forfeit"] is True
    code, out, _ = cli(db, "tournament", "standings", t, "--json", capsys=capsys)
    won = next(r for r in json.loads(out) if r["team"] == first["opp"])
    assert won["wins"] == 1
    code, _, err = cli(db, "tournament", "forfeit", t, "R1-K-09", "--winner", "gov", capsys=capsys)
    assert code != 0 and "R1-K-09" in err
