"""Head-counts of mass actions (flash mobs, challenges, webinars).

Seed 001 reports these as numbers, not name lists (1,288,772 people in one
flash mob), often with a breakdown by who took part and by sex.  The total
and the breakdown must agree, or the region's sums will not.
"""
from __future__ import annotations

from typing import Any

from app.errors import ValidationError
from app.i18n import Msg
from app.validation.fields import clean_text, parse_int

#: The parts that together make the total, when all are given.
BREAKDOWN = ("hc_pupils", "hc_teachers", "hc_parents", "hc_others")
BY_SEX = ("hc_girls", "hc_boys")
FIELDS = ("headcount",) + BREAKDOWN + BY_SEX
MAX_HEADCOUNT = 100_000_000


def _number(raw: dict[str, Any], key: str) -> int | None:
    value = raw.get(key)
    if clean_text(value) is None:
        return None
    return parse_int(value, key, 0, MAX_HEADCOUNT)  # accepts "1 288 772"


def clean_headcount(raw: dict[str, Any]) -> dict[str, int | None]:
    """The head-count fields as non-negative ints (blank → None), checked against each other.

    - A breakdown without a total gives the total as its sum.
    - With a total, a full breakdown (all four parts) must add up to it
      exactly; a partial one must not exceed it (the rest is unknown).
    - Girls and boys together must not exceed the total.
    """
    values = {key: _number(raw, key) for key in FIELDS}
    parts = [v for k in BREAKDOWN if (v := values[k]) is not None]
    total = values["headcount"]
    if parts:
        subtotal = sum(parts)
        if total is None:
            total = values["headcount"] = subtotal
        elif subtotal > total or (len(parts) == len(BREAKDOWN) and subtotal != total):
            raise ValidationError("headcount", Msg(
                "Events", "The numbers do not add up: the total is {total}, but pupils, teachers, "
                          "parents and others make {sum}.", total=total, sum=subtotal))
    girls, boys = values["hc_girls"], values["hc_boys"]
    by_sex = (girls or 0) + (boys or 0)
    if total is not None and by_sex > total:
        raise ValidationError("hc_girls", Msg(
            "Events", "Girls and boys together ({sum}) are more than the total ({total}).",
            sum=by_sex, total=total))
    return values
