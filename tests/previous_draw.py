"""The pairing step the draw used before the minimum-cost matching, kept only for comparison.

The bench (``make bench``: bracket crossings beside the matching's) and the draw tests (the
matching is never worse) call it through ``app.tournaments.draw._draw``.  Leagues up to
``EXACT_LIMIT`` teams were solved by an exact search over all pairings, larger ones by local
search from the ideal draw, on one integer cost whose parts sit in separate bands.
"""
from __future__ import annotations

import itertools
from functools import cache

# Cost parts, most important first.  Each part has its own band of a big
# integer (Python ints do not overflow), so the sum compares
# lexicographically as long as a part's total stays below _BAND.
_BAND = 10**7
COST_DEVIATION = 1
COST_SIDE = _BAND
COST_PULLUP = _BAND**2
COST_CROSS = _BAND**3
COST_SCHOOL = _BAND**4
COST_REMATCH = _BAND**5
_BANDS = (COST_REMATCH, COST_SCHOOL, COST_CROSS, COST_PULLUP, COST_SIDE, COST_DEVIATION)

# The pairing before the matching (previous_pairs): leagues up to this size
# by an exact search over all pairings, larger ones by local search from the ideal draw.
EXACT_LIMIT = 14
# How far apart (in debates) two debates may be for a three-way exchange, and how many
# three-way exchanges one draw may try: a count, not a time, so the draw stays reproducible;
# it only binds in hopeless leagues (e.g. every team from one school).
_WINDOW = 5
_THREE_WAY_BUDGET = 12_000


def previous_pairs(rnd, ideal_pairs: list[list[str]]) -> list[list[str]]:
    """The pairing step before the matching: exact search up to ``EXACT_LIMIT`` teams, local search above.

    Kept only so the bench and the tests can compare it with the matching.
    """
    @cache
    def cost(a: str, c: str) -> int:
        return sum(w * p for w, p in zip(_BANDS, rnd.parts(a, c)))

    def pair_cost(a: str, c: str) -> int:
        return cost(a, c) if rnd.pos[a] < rnd.pos[c] else cost(c, a)

    if len(rnd.order) <= EXACT_LIMIT:
        return _exact(rnd.order, pair_cost)
    return _improve(ideal_pairs, pair_cost)


def _exact(order: list[str], pair_cost) -> list[list[str]]:
    """The cheapest perfect pairing of ``order`` (dynamic programming over subsets)."""
    n = len(order)
    full = (1 << n) - 1

    @cache
    def best(mask: int) -> tuple[int, tuple[tuple[int, int], ...]]:
        if mask == full:
            return 0, ()
        i = (~mask & (mask + 1)).bit_length() - 1  # lowest team not yet paired
        found: tuple[int, tuple[tuple[int, int], ...]] | None = None
        for j in range(i + 1, n):
            if mask >> j & 1:
                continue
            rest, pairs = best(mask | 1 << i | 1 << j)
            total = pair_cost(order[i], order[j]) + rest
            if found is None or total < found[0]:
                found = (total, ((i, j),) + pairs)
        assert found is not None  # an unpaired team always has a partner: len(order) is even
        return found

    return [[order[i], order[j]] for i, j in best(0)[1]]


# The 15 ways to pair six teams, as index pairs into the six.
_SIX = []
for _p in itertools.permutations(range(6)):
    _m = tuple(sorted(tuple(sorted(_p[k:k + 2])) for k in (0, 2, 4)))
    if _m not in _SIX:
        _SIX.append(_m)


def _improve(pairs: list[list[str]], pair_cost) -> list[list[str]]:
    """Local search from the ideal draw: exchange opponents of two, then three debates."""
    pairs = [list(p) for p in pairs]
    n = len(pairs)
    budget = _THREE_WAY_BUDGET
    for _ in range(20):
        changed = False
        for _sweep in range(50):
            swapped = False
            for i in range(n):
                a, b = pairs[i]
                cab = pair_cost(a, b)
                for j in range(i + 1, n):
                    c, d = pairs[j]
                    current = cab + pair_cost(c, d)
                    if current == 0:
                        continue
                    o1 = pair_cost(a, c) + pair_cost(b, d)
                    o2 = pair_cost(a, d) + pair_cost(b, c)
                    if o1 < current and o1 <= o2:
                        pairs[i], pairs[j] = [a, c], [b, d]
                    elif o2 < current:
                        pairs[i], pairs[j] = [a, d], [b, c]
                    else:
                        continue
                    a, b = pairs[i]
                    cab = pair_cost(a, b)
                    swapped = changed = True
            if not swapped:
                break
        # Three-way exchanges around debates that still break a side rule or worse.
        for i in range(n):
            if pair_cost(*pairs[i]) < COST_SIDE or budget <= 0:
                continue
            near = [j for j in range(max(0, i - _WINDOW), min(n, i + _WINDOW + 1)) if j != i]
            far = sorted((j for j in range(n) if pair_cost(*pairs[j]) >= COST_SIDE and j not in near and j != i),
                         key=lambda j: abs(j - i))[:2 * _WINDOW]
            for j, k in itertools.combinations(near + far, 2):
                budget -= 1
                if budget < 0:
                    break
                six = pairs[i] + pairs[j] + pairs[k]
                current = sum(pair_cost(*pairs[x]) for x in (i, j, k))
                best = min(_SIX, key=lambda m: sum(pair_cost(six[p], six[q]) for p, q in m))
                if sum(pair_cost(six[p], six[q]) for p, q in best) < current:
                    pairs[i], pairs[j], pairs[k] = ([six[p], six[q]] for p, q in best)
                    changed = True
                    if pair_cost(*pairs[i]) < COST_SIDE:
                        break
        if not changed:
            break
    return pairs
