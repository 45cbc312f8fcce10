"""The indicators report's fast paths give the figures of plain SQL (issue 7, speed).

A synthetic school-scale database is roughed up the way real data is: deleted
people, attendances and events, applicants and other statuses, events without
names (head-counts), events of another region or without a region of their own
(their organiser's counts), languages unset or unusual (many codes: several
mask columns), people without a birth date or with an odd one, and one person
with more than 128 attendances (their counters would overflow a field: their
masks are made again from distinct codes).  Then:

- the report read through the covering index ``attendance_report``, through
  the table (a file without the index) and event by event (a small scope's
  way) is the same, cell for cell;
- a few figures equal a deliberately plain query over the base tables.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.reports import compute_indicators
from app.reports.data import REPORT_INDEX, Working

TODAY = dt.date(2026, 12, 1)
LIVE = "a.deleted = 0 AND a.status IN ('attended', 'selected') AND e.deleted = 0 AND p.deleted = 0"
IN_REGION = "coalesce(e.region, o.region) = 'KZ-10' AND e.start_date BETWEEN '2026-01-01' AND '2026-12-31'"
PLAIN = f"""FROM attendance a JOIN event e ON e.uid = a.event_uid JOIN person p ON p.uid = a.person_uid
            LEFT JOIN organisation o ON o.uid = e.organiser_uid WHERE {LIVE} AND {IN_REGION}"""

MESS = """
UPDATE person SET deleted = 1 WHERE rowid % 97 = 0;
UPDATE person SET qualifications = 'trainer' WHERE rowid % 101 = 0;
UPDATE person SET qualifications = 'consultant,trainer' WHERE rowid % 103 = 0;
UPDATE person SET district = 'Аудан 2' WHERE rowid % 11 = 0;
UPDATE person SET birth_date = NULL WHERE rowid % 37 = 0;
UPDATE person SET birth_date = '' WHERE rowid % 41 = 0;
UPDATE person SET birth_date = '2014-5-3' WHERE rowid % 43 = 0;
UPDATE person SET birth_date = '2012-02-29T00:00' WHERE rowid % 47 = 0;
UPDATE person SET sex = NULL WHERE rowid % 31 = 0;
UPDATE person SET category = 'teacher' WHERE rowid % 5 = 0;
UPDATE attendance SET deleted = 1 WHERE rowid % 53 = 0;
UPDATE attendance SET status = 'registered' WHERE rowid % 61 = 0;
UPDATE attendance SET status = 'selected' WHERE rowid % 67 = 0;
UPDATE attendance SET status = 'applicant' WHERE rowid % 71 = 0;
UPDATE event SET deleted = 1 WHERE rowid % 89 = 0;
UPDATE event SET headcount = 50, hc_pupils = 30, hc_girls = 20 WHERE rowid % 13 = 0;
UPDATE event SET region = NULL WHERE rowid % 17 = 0;
UPDATE event SET region = 'KZ-75' WHERE rowid % 19 = 0;
UPDATE event SET language = NULL WHERE rowid % 23 = 0;
UPDATE event SET language = 'l' || (rowid % 11) WHERE rowid % 3 = 0;
UPDATE event SET duration_minutes = NULL WHERE rowid % 29 = 0;
DELETE FROM attendance WHERE event_uid IN (SELECT uid FROM event WHERE rowid % 79 = 0 OR rowid % 26 = 0);
INSERT OR IGNORE INTO attendance (uid, origin, stamp, deleted, event_uid, person_uid, role, status, seen)
  SELECT lower(hex(randomblob(16))), e.origin, e.stamp, 0, e.uid,
         (SELECT uid FROM person WHERE deleted = 0 ORDER BY rowid LIMIT 1 OFFSET 5), 'participant', 'attended', 0
  FROM event e WHERE e.deleted = 0 AND e.rowid % 26 <> 0;
