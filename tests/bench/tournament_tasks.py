"""Tournament figures: a 200-team power-paired draw and the standings of 200 teams over 5 rounds.

``python tests/bench/tournament_tasks.py`` prints one JSON line: the median
seconds of ``draw_round`` for round 4 of a 200-team league (after three
played rounds) next to a plain ``random.shuffle`` pairing of the same teams,
and of ``team_standings`` + ``speaker_standings`` after five rounds next to a
plain sum-and-``sorted()`` by (wins, points) and by speaker total.
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
            "results": len(history)}


if __name__ == "__main__":
    print(json.dumps(run()))
