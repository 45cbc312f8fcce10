"""A bye team's speakers: each is credited their own average speech for the bye round (docs/tournaments.md)."""
from __future__ import annotations

import pytest

from app.models import Tournament
from app.tournaments import context as ctx
from app.tournaments.registration import delete_team, teams_of
from app.tournaments.setup import settings_of, update_tournament
from app.tournaments.standings import speaker_standings
from app.tournaments.tab import speaker_rows
from app.tournaments.types import Result, SpeakerScore
from tests.tournament_helpers import play_round, small  # noqa: F401 (small: fixture)

SPEAKERS = {"A": ["a1", "a2"], "B": ["b1", "b2"], "C": ["c1", "c2"]}


def _debate(r: int, gov: str, opp: str, scores: tuple[float, float, float, float]) -> Result:
    g1, g2, o1, o2 = scores
    s = (SpeakerScore(f"{gov.lower()}1", gov, "pm", g1), SpeakerScore(f"{gov.lower()}2", gov, "mg", g2),
         SpeakerScore(f"{opp.lower()}1", opp, "lo", o1), SpeakerScore(f"{opp.lower()}2", opp, "mo", o2))
    return Result(r, gov, opp, "gov" if g1 + g2 > o1 + o2 else "opp", s)


# Three teams, three rounds: each team has one bye.
RESULTS = [_debate(1, "A", "B", (70, 72, 65, 66)), Result(1, "C", None),
           _debate(2, "A", "C", (74, 76, 71, 73)), Result(2, "B", None),
           _debate(3, "B", "C", (68, 69, 75, 77)), Result(3, "A", None)]


def test_each_speaker_of_a_bye_team_is_credited_their_own_average():
    rows = {s.speaker: s for s in speaker_standings(RESULTS, SPEAKERS)}
    # a1 spoke 70 and 74: the bye round 3 counts 72, so the total is 216 (not 144, one speech short).
    assert rows["a1"].scores == {1: 70, 2: 74, 3: 72} and rows["a1"].credited == (3,)
    assert rows["a1"].total == pytest.approx(216) and rows["a1"].average == pytest.approx(72)
    assert rows["a1"].rounds_spoken == 2  # what they really spoke is still shown
    assert rows["c2"].scores == {1: 75, 2: 73, 3: 77} and rows["c2"].credited == (1,)
    # Everyone now has three rounds' worth: the ranking is by the speakers' level, not by who had a bye.
    assert [s.speaker for s in speaker_standings(RESULTS, SPEAKERS)][:2] == ["c2", "a2"]


def test_the_average_rule_is_unchanged_by_the_credit_and_the_bye_counts_towards_the_least_rounds():
    rows = {s.speaker: s for s in speaker_standings(RESULTS, SPEAKERS, ranking="average", min_rounds=3)}
    assert rows["a1"].average == pytest.approx(72) and rows["a1"].rank is not None
    assert all(s.rank is not None for s in rows.values())  # without the credit nobody would reach 3 rounds
    # Only the real rounds spoken would leave everyone unranked with a least of 3.
    no_bye = [r for r in RESULTS if not r.is_bye]
    assert all(s.rank is None for s in speaker_standings(no_bye, SPEAKERS, ranking="average", min_rounds=3))


def test_a_speaker_who_has_not_spoken_yet_is_credited_nothing_until_they_speak():
    rows = {s.speaker: s for s in speaker_standings(RESULTS[:2], SPEAKERS)}
    assert rows["c1"].total == 0 and rows["c1"].credited == () and rows["c1"].scores == {}
    rows = {s.speaker: s for s in speaker_standings(RESULTS[:4], SPEAKERS)}
    assert rows["c1"].scores == {1: 71, 2: 71} and rows["c1"].credited == (1,)


def test_a_forfeit_win_is_credited_like_a_bye_and_the_absent_team_gets_nothing():
    results = [_debate(1, "A", "B", (70, 72, 65, 66)), Result(2, "A", "B", "gov", forfeit=True)]
    rows = {s.speaker: s for s in speaker_standings(results, SPEAKERS)}
    assert rows["a2"].scores == {1: 72, 2: 72} and rows["a2"].credited == (2,)
    assert rows["b1"].scores == {1: 65} and rows["b1"].credited == ()


def test_a_category_is_ranked_among_itself_with_the_same_credits():
    rows = speaker_standings(RESULTS, SPEAKERS, only={"a1", "b1"})
    assert [(s.speaker, s.rank, s.credited) for s in rows] == [("a1", 1, (3,)), ("b1", 2, (2,))]


def test_a_saved_tournament_credits_its_bye_speakers(small):
    t = small
    delete_team(teams_of(t, "kk")[0])  # five teams: one bye a round
    for rnd in (1, 2):
        play_round(t, rnd, seed=4)
    byes = {d.round: d.gov_uid for d in ctx.debates(t, "kk") if d.opp_uid is None}
    assert len(byes) == 2
    rows = {r.uid: r for r in speaker_rows(t, "kk")}
    for rnd, team in byes.items():
        for speaker in ctx.speakers_by_team([team])[team]:
            row = rows[speaker]
            assert rnd in row.credited and row.rounds_spoken == 1
            spoken = [v for k, v in row.scores.items() if k != rnd]
            assert row.scores[rnd] == pytest.approx(spoken[0]) and row.total == pytest.approx(2 * spoken[0])
    s = settings_of(t)
    s.speakers_rule, s.speaker_min_rounds = "average", 2
    update_tournament(t, s)
    rows = {r.uid: r for r in speaker_rows(Tournament.get_by_id(t.uid), "kk")}
    assert all(r.rank is not None for r in rows.values())  # the bye round counts towards the least 2
