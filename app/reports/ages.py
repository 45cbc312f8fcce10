"""Age groups of the report's breakdown by person: the age on the period's last day, in SQL."""
from __future__ import annotations

import datetime as dt

AGE_GROUPS = ((0, 6), (7, 10), (11, 13), (14, 17), (18, 29), (30, 59), (60, 200))
ISO_DATE = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


def age_group_sql(day: dt.date) -> str:
    """SQL: the age group index (0…6) of ``birth_date`` on ``day``, NULL without a birth date."""
    age = (f"({day.year} - CAST(substr(birth_date, 1, 4) AS INTEGER)"
           f" - CASE WHEN '{day.strftime('%m-%d')}' < substr(birth_date, 6, 5) THEN 1 ELSE 0 END)")
    cases = " ".join(f"WHEN {age} <= {high} THEN {i}" for i, (_, high) in enumerate(AGE_GROUPS))
    slow = f"CASE {cases} END"
    # The same for a plain YYYY-MM-DD (nearly every row), by string comparison: aged at most
    # ``high`` is born after the day ``high + 1`` years before ``day`` (its month and day kept,
    # as the expression above compares them).
    years = [day.year - high - 1 for _, high in AGE_GROUPS]
    if min(years) < 0:
        return f"CASE WHEN birth_date IS NULL OR birth_date = '' THEN NULL ELSE {slow} END"
    fast = " ".join(f"WHEN birth_date > '{year:04d}-{day.strftime('%m-%d')}' THEN {i}"
                    for i, year in enumerate(years))
    return (f"CASE WHEN birth_date IS NULL OR birth_date = '' THEN NULL "
            f"WHEN birth_date GLOB '{ISO_DATE}' THEN CASE {fast} END ELSE {slow} END")
