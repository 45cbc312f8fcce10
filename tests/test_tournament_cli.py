"""A whole tournament through the command line.

The 3 leagues × 20 teams tournament's standings are recomputed here from the
results files by a separate, plain count and compared figure by figure.
"""
from __future__ import annotations

import csv
import json
from collections import defaultdict

import pytest

from tests.tournament_helpers import cli, write_results, write_teams


def test_a_whole_tournament_of_three_leagues_runs_through_the_command_line(tmp_path, capsys):
    db = tmp_path / "t.sqlite3"
    assert cli(db, "init", "--role", "school", "--name", "№7 мектеп", "--region", "KZ-75", capsys=capsys)[0] == 0
    code, out, err = cli(db, "tournament", "create", "--name", "Облыстық турнир", "--rounds", "4", "--break", "8",
                         "--leagues", "kk,ru,en", "--score-range", "60:80", "--score-step", "1", capsys=capsys)
    assert code == 0, err
    t = out.strip()
    code, out, err = cli(db, "tournament", "import-teams", t, str(write_teams(tmp_path / "teams.csv")), "--json",
                         capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["created"] == 60
    results_files = []
    for rnd in range(1, 5):
        code, out, err = cli(db, "tournament", "draw", t, "--round", str(rnd), "--json", capsys=capsys)
        assert code == 0, err
        draw = json.loads(out)
        assert len(draw) == 30 and all(not d["bye"] for d in draw)
        for league in ("kk", "ru", "en"):
            teams = [x for d in draw if d["league"] == league for x in (d["gov_uid"], d["opp_uid"])]
            assert len(teams) == len(set(teams)) == 20  # every team exactly once
        path = write_results(draw, tmp_path / f"r{rnd}.csv", seed=rnd)
        results_files.append(path)
        code, out, err = cli(db, "tournament", "import-results", t, str(path), "--json", capsys=capsys)
        assert code == 0, err
        assert json.loads(out)["entered"] == 30
    # Loading the same file again changes nothing.
    code, out, _ = cli(db, "tournament", "import-results", t, str(results_files[-1]), "--json", capsys=capsys)
    assert json.loads(out) == {"entered": 0, "corrected": 0, "unchanged": 30}

    # Standings recomputed independently from the files.
    wins: dict[tuple[str, str], int] = defaultdict(int)
    points: dict[tuple[str, str], float] = defaultdict(float)
    speaker_total: dict[str, float] = defaultdict(float)
    for path in results_files:
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                lg = row["league"]
                wins[(lg, row["gov_team" if row["winner"] == "gov" else "opp_team"])] += 1
                points[(lg, row["gov_team"])] += float(row["pm_score"]) + float(row["mg_score"])
                points[(lg, row["opp_team"])] += float(row["lo_score"]) + float(row["mo_score"])
                for role in ("pm", "mg", "lo", "mo"):
                    speaker_total[row[role]] += float(row[f"{role}_score"])
    code, out, _ = cli(db, "tournament", "standings", t, "--json", capsys=capsys)
    standings = json.loads(out)
    assert len(standings) == 60
    for s in standings:
        assert s["wins"] == wins[(s["league"], s["team"])]
        assert s["points"] == pytest.approx(points[(s["league"], s["team"])])
    for league in ("kk", "ru", "en"):
        rows = [s for s in standings if s["league"] == league]
        keys = [(-s["wins"], -s["points"]) for s in rows]
        assert keys == sorted(keys)  # wins, then points
        assert [s["rank"] for s in rows][0] == 1
    code, out, _ = cli(db, "tournament", "standings", t, "--league", "kk", "--speakers", "--json", capsys=capsys)
    speakers_json = json.loads(out)
    assert len(speakers_json) == 40
    for s in speakers_json:
        assert s["total"] == pytest.approx(speaker_total[s["speaker"]])
        assert s["rounds_spoken"] == 4
    totals = [s["total"] for s in speakers_json]
    assert totals == sorted(totals, reverse=True)

    # Break (ties at the cut, if any, need a choice), eliminations to the final, awards, certificates.
    code, out, _ = cli(db, "tournament", "break", t, "--json", capsys=capsys)
    for league_break in json.loads(out):
        chosen = []
        for b in league_break["bubble"][:league_break["places_open"]]:
            chosen += ["--choose", b["team"]]
        code, _, err = cli(db, "tournament", "break", t, "--league", league_break["league"], "--confirm", *chosen,
                           "--reason", "жеребе", capsys=capsys)
        assert code == 0, err
    for league in ("kk", "ru", "en"):
        for _ in range(3):  # quarterfinal, semifinal, final
            code, out, err = cli(db, "tournament", "eliminate", t, "--league", league, "--json", capsys=capsys)
            assert code == 0, err
            for d in json.loads(out):
                assert cli(db, "tournament", "winner", t, "--league", league, "--team", d["gov"],
                           capsys=capsys)[0] == 0
        code, _, err = cli(db, "tournament", "eliminate", t, "--league", league, capsys=capsys)
        assert code == 2 and "final" in err.lower()
    code, out, _ = cli(db, "tournament", "awards", t, "--json", "--lang", "en", capsys=capsys)
    awards = json.loads(out)
    by_kind = defaultdict(list)
    for a in awards:
        by_kind[(a["league"], a["kind"])].append(a)
    for league in ("kk", "ru", "en"):
        assert len(by_kind[(league, "diploma_1")]) == 2  # the final winner's two speakers
        assert len(by_kind[(league, "diploma_2")]) == 2
        assert len(by_kind[(league, "diploma_3")]) == 4  # two semifinal losers
        assert len(by_kind[(league, "best_speaker")]) >= 3
    assert any(a["kind"] == "thanks" for a in awards)
    pdf = tmp_path / "awards.pdf"
    code, out, err = cli(db, "certificates", "generate", "--tournament", t, "--out", str(pdf), "--json",
                         capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["count"] == len(awards)
    assert pdf.stat().st_size > 10_000


def test_one_draw_command_draws_every_league_that_can_be_drawn_and_show_prints_it_again(tmp_path, capsys):
    db = tmp_path / "t.sqlite3"
    assert cli(db, "init", "--role", "school", "--name", "№7 мектеп", "--region", "KZ-75", capsys=capsys)[0] == 0
    t = cli(db, "tournament", "create", "--name", "Т", "--leagues", "kk,ru,en", capsys=capsys)[1].strip()
    cli(db, "tournament", "import-teams", t, str(write_teams(tmp_path / "teams.csv", leagues=("kk", "ru"), n=4)),
        capsys=capsys)
    assert cli(db, "tournament", "draw", t, "--round", "1", "--league", "kk", capsys=capsys)[0] == 0
    code, out, err = cli(db, "tournament", "draw", t, "--round", "1", "--json", capsys=capsys)
    assert code == 0 and "en: fewer than two teams" in err
    assert {d["league"] for d in json.loads(out)} == {"kk", "ru"} and len(json.loads(out)) == 4
    code, out, _ = cli(db, "tournament", "show", t, "--round", "1", "--league", "ru", "--json", capsys=capsys)
    assert code == 0 and len(json.loads(out)) == 2
    code, _, err = cli(db, "tournament", "show", t, "--round", "3", capsys=capsys)
    assert code == 2 and "not drawn" in err
