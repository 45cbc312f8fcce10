"""A draw made elsewhere, loaded from a file: a whole past tournament, every bad row named, warnings kept."""
from __future__ import annotations

import csv
import json
import random
from collections import defaultdict
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.models import Adjudicator, Debate, DebateAdjudicator
from app.tournaments import context as ctx
from app.tournaments.draw_import import import_draw
from app.tournaments.motions import motion_of
from app.tournaments.registration import import_teams
from app.tournaments.results import import_results
from app.tournaments.rounds import draw_rows, make_draw
from app.tournaments.setup import TournamentSettings, create_tournament
from app.tournaments.tab import speaker_rows, team_rows
from tests.tournament_helpers import RESULT_HEAD, cli, small, write_results  # noqa: F401 (small is a fixture)

LEAGUES = {"kk": 60, "ru": 50, "en": 40}  # 150 teams
KK_SURNAMES = ("Әбілқайыр", "Ғабитов", "Қасымова", "Іңкәрова", "Өтеген", "Ұлықбек", "Үмбетова", "Һасанов",
               "Нұрғали", "Сәрсенбай")


def team_name(league: str, i: int) -> str:
    return f"Қыран-{league}-{i:02d}" if league == "kk" else f"Сұңқар-{league}-{i:02d}"


def speaker_names(league: str, i: int) -> tuple[str, str]:
    base = KK_SURNAMES[i % len(KK_SURNAMES)]
    return f"{base}{league}{i} Әлихан", f"{base}{league}{i}а Іңкәр"


def write_past_teams(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["league", "team", "school", "speaker1", "speaker2"])
        for league, n in LEAGUES.items():
            for i in range(n):
                w.writerow([league, team_name(league, i), f"№{i % 23} мектеп-гимназия", *speaker_names(league, i)])
    return path


def write_past_round(path: Path, round_no: int, rng: random.Random) -> Path:
    """One round of a tournament tabbed elsewhere: a random draw and random but valid ballots, in one file.

    Columns of a results file plus room, adjudicators and motion, in Russian
    titles, and a column Tirkeu does not know ("Примечание"): the same file
    is loaded as the draw and then as the results.
    """
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([*RESULT_HEAD, "Аудитория", "Судьи", "Тема", "Примечание"])
        for league, n in LEAGUES.items():
            order = list(range(n))
            rng.shuffle(order)
            for k in range(0, n, 2):
                g, o = order[k], order[k + 1]
                scores = [rng.randrange(60, 81) for _ in range(4)]
                if scores[0] + scores[1] == scores[2] + scores[3]:
                    scores[0] += 1 if scores[0] < 80 else -1
                winner = "gov" if scores[0] + scores[1] > scores[2] + scores[3] else "opp"
                pm, mg = speaker_names(league, g)
                lo, mo = speaker_names(league, o)
                if rng.random() < 0.5:  # the same two people, the other way round: roles are free
                    pm, mg = mg, pm
                judges = f"Төреші{league}{k} Айгүл; Төреші{league}{k + 1} Бауыржан" if k % 4 == 0 else ""
                w.writerow([round_no, league, team_name(league, g), team_name(league, o), winner, pm, scores[0],
                            mg, scores[1], lo, scores[2], mo, scores[3], f"{league.upper()}-{100 + k // 2}",
                            judges, f"Раунд {round_no}: бұл палата {league} тілін қолдайды", "қолмен толтырылған"])
    return path


def independent_count(files: list[Path]) -> tuple[dict[str, tuple[int, float]], dict[str, float]]:
    """Wins and total points per team, total points per speaker, from the files alone."""
    wins: dict[str, int] = defaultdict(int)
    points: dict[str, float] = defaultdict(float)
    speakers: dict[str, float] = defaultdict(float)
    for path in files:
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                gov, opp = row["gov_team"], row["opp_team"]
                wins[gov if row["winner"] == "gov" else opp] += 1
                wins.setdefault(gov if row["winner"] == "opp" else opp, 0)
                for role, team in (("pm", gov), ("mg", gov), ("lo", opp), ("mo", opp)):
                    points[team] += float(row[f"{role}_score"])
                    speakers[row[role]] += float(row[f"{role}_score"])
    return {team: (wins[team], points[team]) for team in points}, dict(speakers)


