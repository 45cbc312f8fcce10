"""The draw of a qualifying round: who debates whom, on which side.

Round 1 is random (reproducible from the seed and round number); later
rounds are power-paired by wins.  Each round the ideal draw is built first
(brackets by wins, one pull-up per odd bracket, pairs within a bracket by
slide: top half against bottom half), then conflicts are repaired by
minimising a cost whose parts are strictly ordered — rematch, same school,
pairing across brackets, a repeated pull-up, side imbalance, distance from
the ideal draw — so no amount of a later part ever outweighs one of an
earlier part.  The full rules are in docs/tournaments.md.  Who judges which
debate is :mod:`app.tournaments.adjudicators`.
"""
from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.errors import ValidationError
from app.i18n import Msg
from app.tournaments.standings import team_records
from app.tournaments.types import Pairing, Problem, Result, Team

PAIRING_METHODS = ("slide", "fold")
PULLUP_METHODS = ("top", "bottom")

# The matching is first solved on these many candidate opponents either side of a team's ideal
# opponent and of its own place; pairs that could still lower the cost are then added (see _optimal_pairs).
_NEAR = 4
_REACH = 40
# Leagues up to this size are matched over every pair of teams (about 0.1 s at 64 teams).
ALL_PAIRS_LIMIT = 64
# The cost parts _optimal_pairs proves minimal in larger leagues: rematch, school, crossing, pull-up.
_CERTIFIED = 4




@dataclass
class TeamHistory:
    """What the draw needs to know of a team's earlier rounds."""

    wins: int = 0
    points: float = 0.0
    gov: int = 0
    opp: int = 0
    byes: int = 0
    pullups: int = 0

    @property
    def side_balance(self) -> int:
        """Government debates minus opposition debates."""
        return self.gov - self.opp


def seeded_tiebreak(seed: int, round_no: int, uid: str) -> int:
    """A reproducible pseudo-random number for ``uid`` in this round (no global state)."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{round_no}:{uid}".encode()).digest()[:8], "big")


def team_history(team_uids: Iterable[str], history: Iterable[Result]) -> tuple[dict[str, TeamHistory], Counter]:
    """Each team's wins, points, sides, byes and pull-ups, and how often each pair met.

    A team was pulled up in a round if it had fewer wins than its opponent
    when that round was drawn.
    """
    uids = list(team_uids)
    history = sorted(history, key=lambda r: r.round_no)
    records = team_records(uids, history)
    out = {uid: TeamHistory(wins=rec.wins, points=round(rec.points, 6), gov=rec.gov, opp=rec.opp, byes=rec.byes)
           for uid, rec in records.items()}
    met: Counter = Counter()
    wins: Counter = Counter()
    for _, grouped in itertools.groupby(history, key=lambda r: r.round_no):
        results = list(grouped)
        for r in results:
            if r.opp is None:
                continue
            met[frozenset((r.gov, r.opp))] += 1
            if wins[r.gov] != wins[r.opp]:
                lower = r.gov if wins[r.gov] < wins[r.opp] else r.opp
                if lower in out:
                    out[lower].pullups += 1
        for r in results:
            if r.winner_uid is not None:
                wins[r.winner_uid] += 1
    return out, met


def _check_teams(teams: Sequence[Team]) -> None:
    seen: set[str] = set()
    for t in teams:
        if t.uid in seen:
            raise ValidationError("teams", Msg("Tournament", "Team {team} is listed twice.", team=t.name))
        seen.add(t.uid)
    if len(teams) < 2:
        raise ValidationError("teams", Msg("Tournament", "A round needs at least two teams."))


def draw_round(teams: Sequence[Team], history: Iterable[Result], round_no: int, seed: int, *,
               method: str = "slide", pullup: str = "top") -> list[Pairing]:
    """The pairings of qualifying round ``round_no`` of one league.

    ``history``: the results of the league's earlier rounds.  The same
    teams, history, round and seed always give the same draw.  Debates come
    top bracket first; a bye (odd number of teams) is last.  The pairs are a
    minimum-cost perfect matching: no other pairing is better by the cost order.
    """
    return _draw(teams, history, round_no, seed, method, pullup, _optimal_pairs)


class _Round:
    """One round's teams in draw order (after the bye), their ideal opponents and the cost of each pair."""

    def __init__(self, order: list[str], ideal: dict[str, str], hist: dict[str, TeamHistory], met: Counter,
                 school: dict[str, str | None]) -> None:
        self.order, self.ideal, self.hist, self.met, self.school = order, ideal, hist, met, school
        self.pos = {u: i for i, u in enumerate(order)}

    def parts(self, a: str, c: str) -> tuple[int, int, int, int, int, int]:
        """The six cost parts of debate ``a``–``c``, most important first."""
        ha, hc = self.hist[a], self.hist[c]
        school = self.school[a] is not None and self.school[a] == self.school[c]
        pulled = 0
        if ha.wins != hc.wins:
            pulled = ha.pullups if ha.wins < hc.wins else hc.pullups
        low, high = sorted((ha.side_balance, hc.side_balance))
        side = max(0, abs(low + 1) - 1) + max(0, abs(high - 1) - 1)
        pos, ideal = self.pos, self.ideal
        deviation = abs(pos[c] - pos[ideal[a]]) + abs(pos[a] - pos[ideal[c]])
        return (self.met[frozenset((a, c))], int(school), abs(ha.wins - hc.wins), pulled, side, deviation)


