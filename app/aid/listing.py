"""The data bank's lists: the children in need, and every aid record.

Aid counts and totals are correlated subqueries over live aid (indexed by
recipient), computed only for the rows on screen; sorting by them costs one
subquery per child, which is fine for a school's or a region's data bank.
"""
from __future__ import annotations

from typing import Any

from app.i18n import Msg
from app.listing import Column, Filter, ListSource, equals, has_code

_LIVE_AID = "FROM aid_given g WHERE g.recipient_uid = r.uid AND g.deleted = 0"
_AID_COUNT = f"(SELECT count(*) {_LIVE_AID})"
_AID_TOTAL = f"(SELECT sum(g.value_tenge) {_LIVE_AID})"
# No comma inside: ListSource splits a sort expression at commas to add DESC to each
# part.  Stamps have 18 digits for centuries, so date || stamp orders as text.
_LATEST_STATUS = f"(SELECT g.status {_LIVE_AID} ORDER BY g.given_date || g.stamp DESC LIMIT 1)"
_HELPED = f"EXISTS (SELECT 1 {_LIVE_AID} AND g.status = 'delivered')"

_YES = {"yes", "true", "1", "иә", "да"}


def _helped(value: Any) -> tuple[str, list[Any]]:
    """"yes": the child has live delivered aid; "no": not yet."""
    yes = value is True or str(value).strip().casefold() in _YES
    return (_HELPED if yes else f"NOT {_HELPED}"), []


def year_of(sql_column: str) -> Filter:
    """A filter on the year of an ISO date column (a text range, so an index can serve it)."""
    def where(value: Any) -> tuple[str, list[Any]]:
        year = int(value)
        return f"{sql_column} BETWEEN ? AND ?", [f"{year:04d}-01-01", f"{year:04d}-12-31"]
    return where


RECIPIENTS = ListSource(
    table="aid_recipient r",
    key="r.uid",
    joins=("JOIN person p ON p.uid = r.person_uid "
           "LEFT JOIN organisation o ON o.uid = r.school_uid"),
    deleted_col="r.deleted",
    search_col="p.search",
    default_sort="p.sort",
    columns=[
        Column("surname", Msg("People", "Surname"), "p.surname", "p.sort", width=16),
        Column("name", Msg("People", "Name"), "p.name", width=12),
        Column("birth_date", Msg("People", "Birth date"), "p.birth_date", "p.birth_date", kind="date"),
        Column("iin", Msg("People", "IIN"), "p.iin", "p.iin", width=12),
        Column("school", Msg("People", "School"), "o.name", "o.search", width=18),
        Column("grade", Msg("People", "Grade"), "r.grade", "r.grade"),
        Column("categories", Msg("Aid", "Family categories"), "r.family_categories",
               "r.family_categories", kind="refs:family_categories", width=20),
        Column("guardian", Msg("Aid", "Guardian"), "r.guardian", "r.guardian", width=16),
        Column("guardian_phone", Msg("Aid", "Guardian's phone"), "r.guardian_phone"),
        Column("aid_count", Msg("Aid", "Aid records"), _AID_COUNT, _AID_COUNT, kind="int"),
        Column("aid_total", Msg("Aid", "Aid total"), _AID_TOTAL, _AID_TOTAL, kind="money"),
        # No reference file lists statuses: the window names them via app.aid.given.status_name.
        Column("status", Msg("Aid", "Latest status"), _LATEST_STATUS, _LATEST_STATUS,
               kind="aid_status"),
    ],
    filters={
        "category": has_code("r.family_categories"),
        "school": equals("r.school_uid"),
        "helped": _helped,
    },
)

AID_GIVEN = ListSource(
    table="aid_given g",
    key="g.uid",
    joins=("JOIN aid_recipient r ON r.uid = g.recipient_uid "
           "JOIN person p ON p.uid = r.person_uid "
           "LEFT JOIN organisation s ON s.uid = g.sponsor_uid"),
    deleted_col="g.deleted",
    # The aid of a child taken out of the data bank goes with the child (and comes back too).
    base_where="r.deleted = 0",
    # A search finds the child or the sponsor.
    search_col="(p.search || ' ' || coalesce(s.search, ''))",
    default_sort="g.given_date, p.sort",
    columns=[
        Column("child", Msg("Aid", "Child"), "p.surname || ' ' || p.name", "p.sort", width=24),
        Column("item", Msg("Aid", "Item"), "g.item", "g.item", kind="ref:aid_items", width=14),
        Column("quantity", Msg("Aid", "Quantity"), "g.quantity", "g.quantity", kind="int"),
        Column("value", Msg("Aid", "Value"), "g.value_tenge", "g.value_tenge", kind="money"),
        Column("sponsor", Msg("Aid", "Sponsor"), "s.name", "s.search", width=18),
        Column("date", Msg("Aid", "Date"), "g.given_date", "g.given_date", kind="date"),
        Column("status", Msg("Aid", "Status"), "g.status", "g.status", kind="aid_status"),
    ],
    filters={
        "status": equals("g.status"),
        "sponsor": equals("g.sponsor_uid"),
        "item": equals("g.item"),
        "year": year_of("g.given_date"),
        "recipient": equals("g.recipient_uid"),
        "school": equals("r.school_uid"),
    },
)
