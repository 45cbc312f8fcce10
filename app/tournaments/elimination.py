"""The break to elimination rounds and their bracket (quarterfinal, semifinal, final).

The top N teams of the standings break.  A tie across the cut that no
tie-break separates is a *bubble*: the organisers decide it (never chance).
Seeds meet as in a tennis draw (1 v N, 2 v N−1, …, 1 and 2 only in the
final); when N is not a power of two the top seeds skip a partial first
round.  The higher seed takes government.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from app.errors import ValidationError
from app.i18n import Msg
from app.tournaments.types import TeamStanding

ROUND_CODES = ("final", "semifinal", "quarterfinal", "octofinal", "double_octofinal")


@dataclass(frozen=True)
class BreakDecision:
    """The organisers' choice of bubble teams, best seed first, and why."""

    chosen: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class BreakResult:
    """The breaking teams, seed 1 first; ``bubble``: teams tied across the cut, awaiting a decision.

    While ``needs_decision``, ``teams`` holds only the teams safely in and
    ``places_open`` places are left for the bubble teams.
    ``seed_ties``: groups of breaking teams that share a rank (seeded in the
    standings' listing order; the organisers may reorder them).
    """

    teams: tuple[str, ...]
    bubble: tuple[str, ...] = ()
    places_open: int = 0
    decided: bool = False
    reason: str | None = None
    seed_ties: tuple[tuple[str, ...], ...] = ()

    @property
    def needs_decision(self) -> bool:
        return bool(self.bubble) and not self.decided


@dataclass(frozen=True)
class ElimPairing:
    """One elimination debate: the higher seed is government; a bye has no opposition."""

    gov: str
    opp: str | None
    gov_seed: int
    opp_seed: int | None

    @property
    def is_bye(self) -> bool:
        return self.opp is None


def break_teams(standings: Sequence[TeamStanding], size: int,
                decision: BreakDecision | None = None) -> BreakResult:
    """The top ``size`` teams of ``standings`` (as :func:`team_standings` orders them).

    If the team in place ``size`` and the next share a rank, every team of
    that rank is on the bubble; with ``decision`` the chosen ones complete the
    break, otherwise the result asks for a decision.
    """
    if size < 2:
        raise ValidationError("size", Msg("Tournament", "At least two teams must break."))
    if size > len(standings):
        raise ValidationError("size", Msg("Tournament", "Only {count} teams can break, not {size}.",
                                          count=len(standings), size=size))
    rows = list(standings)
    bubble: list[str] = []
    safe = [s.uid for s in rows[:size]]
    if size < len(rows) and rows[size - 1].rank == rows[size].rank:
        rank = rows[size].rank
        bubble = [s.uid for s in rows if s.rank == rank]
        safe = [s.uid for s in rows[:size] if s.rank < rank]
    open_places = size - len(safe)
    chosen: list[str] = []
    decided = False
    reason = None
    if bubble and decision is not None:
        if not decision.reason.strip():
            raise ValidationError("reason", Msg("Tournament", "Write why these teams break from the tie."))
        if len(set(decision.chosen)) != len(decision.chosen) or not set(decision.chosen) <= set(bubble):
            raise ValidationError("chosen", Msg("Tournament", "Choose only teams that are tied at the cut, each once."))
        if len(decision.chosen) != open_places:
            raise ValidationError("chosen", Msg("Tournament", "Choose {count} of the tied teams.",
                                                count=open_places))
        chosen, decided, reason = list(decision.chosen), True, decision.reason.strip()
    teams = tuple(safe + chosen)
    in_break = set(teams)
    by_rank: dict[int, list[str]] = {}
    for s in rows:
        if s.uid in in_break and s.uid not in chosen:
            by_rank.setdefault(s.rank, []).append(s.uid)
    seed_ties = tuple(tuple(g) for g in by_rank.values() if len(g) > 1)
    return BreakResult(teams=teams, bubble=tuple(bubble), places_open=open_places if bubble else 0,
                       decided=decided, reason=reason, seed_ties=seed_ties)


