"""The command line of ratings, panels, categories and the bye credit: tournament adjudicators / rate / category /
settings --panel --elim-panel --category-break, standings --speakers --category, break with the category break."""
from __future__ import annotations

import csv
import json

from tests.tournament_helpers import cli, write_results, write_teams


def _setup(tmp_path, capsys) -> tuple:
    db = tmp_path / "t.sqlite3"
    assert cli(db, "init", "--role", "school", "--name", "№7 мектеп", "--region", "KZ-75", capsys=capsys)[0] == 0
    code, out, err = cli(db, "tournament", "create", "--name", "Төрешілер", "--rounds", "2", "--break", "2",
                         "--leagues", "kk", "--panel", "3", "--category-break", "1", capsys=capsys)
    assert code == 0, err
    t = out.strip()
    code, _, err = cli(db, "tournament", "import-teams", t, str(write_teams(tmp_path / "teams.csv", leagues=("kk",),
                                                                             n=5, schools=1000)), capsys=capsys)
    assert code == 0, err
    judges = tmp_path / "judges.csv"
    with open(judges, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["name", "school", "rating"])
        for i in range(6):
            w.writerow([f"Төреші{i} Әділ", f"Бөгде мектеп {i}", f"{i + 4}"])
    code, out, err = cli(db, "tournament", "import-adjudicators", t, str(judges), "--json", capsys=capsys)
    assert code == 0, err
    return db, t


def test_ratings_panels_and_bad_input_through_the_command_line(tmp_path, capsys):
    db, t = _setup(tmp_path, capsys)
    code, out, _ = cli(db, "tournament", "adjudicators", t, "--json", capsys=capsys)
    assert sorted(r["rating"] for r in json.loads(out)) == [4, 5, 6, 7, 8, 9]
    assert cli(db, "tournament", "rate", t, "төреші0 әділ", "9,5", capsys=capsys)[0] == 0
    code, out, _ = cli(db, "tournament", "adjudicators", t, "--json", capsys=capsys)
    assert {r["name"]: r["rating"] for r in json.loads(out)}["Төреші0 Әділ"] == 9.5
    for bad, message in (("11", "outside 0 – 10"), ("тоғыз", "is not a number"), ("7.2", "steps of 0.5")):
        code, _, err = cli(db, "tournament", "rate", t, "Төреші0 Әділ", bad, capsys=capsys)
        assert code != 0 and message in err
    code, _, err = cli(db, "tournament", "rate", t, "Жоқ Адам", "5", capsys=capsys)
    assert code != 0 and "There is no adjudicator Жоқ Адам" in err
    code, out, err = cli(db, "tournament", "draw", t, "--round", "1", "--json", capsys=capsys)
    assert code == 0, err
    debates = [d for d in json.loads(out) if not d["bye"]]
    assert [len(d["adjudicators"]) for d in debates] == [3, 3]
    assert debates[0]["adjudicators"][0] == "Төреші0 Әділ"  # the best chairs the top debate
    code, _, err = cli(db, "tournament", "settings", t, "--panel", "2", capsys=capsys)
    assert code != 0 and "1 or 3 adjudicators, not 2" in err
    code, out, err = cli(db, "tournament", "settings", t, "--elim-panel", "5", "--json", capsys=capsys)
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["panel"], shown["elim_panel"], shown["category_break"]) == (3, 5, 1)


def test_categories_the_bye_credit_and_the_category_break_through_the_command_line(tmp_path, capsys):
    db, t = _setup(tmp_path, capsys)
    novices = ["Team-kk-01", "Team-kk-03", "Team-kk-04"]  # more than the open break of 2 can hold
    for team in novices:
        code, _, err = cli(db, "tournament", "category", t, "--league", "kk", "--team", team, "novice",
                           capsys=capsys)
        assert code == 0, err
    code, _, err = cli(db, "tournament", "category", t, "--league", "kk", "--team", "Team-kk-01", "expert",
                       capsys=capsys)
    assert code != 0 and "“expert” is not a category" in err
    code, _, err = cli(db, "tournament", "category", t, "--league", "kk", "--team", "Team-kk-02",
                       "--speaker", "Әлиевkk2 Нұрлан", "junior", capsys=capsys)
    assert code == 0, err
    for rnd in (1, 2):  # five teams: a bye each round
        code, out, err = cli(db, "tournament", "draw", t, "--round", str(rnd), "--json", capsys=capsys)
        assert code == 0, err
        draw = json.loads(out)
        assert cli(db, "tournament", "import-results", t, str(write_results(draw, tmp_path / f"r{rnd}.csv", rnd)),
                   capsys=capsys)[0] == 0
    bye_teams = {d["gov"] for rnd in (1, 2) for d in json.loads(cli(
        db, "tournament", "show", t, "--round", str(rnd), "--json", capsys=capsys)[1]) if d["bye"]}
    code, out, _ = cli(db, "tournament", "standings", t, "--speakers", "--json", capsys=capsys)
    rows = json.loads(out)
    credited = [r for r in rows if r["credited"]]
    assert {r["team"] for r in credited} == bye_teams and all(len(r["scores"]) == 2 for r in credited)
    code, out, _ = cli(db, "tournament", "standings", t, "--speakers", capsys=capsys)
    assert "*" in out  # the credited score is marked
    code, out, _ = cli(db, "tournament", "standings", t, "--speakers", "--category", "novice", "--json",
                       capsys=capsys)
    assert {r["team"] for r in json.loads(out)} == set(novices) and json.loads(out)[0]["rank"] == 1
    code, out, _ = cli(db, "tournament", "standings", t, "--speakers", "--category", "junior", "--json",
                       capsys=capsys)
    assert [r["speaker"] for r in json.loads(out)] == ["Әлиевkk2 Нұрлан"]
    code, out, _ = cli(db, "tournament", "break", t, "--json", capsys=capsys)
    [b] = json.loads(out)
    [cb] = b["categories"]
    open_break = {x["team"] for x in b["teams"]}
    assert cb["category"] == "novice"
    code, out, _ = cli(db, "tournament", "standings", t, "--json", capsys=capsys)
    best_novice = [r["team"] for r in json.loads(out) if r["team"] in novices and r["team"] not in open_break][0]
    assert best_novice in [x["team"] for x in cb["teams"]] and not open_break & {x["team"] for x in cb["teams"]}
    code, out, _ = cli(db, "tournament", "break", t, capsys=capsys)
    assert "novice break (provisional)" in out