def _draw(teams: Sequence[Team], history: Iterable[Result], round_no: int, seed: int, method: str, pullup: str,
          solver) -> list[Pairing]:
    """``draw_round`` with the pairing step ``solver(round, ideal_pairs)`` given (the bench compares two)."""
    if method not in PAIRING_METHODS or pullup not in PULLUP_METHODS:
        raise ValueError(f"unknown draw method {method!r} / pull-up {pullup!r}")
    if round_no < 1:
        raise ValidationError("round", Msg("Tournament", "Round numbers start at 1."))
    _check_teams(teams)
    uids = [t.uid for t in teams]
    school = {t.uid: t.school for t in teams}
    hist, met = team_history(uids, history)
    tb = {uid: seeded_tiebreak(seed, round_no, uid) for uid in uids}
    # Round 1 (no results yet): everyone has 0 wins and 0 points, so this is a random order.
    order = sorted(uids, key=lambda u: (-hist[u].wins, -hist[u].points, tb[u]))

    bye = None
    if len(order) % 2:
        fewest = min(hist[u].byes for u in order)
        bye = [u for u in order if hist[u].byes == fewest][-1]  # lowest-ranked of those with fewest byes
        order.remove(bye)

    brackets = _brackets(order, hist, pullup)
    order = [u for b in brackets for u in b]
    ideal: dict[str, str] = {}
    ideal_pairs: list[list[str]] = []
    for b in brackets:
        k = len(b) // 2
        for i in range(k):
            a, c = (b[i], b[i + k]) if method == "slide" else (b[i], b[len(b) - 1 - i])
            ideal[a], ideal[c] = c, a
            ideal_pairs.append([a, c])
    rnd = _Round(order, ideal, hist, met, school)
    pairs = solver(rnd, ideal_pairs)

    pos = rnd.pos
    out = []
    for a, c in sorted(pairs, key=lambda p: min(pos[p[0]], pos[p[1]])):
        ha, hc = hist[a], hist[c]
        # Fewer government debates so far (relative to opposition) takes government.
        if (ha.side_balance, ha.gov, tb[a]) <= (hc.side_balance, hc.gov, tb[c]):
            out.append(Pairing(a, c))
        else:
            out.append(Pairing(c, a))
    if bye is not None:
        out.append(Pairing(bye, None))
    return out


