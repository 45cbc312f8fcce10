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

A wide report (a region's office) with a second connection at hand counts the
people in two halves by uid, the far half there, at the same time
(:mod:`app.reports.people_pass`, :mod:`app.reports.beside`): ``rep_pe`` then
holds the near half and the far half's sets of codes and cube cells are added
to the sums.

Unique people come from ``rep_pe`` (one row per person): by person attributes
from ``rep_cube`` (:meth:`Working.people_cube`), by event attributes from the
distinct mask combinations (:meth:`Working.unique`).  Attendances are
``count(*)`` / the events' ``named``.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from app.db.reading import is_server
from app.db.store import current_store
from app.events.records import rules_for
from app.reference import load
from app.reports.people_pass import FarHalf, FarRows, PeoplePass, Plan
from app.reports.periods import Period
from app.reports.reading import COUNTED, REPORT_INDEX, TEMP_TABLES, Reading, quoted
from app.reports.scope import Scope

__all__ = ["REPORT_INDEX", "TEMP_TABLES", "Reading", "Working", "mass_kinds", "rule_condition"]
_quoted = quoted


def mass_kinds() -> list[str]:
    """Event kinds reported as head-counts (flash mobs, challenges, webinars)."""
    return [k["code"] for k in load("event_kinds") if k.get("mass")]


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


class Working(PeoplePass):
    """The temp tables of one report's events and people on the current connection; ``close`` drops them.

    With ``beside`` (a second connection, :mod:`app.reports.beside`) a wide report counts the far half
    of its people there while this connection builds the events and the near half.
    """

    # Reports over at least this many attendances split their people in two halves when a second
    # connection is there (below it, starting one costs more than it saves).
    SPLIT_FROM = 20_000
    SPLIT_EVENTS = 2_000

    def __init__(self, period: Period, scope: Scope, beside: Any = None,
                 meanwhile: Callable[[], None] | None = None) -> None:
        """Build the working set; ``meanwhile`` is called once the far half is given to ``beside``
        (to give it more work) and before this connection starts on its own."""
        super().__init__(period, scope, current_store().db.connection())
        self.plan = self._plan(beside is not None and beside.working)
        self._beside, self._far_job = beside, None
        if self.plan.split is not None:
            plan = self.plan
            self._far_job = beside.submit(lambda reading: FarHalf(period, scope, reading.conn, plan).rows())
        self._far: FarRows | None = None
        self._settled = self._far_job is None
        if meanwhile is not None:
            meanwhile()
        self.halves = "one"  # how the people were counted: one pass, "beside" or both halves "main"
        self._events()
        self._codes()
        self._keys(8)
        self._people(before=self.plan.split)
        self._combos: list[tuple[int, int, int]] | None = None
        self._counted: dict[tuple, int] = {}
        self.memo: dict[str, Any] = {}  # answers several sections share

    # -- the working set ----------------------------------------------------------------
    def _plan(self, split: bool) -> Plan:
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
        events = self.one(f"SELECT count(*) {source}", args)[0]
        wide = events * self.WIDE_SHARE > total
        indexed = wide and self._report_index()
        middle = None
        # Halves pay where there is much to count: most events of a big file (a region's office), or
        # many events of a bigger one (a region in the national file: 10,000 events, 250,000 attendances).
        if split and (wide or events >= self.SPLIT_EVENTS) and self.one(
                "SELECT count(*) FROM (SELECT 1 FROM attendance LIMIT ?) x", (self.SPLIT_FROM,))[0] >= self.SPLIT_FROM:
            middle = self._middle_person()
        return Plan(source, tuple(args), wide, indexed, middle)

    def _middle_person(self) -> str | None:
        """The middle person by uid (each half then has about as many people and attendances); None
        with fewer than two people.

        A server's statistics hold it (the middle of the uid histogram its ANALYZE keeps): counting a
        nation's million people and walking half of them took a tenth of the report.
        """
        if is_server(self.conn):
            row = self.conn.execute(
                "SELECT histogram_bounds::text::text[] FROM pg_stats WHERE schemaname = current_schema() "
                "AND tablename = 'person' AND attname = 'uid'").fetchone()
            if row and row[0] and len(row[0]) >= 3:
                return str(row[0][len(row[0]) // 2])
        people = self.one("SELECT count(*) FROM person")[0]
        if people < 2:
            return None
        return self.one("SELECT uid FROM person ORDER BY uid LIMIT 1 OFFSET ?", (people // 2,))[0]

    def _events(self) -> None:
        source, args = self.plan.source, list(self.plan.args)
        self.wide, self.indexed = self.plan.wide, self.plan.indexed
        counted = f"{COUNTED} AND a.person_uid NOT IN (SELECT uid FROM person WHERE deleted = 1)"
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
            # OFFSET 0 keeps the planner from copying ``named`` (a subquery per event for a few events)
            # into each place ``people`` and ``ok`` use it.
            self.conn.execute(f"""INSERT INTO rep_ev ({columns}, people, ok)
                                  SELECT s.*, {people}, {ok} FROM ({select} OFFSET 0) s""", args)
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

    def _settle(self) -> None:
        """Have all the people: the far half's rows from the second connection, else counted here now."""
        if self._settled:
            return
        self._settled = True
        far = self._beside.result(self._far_job, lambda: None)
        if far is not None and far.codes == self.codes and far.regions == self.regions:
            self._far, self.halves = far, "beside"
        else:  # no second connection after all, or (never seen) codes numbered otherwise there
            self._people(since=self.plan.split, append=True)
            self.halves = "main"

    def combos(self) -> list[tuple[int, int, int]]:
        """(code mask, region-code mask, people) for each distinct set of codes people have.

        The masks of all columns are joined into one Python int (column j shifted by 64 j), so
        each question is one ``&`` per set of codes (a region has thousands of such sets).
        """
        if self._combos is None:
            self._settle()
            cols = self.mask_columns
            n_code = sum(1 for c in cols if c[0] == "m")
            people: dict[tuple, int] = {}
            for row in self.mask_groups() + (self._far.groups if self._far else []):
                people[tuple(row[:-1])] = people.get(tuple(row[:-1]), 0) + row[-1]
            self._combos = [(self._joined(masks[:n_code]), self._joined(masks[n_code:len(cols)]), n)
                            for masks, n in people.items()]
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

    def people_cube(self) -> None:
        """``rep_cube``: the people counted by sex, age group (on the period's last day), category, school
        and district (their own, else their school's), and in all, with their attendances
        (:meth:`cube_select`; a value may have a row from each half, to be added up)."""
        self._settle()
        self.conn.execute("CREATE TEMP TABLE rep_cube (gs INTEGER, sex TEXT, g INTEGER, category TEXT, school TEXT, "
                          "district TEXT, people INTEGER, n INTEGER)")
        self.conn.execute(f"INSERT INTO rep_cube {self.cube_select()}")
        if self._far and self._far.cube:
            columns = ("gs", "sex", "g", "category", "school", "district", "people", "n")
            if is_server(self.conn):
                # One stream: a statement per row is a round trip each (a nation's region: 500 rows, 0.16 s)
                from app.db.postgres import copy_insert

                copy_insert(self.conn, "rep_cube", columns, self._far.cube)
            else:
                self.conn.executemany(f"INSERT INTO rep_cube ({', '.join(columns)}) VALUES ({', '.join('?' * 8)})",
                                      self._far.cube)

    # -- dates --------------------------------------------------------------------------
    @staticmethod
    def date(text: str | None) -> dt.date | None:
        """A stored ISO date as a date."""
        return dt.date.fromisoformat(text[:10]) if text else None
