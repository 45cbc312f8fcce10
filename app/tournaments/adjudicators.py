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
                          per_debate: int, seed: int, order: Sequence[int] | None = None) -> Allocation:
    """Adjudicators for each debate: chairs first, then panellists, the strongest to the top debates.

    ``order``: the debates (indexes into ``pairings``) most important first
    (the highest combined standing of the two teams); the draw's order if
    None.  Seat by seat, the best-rated free adjudicator goes to the most
    important debate, so each seat, and so each panel's total rating, runs
    from the top debate down; each panel's highest rating chairs.

    An adjudicator never judges a team of their own school when any
    allocation of the same seats avoids it: conflicted seats are re-filled by
    augmenting paths (moving adjudicators between seats along conflict-free
    placements, as in a bipartite matching), which finds a conflict-free
    allocation whenever one exists.  Conflicts that cannot be avoided, and
    debates left short, are reported as problems.  Byes get no adjudicators.
    Equal ratings are ordered by ``seed``.
    """
    if per_debate < 1:
        raise ValidationError("per_debate", Msg("Tournament", "A debate needs at least one adjudicator."))
    school = {t.uid: t.school for t in teams}
    names = team_names(teams)
    pool = sorted(adjudicators, key=lambda a: (-a.rating, seeded_tiebreak(seed, 0, a.uid)))
    by_uid = {a.uid: a for a in pool}
    panels: list[list[str]] = [[] for _ in pairings]
    ranked = list(order) if order is not None else list(range(len(pairings)))
    debates = [i for i in ranked if not pairings[i].is_bye]
    free = list(pool)
    seats: list[tuple[int, int]] = []  # (debate, seat) in the order they were filled
    for seat in range(per_debate):
        for d in debates:
            if not free:
                break
            pick = next((a for a in free if _conflicted(a, pairings[d], school) is None), free[0])
            free.remove(pick)
            panels[d].append(pick.uid)
            seats.append((d, seat))
    _remove_conflicts(pairings, panels, seats, pool, school)
    for d in debates:  # the highest rating of each panel chairs
        panels[d].sort(key=lambda uid: -by_uid[uid].rating)
    problems: list[Problem] = []
    short = [d for d in debates if len(panels[d]) < per_debate]
    if short:
        problems.append(Problem("too_few_adjudicators", Msg(
            "Tournament", "{count} debates have fewer than {per} adjudicators: there are not enough adjudicators.",
            count=len(short), per=per_debate)))
    problems.extend(_adjudicator_conflicts(pairings, panels, by_uid, school, names))
    return Allocation(panels, problems)


def _remove_conflicts(pairings: Sequence[Pairing], panels: list[list[str]], seats: list[tuple[int, int]],
                      pool: list[Adjudicator], school: dict[str, str | None]) -> None:
    """Re-fill conflicted seats along augmenting paths of conflict-free placements (Kuhn's algorithm).

    The seats filled without a conflict stay filled (perhaps by someone else);
    a conflicted seat is freed and an alternating path looks for a chain of
    moves ending at a free adjudicator.  Every seat gets a conflict-free
    adjudicator if any assignment of all these seats does; the seats no path
    reaches keep their conflicted adjudicator.
    """
    holder: dict[tuple[int, int], str] = {(d, seat): panels[d][seat] for d, seat in seats}
    where: dict[str, tuple[int, int]] = {uid: key for key, uid in holder.items()}
    by_uid = {a.uid: a for a in pool}
    ok = {key: [a.uid for a in pool if _conflicted(a, pairings[key[0]], school) is None] for key in holder}

    def conflicted(key: tuple[int, int]) -> bool:
        return _conflicted(by_uid[holder[key]], pairings[key[0]], school) is not None

    def augment(key: tuple[int, int], seen: set[str]) -> bool:
        # A debate never gets the same adjudicator twice: only those not already on its panel.
        on_panel = {holder[k] for k in holder if k[0] == key[0] and k != key}
        for uid in ok[key]:
            if uid in seen or uid in on_panel:
                continue
            seen.add(uid)
            other = where.get(uid)
            if other is None or (other != key and augment(other, seen)):
                holder[key], where[uid] = uid, key
                return True
        return False

    broken = [k for k in seats if conflicted(k)]
    for key in broken:  # the matching starts from the conflict-free placements only
        del where[holder.pop(key)]
    unmatched = [key for key in broken if not augment(key, set())]
    spare = [a.uid for a in pool if a.uid not in where]
    for key in unmatched:  # unavoidable: a conflicted adjudicator (the best one left) takes the seat
        on_panel = {holder[k] for k in holder if k[0] == key[0]}
        uid = next(u for u in spare if u not in on_panel)
        spare.remove(uid)
        holder[key], where[uid] = uid, key
    for (d, seat), uid in holder.items():
        panels[d][seat] = uid


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
