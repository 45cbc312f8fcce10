"""Adjudicators' ratings and panel sizes; which debates matter most for the allocation.

A rating is 0.0–10.0 in steps of 0.5 (a new adjudicator is 5.0).  A
qualifying debate gets a panel of 1 or 3 (the tournament's ``panel_size``),
an elimination debate 1, 3 or 5 (``elim_panel_size``).  The most important
debates get the strongest panels: in a qualifying round the debates whose two
teams have the highest combined standing (wins, then points) so far, in an
elimination round those of the best seeds.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.errors import ValidationError
from app.i18n import Msg
from app.tournaments import types as T
from app.tournaments.standings import team_records

RATING_RANGE = (0.0, 10.0)
RATING_STEP = 0.5
DEFAULT_RATING = 5.0
PANEL_SIZES = (1, 3)
ELIM_PANEL_SIZES = (1, 3, 5)


def parse_rating(value: Any, where: Msg | str = "") -> float:
    """A rating typed or read from a file ("7,5" too); a clear message when it is not 0–10 in steps of 0.5."""
    text = str(value if value is not None else "").strip().replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise ValidationError("rating", Msg("Tournament", "{where}the rating “{value}” is not a number (0 to 10, "
                                            "in steps of 0.5).", where=where, value=str(value or ""))) from None
    if not RATING_RANGE[0] <= number <= RATING_RANGE[1]:
        raise ValidationError("rating", Msg("Tournament", "{where}the rating {value} is outside 0 – 10.",
                                            where=where, value=text))
    if abs(number / RATING_STEP - round(number / RATING_STEP)) > 1e-9:
        raise ValidationError("rating", Msg("Tournament", "{where}the rating {value} is not in steps of 0.5.",
                                            where=where, value=text))
    return round(number * 2) / 2


def rating_of(value: Any) -> float:
    """A saved rating as the allocation uses it (a damaged value counts as the default)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return DEFAULT_RATING
    return number if RATING_RANGE[0] <= number <= RATING_RANGE[1] else DEFAULT_RATING


def check_panel_sizes(panel: int, elim_panel: int) -> None:
    """ValidationError unless a qualifying panel is 1 or 3 and an elimination panel 1, 3 or 5."""
    if panel not in PANEL_SIZES:
        raise ValidationError("panel_size", Msg("Tournament", "A qualifying debate has 1 or 3 adjudicators, "
                                                "not {count}.", count=panel))
    if elim_panel not in ELIM_PANEL_SIZES:
        raise ValidationError("elim_panel_size", Msg("Tournament", "An elimination debate has 1, 3 or 5 "
                                                     "adjudicators, not {count}.", count=elim_panel))


def panel_size(t: Any, elimination: bool) -> int:
    """Adjudicators per debate of the saved tournament ``t`` (an odd size from a damaged row becomes 1)."""
    if elimination:
        value = int(t.elim_panel_size or 0)
        return value if value in ELIM_PANEL_SIZES else 1
    value = int(t.panel_size or 0)
    return value if value in PANEL_SIZES else 1


def by_standing(pairings: Sequence[T.Pairing], history: Sequence[T.Result]) -> list[int]:
    """Debate indexes most important first: the two teams' wins, then points, added up (ties: draw order)."""
    uids = {u for p in pairings for u in p.teams}
    records = team_records(uids, history)

    def strength(i: int) -> tuple[float, float, int]:
        teams = pairings[i].teams
        return (-sum(records[u].wins for u in teams), -sum(records[u].points for u in teams), i)

    return sorted(range(len(pairings)), key=strength)


def by_seed(seeds: Sequence[tuple[int, int | None]]) -> list[int]:
    """Elimination debate indexes most important first: the lowest sum of the two seeds (ties: bracket order)."""
    return sorted(range(len(seeds)), key=lambda i: (seeds[i][0] + (seeds[i][1] or 0), i))
