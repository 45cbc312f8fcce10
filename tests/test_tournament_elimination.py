"""The break (with bubble ties for the organisers) and the elimination bracket."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.tournaments.elimination import (
    BreakDecision,
    ElimPairing,
    bracket,
    break_teams,
    elimination_rounds,
    next_round,
    round_code,
    round_label,
)
from app.tournaments.types import TeamStanding


def standings(*ranks: int) -> list[TeamStanding]:
    """Standings with the given ranks in order (t1, t2, …); equal ranks are ties."""
    counts = {r: ranks.count(r) for r in ranks}
    return [TeamStanding(rank=r, tied=counts[r] > 1, uid=f"t{i + 1}", wins=0, points=0, debates=0, byes=0)
            for i, r in enumerate(ranks)]


def test_a_clean_break() -> None:
    result = break_teams(standings(1, 2, 3, 4, 5), 4)
    assert result.teams == ("t1", "t2", "t3", "t4") and not result.needs_decision and result.bubble == ()


def test_a_bubble_tie_waits_for_the_organisers() -> None:
    rows = standings(1, 2, 3, 4, 4, 4, 7)
    result = break_teams(rows, 4)
    assert result.needs_decision
    assert result.teams == ("t1", "t2", "t3")
    assert result.bubble == ("t4", "t5", "t6") and result.places_open == 1
    decided = break_teams(rows, 4, BreakDecision(("t6",), "Won the debate between them in round 4"))
    assert decided.teams == ("t1", "t2", "t3", "t6") and decided.decided and not decided.needs_decision
    assert decided.reason == "Won the debate between them in round 4"
    with pytest.raises(ValidationError):
        break_teams(rows, 4, BreakDecision(("t6", "t5"), "both"))
    with pytest.raises(ValidationError):
        break_teams(rows, 4, BreakDecision(("t7",), "not tied"))
    with pytest.raises(ValidationError):
        break_teams(rows, 4, BreakDecision(("t5",), "  "))


def test_ties_inside_the_break_are_not_a_bubble() -> None:
    result = break_teams(standings(1, 2, 2, 4, 5), 4)
    assert result.teams == ("t1", "t2", "t3", "t4") and not result.bubble
    assert result.seed_ties == (("t2", "t3"),)


def test_break_size_limits() -> None:
    with pytest.raises(ValidationError):
        break_teams(standings(1, 2), 3)
    with pytest.raises(ValidationError):
        break_teams(standings(1, 2), 1)
    assert break_teams(standings(1, 1), 2).teams == ("t1", "t2")


def test_bracket_of_eight() -> None:
    seeds = [f"s{i}" for i in range(1, 9)]
    first = bracket(seeds)
    assert [(p.gov_seed, p.opp_seed) for p in first] == [(1, 8), (4, 5), (2, 7), (3, 6)]
    semis = next_round(first, {"s1", "s5", "s7", "s3"})
    assert semis == [ElimPairing("s1", "s5", 1, 5), ElimPairing("s3", "s7", 3, 7)]  # higher seed is government
    final = next_round(semis, {"s5", "s3"})
    assert final == [ElimPairing("s3", "s5", 3, 5)]
    assert next_round(final, {"s5"}) == []
    assert elimination_rounds(8) == ["quarterfinal", "semifinal", "final"]


def test_partial_round_gives_top_seeds_a_bye() -> None:
    seeds = [f"s{i}" for i in range(1, 7)]
    first = bracket(seeds)
    assert [(p.gov_seed, p.opp_seed) for p in first] == [(1, None), (4, 5), (2, None), (3, 6)]
    assert [p.is_bye for p in first] == [True, False, True, False]
    semis = next_round(first, {"s5", "s3"})
    assert [(p.gov, p.opp) for p in semis] == [("s1", "s5"), ("s2", "s3")]
    assert elimination_rounds(6) == ["partial", "semifinal", "final"]
    assert elimination_rounds(2) == ["final"] and elimination_rounds(16)[0] == "octofinal"


def test_winners_must_be_clear() -> None:
    first = bracket(["a", "b", "c", "d"])
    with pytest.raises(ValidationError):
        next_round(first, {"a"})
    with pytest.raises(ValidationError):
        next_round(first, {"a", "d", "b"})
    with pytest.raises(ValidationError):
        bracket(["a"])
    with pytest.raises(ValidationError):
        bracket(["a", "a"])


def test_round_names() -> None:
    assert [round_code(n) for n in (2, 4, 8, 16, 64)] == ["final", "semifinal", "quarterfinal", "octofinal",
                                                          "round_of_64"]
    assert round_label("semifinal").render() == "Semifinal"
    assert round_label("round_of_64").render() == "Round of 64"


@given(st.integers(2, 40), st.randoms(use_true_random=False))
def test_any_bracket_plays_out_to_one_champion(n, rnd) -> None:
    seeds = [f"s{i}" for i in range(1, n + 1)]
    current = bracket(seeds)
    assert sorted(u for p in current for u in (p.gov, p.opp) if u) == sorted(seeds)
    rounds = 1
    alive = set(seeds)
    while True:
        assert all(p.gov_seed < (p.opp_seed or 10**9) for p in current)
        winners = {p.gov if p.opp is None or rnd.random() < 0.5 else p.opp for p in current}
        alive = {u for u in alive if u in winners or not any(u in (p.gov, p.opp) for p in current)}
        current = next_round(current, winners)
        if not current:
            break
        rounds += 1
    assert len(alive) == 1 and rounds == len(elimination_rounds(n))
    # the top two seeds can meet only in the final
    if n >= 2:
        firsts = bracket(seeds)
        half = len(firsts) // 2
        top = [u for p in firsts[:half] for u in (p.gov, p.opp)] if half else []
        assert "s2" not in top
