"""Ballot checks and panel decisions."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.tournaments.ballots import check_ballot, on_step, panel_decision
from app.tournaments.types import Ballot, SpeakerScore, TournamentSettings, check_settings

RULES = TournamentSettings()
GOV, OPP = ["g1", "g2", "g3"], ["o1", "o2"]


def ballot(pm=72, mg=71, lo=70, mo=70, winner="gov", speakers=("g1", "g2", "o1", "o2"), adjudicator=None) -> Ballot:
    teams = ("G", "G", "O", "O")
    scores = tuple(SpeakerScore(s, t, r, v) for s, t, r, v in zip(speakers, teams, ("pm", "mg", "lo", "mo"),
                                                                  (pm, mg, lo, mo)))
    return Ballot("G", "O", winner, scores, adjudicator)


def sources(msgs) -> list[str]:
    return [m.source for m in msgs]


def test_a_good_ballot_passes() -> None:
    assert check_ballot(ballot(), RULES, GOV, OPP) == []


def test_winner_and_roles_are_required() -> None:
    b = ballot(winner=None)
    assert "Choose the winning side." in sources(check_ballot(b, RULES, GOV, OPP))
    missing = Ballot("G", "O", "gov", ballot().scores[:3])
    msgs = check_ballot(missing, RULES, GOV, OPP)
    assert [m.render() for m in msgs] == ["The Member of the Opposition has no score."]
    doubled = Ballot("G", "O", "gov", ballot().scores + (SpeakerScore("o2", "O", "mo", 70),))
    assert "The {role} is scored {count} times." in sources(check_ballot(doubled, RULES, GOV, OPP))


def test_scores_in_range_and_on_the_step() -> None:
    msgs = check_ballot(ballot(pm=81, lo=59), RULES, GOV, OPP)
    assert [m.render() for m in msgs] == ["The score 81 of the Prime Minister is outside 60 – 80.",
                                          "The score 59 of the Leader of the Opposition is outside 60 – 80."]
    assert [m.render() for m in check_ballot(ballot(mg=70.5), RULES, GOV, OPP)] == [
        "The score 70.5 of the Member of the Government is not in steps of 1."]
    halves = TournamentSettings(score_step=0.5)
    assert check_ballot(ballot(mg=70.5), halves, GOV, OPP) == []
    tenths = TournamentSettings(score_min=6.0, score_max=8.0, score_step=0.1)
    # 7.3 is not exactly representable; it is still on the step.
    assert on_step(7.3, tenths) and on_step(6.0 + 0.1 * 7, tenths) and not on_step(7.35, tenths)
    assert check_ballot(ballot(7.3, 7.2, 7.1, 7.0), tenths, GOV, OPP) == []


def test_speakers_must_belong_to_their_side() -> None:
    msgs = check_ballot(ballot(speakers=("g1", "o1", "g2", "o2")), RULES, GOV, OPP)
    assert [m.render() for m in msgs] == ["The Member of the Government must be a speaker of the government team.",
                                          "The Leader of the Opposition must be a speaker of the opposition team."]


def test_iron_person_is_refused_unless_allowed() -> None:
    iron = ballot(speakers=("g1", "g1", "o1", "o2"))
    assert sources(check_ballot(iron, RULES, GOV, OPP)) == [
        "One speaker gave {count} speeches; this tournament does not allow it."]
    assert check_ballot(iron, TournamentSettings(iron_person=True), GOV, OPP) == []


def test_totals_decide_unless_low_point_wins() -> None:
    low = ballot(pm=70, mg=70, lo=71, mo=70, winner="gov")
    assert [m.render() for m in check_ballot(low, RULES, GOV, OPP)] == [
        "The winner (government) has fewer points: 140 against 141."]
    assert check_ballot(low, TournamentSettings(low_point_wins=True), GOV, OPP) == []
    tie = ballot(pm=70, mg=70, lo=70, mo=70)
    assert [m.render() for m in check_ballot(tie, TournamentSettings(low_point_wins=True), GOV, OPP)] == [
        "Both teams total 140; a debate cannot end in a tie."]


def test_panel_majority_and_average_of_the_majority() -> None:
    chair = ballot(72, 71, 70, 70, "gov")
    wing1 = ballot(70, 70, 72, 72, "opp")
    wing2 = ballot(74, 73, 70, 71, "gov")
    winner, scores = panel_decision([chair, wing1, wing2])
    assert winner == "gov"
    # the dissenting wing's scores are left out: pm (72+74)/2 = 73, mg 72, lo 70, mo 70.5
    assert [(s.role, s.score) for s in scores] == [("pm", 73), ("mg", 72), ("lo", 70), ("mo", 70.5)]
    assert panel_decision([wing1, chair, wing2])[0] == "gov"  # the majority, whoever chairs


def test_even_split_goes_to_the_chair() -> None:
    chair, wing = ballot(winner="gov"), ballot(70, 70, 72, 72, "opp")
    assert panel_decision([chair, wing])[0] == "gov"
    assert panel_decision([wing, chair])[0] == "opp"


def test_panel_refuses_mismatched_ballots() -> None:
    with pytest.raises(ValidationError):
        panel_decision([])
    with pytest.raises(ValidationError):
        panel_decision([ballot(), ballot(speakers=("g3", "g2", "o1", "o2"))])
    with pytest.raises(ValidationError):
        panel_decision([ballot(), ballot(winner=None)])
    other = Ballot("G", "X", "gov", ballot().scores)
    with pytest.raises(ValidationError):
        panel_decision([ballot(), other])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.lists(st.integers(60, 80), min_size=4, max_size=4), st.booleans()),
                min_size=1, max_size=5))
def test_a_panel_of_valid_ballots_gives_a_valid_result(raw) -> None:
    """If every ballot is valid, the panel's averaged scores still give the winner the higher total."""
    ballots = []
    for scores, _gov_wins in raw:
        g, o = scores[0] + scores[1], scores[2] + scores[3]
        if g == o:
            continue
        ballots.append(ballot(*scores, winner="gov" if g > o else "opp"))
    if not ballots:
        return
    assert all(check_ballot(b, RULES, GOV, OPP) == [] for b in ballots)
    winner, scores = panel_decision(ballots)
    votes = [b.winner for b in ballots]
    assert votes.count(winner) * 2 >= len(votes)
    gov = sum(s.score for s in scores if s.role in ("pm", "mg"))
    opp = sum(s.score for s in scores if s.role in ("lo", "mo"))
    assert (gov > opp) == (winner == "gov")


def test_settings_check() -> None:
    assert check_settings(RULES) == []
    bad = TournamentSettings(score_min=70, score_max=60, score_step=0, tiebreaks=("wins", "wins", "coin"),
                             speaker_ranking="best", speaker_min_rounds=-1)
    assert len(check_settings(bad)) == 6
    assert len(check_settings(TournamentSettings(score_min=60, score_max=80, score_step=3))) == 1