def _bracket_order(slots: int) -> list[int]:
    """Seeds in bracket order: for 8, 1 8 4 5 2 7 3 6 (so 1 and 2 can meet only in the final)."""
    order = [1]
    while len(order) < slots:
        size = len(order) * 2
        order = [x for s in order for x in (s, size + 1 - s)]
    return order


def bracket(seeds: Sequence[str]) -> list[ElimPairing]:
    """The first elimination round for ``seeds`` (seed 1 first), in bracket order.

    With N teams not a power of two, the top (next power of two − N) seeds
    get a bye, listed as a pairing without opposition.
    """
    if len(seeds) < 2:
        raise ValidationError("seeds", Msg("Tournament", "An elimination round needs at least two teams."))
    if len(set(seeds)) != len(seeds):
        raise ValidationError("seeds", Msg("Tournament", "A team is seeded twice."))
    slots = 1 << (len(seeds) - 1).bit_length()
    order = _bracket_order(slots)
    out = []
    for k in range(0, slots, 2):
        high, low = sorted(order[k:k + 2])
        opp = seeds[low - 1] if low <= len(seeds) else None
        out.append(ElimPairing(seeds[high - 1], opp, high, low if opp is not None else None))
    return out


def next_round(previous: Sequence[ElimPairing], winners: Collection[str]) -> list[ElimPairing]:
    """The next elimination round from ``previous`` (in bracket order) and its winners.

    A bye's team goes through.  Returns [] after the final.
    """
    won = set(winners)
    through: list[tuple[str, int]] = []
    for p in previous:
        if p.opp is None:
            through.append((p.gov, p.gov_seed))
            continue
        gov_won, opp_won = p.gov in won, p.opp in won
        if gov_won == opp_won:
            raise ValidationError("winners", Msg("Tournament", "Choose one winner of {gov} against {opp}.",
                                                 gov=p.gov, opp=p.opp))
        if gov_won:
            through.append((p.gov, p.gov_seed))
        else:
            assert p.opp_seed is not None  # a debate with an opposition has its seed
            through.append((p.opp, p.opp_seed))
    if len(through) == 1:
        return []
    if len(through) % 2:
        raise ValidationError("previous", Msg("Tournament", "The previous round is not a whole bracket."))
    out = []
    for (a, sa), (b, sb) in zip(through[::2], through[1::2]):
        out.append(ElimPairing(a, b, sa, sb) if sa <= sb else ElimPairing(b, a, sb, sa))
    return out


def round_code(slots: int) -> str:
    """The name code of an elimination round with ``slots`` places (2 → final, 8 → quarterfinal)."""
    names = {2: "final", 4: "semifinal", 8: "quarterfinal", 16: "octofinal", 32: "double_octofinal"}
    return names.get(slots, f"round_of_{slots}")


def elimination_rounds(break_size: int) -> list[str]:
    """The codes of the elimination rounds for ``break_size`` teams: 8 → quarterfinal, semifinal, final.

    A break that is not a power of two starts with a ``partial`` round (6 →
    partial, semifinal, final).
    """
    if break_size < 2:
        return []
    slots = 1 << (break_size - 1).bit_length()
    codes = ["partial"] if slots != break_size else [round_code(slots)]
    size = slots // 2
    while size >= 2:
        codes.append(round_code(size))
        size //= 2
    return codes


def round_label(code: str) -> Msg:
    """The translatable name of an elimination round code."""
    labels = {
        "final": Msg("Tournament", "Final"),
        "semifinal": Msg("Tournament", "Semifinal"),
        "quarterfinal": Msg("Tournament", "Quarterfinal"),
        "octofinal": Msg("Tournament", "Octofinal"),
        "double_octofinal": Msg("Tournament", "Double octofinal"),
        "partial": Msg("Tournament", "Partial elimination round"),
    }
    if code in labels:
        return labels[code]
    if code.startswith("round_of_"):
        return Msg("Tournament", "Round of {count}", count=code.removeprefix("round_of_"))
    return Msg("Tournament", "Elimination round")
