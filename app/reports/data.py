"""The report's working set: the events of the period and scope, and who took part, as temp tables.

Every figure is a SQL aggregate over these (GROUP BY in SQLite, never rows
looped in Python).  The temp tables made once per report:

- ``rep_ev``: the live events that *start* in the period, in the scope, with
  their region/district (their own, else their organiser's), month, ISO week
  (its Monday), whether the kind is a mass action, ``named`` (counted
  attendances), ``people`` (what the rules judge: the head-count of a mass
  action, else the named participants, else the head-count when no names were
  entered — the same as :func:`app.events.rules.participant_count`) and ``ok``
  (1 when the event meets every rule of its kind, 0 when it breaks one, NULL
  when its kind has no rules).  A counted attendance has status ``attended``
  or ``selected`` (applicants, not-selected and registered people did not
  take part), is live, of a live person; every role counts (as the event
  form's participant count does).
- ``rep_evk``: each event's uid and its (programme, kind, language) code — and
  at country scope its (region, Legal Culture) code — as counters for a sum.
- ``rep_pe``: one row per person who took part: attendances, bit masks of the
  codes of their events, and the person's sex, birth date, category, school,
  own district.  Made in one pass over the attendance in person order (the
  covering index ``attendance_report``): no table rows, no sort.

Unique people come from ``rep_pe`` (one row per person): by person attributes
from ``rep_cube`` (:meth:`Working.people_cube`), by event attributes from the
distinct mask combinations (:meth:`Working.unique`).  Attendances are
``count(*)`` / the events' ``named``.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from app.db.reading import is_server
from app.db.store import current_store
from app.events.records import rules_for
from app.events.rules import COUNTED_STATUSES
from app.reference import load
from app.reports.periods import Period
from app.reports.scope import Scope
from app.text import fold

TEMP_TABLES = ("rep_ev", "rep_evk", "rep_exc", "rep_pe", "rep_cube", "rep_code", "rep_rcode", "rep_child", "rep_aid",
               "rep_helped")
# attendance(person_uid, event_uid, status, deleted) (schema v5): the report reads it instead of the table.
REPORT_INDEX = "attendance_report"


def mass_kinds() -> list[str]:
    """Event kinds reported as head-counts (flash mobs, challenges, webinars)."""
    return [k["code"] for k in load("event_kinds") if k.get("mass")]


def _quoted(values: list[str]) -> str:
    # Codes come from our own reference files, never from the user.
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values) or "NULL"


def rule_condition(kind: str, people: str = "people") -> str | None:
    """SQL true when an event of ``kind`` (columns of rep_ev; ``people`` the SQL of its participants)
    meets every rule; None without rules."""
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
        parts.append(f"{people} >= {int(rules['min_participants'])}")
    if rules.get("days"):
        parts.append(f"CAST(julianday(end_date) - julianday(start_date) AS INTEGER) + 1 = {int(rules['days'])}")
    return " AND ".join(parts) if parts else None


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



class Working(Reading):
    """The temp tables of one report's events and people on the current connection; ``close`` drops them."""

    def __init__(self, period: Period, scope: Scope) -> None:
        super().__init__(period, scope, current_store().db.connection())
        self._events()
        self._attendance()
        self._combos: list[tuple[int, int, int]] | None = None
        self._counted: dict[tuple, int] = {}
        self.memo: dict[str, Any] = {}  # answers several sections share

    # -- the working set ----------------------------------------------------------------
    def _events(self) -> None:
        where, args = self.event_scope()
        span = [self.period.start.isoformat(), self.period.end.isoformat()]
        args = [*span, *args]
        total = self.one("SELECT count(*) FROM event")[0] or 1
        # A period holding most events (a year) reads the events in table order; a short one
        # follows the index on start_date.
        most = self.one("SELECT count(*) FROM event WHERE start_date BETWEEN ? AND ?", span)[0] * 2 > total
        source = f"""FROM event e {"NOT INDEXED" if most else ""} LEFT JOIN organisation o ON o.uid = e.organiser_uid
            WHERE e.deleted = 0 AND e.start_date BETWEEN ? AND ? AND {where}"""
        # Most events in scope (a region's office, the country): read the attendance once, in
        # person order, from the covering index (grouping by person then needs no sort); a few
        # (a school): follow the index from each event instead.
        self.wide = self.one(f"SELECT count(*) {source}", args)[0] * self.WIDE_SHARE > total
        self.indexed = self.wide and self._report_index()
        counted = (f"a.deleted = 0 AND a.status IN ({_quoted(list(COUNTED_STATUSES))}) "
                   "AND a.person_uid NOT IN (SELECT uid FROM person WHERE deleted = 1)")
        if self.indexed:
            # All the event's attendance (a count over the (event, person) index) less the few not
            # counted (found in one pass over the covering index).
            self.conn.execute("CREATE TEMP TABLE rep_exc (uid TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID")
            self.conn.execute(f"""INSERT INTO rep_exc SELECT a.event_uid, count(*)
                                  FROM attendance a INDEXED BY {REPORT_INDEX}
                                  WHERE (CASE WHEN {counted} THEN 0 ELSE 1 END) = 1 GROUP BY a.event_uid""")
            named = ("(SELECT count(*) FROM attendance a WHERE a.event_uid = e.uid) "
                     "- coalesce((SELECT x.n FROM rep_exc x WHERE x.uid = e.uid), 0)")
        elif self.wide and is_server(self.conn):
            # A server counts every event's attendance in one grouped pass (a hash join) faster than
            # one index probe per event.
            named = "coalesce(nc.n, 0)"
            source = source.replace("LEFT JOIN organisation o", f"""LEFT JOIN (SELECT a.event_uid, count(*) AS n
                FROM attendance a WHERE {counted} GROUP BY a.event_uid) nc ON nc.event_uid = e.uid
                LEFT JOIN organisation o""", 1)
        else:
            named = f"(SELECT count(*) FROM attendance a WHERE a.event_uid = e.uid AND {counted})"
        self.conn.execute("""CREATE TEMP TABLE rep_ev (
            id INTEGER PRIMARY KEY, uid TEXT UNIQUE, title TEXT, programme TEXT, kind TEXT,
            start_date TEXT, end_date TEXT, minutes INTEGER, language TEXT, region TEXT, district TEXT,
            organiser TEXT, headcount INTEGER, hc_pupils INTEGER, hc_teachers INTEGER, hc_parents INTEGER,
            hc_others INTEGER, hc_girls INTEGER, hc_boys INTEGER, month TEXT, week TEXT,
            mass INTEGER, named INTEGER DEFAULT 0, people INTEGER DEFAULT 0, ok INTEGER)""")
        columns = ("uid, title, programme, kind, start_date, end_date, minutes, language, region, district, "
                   "organiser, headcount, hc_pupils, hc_teachers, hc_parents, hc_others, hc_girls, hc_boys, "
                   "month, week, mass, named")
        select = f"""SELECT e.uid AS uid, e.title AS title, e.programme AS programme, e.kind AS kind,
                e.start_date AS start_date, coalesce(e.end_date, e.start_date) AS end_date,
                e.duration_minutes AS minutes, e.language AS language, coalesce(e.region, o.region) AS region,
                coalesce(e.district, o.district) AS district, e.organiser_uid AS organiser,
                e.headcount AS headcount, e.hc_pupils AS hc_pupils, e.hc_teachers AS hc_teachers,
                e.hc_parents AS hc_parents, e.hc_others AS hc_others, e.hc_girls AS hc_girls,
                e.hc_boys AS hc_boys, substr(e.start_date, 1, 7) AS month,
                date(e.start_date, 'weekday 0', '-6 days') AS week,
                CASE WHEN e.kind IN ({_quoted(mass_kinds())}) THEN 1 ELSE 0 END AS mass, {named} AS named
            {source}"""
        # people: what the rules judge; ok: every rule of the kind met (NULL for a kind without rules).
        people = """CASE WHEN mass = 1 AND headcount IS NOT NULL THEN headcount
                         WHEN named = 0 AND headcount IS NOT NULL THEN headcount ELSE named END"""
        ok = self._rules_met(f"({people})")
        if is_server(self.conn):
            # Worked out as the rows go in: updating every row after costs a server a new version of each
            # (0.11 s for a region's 20,000 events); here ``named`` is a column of a join, cheap to repeat.
            self.conn.execute(f"""INSERT INTO rep_ev ({columns}, people, ok)
                                  SELECT s.*, {people}, {ok} FROM ({select}) s""", args)
        else:
            # SQLite would repeat ``named`` (a subquery per event) in each place it is used: afterwards.
            self.conn.execute(f"INSERT INTO rep_ev ({columns}) {select}", args)
            self.conn.execute(f"UPDATE rep_ev SET people = {people}, ok = {ok}")
        self.events = self.one("SELECT count(*) FROM rep_ev")[0]

    @staticmethod
    def _rules_met(people: str) -> str:
        """SQL over rep_ev's columns: 1 when an event meets every rule of its kind, 0 when it breaks one,
        NULL for a kind without rules (as SQLite's own truth values; a server's are booleans)."""
        cases = []
        for kind in sorted(k["code"] for k in load("event_kinds")):
            condition = rule_condition(kind, people)
            if condition:
                cases.append(f"WHEN {_quoted([kind])} THEN (CASE WHEN {condition} THEN 1 "
                             f"WHEN NOT ({condition}) THEN 0 END)")
        return f"CASE kind {' '.join(cases)} END" if cases else "NULL"

    def _codes(self) -> None:
        """Number the (programme, kind, language) of the events, and (region, Legal Culture) at country scope.

        Each person's set of codes becomes a bit mask, so one pass over the
        attendance, grouped by person, answers "how many unique people" for
        every kind, language and region (see :meth:`_keys`).
        """
        self.codes = self.all("SELECT DISTINCT programme, kind, coalesce(language, '') FROM rep_ev ORDER BY 1, 2, 3")
        self.conn.execute("CREATE TEMP TABLE rep_code (code INTEGER PRIMARY KEY, programme TEXT, kind TEXT, lang TEXT, "
                          "UNIQUE (programme, kind, lang))")
        self.conn.executemany("INSERT INTO rep_code VALUES (?, ?, ?, ?)",
                              [(i, *row) for i, row in enumerate(self.codes)])
        self.regions: list[tuple[str | None, int]] = []
        if self.scope.level == "country":
            found = [r for r, in self.all("SELECT DISTINCT region FROM rep_ev")]
            self.regions = [(r, lc) for r in found for lc in (0, 1)]
            self.conn.execute("CREATE TEMP TABLE rep_rcode (code INTEGER PRIMARY KEY, region TEXT, lc INTEGER, "
                              "UNIQUE (region, lc))")
            self.conn.executemany("INSERT INTO rep_rcode VALUES (?, ?, ?)",
                                  [(i, r, lc) for i, (r, lc) in enumerate(self.regions)])

    def _keys(self, width: int) -> None:
        """``rep_evk``: each event's uid with, per mask column, its code as a counter ``width`` bits wide.

        A person's attendances summed give, in each ``width``-bit field, how
        many of them had that code; one bit per field, set when the field is
        not 0, makes the mask (:meth:`_fold`; exact below 2**(width - 1)
        attendances, see :meth:`_people`) — a bitwise OR without
        ``sum(DISTINCT)``, whose per-person temp B-tree is the slow part of
        grouping 400,000 rows.
        """
        self.width, self.per_mask = width, 63 // width
        columns = self._fields("c.code", len(self.codes), "f") + self._fields("r.code", len(self.regions), "g")
        self.key_columns = [c.rsplit(" AS ", 1)[1] for c in columns]
        self.conn.execute(f"""CREATE TEMP TABLE rep_evk (uid TEXT PRIMARY KEY
                              {"".join(f", {c} INTEGER" for c in self.key_columns)}) WITHOUT ROWID""")
        regions = ("LEFT JOIN rep_rcode r ON r.region IS ev.region "
                   "AND r.lc = (CASE WHEN ev.programme = 'legal_culture' THEN 1 ELSE 0 END)"
                   if self.regions else "")
        self.conn.execute(f"""INSERT INTO rep_evk SELECT ev.uid {"".join(", " + c for c in columns)}
                              FROM rep_ev ev JOIN rep_code c ON c.programme = ev.programme AND c.kind = ev.kind
                                   AND c.lang = coalesce(ev.language, '') {regions}""")

    def _fields(self, column: str, count: int, prefix: str) -> list[str]:
        per, width = self.per_mask, self.width
        return [f"CASE WHEN {column} BETWEEN {j * per} AND {j * per + per - 1} "
                f"THEN CAST(1 AS INTEGER) << ({width} * ({column} - {j * per})) ELSE 0 END AS {prefix}{j}"
                for j in range((count + per - 1) // per)]

    def _fold(self, column: str) -> str:
        """SQL: the sum of counters ``column`` as a mask: the top bit of each field set when the field is not 0.

        Exact while every field is below 2**(width - 1): adding ``2**(width - 1) - 1`` to a field then
        sets its top bit exactly when it is not 0, and never carries into the next field.
        """
        half = 1 << (self.width - 1)
        fill = sum((half - 1) << (self.width * i) for i in range(self.per_mask))
        top = sum(half << (self.width * i) for i in range(self.per_mask))
        return f"(({column} + {fill}) & {top})"

    def _report_index(self) -> bool:
        """True when attendance has the report's covering index (person, event, status, deleted)."""
        if is_server(self.conn):
            return False  # the server's planner picks its indexes itself; INDEXED BY is SQLite's
        return bool(self.one("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?",
                             (REPORT_INDEX,)))

    def _attendance(self) -> None:
        self._codes()
        self._keys(8)
        self._people()

    def _people(self) -> None:
        """``rep_pe``: one row per person who took part, in one pass over the attendance."""
        counted = f"a.deleted = 0 AND a.status IN ({_quoted(list(COUNTED_STATUSES))})"
        server = is_server(self.conn)
        if server:
            # PostgreSQL has the bitwise OR aggregate SQLite lacks: each field of bit_or is 0 or 1, moved
            # to its top bit as _fold leaves it; exact for any number of attendances (no second pass).
            sums = "".join(f", bit_or(ev.{c}) AS {c}" for c in self.key_columns)
            masks = [f"(x.{c} << {self.width - 1}) AS {'m' if c[0] == 'f' else 'r'}{c[1:]}"
                     for c in self.key_columns]
        else:
            sums = "".join(f", sum(ev.{c}) AS {c}" for c in self.key_columns)
            masks = [f"{self._fold('x.' + c)} AS {'m' if c[0] == 'f' else 'r'}{c[1:]}" for c in self.key_columns]
        self.mask_columns = [m.rsplit(" AS ", 1)[1] for m in masks]
        if self.indexed:
            source = f"attendance a INDEXED BY {REPORT_INDEX} CROSS JOIN rep_evk ev ON ev.uid = a.event_uid"
        elif self.wide:
            source = "attendance a NOT INDEXED CROSS JOIN rep_evk ev ON ev.uid = a.event_uid"
        else:
            source = "rep_evk ev CROSS JOIN attendance a ON a.event_uid = ev.uid"
        # A deleted person's attendance is not counted: they are left out with their row.
        self.conn.execute(f"""CREATE TEMP TABLE rep_pe AS
            SELECT x.pe AS pe, x.n AS n{"".join(", " + m for m in masks)}, p.sex AS sex,
                   p.birth_date AS birth_date, p.category AS category, p.school_uid AS school,
                   p.district AS own_district
            FROM (SELECT a.person_uid AS pe, count(*) AS n{sums} FROM {source}
                  WHERE {counted} GROUP BY a.person_uid) x
            CROSS JOIN person p ON p.uid = x.pe WHERE p.deleted = 0""")
        # The counters of someone with 128 attendances or more may overflow their field: their masks
        # are made again from their distinct codes (a field is then 0 or 1).  Such people are few.
        many = 1 << (self.width - 1)
        if masks and not server and self.one(f"SELECT EXISTS (SELECT 1 FROM rep_pe WHERE n >= {many})")[0]:
            distinct = ", ".join(self._fold(f"sum(DISTINCT ev.{c})") for c in self.key_columns)
            self.conn.execute(f"""UPDATE rep_pe SET ({", ".join(self.mask_columns)}) = (
                    SELECT {distinct} FROM attendance a CROSS JOIN rep_evk ev ON ev.uid = a.event_uid
                    WHERE a.person_uid = rep_pe.pe AND {counted})
                WHERE n >= {many}""")

    def combos(self) -> list[tuple[int, int, int]]:
        """(code mask, region-code mask, people) for each distinct set of codes people have.

        The masks of all columns are joined into one Python int (column j shifted by 64 j), so
        each question is one ``&`` per set of codes (a region has thousands of such sets).
        """
        if self._combos is None:
            cols = self.mask_columns
            n_code = sum(1 for c in cols if c[0] == "m")
            names = ", ".join(cols)
            rows = self.all(f"SELECT {names}, count(*) FROM rep_pe GROUP BY {names}") if cols else []
            self._combos = [(self._joined(row[:n_code]), self._joined(row[n_code:len(cols)]), row[-1])
                            for row in rows]
        return self._combos

    @staticmethod
    def _joined(masks) -> int:
        return sum((m or 0) << (64 * j) for j, m in enumerate(masks))

    def _wanted(self, indexes: set[int]) -> int:
        """The joined mask (see :meth:`combos`) of the codes ``indexes``."""
        per = self.per_mask
        return sum(1 << (64 * (i // per) + self.width * (i % per) + self.width - 1) for i in indexes)

    def unique(self, programme: str | None = None, kind: str | None = None, lang: str | None = None) -> int:
        """Unique people who attended an event of ``programme``/``kind``/``lang`` (None: any)."""
        wanted = self._wanted({i for i, (p, k, lg) in enumerate(self.codes)
                               if (programme is None or p == programme) and (kind is None or k == kind)
                               and (lang is None or lg == lang)})
        return self._count(0, wanted)

    def _count(self, part: int, wanted: int) -> int:
        key = (part, wanted)
        if key not in self._counted:  # the same question comes from several tables
            self._counted[key] = sum(combo[2] for combo in self.combos() if combo[part] & wanted)
        return self._counted[key]

    def unique_in_region(self, region: str | None, legal_culture_only: bool = False) -> int:
        """Unique people who attended events of ``region`` (country scope only)."""
        wanted = self._wanted({i for i, (r, lc) in enumerate(self.regions)
                               if r == region and (lc or not legal_culture_only)})
        return self._count(1, wanted)

    def people_cube(self, age_sql: str) -> None:
        """``rep_cube``: the people of ``rep_pe`` counted by sex, age group (``age_sql`` over
        ``birth_date``), category, school and district (their own, else their school's), with their
        attendances — a few thousand rows that every breakdown by the person adds up."""
        self.conn.execute(f"""CREATE TEMP TABLE rep_cube AS
            SELECT x.sex AS sex, x.g AS g, x.category AS category, x.school AS school,
                   coalesce(x.own_district, o.district) AS district, x.people AS people, x.n AS n
            FROM (SELECT sex, {age_sql} AS g, category, school, own_district, count(*) AS people, sum(n) AS n
                  FROM rep_pe GROUP BY 1, 2, 3, 4, 5) x
            LEFT JOIN organisation o ON o.uid = x.school""")

    # -- dates --------------------------------------------------------------------------
    @staticmethod
    def date(text: str | None) -> dt.date | None:
        """A stored ISO date as a date."""
        return dt.date.fromisoformat(text[:10]) if text else None
