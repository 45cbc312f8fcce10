"""The report's working set: the events of the period and scope, and who took part, as temp tables.

Every figure is a SQL aggregate over these (GROUP BY in SQLite, never rows
looped in Python).  Two temp tables are made once per report:

- ``rep_ev``: the live events that *start* in the period, in the scope, with
  their region/district (their own, else their organiser's), month, ISO week
  (its Monday), whether the kind is a mass action, the named participants,
  ``people`` (what the rules judge: the head-count of a mass action, else the
  named participants, else the head-count when no names were entered — the
  same as :func:`app.events.rules.participant_count`) and ``ok`` (1 when the
  event meets every rule of its kind, 0 when it breaks one, NULL when its kind
  has no rules).
- ``rep_att``: one row per counted attendance: status ``attended`` or
  ``selected`` (applicants, not-selected and registered people did not take
  part), live attendance, live event, live person.  Every role counts (as the
  event form's participant count does).
- ``rep_pe``: one row per person in ``rep_att``: attendances, whether any was
  in Legal Culture, bit masks of the (programme, kind, language) codes and
  (at country scope) the (region, Legal Culture) codes of their events, and
  the person's sex, birth date, category, school, district.

Unique people come from ``rep_pe`` (one row per person): by person attributes
with GROUP BY, by event attributes from the few distinct mask combinations
(:meth:`Working.unique`).  Attendances are ``count(*)`` / the events' ``named``.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from app.db.store import current_store
from app.events.records import rules_for
from app.events.rules import COUNTED_STATUSES
from app.reference import load
from app.reports.periods import Period
from app.reports.scope import Scope
from app.text import fold

TEMP_TABLES = ("rep_ev", "rep_att", "rep_evn", "rep_pe", "rep_code", "rep_rcode", "rep_child", "rep_aid", "rep_helped")


def mass_kinds() -> list[str]:
    """Event kinds reported as head-counts (flash mobs, challenges, webinars)."""
    return [k["code"] for k in load("event_kinds") if k.get("mass")]


def _quoted(values: list[str]) -> str:
    # Codes come from our own reference files, never from the user.
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values) or "NULL"


def rule_condition(kind: str) -> str | None:
    """SQL true when an event of ``kind`` (columns of rep_ev) meets every rule; None without rules."""
    rules = rules_for(kind)
    parts = []
    low, high = rules.get("min_duration_minutes"), rules.get("max_duration_minutes")
    if low or high:
        parts.append("minutes IS NOT NULL")
        if low:
            parts.append(f"minutes >= {int(low)}")
        if high:
            parts.append(f"minutes <= {int(high)}")
    if rules.get("min_participants"):
        parts.append(f"people >= {int(rules['min_participants'])}")
    if rules.get("days"):
        parts.append(f"CAST(julianday(end_date) - julianday(start_date) AS INTEGER) + 1 = {int(rules['days'])}")
    return " AND ".join(parts) if parts else None


class Working:
    """The temp tables of one report on the current connection; ``close`` drops them."""

    def __init__(self, period: Period, scope: Scope) -> None:
        self.period, self.scope = period, scope
        self.db = current_store().db
        self.conn = self.db.connection()
        self.drop()
        self._events()
        self._attendance()

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
                return "(e.organiser_uid = ? OR (e.organiser_uid IS NULL AND e.origin = ?))", [s.value, origin]
            return "e.organiser_uid = ?", [s.value]
        return "1", []

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
        return "1", []

    # -- the working set ----------------------------------------------------------------
    def _events(self) -> None:
        where, args = self.event_scope()
        self.conn.execute("""CREATE TEMP TABLE rep_ev (
            id INTEGER PRIMARY KEY, uid TEXT UNIQUE, title TEXT, programme TEXT, kind TEXT,
            start_date TEXT, end_date TEXT, minutes INTEGER, language TEXT, region TEXT, district TEXT,
            organiser TEXT, headcount INTEGER, hc_pupils INTEGER, hc_teachers INTEGER, hc_parents INTEGER,
            hc_others INTEGER, hc_girls INTEGER, hc_boys INTEGER, month TEXT, week TEXT,
            mass INTEGER, named INTEGER DEFAULT 0, people INTEGER DEFAULT 0, ok INTEGER,
            code INTEGER, rcode INTEGER)""")
        self.conn.execute(f"""INSERT INTO rep_ev (uid, title, programme, kind, start_date, end_date, minutes,
                language, region, district, organiser, headcount, hc_pupils, hc_teachers, hc_parents,
                hc_others, hc_girls, hc_boys, month, week, mass)
            SELECT e.uid, e.title, e.programme, e.kind, e.start_date, coalesce(e.end_date, e.start_date),
                e.duration_minutes, e.language, coalesce(e.region, o.region), coalesce(e.district, o.district),
                e.organiser_uid, e.headcount, e.hc_pupils, e.hc_teachers, e.hc_parents, e.hc_others,
                e.hc_girls, e.hc_boys, substr(e.start_date, 1, 7),
                date(e.start_date, 'weekday 0', '-6 days'), e.kind IN ({_quoted(mass_kinds())})
            FROM event e LEFT JOIN organisation o ON o.uid = e.organiser_uid
            WHERE e.deleted = 0 AND e.start_date BETWEEN ? AND ? AND {where}""",
                          [self.period.start.isoformat(), self.period.end.isoformat(), *args])
        self.events = self.one("SELECT count(*) FROM rep_ev")[0]

    def _codes(self) -> None:
        """Number the (programme, kind, language) of the events, and (region, Legal Culture) at country scope.

        Each person's set of codes becomes a bit mask (``sum(DISTINCT 1 << code)``
        is a bitwise OR), so one pass over the attendance, grouped by person,
        answers "how many unique people" for every kind, language and region.
        """
        self.codes = self.all("SELECT DISTINCT programme, kind, coalesce(language, '') FROM rep_ev ORDER BY 1, 2, 3")
        self.conn.execute("CREATE TEMP TABLE rep_code (code INTEGER PRIMARY KEY, programme TEXT, kind TEXT, lang TEXT)")
        self.conn.executemany("INSERT INTO rep_code VALUES (?, ?, ?, ?)",
                              [(i, *row) for i, row in enumerate(self.codes)])
        self.conn.execute("""UPDATE rep_ev SET code = (SELECT c.code FROM rep_code c WHERE c.programme = rep_ev.programme
                             AND c.kind = rep_ev.kind AND c.lang = coalesce(rep_ev.language, ''))""")
        self.regions: list[tuple[str | None, int]] = []
        if self.scope.level == "country":
            found = [r for r, in self.all("SELECT DISTINCT region FROM rep_ev")]
            self.regions = [(r, lc) for r in found for lc in (0, 1)]
            self.conn.execute("CREATE TEMP TABLE rep_rcode (code INTEGER PRIMARY KEY, region TEXT, lc INTEGER)")
            self.conn.executemany("INSERT INTO rep_rcode VALUES (?, ?, ?)",
                                  [(i, r, lc) for i, (r, lc) in enumerate(self.regions)])
            self.conn.execute("""UPDATE rep_ev SET rcode = (SELECT c.code FROM rep_rcode c WHERE c.region IS rep_ev.region
                                 AND c.lc = (rep_ev.programme = 'legal_culture'))""")

    @staticmethod
    def _masks(column: str, count: int, prefix: str) -> list[str]:
        # 62 codes per mask keep each sum inside a signed 64-bit integer.
        return [f"sum(DISTINCT CASE WHEN {column} BETWEEN {j * 62} AND {j * 62 + 61} "
                f"THEN 1 << ({column} - {j * 62}) END) AS {prefix}{j}" for j in range((count + 61) // 62)]

    def _attendance(self) -> None:
        self._codes()
        statuses = _quoted(list(COUNTED_STATUSES))
        total = self.one("SELECT count(*) FROM event")[0] or 1
        # Most events in scope (a region's office, the country): read attendance once, in
        # table order; a few (a school): follow the index from each event instead.
        order = ("attendance a NOT INDEXED CROSS JOIN rep_ev ev" if self.events * 4 > total
                 else "rep_ev ev CROSS JOIN attendance a")
        self.conn.execute(f"""CREATE TEMP TABLE rep_att AS
            SELECT ev.id AS ev, ev.code AS code, ev.rcode AS rcode, a.person_uid AS pe
            FROM {order} ON ev.uid = a.event_uid
            WHERE a.deleted = 0 AND a.status IN ({statuses})
              AND a.person_uid NOT IN (SELECT uid FROM person WHERE deleted = 1)""")
        self.conn.execute("CREATE TEMP TABLE rep_evn (ev INTEGER PRIMARY KEY, n INTEGER)")
        self.conn.execute("INSERT INTO rep_evn SELECT ev, count(*) FROM rep_att GROUP BY ev")
        self.conn.execute("""UPDATE rep_ev SET named = coalesce((SELECT n FROM rep_evn WHERE ev = rep_ev.id), 0)""")
        self.conn.execute("""UPDATE rep_ev SET people = CASE
                WHEN mass = 1 AND headcount IS NOT NULL THEN headcount
                WHEN named = 0 AND headcount IS NOT NULL THEN headcount ELSE named END""")
        for kind, in self.all("SELECT DISTINCT kind FROM rep_ev"):
            condition = rule_condition(kind)
            if condition:
                self.conn.execute(f"UPDATE rep_ev SET ok = ({condition}) WHERE kind = ?", (kind,))
        masks = self._masks("code", len(self.codes), "m") + self._masks("rcode", len(self.regions), "r")
        self.mask_columns = [m.rsplit(" AS ", 1)[1] for m in masks]
        lc = [i for i, (programme, _, _) in enumerate(self.codes) if programme == "legal_culture"]
        self.conn.execute(f"""CREATE TEMP TABLE rep_pe AS
            SELECT x.*, p.sex AS sex, p.birth_date AS birth_date, p.category AS category,
                   p.school_uid AS school, coalesce(p.district, o.district) AS district
            FROM (SELECT pe, count(*) AS n, max(code IN ({", ".join(map(str, lc)) or "NULL"})) AS lc
                         {"".join(", " + m for m in masks)}
                  FROM rep_att GROUP BY pe) x
            JOIN person p ON p.uid = x.pe LEFT JOIN organisation o ON o.uid = p.school_uid""")
        self._combos = None
        self._counted: dict[tuple, int] = {}

    def combos(self) -> list[tuple[tuple[int, ...], tuple[int, ...], int]]:
        """(code masks, region-code masks, people) for each distinct set of codes people have (a small list)."""
        if self._combos is None:
            cols = self.mask_columns
            n_code = (len(self.codes) + 61) // 62
            rows = self.all(f"SELECT {', '.join(cols)}, count(*) FROM rep_pe GROUP BY {', '.join(cols)}") if cols else []
            self._combos = [(tuple(m or 0 for m in row[:n_code]), tuple(m or 0 for m in row[n_code:len(cols)]),
                             row[-1]) for row in rows]
        return self._combos

    @staticmethod
    def _wanted(indexes: set[int], count: int) -> tuple[int, ...]:
        masks = [0] * ((count + 61) // 62)
        for i in indexes:
            masks[i // 62] |= 1 << (i % 62)
        return tuple(masks)

    def unique(self, programme: str | None = None, kind: str | None = None, lang: str | None = None) -> int:
        """Unique people who attended an event of ``programme``/``kind``/``lang`` (None: any)."""
        wanted = self._wanted({i for i, (p, k, lg) in enumerate(self.codes)
                               if (programme is None or p == programme) and (kind is None or k == kind)
                               and (lang is None or lg == lang)}, len(self.codes))
        return self._count(0, wanted)

    def _count(self, part: int, wanted: tuple[int, ...]) -> int:
        key = (part, wanted)
        if key not in self._counted:  # the same question comes from several tables
            self._counted[key] = sum(combo[2] for combo in self.combos()
                                     if any(m & w for m, w in zip(combo[part], wanted)))
        return self._counted[key]

    def unique_in_region(self, region: str | None, legal_culture_only: bool = False) -> int:
        """Unique people who attended events of ``region`` (country scope only)."""
        wanted = self._wanted({i for i, (r, lc) in enumerate(self.regions)
                               if r == region and (lc or not legal_culture_only)}, len(self.regions))
        return self._count(1, wanted)

    # -- dates --------------------------------------------------------------------------
    @staticmethod
    def date(text: str | None) -> dt.date | None:
        """A stored ISO date as a date."""
        return dt.date.fromisoformat(text[:10]) if text else None
