"""Who helped and how much: the sponsors' totals for letters of thanks and reports."""
from __future__ import annotations

from dataclasses import dataclass

from app.db.store import current_store
from app.text import sort_key


@dataclass
class SponsorRow:
    """One sponsor's totals over live aid of live children."""

    sponsor_uid: str
    name: str
    children: int  # distinct children (by person), not aid records
    items: int  # sum of quantities, in any status
    total_tenge: int
    delivered: int  # aid records already delivered


# Children are counted by person: after a sync one child may have two data-bank records.
# Aid of a deleted child is left out, as in the lists.
_SQL = """
SELECT g.sponsor_uid, o.name, count(DISTINCT r.person_uid), coalesce(sum(g.quantity), 0),
       coalesce(sum(g.value_tenge), 0), sum(g.status = 'delivered')
FROM aid_given g
JOIN aid_recipient r ON r.uid = g.recipient_uid
JOIN organisation o ON o.uid = g.sponsor_uid
WHERE g.deleted = 0 AND r.deleted = 0 {year}
GROUP BY g.sponsor_uid, o.name
"""


def sponsor_summary(year: int | None = None) -> list[SponsorRow]:
    """Each sponsor's children helped, items, tenge and delivered records; most tenge first.

    ``year`` keeps the aid of that year's campaign only.  Items and tenge
    count every status (what was promised too); ``delivered`` says how much
    of it has reached the children.
    """
    params: list = []
    where = ""
    if year is not None:
        # ISO dates compare as text, so the range uses no function and can use an index.
        where = "AND g.given_date >= ? AND g.given_date <= ?"
        params = [f"{int(year):04d}-01-01", f"{int(year):04d}-12-31"]
    cursor = current_store().db.execute_sql(_SQL.format(year=where), params)
    rows = [SponsorRow(uid, name, children, items, total, delivered or 0)
            for uid, name, children, items, total, delivered in cursor.fetchall()]
    rows.sort(key=lambda r: sort_key(r.name))
    rows.sort(key=lambda r: r.total_tenge, reverse=True)  # stable: ties stay in name order
    return rows