def _weights(rnd: _Round, parts: Mapping[tuple[int, int], tuple[int, ...]]) -> tuple[int, ...]:
    """One integer weight per cost part, so that the weighted sum orders pairings lexicographically.

    Each part's weight is larger than the worst possible total of all later
    parts over the whole round (every debate at that part's worst), so no
    amount of a later part outweighs one unit of an earlier one.
    """
    debates = len(rnd.order) // 2
    worst = [debates * max(p[k] for p in parts.values()) for k in range(6)]
    weights = [0] * 6
    below = 0  # the worst weighted total of the parts after k
    for k in range(5, -1, -1):
        weights[k] = below + 1
        below += weights[k] * worst[k]
    return tuple(weights)


def _optimal_pairs(rnd: _Round, ideal_pairs: list[list[str]]) -> list[list[str]]:
    """The cheapest perfect pairing of the round: a minimum-cost perfect matching (Edmonds' blossoms).

    Up to ``ALL_PAIRS_LIMIT`` teams every pair of teams is an edge, so the
    pairing is the cheapest of all.  Larger leagues (every pair: about 3 s
    for 200 teams) are solved on a few candidate opponents per team first —
    the ideal draw and ``_NEAR`` places either side of a team's ideal opponent
    and of its own place (and, if the result has a rematch or a same-school
    debate, every conflict-free opponent of those teams in neighbouring win
    counts) — and then every left-out pair that could still lower one of the
    first four parts (rematch, same school, crossing brackets, repeated
    pull-up) is added and the matching solved again, until none is left.
    A pair is left out only when a lower bound of those parts over any
    pairing containing it (``_lower_bounds``) is no better than the pairing
    found, so those four parts are as low as over all pairs; side imbalance
    and distance from the ideal are the cheapest among the candidates.
    """
    order, pos = rnd.order, rnd.pos
    n = len(order)
    parts = {(i, j): rnd.parts(order[i], order[j]) for i in range(n) for j in range(i + 1, n)}
    weights = _weights(rnd, parts)
    cost = {e: sum(w * p for w, p in zip(weights, ps)) for e, ps in parts.items()}
    if n <= ALL_PAIRS_LIMIT:
        return [[order[i], order[j]] for i, j in _matching(n, cost, parts)]

    chosen: set[tuple[int, int]] = set()
    for a, c in ideal_pairs:
        chosen.add((min(pos[a], pos[c]), max(pos[a], pos[c])))
    for i, u in enumerate(order):
        for centre in (pos[rnd.ideal[u]], i):
            clean = 0
            # Outward from the centre: the nearest teams, and the nearest with whom a debate
            # breaks no rule (no rematch, school or side imbalance) even if they are further away.
            for j in sorted(range(max(0, centre - _REACH), min(n, centre + _REACH + 1)), key=lambda j: abs(j - centre)):
                if j == i:
                    continue
                e = (min(i, j), max(i, j))
                r, same, _cross, _pulled, side, _dev = parts[e]
                if abs(j - centre) <= _NEAR:
                    chosen.add(e)
                elif clean < _NEAR and r == same == side == 0:
                    chosen.add(e)
                    clean += 1
    bounds: dict[bool, dict[tuple[int, int], tuple[int, ...]]] = {}
    wins = [rnd.hist[u].wins for u in order]
    conflicts: tuple[int, ...] = (1 << 62, 1 << 62)  # rematches and same-school debates found so far
    while True:
        matching = _matching(n, cost, chosen)
        found = tuple(sum(parts[e][k] for e in matching) for k in range(_CERTIFIED))
        if found[:2] < conflicts and any(parts[e][:2] != (0, 0) for e in matching):
            # A rematch or same-school debate the candidates could not avoid: before proving
            # anything, give each of its teams every opponent without a conflict in its own
            # and the neighbouring win counts.
            conflicts = found[:2]
            for e in matching:
                if parts[e][:2] != (0, 0):
                    for i in e:
                        chosen.update((min(i, j), max(i, j)) for j in range(n) if j != i
                                      and parts[min(i, j), max(i, j)][:2] == (0, 0) and abs(wins[i] - wins[j]) <= 1)
            continue
        school_free = found[1] == 0
        if school_free not in bounds:
            bounds[school_free] = _lower_bounds(rnd, parts, school_free)
        more = [e for e in parts if e not in chosen and bounds[school_free][e] < found]
        if not more:
            return [[order[i], order[j]] for i, j in matching]
        chosen.update(more)


