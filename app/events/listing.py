"""The events list: newest first, filtered by programme, kind, dates and place."""
from __future__ import annotations

from typing import Any

from app.db.store import current_store
from app.events.rules import COUNTED_STATUSES
from app.i18n import Msg
from app.listing import Column, Filter, ListSource, equals
from app.reference import load
from app.text import kazakh_sorted


def _any_of(column: str, values: list[str]) -> str:
    """``column`` equal to one of ``values``, as OR-ed literals (codes from shipped data, quoted).

    Written without commas: ``ListSource.ids`` splits a sort expression at
    commas to append DESC to each part.
    """
    tests = " OR ".join(f"{column} = '" + v.replace("'", "''") + "'" for v in values)
    return f"({tests})" if tests else "0"


_MASS = _any_of("e.kind", [k["code"] for k in load("event_kinds") if k.get("mass")])
_NAMED = ("(SELECT count(*) FROM attendance a JOIN person ap ON ap.uid = a.person_uid"
          " WHERE a.event_uid = e.uid AND a.deleted = 0 AND ap.deleted = 0"
          f" AND {_any_of('a.status', list(COUNTED_STATUSES))})")
# The same number as app.events.rules.participant_count: the head-count of a
# mass action, else the people on the list, else (imported without names)
# the head-count.  A correlated subquery is cheap here: one indexed count
# per row, and a school or office has thousands of events, not millions.
# CASE instead of coalesce()/nullif(), again to keep commas out.
PARTICIPANTS = (f"(CASE WHEN {_MASS} AND e.headcount IS NOT NULL THEN e.headcount"
                f" WHEN {_NAMED} > 0 THEN {_NAMED}"
                " WHEN e.headcount IS NOT NULL THEN e.headcount ELSE 0 END)")


def _overlaps_from(value: Any) -> tuple[str, list[Any]]:
    # An event running into the range counts: it ends on or after its first day.
    return "e.end_date >= ?", [str(value)]


def _overlaps_to(value: Any) -> tuple[str, list[Any]]:
    # ... and it starts on or before the range's last day.
    return "e.start_date <= ?", [str(value)]


FILTERS: dict[str, Filter] = {
    "programme": equals("e.programme"),
    "kind": equals("e.kind"),
    "date_from": _overlaps_from,
    "date_to": _overlaps_to,
    "region": equals("e.region"),
    "district": equals("e.district"),
    "organiser": equals("e.organiser_uid"),
    "language": equals("e.language"),
}

EVENTS = ListSource(
    table="event e",
    key="e.uid",
    joins="LEFT JOIN organisation o ON o.uid = e.organiser_uid",
    deleted_col="e.deleted",
    search_col="e.search",
    # Newest first, then by title.  Written without DESC because the list
    # appends DESC to every part when the user reverses the order.
    default_sort="-julianday(e.start_date), e.title COLLATE KAZAKH",
    columns=[
        Column("title", Msg("Events", "Title"), "e.title", "e.title COLLATE KAZAKH", width=30),
        Column("start_date", Msg("Events", "Start"), "e.start_date", "e.start_date", kind="date"),
        Column("end_date", Msg("Events", "End"), "e.end_date", "e.end_date", kind="date"),
        Column("programme", Msg("Events", "Programme"), "e.programme", "e.programme",
               kind="ref:programmes", width=16),
        Column("kind", Msg("Events", "Kind"), "e.kind", "e.kind", kind="ref:event_kinds", width=14),
        Column("place", Msg("Events", "Place"), "e.place", "e.place COLLATE KAZAKH", width=16),
        # kk / ru / en: there is no reference list of languages; shown as the code.
        Column("language", Msg("Events", "Language"), "e.language", "e.language", kind="language"),
        Column("region", Msg("Events", "Region"), "e.region", "e.region", kind="ref:regions", width=14),
        Column("district", Msg("Events", "District"), "e.district", "e.district COLLATE KAZAKH", width=14),
        Column("organiser", Msg("Events", "Organiser"), "o.name", "o.search", width=18),
        Column("participants", Msg("Events", "Participants"), PARTICIPANTS, PARTICIPANTS, kind="int"),
    ],
    filters=FILTERS,
)


def districts_in_use(region: str | None = None) -> list[str]:
    """The districts named by live events (of ``region``), in Kazakh alphabetical order."""
    sql = "SELECT DISTINCT district FROM event WHERE deleted = 0 AND district IS NOT NULL AND district != ''"
    params: list = []
    if region:
        sql += " AND region = ?"
        params.append(region)
    return kazakh_sorted(r[0] for r in current_store().db.execute_sql(sql, params).fetchall())
