"""Legal Culture («Құқықтық мәдениет»): coverage, lectures, master classes, consultations,
seminars, trainers and consultants against their targets.

- People covered: unique people who attended (or were selected for) a Legal
  Culture event in the period, plus the head-counts of events entered without
  names (they cannot be matched to people, so they are added as they are).
- Lectures, master classes, seminars: ``value`` counts the events that meet
  every rule of their kind; ``held`` counts all; the others are listed as
  failing, with each rule they break.  Lectures and master classes are judged
  per month, consultations per ISO week, seminars over the whole period.
- Trainers and consultants are people with that qualification now (a stock,
  not bound to the period), placed by their own region, else their school's.
"""
from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace

from app.events.rules import check_event
from app.i18n import Msg
from app.reports.common import ATTENDANCES, EVENTS, TOTAL, UNIQUE, Context, count_col, judge, text_col
from app.reports.media import by_programme_kind
from app.reports.model import DATE, INT, Column, FailingEvent, IndicatorLine, Section, Table

LC = "legal_culture"
NAMES = {
    "legal_culture.people_covered": Msg("Reports", "People covered by Legal Culture (unique)"),
    "legal_culture.people_covered_region": Msg("Reports", "People covered in the region (unique)"),
    "legal_culture.lectures": Msg("Reports", "Lectures and meetings that meet the rules"),
    "legal_culture.master_classes": Msg("Reports", "Master classes that meet the rules"),
    "legal_culture.consultations": Msg("Reports", "Consultations"),
    "legal_culture.seminars": Msg("Reports", "Seminars that meet the rules"),
    "legal_culture.trainers": Msg("Reports", "Trained trainers"),
    "legal_culture.consultants": Msg("Reports", "Regional consultants"),
}


def _failing(c: Context) -> dict[str, list[FailingEvent]]:
    """Legal Culture events that break a rule, by kind (problems worded as the event form words them)."""
    rows = c.w.all("""SELECT uid, title, kind, start_date, end_date, region, people, minutes FROM rep_ev
                      WHERE programme = ? AND ok = 0 ORDER BY start_date, title, uid""", (LC,))
    out: dict[str, list[FailingEvent]] = defaultdict(list)
    problems: dict[tuple, tuple[Msg, ...]] = {}
    for uid, title, kind, start, end, region, people, minutes in rows:
        start_d, end_d = c.w.date(start), c.w.date(end)
        assert start_d is not None and end_d is not None  # rep_ev: an event's end defaults to its start
        # The wording depends only on these; many failing events share them.
        key = (kind, (end_d - start_d).days, minutes, people)
        if key not in problems:
            issues = check_event(SimpleNamespace(kind=kind, start_date=start_d, end_date=end_d,
                                                 duration_minutes=minutes), people)
            problems[key] = tuple(i.msg for i in issues)
        out[kind].append(FailingEvent(uid, title, kind, start_d, end_d, region, people, minutes, problems[key]))
    return out


def _coverage(c: Context) -> list[IndicatorLine]:
    heads = dict(c.w.all("""SELECT region, sum(headcount) FROM rep_ev WHERE programme = ? AND named = 0
                            AND headcount IS NOT NULL GROUP BY region""", (LC,)))
    named = c.w.unique(LC)
    total = named + sum(v or 0 for v in heads.values())
    p = c.period
    lines = []
    if c.scope.level == "country":
        spec = c.targets.spec("legal_culture.people_covered")
        lines.append(IndicatorLine("legal_culture.people_covered", NAMES[spec.code], total, spec,
                                   judge(spec, total, p.start, p.end, c.today)))
        values = {r: c.w.unique_in_region(r, legal_culture_only=True) + (heads.get(r) or 0)
                  for r in c.regions()}
    else:
        values = {c.scope.region: total}
    code = "legal_culture.people_covered_region"
    for region, value in values.items():
        spec = c.targets.spec(code, region)
        lines.append(IndicatorLine(code, NAMES[code], value, spec,
                                   judge(spec, value, p.start, p.end, c.today, c.applies(spec.level)),
                                   region=region))
    return lines


