"""Tournament figures: a 200-team power-paired draw and the standings of 200 teams over 5 rounds.

``python tests/bench/tournament_tasks.py`` prints one JSON line: the median
seconds of ``draw_round`` for round 4 of a 200-team league (after three
played rounds) next to a plain ``random.shuffle`` pairing of the same teams,
and of ``team_standings`` + ``speaker_standings`` after five rounds next to a
plain sum-and-``sorted()`` by (wins, points) and by speaker total; and the
bracket crossings of the draw (minimum-cost matching) beside those of the
previous pairing step (exact search up to 14 teams, local search above) on
the same rounds: 200-team leagues (rounds 2–5) and 40-team leagues whose
first rounds were drawn elsewhere (random pairings), seeds 0–(SEEDS-1).
"""
from __future__ import annotations

import json
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TEAMS = 200
REPEATS = 5
SEEDS = 5


def _timed(fn) -> float:
    """The median seconds of ``REPEATS`` calls of ``fn``."""
    times = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def run() -> dict:
    """Play a 200-team league with random results; time the draw and the standings."""
    from app.tournaments.draw import draw_round
    from app.tournaments.standings import speaker_standings, team_standings
    from tests.test_tournament_draw import make_teams, play

    teams = make_teams(TEAMS, schools=70)
    rng = random.Random(2025)
    history = []
    for rn in range(1, 6):
        if rn == 4:
            draw_s = _timed(lambda history=history: draw_round(teams, history, 4, 17))

            def shuffled() -> list:
                uids = [t.uid for t in teams]
                random.Random(17).shuffle(uids)
                return list(zip(uids[::2], uids[1::2]))

            shuffle_s = _timed(shuffled)
        history += play(draw_round(teams, history, rn, 17), rn, rng)
    speakers = defaultdict(list)
    for r in history:
        for s in r.scores:
            if s.speaker not in speakers[s.team]:
                speakers[s.team].append(s.speaker)

    def ours() -> None:
        team_standings(teams, history)
        speaker_standings(history, speakers, rounds=range(1, 6))

    def plain() -> None:
        wins, points, spoken = defaultdict(int), defaultdict(float), defaultdict(float)
        for r in history:
            if r.winner_uid:
                wins[r.winner_uid] += 1
            for s in r.scores:
                points[s.team] += s.score
                spoken[s.speaker] += s.score
        sorted((t.uid for t in teams), key=lambda u: (wins[u], points[u]), reverse=True)
        sorted(spoken, key=spoken.get, reverse=True)

    standings_s, sorted_s = _timed(ours), _timed(plain)
    return {"teams": TEAMS, "draw_s": draw_s, "shuffle_s": shuffle_s, "draw_ratio": draw_s / shuffle_s,
            "standings_s": standings_s, "sorted_s": sorted_s, "standings_ratio": standings_s / sorted_s,
            "results": len(history), **compare_with_previous()}


def compare_with_previous() -> dict:
    """Bracket crossings of the matching and of the previous pairing step, drawing the same rounds.

    Each round is drawn both ways from the same history (played on with the
    matching's draw); also counted: the rounds where the previous draw is
    worse by the cost order (rematch, school, crossing, pull-up, sides, distance).
    """
    from app.tournaments import draw
    from tests.previous_draw import previous_pairs
    from tests.test_tournament_draw import crossings, make_teams, mixed_history, play, solved

    out = {}
    for name, teams, rounds in (("200", make_teams(TEAMS, schools=70), range(2, 6)),
                                ("40", make_teams(40, schools=4), range(3, 6))):
        tally = {"crossings": 0, "previous_crossings": 0, "previous_worse": 0, "draws": 0}

        def both(history: list, rn: int, seed: int, teams: list = teams, tally: dict = tally) -> None:
            new, _, new_cost = solved(teams, history, rn, seed)
            old, _, old_cost = solved(teams, history, rn, seed, previous_pairs)
            hist, _ = draw.team_history([t.uid for t in teams], history)
            tally["crossings"] += crossings(new, hist)
            tally["previous_crossings"] += crossings(old, hist)
            tally["previous_worse"] += old_cost > new_cost
            tally["draws"] += 1

        for seed in range(SEEDS):
            if name == "200":  # power-paired from round 1
                rng = random.Random(seed)
                history: list = []
                for rn in range(1, max(rounds) + 1):
                    if rn in rounds:
                        both(history, rn, seed)
                    history += play(draw.draw_round(teams, history, rn, seed), rn, rng)
            else:  # rounds 1-2 drawn elsewhere (random pairings), then power-paired
                for rn in rounds:
                    both(mixed_history(teams, rn - 1, seed), rn, seed)
        out.update({f"{key}_{name}": value for key, value in tally.items()})
    return out


if __name__ == "__main__":
    print(json.dumps(run()))
