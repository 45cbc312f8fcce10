"""Shared by the tournament tests: teams and results files, the command line, a small registered tournament."""
from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from app.cli import main
from app.models import Debate
from app.tournaments import context as ctx
from app.tournaments.registration import import_teams
from app.tournaments.results import BallotInput, enter_ballot
from app.tournaments.rounds import make_draw
from app.tournaments.setup import TournamentSettings, create_tournament

RESULT_HEAD = "round,league,gov_team,opp_team,winner,pm,pm_score,mg,mg_score,lo,lo_score,mo,mo_score".split(",")


def speakers(league: str, i: int) -> tuple[str, str]:
    return f"Әлиев{league}{i} Нұрлан", f"Қасымова{league}{i} Іңкәр"


def write_teams(path: Path, leagues=("kk", "ru", "en"), n: int = 20, schools: int = 8, seed: int = 3) -> Path:
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["league", "team", "school", "speaker1", "speaker2", "coach"])
        for lg in leagues:
            for i in range(n):
                w.writerow([lg, f"Team-{lg}-{i:02d}", f"№{rng.randrange(schools)} мектеп", *speakers(lg, i),
                            f"Жаттықтырушы{lg}{i // 3} Ұлан"])
    return path


def write_results(draw: list[dict], path: Path, seed: int, low: int = 65, high: int = 78) -> Path:
    """Random but valid ballots for a draw (the winner has the higher total)."""
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(RESULT_HEAD)
        for r in draw:
            if r["bye"]:
                continue
            gi, oi = int(r["gov"].rsplit("-", 1)[1]), int(r["opp"].rsplit("-", 1)[1])
            sc = [rng.randrange(low, high) for _ in range(4)]
            if sc[0] + sc[1] == sc[2] + sc[3]:
                sc[0] += 1
            win = "gov" if sc[0] + sc[1] > sc[2] + sc[3] else "opp"
            (pm, mg), (lo, mo) = speakers(r["league"], gi), speakers(r["league"], oi)
            w.writerow([r["round"], r["league"], r["gov"], r["opp"], win, pm, sc[0], mg, sc[1], lo, sc[2], mo, sc[3]])
    return path


def cli(db: Path, *args: str, capsys=None) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--lang", "en", *args])
    out = capsys.readouterr() if capsys else None
    return code, out.out if out else "", out.err if out else ""


@pytest.fixture
def small(store, tmp_path):
    """A 1-league tournament with six teams from six schools, registered."""
    t = create_tournament(TournamentSettings(name="Аудандық турнир", leagues=["kk"], rounds=3, break_size=4,
                                             score_min=60, score_max=80, score_step=0.5))
    import_teams(t, write_teams(tmp_path / "teams.csv", leagues=("kk",), n=6, schools=1000, seed=9))
    return t


def ballot_for(debate: Debate, winner: str, scores=(70, 70, 69, 69)) -> BallotInput:
    gov = ctx.speakers_by_team([debate.gov_uid])[debate.gov_uid]
    opp = ctx.speakers_by_team([debate.opp_uid])[debate.opp_uid]
    return BallotInput(winner=winner, speakers={"pm": gov[0], "mg": gov[1], "lo": opp[0], "mo": opp[1]},
                       scores=dict(zip(("pm", "mg", "lo", "mo"), scores)))


def play_round(t, rnd: int, seed: int = 0) -> list[Debate]:
    made = make_draw(t, "kk", rnd)
    rng = random.Random(seed + rnd)
    for d in made:
        if d.opp_uid:
            a, b = rng.randrange(62, 78), rng.randrange(62, 78)
            gov_wins = rng.random() < 0.5
            hi, lo = max(a, b) + 1, min(a, b)
            scores = (hi, hi, lo, lo) if gov_wins else (lo, lo, hi, hi)
            enter_ballot(t, d, ballot_for(d, "gov" if gov_wins else "opp", scores))
    return made