def _monthly(c: Context, code: str, kind: str, failing: list[FailingEvent]) -> list[IndicatorLine]:
    counts = {(r, m): (n, ok or 0) for r, m, n, ok in c.w.all(
        "SELECT region, month, count(*), sum(ok) FROM rep_ev WHERE programme = ? AND kind = ? "
        "GROUP BY region, month", (LC, kind))}
    several = c.scope.level == "country"
    if not several:  # one region (or a district/school): every event is the scope's
        merged: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for (_, m), (n, ok) in counts.items():
            merged[m][0] += n
            merged[m][1] += ok
        counts = {(c.scope.region, m): (v[0], v[1]) for m, v in merged.items()}
    by_month: dict[str, list[FailingEvent]] = defaultdict(list)
    for f in failing:
        by_month[f.start_date.strftime("%Y-%m")].append(f)
    lines = []
    for region in c.regions():
        spec = c.targets.spec(code, region)
        for month, first, last, partial in c.period.months():
            held, ok = counts.get((region, month), (0, 0))
            fails = [f for f in by_month.get(month, ()) if not several or f.region == region]
            lines.append(IndicatorLine(code, NAMES[code], ok, spec,
                                       judge(spec, ok, first, last, c.today, c.applies(spec.level), partial),
                                       region=region, month=month, held=held, failing=fails))
    return lines


def _weekly(c: Context, code: str, kind: str) -> list[IndicatorLine]:
    several = c.scope.level == "country"
    group = "region, week" if several else "CAST(NULL AS TEXT), week"  # a server refuses GROUP BY NULL
    counts = {(r, wk): n for r, wk, n in c.w.all(
        f"SELECT {group}, count(*) FROM rep_ev WHERE programme = ? AND kind = ? GROUP BY {group}", (LC, kind))}
    lines = []
    for region in c.regions():
        spec = c.targets.spec(code, region)
        for monday, sunday, partial in c.period.weeks():
            n = counts.get((region if several else None, monday.isoformat()), 0)
            lines.append(IndicatorLine(code, NAMES[code], n, spec,
                                       judge(spec, n, monday, sunday, c.today, c.applies(spec.level), partial),
                                       region=region, week=monday, held=n))
    return lines


def _per_region(c: Context, code: str, kind: str, failing: list[FailingEvent]) -> list[IndicatorLine]:
    several = c.scope.level == "country"
    group = "region" if several else "CAST(NULL AS TEXT)"
    counts = {r: (n, ok or 0) for r, n, ok in c.w.all(
        f"SELECT {group}, count(*), sum(ok) FROM rep_ev WHERE programme = ? AND kind = ? GROUP BY {group}",
        (LC, kind))}
    lines = []
    for region in c.regions():
        spec = c.targets.spec(code, region)
        held, ok = counts.get(region if several else None, (0, 0))
        fails = [f for f in failing if not several or f.region == region]
        lines.append(IndicatorLine(code, NAMES[code], ok, spec,
                                   judge(spec, ok, c.period.start, c.period.end, c.today, c.applies(spec.level)),
                                   region=region, held=held, failing=fails))
    return lines


def _qualified(c: Context) -> dict[str | None, tuple[int, int]]:
    """(trainers, consultants) in the scope, by region (one key None unless country)."""
    where, args = c.w.place_scope("coalesce(p.region, o.region)", "coalesce(p.district, o.district)",
                                  "p.school_uid")
    group = "coalesce(p.region, o.region)" if c.scope.level == "country" else "CAST(NULL AS TEXT)"
    # The few people with a qualification, from their own index (person_qualified, schema v12).
    found = c.w.all(f"""SELECT {group}, sum(instr(q, ',trainer,') > 0), sum(instr(q, ',consultant,') > 0)
                        FROM (SELECT ',' || p.qualifications || ',' AS q, p.region, p.district, p.school_uid
                              FROM person p WHERE p.qualifications IS NOT NULL AND +p.deleted = 0) p
                        LEFT JOIN organisation o ON o.uid = p.school_uid
                        WHERE {where} GROUP BY {group}""", args)
    return {region: (trainers or 0, consultants or 0) for region, trainers, consultants in found}


