"""The report's one pass over the attendance, grouped by person: ``rep_code``, ``rep_evk``, ``rep_pe``.

Shared by the main working set (:class:`app.reports.data.Working`, over its
``rep_ev``) and by the far half of the people worked out on a second
connection (:class:`FarHalf`, over a light ``rep_ev`` of its own): the same
SQL on the same snapshot, so the two halves' codes are the same and their
figures add up.

People are split by uid at :attr:`Plan.split` (the middle person of the
table): the main connection counts those before it, the second one those from
it, each through the same covering index range.  Every per-person figure is
then a sum over both halves: the people per set of codes (the masks) and per
(sex, age group, category, school, district).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.db.reading import is_server
from app.reports.ages import age_group_sql
from app.reports.reading import COUNTED, REPORT_INDEX, Reading


@dataclass(frozen=True)
class Plan:
    """How the pass runs, decided once on the main connection and followed by both halves."""

    source: str  # FROM … WHERE … of the period's live events in the scope (``event e``, ``organisation o``)
    args: tuple[Any, ...]
    wide: bool  # most events: read the attendance in person order, not event by event
    indexed: bool  # through the covering index REPORT_INDEX (SQLite)
    split: str | None = None  # the first person uid of the far half; None: one pass on one connection


@dataclass
class FarRows:
    """What the far half hands back: its codes (to check), its people per set of codes and by each breakdown."""

    codes: list[tuple]
    regions: list[tuple]
    groups: list[tuple] = field(default_factory=list)  # (*masks, people)
    cube: list[tuple] = field(default_factory=list)  # rep_cube's rows (the far half's people by each)


class PeoplePass(Reading):
    """The codes, the events' keys and the people of one report, on this object's connection."""

    plan: Plan

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
            found = [r for r, in self.all("SELECT DISTINCT region FROM rep_ev ORDER BY 1")]
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
        server = is_server(self.conn)
        if server:
            # A server plans the pass from the table's statistics (none yet for a temporary table): with
            # them it follows the event index for a region's events, person range included, rather than
            # read a half's range of the whole covering index (2.5 million entries of a nation, 1.5 s).
            self.conn.execute("ANALYZE rep_evk")
            masks = [f"(x.{c} << {self.width - 1}) AS {'m' if c[0] == 'f' else 'r'}{c[1:]}"
                     for c in self.key_columns]
        else:
            masks = [f"{self._fold('x.' + c)} AS {'m' if c[0] == 'f' else 'r'}{c[1:]}" for c in self.key_columns]
        self._masks = masks
        self.mask_columns = [m.rsplit(" AS ", 1)[1] for m in masks]

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

    def _people(self, since: str | None = None, before: str | None = None, append: bool = False) -> None:
        """``rep_pe``: one row per person who took part (uid from ``since``, before ``before``), in one
        pass over the attendance; ``append`` adds them to the table already made."""
        server = is_server(self.conn)
        if server:
            # PostgreSQL has the bitwise OR aggregate SQLite lacks: each field of bit_or is 0 or 1, moved
            # to its top bit as _fold leaves it; exact for any number of attendances (no second pass).
            sums = "".join(f", bit_or(ev.{c}) AS {c}" for c in self.key_columns)
        else:
            sums = "".join(f", sum(ev.{c}) AS {c}" for c in self.key_columns)
        plan = self.plan
        if plan.indexed:
            source = f"attendance a INDEXED BY {REPORT_INDEX} CROSS JOIN rep_evk ev ON ev.uid = a.event_uid"
        elif plan.wide:
            source = "attendance a NOT INDEXED CROSS JOIN rep_evk ev ON ev.uid = a.event_uid"
        else:
            source = "rep_evk ev CROSS JOIN attendance a ON a.event_uid = ev.uid"
        where, args, people = COUNTED, [], ""
        if since is not None:
            where += " AND a.person_uid >= ?"
            args.append(since)
        if before is not None:
            where += " AND a.person_uid < ?"
            args.append(before)
        if server and args:
            # A half's people, grouped in uid order, merged with the person table's key range in the same
            # order: a hash join read the whole table (a nation's million people) for each half, and a hash
            # of 100,000 people against it took 0.35 s of the half's 0.6 s, the merge 0.17 s.  The
            # estimates still favour the hash: told otherwise for this statement only (below).
            people = "".join(f" AND p.uid {op} ?" for op, bound in ((">=", since), ("<", before)) if bound)
            args += args
        # A deleted person's attendance is not counted: they are left out with their row.
        select = f"""SELECT x.pe AS pe, x.n AS n{"".join(", " + m for m in self._masks)}, p.sex AS sex,
                   p.birth_date AS birth_date, p.category AS category, p.school_uid AS school,
                   p.district AS own_district
            FROM (SELECT a.person_uid AS pe, count(*) AS n{sums} FROM {source}
                  WHERE {where} GROUP BY a.person_uid) x
            CROSS JOIN person p ON p.uid = x.pe WHERE p.deleted = 0{people}"""
        if people:
            self.conn.execute("SET LOCAL enable_hashjoin = off")  # (a failed statement ends the transaction)
        self.conn.execute(f"INSERT INTO rep_pe {select}" if append else f"CREATE TEMP TABLE rep_pe AS {select}", args)
        if people:
            self.conn.execute("SET LOCAL enable_hashjoin TO DEFAULT")
        # The counters of someone with 128 attendances or more may overflow their field: their masks
        # are made again from their distinct codes (a field is then 0 or 1).  Such people are few.
        many = 1 << (self.width - 1)
        if self._masks and not server and self.one(f"SELECT EXISTS (SELECT 1 FROM rep_pe WHERE n >= {many})")[0]:
            distinct = ", ".join(self._fold(f"sum(DISTINCT ev.{c})") for c in self.key_columns)
            self.conn.execute(f"""UPDATE rep_pe SET ({", ".join(self.mask_columns)}) = (
                    SELECT {distinct} FROM attendance a CROSS JOIN rep_evk ev ON ev.uid = a.event_uid
                    WHERE a.person_uid = rep_pe.pe AND {COUNTED})
                WHERE n >= {many}""")

    def mask_groups(self) -> list[tuple]:
        """(*masks, people) of ``rep_pe``: how many people have each set of codes."""
        names = ", ".join(self.mask_columns)
        return self.all(f"SELECT {names}, count(*) FROM rep_pe GROUP BY {names}") if names else []

    def cube_select(self) -> str:
        """SQL: the people of ``rep_pe`` counted by sex, by age group on the period's last day, by category, by
        school and by district (their own, else their school's), and all of them, with their attendances:
        one row per value of each, ``gs`` saying which (:data:`BY`).

        Each breakdown is a count by one of them; counted together by all five, a nation's region made
        50,000 cells of about two people each, which a second connection then had to hand over.
        """
        text, whole = "CAST(NULL AS TEXT)", "CAST(NULL AS INTEGER)"
        age = age_group_sql(self.period.end)
        if is_server(self.conn):
            # One pass for all of them (a scan of a temporary table beyond the server's temp_buffers
            # reads it from the file again each time).
            masks = {"all": 31, "sex": 15, "age": 23, "category": 27, "school": 29, "district": 30}
            gs = " ".join(f"WHEN {masks[key]} THEN {value}" for key, value in BY.items())
            return f"""SELECT CASE GROUPING(sex, g, category, school, district) {gs} END AS gs,
                       sex, g, category, school, district, count(*) AS people, sum(n) AS n
                FROM (SELECT p.sex AS sex, {age} AS g, p.category AS category, p.school AS school,
                             coalesce(p.own_district, o.district) AS district, p.n AS n
                      FROM rep_pe p LEFT JOIN organisation o ON o.uid = p.school) x
                GROUP BY GROUPING SETS ((), (sex), (g), (category), (school), (district))"""
        return f"""SELECT {BY['all']} AS gs, {text} AS sex, {whole} AS g, {text} AS category, {text} AS school,
                   {text} AS district, count(*) AS people, sum(n) AS n FROM rep_pe
            UNION ALL SELECT {BY['sex']}, sex, {whole}, {text}, {text}, {text}, count(*), sum(n)
                FROM rep_pe GROUP BY sex
            UNION ALL SELECT {BY['age']}, {text}, {age}, {text}, {text}, {text}, count(*), sum(n)
                FROM rep_pe GROUP BY {age}
            UNION ALL SELECT {BY['category']}, {text}, {whole}, category, {text}, {text}, count(*), sum(n)
                FROM rep_pe GROUP BY category
            UNION ALL SELECT {BY['school']}, {text}, {whole}, {text}, school, {text}, count(*), sum(n)
                FROM rep_pe GROUP BY school
            UNION ALL SELECT {BY['district']}, {text}, {whole}, {text}, {text}, coalesce(x.own_district, o.district),
                       sum(x.people), sum(x.n)
                FROM (SELECT own_district, school, count(*) AS people, sum(n) AS n FROM rep_pe
                      GROUP BY own_district, school) x
                LEFT JOIN organisation o ON o.uid = x.school GROUP BY coalesce(x.own_district, o.district)"""


#: ``rep_cube.gs``: what a row counts the people by.
BY = {"all": 0, "sex": 1, "age": 2, "category": 3, "school": 4, "district": 5}


class FarHalf(PeoplePass):
    """The people from :attr:`Plan.split` on, worked out on a second connection (see the module)."""

    def __init__(self, period: Any, scope: Any, conn: Any, plan: Plan) -> None:
        super().__init__(period, scope, conn)
        self.plan = plan

    def rows(self) -> FarRows:
        """Count the far half's people; their codes, sets of codes and counts by each breakdown."""
        # Only what the codes and keys need of the events: the main connection's rep_ev has the rest.
        self.conn.execute("CREATE TEMP TABLE rep_ev (uid TEXT PRIMARY KEY, programme TEXT, kind TEXT, "
                          "language TEXT, region TEXT)")
        self.conn.execute(f"""INSERT INTO rep_ev SELECT e.uid, e.programme, e.kind, e.language,
                                     coalesce(e.region, o.region) {self.plan.source}""", self.plan.args)
        self._codes()
        self._keys(8)
        self._people(since=self.plan.split)
        return FarRows(self.codes, self.regions, self.mask_groups(), self.all(self.cube_select()))
