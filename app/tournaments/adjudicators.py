"""Who judges which debate: chairs first, never a team of the adjudicator's own school when avoidable."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.errors import ValidationError
from app.i18n import Msg
from app.tournaments.draw import seeded_tiebreak, team_names
from app.tournaments.types import Adjudicator, Pairing, Problem, Team


@dataclass(frozen=True)
class Allocation:
    """Adjudicators per debate (aligned with the pairings, chair first) and what could not be avoided."""

    panels: list[list[str]]
    problems: list[Problem]


def _conflicted(adj: Adjudicator, pairing: Pairing, school: dict[str, str | None]) -> str | None:
    """The first team of ``pairing`` from ``adj``'s school, if any."""
    if adj.school is None:
        return None
    for uid in pairing.teams:
        if school.get(uid) == adj.school:
            return uid
    return None


def allocate_adjudicators(pairings: Sequence[Pairing], teams: Sequence[Team], adjudicators: Sequence[Adjudicator],
                          per_debate: int, seed: int) -> Allocation:
    """Adjudicators for each debate: chairs first (highest rating to the first debates), then panellists.

    An adjudicator never judges a team of their own school when another
    placement avoids it (a greedy pass, then exchanges between debates);
    the conflicts left, and debates left short, are reported as problems.
    Byes get no adjudicators.  Equal ratings are ordered by ``seed``.
    """
    if per_debate < 1:
        raise ValidationError("per_debate", Msg("Tournament", "A debate needs at least one adjudicator."))
    school = {t.uid: t.school for t in teams}
    names = team_names(teams)
    pool = sorted(adjudicators, key=lambda a: (-a.rating, seeded_tiebreak(seed, 0, a.uid)))
    by_uid = {a.uid: a for a in pool}
    panels: list[list[str]] = [[] for _ in pairings]
    debates = [i for i, p in enumerate(pairings) if not p.is_bye]
    free = list(pool)
    for _seat in range(per_debate):
        for d in debates:
            if not free:
                break
            pick = next((a for a in free if _conflicted(a, pairings[d], school) is None), free[0])
            free.remove(pick)
            panels[d].append(pick.uid)
    # Repair: exchange a conflicted adjudicator with a free one, or with one in the same seat elsewhere.
    for d in debates:
        for seat, uid in enumerate(panels[d]):
            adj = by_uid[uid]
            if _conflicted(adj, pairings[d], school) is None:
                continue
            swap = next((a for a in free if _conflicted(a, pairings[d], school) is None), None)
            if swap is not None:
                free.remove(swap)
                free.append(adj)
                panels[d][seat] = swap.uid
                continue
            for e in debates:
                if e == d or len(panels[e]) <= seat:
                    continue
                other = by_uid[panels[e][seat]]
                if (_conflicted(other, pairings[d], school) is None
                        and _conflicted(adj, pairings[e], school) is None):
                    panels[d][seat], panels[e][seat] = other.uid, adj.uid
                    break
    problems: list[Problem] = []
    short = [d for d in debates if len(panels[d]) < per_debate]
    if short:
        problems.append(Problem("too_few_adjudicators", Msg(
            "Tournament", "{count} debates have fewer than {per} adjudicators: there are not enough adjudicators.",
            count=len(short), per=per_debate)))
    problems.extend(_adjudicator_conflicts(pairings, panels, by_uid, school, names))
    return Allocation(panels, problems)


def _adjudicator_conflicts(pairings, panels, by_uid, school, names) -> list[Problem]:
    problems = []
    for p, panel in zip(pairings, panels):
        for uid in panel:
            adj = by_uid.get(uid)
            team = _conflicted(adj, p, school) if adj else None
            if team is not None:
                problems.append(Problem("adjudicator_conflict", Msg(
                    "Tournament", "Adjudicator {adjudicator} judges team {team} of their own school.",
                    adjudicator=adj.name, team=names.get(team, team)), (team,)))
    return problems


def check_adjudicators(pairings: Sequence[Pairing], teams: Sequence[Team], adjudicators: Sequence[Adjudicator],
                       panels: Sequence[Sequence[str]]) -> list[Problem]:
    """Problems of a hand-edited allocation: ``unknown_adjudicator``, ``adjudicator_twice``,
    ``adjudicator_conflict``."""
    by_uid = {a.uid: a for a in adjudicators}
    school = {t.uid: t.school for t in teams}
    problems: list[Problem] = []
    counts = Counter(u for panel in panels for u in panel)
    for uid, n in counts.items():
        if uid not in by_uid:
            problems.append(Problem("unknown_adjudicator", Msg(
                "Tournament", "Adjudicator {adjudicator} is not on this tournament's list.", adjudicator=uid)))
        elif n > 1:
            problems.append(Problem("adjudicator_twice", Msg(
                "Tournament", "Adjudicator {adjudicator} is in {count} debates of this round.",
                adjudicator=by_uid[uid].name, count=n)))
    problems.extend(_adjudicator_conflicts(pairings, panels, by_uid, school, team_names(teams)))
    return problems