def _people(c: Context) -> list[IndicatorLine]:
    found = _qualified(c)
    lines = []
    code = "legal_culture.trainers"
    spec = c.targets.spec(code, None if c.scope.level == "country" else c.scope.region)
    total = sum(t for t, _ in found.values())
    # A stock counted now, not over the period: judged as it stands.
    met = spec.met(total) if c.applies(spec.level) else None
    lines.append(IndicatorLine(code, NAMES[code], total, spec, met))
    code = "legal_culture.consultants"
    several = c.scope.level == "country"
    for region in c.regions():
        spec = c.targets.spec(code, region)
        n = found.get(region if several else None, (0, 0))[1]
        lines.append(IndicatorLine(code, NAMES[code], n, spec, spec.met(n) if c.applies(spec.level) else None,
                                   region=region))
    return lines


def _kinds_table(c: Context) -> Table:
    events = {k: (n, ok, heads) for k, n, ok, heads in c.w.all(
        """SELECT kind, count(*), sum(ok), sum(CASE WHEN named = 0 THEN headcount END)
           FROM rep_ev WHERE programme = ? GROUP BY kind""", (LC,))}
    people = {k: v for (p, k), v in by_programme_kind(c).items() if p == LC}
    rows = []
    for kind in sorted(events, key=lambda k: (c.ref("event_kinds", k), k)):
        n, ok, heads = events[kind]
        att, unique = people.get(kind, (0, 0))
        rows.append([c.ref("event_kinds", kind), n, ok, att, unique, heads or 0])
    unique_all = c.w.unique(LC)
    rows.append([TOTAL, sum(r[1] for r in rows), sum((r[2] or 0) for r in rows), sum(r[3] for r in rows),
                 unique_all, sum(r[5] for r in rows)])
    return Table("lc_kinds", Msg("Reports", "Legal Culture by event kind"),
                 [text_col(Msg("Reports", "Event kind")), count_col(EVENTS),
                  count_col(Msg("Reports", "Meet the rules")), count_col(ATTENDANCES), count_col(UNIQUE),
                  count_col(Msg("Reports", "Head-count without names"))], rows,
                 note=Msg("Reports", "A person who came to several kinds of events is counted once in the total."))


def _failing_table(c: Context, failing: dict[str, list[FailingEvent]]) -> Table:
    rows = []
    for f in sorted((f for fs in failing.values() for f in fs), key=lambda f: (f.start_date, f.title)):
        rows.append([f.start_date, f.title, c.ref("event_kinds", f.kind), c.region_name(f.region),
                     f.participants, f.minutes, (f.end_date - f.start_date).days + 1, f.problems])
    return Table("lc_failing", Msg("Reports", "Events that break a rule"),
                 [Column(Msg("Reports", "Date"), DATE), text_col(Msg("Reports", "Event")),
                  text_col(Msg("Reports", "Event kind")), text_col(Msg("Reports", "Region")),
                  count_col(Msg("Reports", "Participants")), Column(Msg("Reports", "Minutes"), INT),
                  count_col(Msg("Reports", "Days")), text_col(Msg("Reports", "What is wrong"))], rows)


def _appointments_table(c: Context) -> Table:
    names = {"booked": Msg("Reports", "booked"), "held": Msg("Reports", "held"),
             "missed": Msg("Reports", "missed")}
    rows = [[names.get(s, s), n, u] for s, n, u in c.w.all(
        """SELECT ap.status, count(*), count(DISTINCT ap.person_uid) FROM appointment ap
           JOIN rep_ev ev ON ev.uid = ap.event_uid WHERE ap.deleted = 0 AND ev.kind = 'consultation'
           GROUP BY ap.status ORDER BY ap.status""")]
    return Table("lc_appointments", Msg("Reports", "Consultation appointments"),
                 [text_col(Msg("Reports", "Status")), count_col(Msg("Reports", "Appointments")),
                  count_col(UNIQUE)], rows)


def legal_culture(c: Context) -> Section:
    """The Legal Culture section."""
    failing = _failing(c)
    lines = _coverage(c)
    lines += _monthly(c, "legal_culture.lectures", "lecture", failing.get("lecture", []))
    lines += _monthly(c, "legal_culture.master_classes", "master_class", failing.get("master_class", []))
    lines += _weekly(c, "legal_culture.consultations", "consultation")
    lines += _per_region(c, "legal_culture.seminars", "seminar", failing.get("seminar", []))
    lines += _people(c)
    return Section(LC, Msg("Reports", "Legal Culture"), lines,
                   [_kinds_table(c), _failing_table(c, failing), _appointments_table(c)])

