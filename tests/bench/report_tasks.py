"""Indicators benchmark: the full report on a synthetic database vs one indicator's plain query.

``python tests/bench/report_tasks.py DB [PERIOD]`` prints one JSON line: the
seconds of ``compute_indicators`` for the installation's own scope (the
synthetic office: its region; the whole year 2026 by default) — the first
run and the median of three — and, as the baseline measured in the same
process, the plain SQL of a single indicator (unique people of Legal
Culture in the region for the period: one join, one GROUP BY).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def run(db_path: Path, period: str = "2026") -> dict:
    """Time the report and the baseline; returns the figures."""
    from app.db.store import close_database, open_database
    from app.reports import compute_indicators, default_scope, parse_period

    store = open_database(db_path)
    today = dt.date(2027, 1, 1)  # the synthetic year is over: every target is judged
    scope = default_scope()
    p = parse_period(period)
    times = []
    for _ in range(3):
        began = time.perf_counter()
        report = compute_indicators(p, scope, "kk", today=today)
        times.append(time.perf_counter() - began)
    where = "AND e.region = ?" if scope.level == "region" else ""
    args = [p.start.isoformat(), p.end.isoformat()] + ([scope.region] if scope.level == "region" else [])
    sql = f"""SELECT count(*), count(DISTINCT a.person_uid) FROM attendance a
              JOIN event e ON e.uid = a.event_uid JOIN person pe ON pe.uid = a.person_uid
              WHERE a.deleted = 0 AND e.deleted = 0 AND pe.deleted = 0 AND a.status IN ('attended', 'selected')
                AND e.programme = 'legal_culture' AND e.start_date BETWEEN ? AND ? {where}"""
    base = []
    for _ in range(3):
        began = time.perf_counter()
        store.db.execute_sql(sql, args).fetchall()
        base.append(time.perf_counter() - began)
    # The figures themselves, to compare engines on the same data (make bench prints whether they agree).
    digest = hashlib.sha256(json.dumps(report.as_json(), sort_keys=True, ensure_ascii=False,
                                       default=str).encode()).hexdigest()
    events = store.db.execute_sql("SELECT count(*) FROM event").fetchone()[0]
    attendance = store.db.execute_sql("SELECT count(*) FROM attendance").fetchone()[0]
    close_database(store)
    seconds, baseline = statistics.median(times), statistics.median(base)
    return {"scope": scope.spec, "period": p.label, "seconds": seconds, "first_s": times[0],
            "baseline_s": baseline, "ratio": seconds / baseline, "lines": len(report.lines()),
            "events": events, "attendance": attendance, "digest": digest}


def _target(text: str):
    """A database file, or a server address as it is (Path() would turn postgresql:// into postgresql:/)."""
    from app.db.address import is_server_address

    return text if is_server_address(text) else Path(text)


if __name__ == "__main__":
    print(json.dumps(run(_target(sys.argv[1]), *(sys.argv[2:3]))))