"""


@pytest.fixture
def synthetic(tmp_path):
    from app.db.store import close_database, open_database
    from app.synth import make_synthetic

    path = tmp_path / "school.sqlite3"
    make_synthetic(path, "school", 3)
    store = open_database(path)
    store.db.connection().executescript(MESS)
    yield store
    close_database(store)


def as_json(period: str, scope: str | None) -> str:
    report = compute_indicators(period, scope, "ru", today=TODAY)
    return json.dumps(report.as_json(), ensure_ascii=False, sort_keys=True)


def table(report, key: str) -> list[list]:
    return next(t for s in report.as_json()["sections"] for t in s["tables"] if t["key"] == key)["rows"]


def figure(report, code: str):
    found = [x for x in report.lines(code)]
    assert len(found) == 1, code
    return found[0].value


SCOPES = ("", "country", "region:KZ-75", "district:Аудан 1")


def test_every_way_through_the_attendance_gives_the_same_report(synthetic, monkeypatch):
    db = synthetic.db
    assert db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = ?", (REPORT_INDEX,)).fetchone()
    most = db.execute_sql("""SELECT max(n) FROM (SELECT count(*) AS n FROM attendance
                             WHERE deleted = 0 GROUP BY person_uid)""").fetchone()[0]
    assert most >= 128  # the overflow path is taken
    school = db.execute_sql("SELECT uid FROM organisation LIMIT 1").fetchone()[0]
    cases = [(period, scope) for period in ("2026", "2026-03") for scope in SCOPES + (f"school:{school}",)]
    indexed = {case: as_json(*case) for case in cases}
    # People counted in two halves, the far one on a second connection, in every case below.
    monkeypatch.setattr(Working, "SPLIT_FROM", 0)
    monkeypatch.setattr(Working, "SPLIT_EVENTS", 0)
    assert {case: as_json(*case) for case in cases} == indexed
    monkeypatch.setattr(Working, "_report_index", lambda self: False)  # a file without the index
    assert {case: as_json(*case) for case in cases} == indexed
    monkeypatch.setattr(Working, "WIDE_SHARE", 0)  # event by event, as for a school's few events (halves too)
    assert {case: as_json(*case) for case in cases} == indexed


def test_figures_equal_plain_queries(synthetic):
    db = synthetic.db
    report = compute_indicators("2026", "region:KZ-10", "ru", today=TODAY)
    people, attendances = db.execute_sql(f"SELECT count(DISTINCT a.person_uid), count(*) {PLAIN}").fetchone()
    assert (figure(report, "all.people"), figure(report, "all.attendances")) == (people, attendances)
    assert people > 1000
    lc = db.execute_sql(f"SELECT count(DISTINCT a.person_uid) {PLAIN} AND e.programme = 'legal_culture'").fetchone()[0]
    heads = db.execute_sql(f"""SELECT coalesce(sum(e.headcount), 0) FROM event e
        LEFT JOIN organisation o ON o.uid = e.organiser_uid
        WHERE e.deleted = 0 AND e.programme = 'legal_culture' AND {IN_REGION} AND NOT EXISTS (
            SELECT 1 FROM attendance a JOIN person p ON p.uid = a.person_uid
            WHERE a.event_uid = e.uid AND a.deleted = 0 AND a.status IN ('attended', 'selected')
              AND p.deleted = 0)""").fetchone()[0]
    assert heads > 0
    assert figure(report, "legal_culture.people_covered_region") == lc + heads
    languages = {r[0]: r[1] for r in table(report, "by_language")}
    kk = db.execute_sql(f"SELECT count(DISTINCT a.person_uid) {PLAIN} AND e.language = 'kk'").fetchone()[0]
    assert languages["Kazakh"] == kk
    ml = db.execute_sql(f"SELECT count(DISTINCT a.person_uid) {PLAIN} AND e.programme = 'media_literacy'").fetchone()[0]
    assert figure(report, "media.people") == ml
    ages = table(report, "by_age")
    assert sum(r[1] for r in ages[:-1]) == ages[-1][1] == people


def test_qualified_people_counted_from_their_own_index(synthetic):
    """Trainers and consultants are read from person_qualified (schema v12), not the whole person table."""
    db = synthetic.db
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        report = compute_indicators("2026", "region:KZ-10", "ru", today=TODAY)
    finally:
        db.connection().set_trace_callback(None)
    sql = next(s for s in statements if "',trainer,'" in s)
    plan = " ".join(row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql).fetchall())
    assert "person_qualified" in plan
    trainers = db.execute_sql("""SELECT count(*) FROM person p LEFT JOIN organisation o ON o.uid = p.school_uid
        WHERE p.deleted = 0 AND ',' || p.qualifications || ',' LIKE '%,trainer,%'
          AND coalesce(p.region, o.region) = 'KZ-10'""").fetchone()[0]
    assert trainers > 0
    assert figure(report, "legal_culture.trainers") == trainers