def _matching(n: int, cost: dict[tuple[int, int], int], edges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cheapest perfect matching of teams ``0 … n-1`` using only ``edges`` (which contain one)."""
    # Imported here: networkx takes ~0.15 s to load, and the window and the checks of a
    # hand-edited draw import this module without drawing.
    import networkx as nx

    edges = sorted(edges)
    top = max(cost[e] for e in edges) + 1
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    # Inserted in a fixed order, the graph is the same on every run, and so is the matching.  Of
    # all perfect matchings (maxcardinality) the one of the largest weight has the least cost.
    graph.add_weighted_edges_from((i, j, top - cost[(i, j)]) for i, j in edges)
    matching = sorted((min(e), max(e)) for e in nx.max_weight_matching(graph, maxcardinality=True))
    assert 2 * len(matching) == n, "the edges must contain a perfect matching (the ideal draw)"
    return matching


def _lower_bounds(rnd: _Round, parts: Mapping[tuple[int, int], tuple[int, ...]], school_free: bool
                  ) -> dict[tuple[int, int], tuple[int, ...]]:
    """For each pair, a lower bound of the first ``_CERTIFIED`` cost parts of any pairing containing it.

    Rematch and repeated pull-up: the pair's own.  Same school: also at least
    the debates the biggest school cannot avoid.  Crossing brackets: count at
    each boundary between win counts w | w+1.  A boundary with an odd number
    of teams above it is crossed at least once.  With ``school_free`` (for
    pairings without a same-school debate: only those can compete when the
    pairing found has none) it is crossed at least as often as the biggest
    school has more teams above it than all the other schools together (they
    cannot all meet teams above it), and likewise below.  A boundary the pair
    crosses is crossed at least twice where that count is otherwise 0 (the
    number of crossings has the parity of the teams above).
    """
    order, hist, school = rnd.order, rnd.hist, rnd.school
    n = len(order)
    schools = Counter(school[u] for u in order if school[u] is not None)
    biggest = max(schools.values(), default=0)
    school_floor = max(0, biggest - (n - biggest)) // 2
    wins = [hist[u].wins for u in order]
    floor: dict[int, int] = {}  # boundary between w and w + 1 -> least number of debates across it
    for w in range(min(wins), max(wins)):
        above = [u for u in order if hist[u].wins > w]
        least = len(above) % 2
        if school_free:
            below = [u for u in order if hist[u].wins <= w]
            for side in (above, below):
                counts = Counter(school[u] for u in side if school[u] is not None)
                most = max(counts.values(), default=0)
                least = max(least, 2 * most - len(side))
        floor[w] = least
    cross_floor = sum(floor.values())
    out: dict[tuple[int, int], tuple[int, ...]] = {}
    for (i, j), (rematch, same, _cross, pulled, _side, _deviation) in parts.items():
        lo, hi = sorted((wins[i], wins[j]))
        unforced = sum(1 for w in range(lo, hi) if floor[w] == 0)
        out[(i, j)] = (rematch, max(same, school_floor), cross_floor + 2 * unforced, pulled)
    return out


def _brackets(order: list[str], hist: dict[str, TeamHistory], pullup: str) -> list[list[str]]:
    """Teams grouped by wins (best first), each odd bracket filled by one pull-up from below.

    The pull-up is, of the next bracket's teams pulled up the fewest times so
    far, the highest-ranked (``pullup="top"``) or the lowest (``"bottom"``).
    """
    brackets: list[list[str]] = []
    for _, group in itertools.groupby(order, key=lambda u: hist[u].wins):
        brackets.append(list(group))
    i = 0
    while i < len(brackets):
        if len(brackets[i]) % 2:
            below = brackets[i + 1]  # exists: the total is even
            fewest = min(hist[u].pullups for u in below)
            candidates = [u for u in below if hist[u].pullups == fewest]
            pick = candidates[0] if pullup == "top" else candidates[-1]
            below.remove(pick)
            brackets[i].append(pick)
            if not below:
                del brackets[i + 1]
        i += 1
    return brackets


def team_names(teams: Sequence[Team]) -> dict[str, str]:
    """Each team's name by uid (for messages)."""
    return {t.uid: t.name for t in teams}


def check_pairings(pairings: Sequence[Pairing], teams: Sequence[Team], history: Iterable[Result]) -> list[Problem]:
    """Every rule a (hand-edited) draw breaks, each naming its teams.

    Codes: ``unknown`` (a team not in the league), ``twice``, ``missing``,
    ``extra_bye``, ``second_bye``, ``rematch``, ``same_school``,
    ``side_imbalance`` (more than one debate apart on the two sides after
    this round).
    """
    names = team_names(teams)
    school = {t.uid: t.school for t in teams}
    name = lambda uid: names.get(uid, uid)  # noqa: E731
    hist, met = team_history(names, history)
    problems: list[Problem] = []
    seen: Counter = Counter(u for p in pairings for u in p.teams)
    for uid, count in seen.items():
        if uid not in names:
            problems.append(Problem("unknown", Msg("Tournament", "Team {team} is not in this league.",
                                                   team=uid), (uid,)))
        elif count > 1:
            problems.append(Problem("twice", Msg("Tournament", "Team {team} is in the draw {count} times.",
                                                 team=name(uid), count=count), (uid,)))
    for t in teams:
        if t.uid not in seen:
            problems.append(Problem("missing", Msg("Tournament", "Team {team} is not in this round's draw.",
                                                   team=t.name), (t.uid,)))
    byes = [p.gov for p in pairings if p.is_bye]
    needed = len(teams) % 2
    for uid in byes[needed:]:
        problems.append(Problem("extra_bye", Msg(
            "Tournament", "Team {team} has a bye that is not needed: only an odd number of teams needs one.",
            team=name(uid)), (uid,)))
    known = [u for u in names if u in hist]
    fewest = min((hist[u].byes for u in known), default=0)
    for uid in byes:
        if uid in hist and hist[uid].byes > fewest:
            problems.append(Problem("second_bye", Msg(
                "Tournament", "Team {team} already had a bye, while other teams have had none.",
                team=name(uid)), (uid,)))
    for p in pairings:
        if p.opp is None:
            continue
        a, b = p.gov, p.opp
        if met[frozenset((a, b))]:
            problems.append(Problem("rematch", Msg("Tournament", "Teams {gov} and {opp} have already met.",
                                                   gov=name(a), opp=name(b)), (a, b)))
        if school.get(a) is not None and school.get(a) == school.get(b):
            problems.append(Problem("same_school", Msg("Tournament", "Teams {gov} and {opp} are from the same school.",
                                                       gov=name(a), opp=name(b)), (a, b)))
        for uid, change in ((a, 1), (b, -1)):
            if uid in hist:
                h = hist[uid]
                if abs(h.side_balance + change) > 1:
                    problems.append(Problem("side_imbalance", Msg(
                        "Tournament", "Team {team} would have been government {gov} times and opposition {opp} times.",
                        team=name(uid), gov=h.gov + (change > 0), opp=h.opp + (change < 0)), (uid,)))
    return problems