def test_a_whole_past_tournament_loads_round_by_round_and_its_standings_match_the_files(store, tmp_path, capsys):
    t = create_tournament(TournamentSettings(name="Облыстық турнир 2025", leagues=list(LEAGUES), rounds=5,
                                             score_min=60, score_max=80, score_step=1))
    import_teams(t, write_past_teams(tmp_path / "teams.csv"))
    db = store.location
    rng = random.Random(2025)
    files = []
    for round_no in range(1, 6):
        path = write_past_round(tmp_path / f"round{round_no}.csv", round_no, rng)
        files.append(path)
        code, out, err = cli(db, "tournament", "import-draw", t.uid, str(path), "--json", capsys=capsys)
        assert code == 0, err
        loaded = json.loads(out)
        assert [(r["league"], r["round"], r["debates"], r["outcome"]) for r in loaded["rounds"]] == [
            (league, round_no, n // 2, "created") for league, n in LEAGUES.items()]
        code, out, err = cli(db, "tournament", "import-results", t.uid, str(path), "--json", capsys=capsys)
        assert code == 0, err
        assert json.loads(out)["entered"] == 75
    teams, speakers = independent_count(files)
    assert len(teams) == 150
    for league in LEAGUES:
        rows = team_rows(t, league)
        assert {r.team: (r.wins, r.points) for r in rows} == {k: v for k, v in teams.items() if f"-{league}-" in k}
        # The ranking follows wins, then points (the next tie-breaks only order teams equal on both).
        assert [(r.wins, r.points) for r in rows] == sorted(((r.wins, r.points) for r in rows), reverse=True)
        for sp in speaker_rows(t, league):
            assert sp.total == pytest.approx(speakers[sp.speaker]), sp.speaker
    # The rooms, the panels (chair first) and the motion of the file are the draw's.
    kk5 = draw_rows(t, "kk", 5)
    assert kk5[0].room == "KK-100" and kk5[0].adjudicators == ["Төрешіkk0 Айгүл", "Төрешіkk1 Бауыржан"]
    assert kk5[0].chaired
    assert motion_of(t, "kk", 5).text == "Раунд 5: бұл палата kk тілін қолдайды"
    # Loading a round again changes nothing.
    code, out, _ = cli(db, "tournament", "import-draw", t.uid, str(files[0]), "--json", capsys=capsys)
    assert {r["outcome"] for r in json.loads(out)["rounds"]} == {"unchanged"}


def _draw_file(path: Path, rows: list[list], head=("round", "league", "gov_team", "opp_team", "room",
                                                    "adjudicators", "motion")) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(head)
        w.writerows(rows)
    return path


def test_every_bad_row_is_named_at_once_and_nothing_is_loaded(small, tmp_path):
    t = small
    names = [x.name for x in ctx.team_values(t, "kk")]
    bad = _draw_file(tmp_path / "bad.csv", [
        [1, "kk", names[0], names[1], "", "", ""],
        [1, "kk", names[2], "Жоқ команда", "", "", ""],      # row 3: unknown team
        [1, "kk", names[0], names[3], "", "", ""],           # row 4: a team twice in the round
        [1, "de", names[4], names[5], "", "", ""],           # row 5: a league the tournament has not
        [7, "kk", names[4], names[5], "", "", ""],           # row 6: round out of range
        ["", "kk", names[4], names[5], "", "", ""],          # row 7: no round
    ])
    with pytest.raises(ValidationError) as err:
        import_draw(t, bad)
    text = str(err.value.msg)
    assert "5 rows need correcting" in text
    for expected in ("row 3: there is no team Жоқ команда", f"rows 2 and 4: team {names[0]} is drawn twice",
                     "row 5: the league de", "row 6: round 7 is not a qualifying round", "row 7: round —"):
        assert expected in text
    assert Debate.select().count() == 0


def test_a_round_with_results_cannot_be_replaced_and_a_drawn_one_only_when_asked(small, tmp_path):
    t = small
    made = make_draw(t, "kk", 1)
    rows = [[1, "kk", d.gov.name, d.opp.name] for d in made]
    same = _draw_file(tmp_path / "same.csv", rows, head=("round", "league", "gov_team", "opp_team"))
    assert [r.outcome for r in import_draw(t, same).rounds] == ["unchanged"]
    swapped = [rows[0][:2] + [rows[0][2], rows[1][3]], rows[1][:2] + [rows[1][2], rows[0][3]], rows[2]]
    other = _draw_file(tmp_path / "other.csv", swapped, head=("round", "league", "gov_team", "opp_team"))
    with pytest.raises(ValidationError, match="already drawn differently"):
        import_draw(t, other)
    assert [(r.gov, r.opp) for r in draw_rows(t, "kk", 1)] == [(d.gov.name, d.opp.name) for d in made]
    assert [r.outcome for r in import_draw(t, other, replace=True).rounds] == ["replaced"]
    assert [(r.gov, r.opp) for r in draw_rows(t, "kk", 1)] == [(a, b) for _, _, a, b in swapped]
    assert Debate.live().count() == 3  # the replaced draw's debates are gone
    results = write_results([{"round": 1, "league": "kk", "gov": g, "opp": o, "bye": False}
                             for _, _, g, o in swapped[:1]], tmp_path / "r1.csv", seed=3)
    import_results(t, results)
    with pytest.raises(ValidationError, match="already has results"):
        import_draw(t, same, replace=True)
    assert [(r.gov, r.opp) for r in draw_rows(t, "kk", 1)] == [(a, b) for _, _, a, b in swapped]


def test_the_rules_a_swap_is_checked_against_are_warnings_kept_on_the_debates(small, tmp_path):
    t = small
    teams = ctx.team_values(t, "kk")
    names = [x.name for x in teams]
    first = _draw_file(tmp_path / "r1.csv", [[1, "kk", names[0], names[1], "Ауд. 12", "", "Бірінші тақырып"],
                                             [1, "kk", names[2], names[3], "", "", ""],
                                             [1, "kk", names[4], names[5], "", "", ""]])
    summary = import_draw(t, first)
    assert summary.warnings == []
    assert [r.room for r in draw_rows(t, "kk", 1)] == ["Ауд. 12", "1", "2"]
    # Round 2 drawn elsewhere: a rematch, the same government twice for one team, one team left out,
    # and an adjudicator (new to the tournament) judging their own school.
    school = teams[2].school
    Adjudicator.delete().execute()
    second = _draw_file(tmp_path / "r2.csv", [
        [2, "kk", names[0], names[1], "", "Сейітова Әйгерім, Нұрланов Ерлан", ""],
        [2, "kk", names[2], names[4], "", "", ""],
    ])
    from app.models import Organisation
    from app.tournaments.registration import add_adjudicator
    add_adjudicator(t, "Нұрланов Ерлан", Organisation.get_by_id(school).name)
    summary = import_draw(t, second)
    codes = " | ".join(str(w) for w in summary.warnings)
    assert f"Teams {names[0]} and {names[1]} have already met." in codes
    assert f"Team {names[3]} is not in this round's draw." in codes
    assert f"Team {names[5]} is not in this round's draw." in codes
    assert summary.adjudicators_added == ["Сейітова Әйгерім"]
    rows = draw_rows(t, "kk", 2)
    assert any("already met" in w for w in rows[0].warnings)
    assert rows[0].adjudicators == ["Сейітова Әйгерім", "Нұрланов Ерлан"] and rows[0].chaired
    assert [r.room for r in rows] == ["Ауд. 12", "1"]  # kept from round 1, in draw order
    assert DebateAdjudicator.live().count() == 2


def test_kazakh_titles_byes_and_two_motions(small, tmp_path):
    t = small
    names = [x.name for x in ctx.team_values(t, "kk")]
    head = ("Раунд", "Тіл", "Үкімет", "Оппозиция", "Аудитория", "Төрешілер", "Тақырып")
    two = _draw_file(tmp_path / "two.csv", [[1, "қазақ", names[0], names[1], "", "", "Бір"],
                                            [1, "kk", names[2], names[3], "", "", "Екі"]], head=head)
    with pytest.raises(ValidationError, match="two different motions"):
        import_draw(t, two)
    bye = _draw_file(tmp_path / "bye.csv", [[1, "kk", names[0], names[1], "", "", "Бір"],
                                            [1, "kk", names[2], names[3], "", "", ""],
                                            [1, "kk", names[4], "", "", "", ""]], head=head)
    summary = import_draw(t, bye)
    rows = draw_rows(t, "kk", 1)
    assert [(r.gov, r.opp, r.room) for r in rows] == [(names[0], names[1], "1"), (names[2], names[3], "2"),
                                                      (names[4], None, None)]
    assert sorted(str(w) for w in summary.warnings) == [f"Team {names[4]} has a bye that is not needed: only an "
                                                        "odd number of teams needs one.",
                                                        f"Team {names[5]} is not in this round's draw."]
    assert motion_of(t, "kk", 1).text == "Бір"
