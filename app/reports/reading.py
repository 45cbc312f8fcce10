"""Questions to one connection for one report's period and scope (the main one, or one beside it)."""
from __future__ import annotations

from typing import Any

from app.events.rules import COUNTED_STATUSES
from app.reports.periods import Period
from app.reports.scope import Scope
from app.text import fold

TEMP_TABLES = ("rep_rcp", "rep_ev", "rep_evk", "rep_exc", "rep_pe", "rep_cube", "rep_code", "rep_rcode", "rep_child",
               "rep_aid", "rep_helped")
# attendance(person_uid, event_uid, status, deleted) (schema v5): the report reads it instead of the table.
REPORT_INDEX = "attendance_report"


def quoted(values: list[str]) -> str:
    """SQL list of string literals.  Codes come from our own reference files, never from the user."""
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values) or "NULL"


# A counted attendance: live, of a counted status (the person's own deletion is checked where joined).
COUNTED = f"a.deleted = 0 AND a.status IN ({quoted(list(COUNTED_STATUSES))})"


class Reading:
    """Questions to one connection for one report's period and scope; ``close`` drops its temp tables.

    The main :class:`Working` set and a section worked out beside it on a second connection
    (:mod:`app.reports.beside`) both read through this.
    """

    # The scope holds "most" events when more than 1/WIDE_SHARE of all (see _events).
    WIDE_SHARE = 4

    def __init__(self, period: Period, scope: Scope, conn: Any) -> None:
        self.period, self.scope, self.conn = period, scope, conn
        self.drop()

    # -- helpers ------------------------------------------------------------------------
    def all(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        """All rows of a (small, aggregated) query."""
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple | list = ()) -> tuple:
        """The one row of an aggregate query."""
        return self.conn.execute(sql, params).fetchone()

    def drop(self) -> None:
        """Drop the temp tables (before a report and after it)."""
        for table in TEMP_TABLES:
            self.conn.execute(f"DROP TABLE IF EXISTS temp.{table}")

    close = drop

    # -- scope --------------------------------------------------------------------------
    def event_scope(self) -> tuple[str, list[Any]]:
        """SQL over ``event e LEFT JOIN organisation o`` (its organiser) limiting to the scope."""
        s = self.scope
        if s.level == "region":
            return "coalesce(e.region, o.region) = ?", [s.region]
        if s.level == "district":
            sql, args = "tirkeu_fold(coalesce(e.district, o.district)) = ?", [fold(s.value)]
            if s.region:
                sql += " AND coalesce(e.region, o.region) = ?"
                args.append(s.region)
            return sql, args
        if s.level == "school":
            origin = self.school_origin()
            if origin:
                # Everything the school's coordinator recorded is the school's work, whoever organised
                # it (a partner NGO's lecture held at the school), plus what it organised elsewhere.
                return "(e.organiser_uid = ? OR e.origin = ?)", [s.value, origin]
            return "e.organiser_uid = ?", [s.value]
        return "1 = 1", []

    def school_origin(self) -> str | None:
        """The installation that is the scope's school (its events without an organiser are its own).

        The school's record is made by the school's own installation at set-up;
        it is that school's installation when it is this one (role school) or a
        trusted peer of role school.
        """
        row = self.one("SELECT origin FROM organisation WHERE uid = ?", (self.scope.value,))
        if not row:
            return None
        origin = row[0]
        own = self.one("SELECT role, organisation_uid FROM installation WHERE id = ?", (origin,))
        if own:
            return origin if own[0] == "school" and own[1] == self.scope.value else None
        peer = self.one("SELECT role FROM peer WHERE id = ?", (origin,))
        return origin if peer and peer[0] == "school" else None

    def place_scope(self, region: str, district: str, school: str) -> tuple[str, list[Any]]:
        """SQL limiting records placed by the given region, district and school expressions."""
        s = self.scope
        if s.level == "region":
            return f"{region} = ?", [s.region]
        if s.level == "district":
            sql, args = f"tirkeu_fold({district}) = ?", [fold(s.value)]
            if s.region:
                sql += f" AND {region} = ?"
                args.append(s.region)
            return sql, args
        if s.level == "school":
            return f"{school} = ?", [s.value]
        return "1 = 1", []
