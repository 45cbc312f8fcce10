"""Team and speaker standings: a small tournament computed by hand, ties, byes, corrections."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.tournaments.standings import speaker_standings, team_standings
from app.tournaments.types import Result, SpeakerScore
from tests.test_tournament_draw import make_teams, tournament


def debate(rn: int, gov: str, opp: str, gov_scores, opp_scores, gov_speakers=None, opp_speakers=None) -> Result:
    """A result; speakers default to <team>1 and <team>2 (lower case)."""
    gs = gov_speakers or (gov.lower() + "1", gov.lower() + "2")
    os_ = opp_speakers or (opp.lower() + "1", opp.lower() + "2")
    scores = (SpeakerScore(gs[0], gov, "pm", gov_scores[0]), SpeakerScore(gs[1], gov, "mg", gov_scores[1]),
              SpeakerScore(os_[0], opp, "lo", opp_scores[0]), SpeakerScore(os_[1], opp, "mo", opp_scores[1]))
    winner = "gov" if sum(gov_scores) > sum(opp_scores) else "opp"
    return Result(rn, gov, opp, winner, scores)


# Five teams, three rounds, one bye a round.  B's third speaker b3 replaces b1 in round 2.
#
#   round 1: A 70+70=140 beat B 68+69=137;  C 72+71=143 beat D 70+70=140;  E bye
#   round 2: A 71+71=142 beat C 71+70=141;  B (b3 72 + b2 70)=142 beat E 69+69=138;  D bye
#   round 3: C 70+69=139 beat E 69+69=138;  D 71+71=142 beat B 70+70=140;  A bye
#
# A bye is a win worth the team's average debated points:
#   A: 3 wins, 140+142 = 282, + bye 141        = 423, margins +3 +1      = +4
#   C: 2 wins, 143+141+139                      = 423, margins +3 -1 +1   = +3
#   D: 2 wins, 140+142 = 282, + bye 141         = 423, margins -3 +2      = -1
#   B: 1 win,  137+142+140                      = 419, margins -3 +4 -2   = -1
#   E: 1 win,  138+138 = 276, + bye 138         = 414, margins -4 -1      = -5
# Draw strength (opponents' wins): A: B1+C2 = 3; C: D2+A3+E1 = 6; D: C2+B1 = 3; B: A3+E1+D2 = 6; E: B1+C2 = 3.
TEAMS = ["A", "B", "C", "D", "E"]
RESULTS = [
    debate(1, "A", "B", (70, 70), (68, 69)),
    debate(1, "C", "D", (72, 71), (70, 70)),
    Result(1, "E", None),
    debate(2, "A", "C", (71, 71), (71, 70)),
    debate(2, "E", "B", (69, 69), (72, 70), opp_speakers=("b3", "b2")),
    Result(2, "D", None),
    debate(3, "C", "E", (70, 69), (69, 69)),
    debate(3, "B", "D", (70, 70), (71, 71)),
    Result(3, "A", None),
]
SPEAKERS = {"A": ["a1", "a2"], "B": ["b1", "b2", "b3"], "C": ["c1", "c2"], "D": ["d1", "d2"], "E": ["e1", "e2"]}


def table(standings) -> list[tuple[str, str]]:
    return [(s.rank_label(), s.uid) for s in standings]


def test_hand_computed_figures() -> None:
    rows = {s.uid: s for s in team_standings(TEAMS, RESULTS)}
    assert {u: (r.wins, r.points) for u, r in rows.items()} == {
        "A": (3, 423), "C": (2, 423), "D": (2, 423), "B": (1, 419), "E": (1, 414)}
    assert {u: r.figures["margins"] for u, r in rows.items()} == {"A": 4, "C": 3, "D": -1, "B": -1, "E": -5}
    assert {u: r.figures["draw_strength"] for u, r in rows.items()} == {"A": 3, "C": 6, "D": 3, "B": 6, "E": 3}
    assert (rows["A"].byes, rows["A"].debates) == (1, 2)
    assert rows["D"].figures["average_points"] == 141


def test_tie_breaks_in_the_order_given() -> None:
    # Default order: wins, points, head-to-head, ... C and D tie on wins and points; C beat D in round 1.
    assert table(team_standings(TEAMS, RESULTS)) == [("1", "A"), ("2", "C"), ("3", "D"), ("4", "B"), ("5", "E")]
    # Wins and points only: C and D share second place, listed by uid; B is fourth, not third.
    assert table(team_standings(TEAMS, RESULTS, ["wins", "points"])) == [
        ("1", "A"), ("2=", "C"), ("2=", "D"), ("4", "B"), ("5", "E")]
    # Draw strength before points: B (6) above E (3), C (6) above D (3).
    assert table(team_standings(TEAMS, RESULTS, ["wins", "draw_strength"])) == [
        ("1", "A"), ("2", "C"), ("3", "D"), ("4", "B"), ("5", "E")]
    # Margins alone: A +4, C +3, then B and D both -1 (tied), E -5.
    assert table(team_standings(TEAMS, RESULTS, ["margins"])) == [
        ("1", "A"), ("2", "C"), ("3=", "B"), ("3=", "D"), ("5", "E")]
    # Points first: A, C, D all 423; head-to-head among three only if every pair met: they did
    # (A–C round 2, C–D round 1)? A and D never met, so head-to-head does not apply; margins decide.
    assert table(team_standings(TEAMS, RESULTS, ["points", "head_to_head", "margins"])) == [
        ("1", "A"), ("2", "C"), ("3", "D"), ("4", "B"), ("5", "E")]
    rows = team_standings(TEAMS, RESULTS, ["points", "head_to_head"])
    assert table(rows)[:3] == [("1=", "A"), ("1=", "C"), ("1=", "D")]


def test_head_to_head_among_three_teams_that_all_met() -> None:
    # X beat Y, Y beat Z, Z beat X: a cycle - head-to-head leaves them tied.
    cycle = [debate(1, "X", "Y", (71, 71), (70, 70)), debate(2, "Y", "Z", (71, 71), (70, 70)),
             debate(3, "Z", "X", (71, 71), (70, 70))]
    assert {s.rank_label() for s in team_standings(["X", "Y", "Z"], cycle, ["wins", "head_to_head"])} == {"1="}
    # X, Y, Z all have 2 wins and all met: X beat Y and Z, Y beat Z; W lost everything.
    # Head-to-head among the three: X 2, Y 1, Z 0.
    win = ((71, 71), (70, 70))
    chain = [debate(1, "X", "Y", *win), debate(2, "X", "Z", *win), debate(3, "Y", "Z", *win),
             debate(4, "Y", "W", *win), debate(5, "Z", "W", *win), debate(6, "Z", "W", *win)]
    rows = team_standings(["W", "X", "Y", "Z"], chain, ["wins", "head_to_head"])
    assert table(rows) == [("1", "X"), ("2", "Y"), ("3", "Z"), ("4", "W")]
    assert [r.figures["head_to_head"] for r in rows] == [2, 1, 0, 0]


def test_corrected_ballot_changes_the_standings() -> None:
    # Round 3 C–E corrected: E 71+69 = 140 beat C 70+69 = 139.
    corrected = [r for r in RESULTS if not (r.round_no == 3 and r.gov == "C")]
    corrected.append(debate(3, "C", "E", (70, 69), (71, 69)))
    # A 3 wins; D 2 wins 423; E 2 wins (bye + round 3), 138+140 = 278 + bye 139 = 417; C 1 win 423; B 1 win 419.
    assert table(team_standings(TEAMS, corrected)) == [("1", "A"), ("2", "D"), ("3", "E"), ("4", "C"), ("5", "B")]
    assert table(team_standings(TEAMS, RESULTS)) != table(team_standings(TEAMS, corrected))
    speakers = {s.speaker: s.total for s in speaker_standings(corrected, SPEAKERS)}
    assert speakers["e1"] == 69 + 71 + 70  # the bye of round 1 credits e1's own average (70)


def test_speaker_standings_by_total() -> None:
    # A bye credits each speaker of the team their own average for that round:
    # a1 70+71 + bye 70.5 = 211.5; d1, d2 70+71 + bye 70.5 = 211.5; e1, e2 69+69 + bye 69 = 207;
    # b1 68 + 70 = 138 (missed round 2: no credit, it was no bye); b2 69+70+70 = 209; b3 72 (round 2 only);
    # c1 72+71+70 = 213; c2 71+70+69 = 210.
    rows = speaker_standings(RESULTS, SPEAKERS, rounds=[1, 2, 3])
    got = [(s.rank_label(), s.speaker, s.total, s.rounds_spoken, s.credited) for s in rows]
    assert got == [
        ("1", "c1", 213, 3, ()),
        ("2=", "a1", 211.5, 2, (3,)), ("2=", "a2", 211.5, 2, (3,)), ("2=", "d1", 211.5, 2, (2,)),
        ("2=", "d2", 211.5, 2, (2,)), ("6", "c2", 210, 3, ()), ("7", "b2", 209, 3, ()),
        ("8=", "e1", 207, 2, (1,)), ("8=", "e2", 207, 2, (1,)), ("10", "b1", 138, 2, ()), ("11", "b3", 72, 1, ())]
    b1 = next(s for s in rows if s.speaker == "b1")
    assert b1.scores == {1: 68, 3: 70} and b1.average == 69 and b1.team == "B"


def test_speaker_standings_by_average_with_a_minimum() -> None:
    # Averages: c1 71; a1, a2, d1, d2 70.5; c2 70; b2 69.67; b1, e1, e2 69; b3 spoke once: not ranked.
    # Equal averages go by total: e1 and e2 (207 with their bye's credit) before b1 (138, a round missed).
    rows = speaker_standings(RESULTS, SPEAKERS, ranking="average", min_rounds=2)
    got = [(s.rank_label(), s.speaker) for s in rows]
    assert got == [("1", "c1"), ("2=", "a1"), ("2=", "a2"), ("2=", "d1"), ("2=", "d2"), ("6", "c2"), ("7", "b2"),
                   ("8=", "e1"), ("8=", "e2"), ("10", "b1"), ("—", "b3")]
    assert rows[-1].rank is None


def test_speaker_rounds_filter_and_silent_speakers() -> None:
    rows = speaker_standings(RESULTS, {**SPEAKERS, "A": ["a1", "a2", "a3"]}, rounds=[1])
    by = {s.speaker: s for s in rows}
    assert by["c1"].total == 72 and by["c1"].rank == 1
    assert by["a3"].total == 0 and by["a3"].rounds_spoken == 0 and by["a3"].team == "A"
    with pytest.raises(ValidationError):
        speaker_standings(RESULTS, SPEAKERS, ranking="median")


def test_iron_person_counts_once_with_the_average() -> None:
    r = Result(1, "A", "B", "gov", (SpeakerScore("a1", "A", "pm", 72), SpeakerScore("a1", "A", "mg", 70),
                                    SpeakerScore("b1", "B", "lo", 69), SpeakerScore("b2", "B", "mo", 70)))
    a1 = next(s for s in speaker_standings([r], {"A": ["a1"], "B": ["b1", "b2"]}) if s.speaker == "a1")
    assert (a1.total, a1.rounds_spoken) == (71, 1)


def test_unknown_tiebreak_is_refused() -> None:
    with pytest.raises(ValidationError):
        team_standings(TEAMS, RESULTS, ["wins", "luck"])


@settings(max_examples=40, deadline=None)
@given(n=st.integers(2, 24), rounds=st.integers(1, 5), seed=st.integers(0, 10**6),
       order=st.sampled_from([("wins", "points"), ("wins", "points", "head_to_head", "draw_strength", "margins"),
                              ("wins",), ("wins", "draw_strength", "average_points")]))
def test_standings_are_consistent(n, rounds, seed, order) -> None:
    teams = make_teams(n)
    history, _ = tournament(teams, rounds, seed, rng_seed=seed)
    rows = team_standings(teams, history, order)
    assert sorted(s.uid for s in rows) == sorted(t.uid for t in teams)
    assert sum(s.wins for s in rows) == len(history)  # every debate and bye gives one win
    for i, s in enumerate(rows):
        assert s.rank <= i + 1
        if i:
            prev = rows[i - 1]
            assert prev.wins >= s.wins
            assert (s.rank == prev.rank) == (prev.tied and s.tied and s.rank == prev.rank)
            if s.rank == prev.rank:
                assert all(s.figures[c] == prev.figures[c] for c in order if c != "head_to_head")
    shuffled = history[:]
    random.Random(seed).shuffle(shuffled)
    assert team_standings(list(reversed(teams)), shuffled, order) == rows
