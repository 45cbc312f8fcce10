"""Sync figures: export of 100,000 changed records; an office importing 400 school bundles.

Subcommands print one JSON line:
  export DB            time export_bundle() of the last 100,000 changed records of a region DB
  make DIR N M         N schools' signed, encrypted bundles of ~M records each, and an office that trusts them
  import DIR           time import_paths() of every bundle in DIR into DIR/office.sqlite3
  baseline DIR         the same rows upserted with plain sqlite3 executemany
"""
from __future__ import annotations

import json
import random
import sqlite3
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def export_changed(db: Path, changed: int = 100_000) -> dict:
    from app.db.store import open_database
    from app.models import ExportLog
    from app.sync.export import export_bundle

    store = open_database(db)
    threshold = store.db.execute_sql(
        "SELECT seen FROM (SELECT seen FROM person UNION ALL SELECT seen FROM attendance) "
        "ORDER BY seen DESC LIMIT 1 OFFSET ?", (changed,)).fetchone()[0]
    ExportLog.create(sequence=1, full=0, seen_from=0, seen_to=threshold, records=0, sha256="-",
                     file_name="-", created_at="-")
    began = time.perf_counter()
    result = export_bundle(db.parent, plaintext=True)  # as before receivers were required: comparable
    return {"records": result.records, "seconds": time.perf_counter() - began}


def _records(school: SimpleNamespace, n: int, rng: random.Random) -> list[dict]:
    from app.synth import NAMES_F, NAMES_M, SURNAMES, _uid
    from app.text import fold

    base = 1_767_225_600_000 + rng.randrange(10**8)
    org = {"uid": _uid(rng, base), "origin": school.id, "stamp": base << 16, "deleted": 0, "kind": "school",
           "name": school.name, "region": "KZ-61", "search": fold(school.name)}
    out = [("organisation", org)]
    people = []
    for i in range(int(n * 0.4)):
        sex = rng.choice("MF")
        surname, name = rng.choice(SURNAMES), rng.choice(NAMES_M if sex == "M" else NAMES_F)
        rec = {"uid": _uid(rng, base + i), "origin": school.id, "stamp": (base + i) << 16, "deleted": 0,
               "surname": surname, "name": name, "birth_date": f"2012-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
               "sex": sex, "category": "pupil", "school_uid": org["uid"], "grade": str(rng.randint(1, 11)),
               "search": fold(f"{surname} {name}")}
        out.append(("person", rec))
        people.append(rec["uid"])
    events = []
    for i in range(max(1, n // 50)):
        rec = {"uid": _uid(rng, base + 10**6 + i), "origin": school.id, "stamp": (base + i) << 16, "deleted": 0,
               "title": f"Дәріс {i}", "programme": "legal_culture", "kind": "lecture",
               "start_date": "2026-10-01", "end_date": "2026-10-01", "format": "in_person",
               "organiser_uid": org["uid"], "search": f"дәріс {i}"}
        out.append(("event", rec))
        events.append(rec["uid"])
    left = n - len(out)
    for i in range(left):
        rec = {"uid": _uid(rng, base + 2 * 10**6 + i), "origin": school.id, "stamp": (base + i) << 16,
               "deleted": 0, "event_uid": events[i % len(events)],
               "person_uid": people[(i // len(events)) % len(people)], "role": "participant", "status": "attended"}
        out.append(("attendance", rec))  # pairs are unique while i < people × events
    return out


def make(folder: Path, schools: int, per_school: int) -> dict:
    from app.db.store import close_database, open_database
    from app.installation import init_installation, new_key_pair
    from app.models import Peer
    from app.sync import container
    from app.sync.export import build_bundle
    from app.sync.trust import ensure_age_identity, now_text

    folder.mkdir(parents=True, exist_ok=True)
    store = open_database(folder / "office.sqlite3")
    office = init_installation("office", "Bench office", "KZ-61")
    recipient = ensure_age_identity(office)
    rng = random.Random(11)
    total = 0
    bundles = folder / "bundles"
    bundles.mkdir(exist_ok=True)
    for s in range(schools):
        public, secret = new_key_pair()
        school = SimpleNamespace(id=f"{rng.getrandbits(128):032x}", role="school", name=f"№{s + 1} мектеп", region="KZ-61",
                                 district=None, public_key=public, secret_key=secret)
        Peer.create(id=school.id, role="school", name=school.name, region="KZ-61", public_key=public,
                    source="card", trusted_at=now_text())
        records = _records(school, per_school, rng)
        counts: dict[str, int] = {}
        for table, _ in records:
            counts[table] = counts.get(table, 0) + 1
        payload = ("\n".join(json.dumps({"table": t, "record": r}, ensure_ascii=False, separators=(",", ":"))
                             for t, r in records) + "\n").encode("utf-8")
        _, manifest_bytes, signature, payload, name = build_bundle(school, 1, payload, counts, (0, 0), recipient)
        container.write_bundle(bundles / f"school-{s:04d}-1.tirkeu", manifest_bytes, signature, payload, name)
        total += len(records)
    close_database(store)
    return {"schools": schools, "records": total}


def import_all(folder: Path) -> dict:
    from app.db.store import open_database
    from app.sync.batch import import_paths

    open_database(folder / "office.sqlite3")
    began = time.perf_counter()
    batch = import_paths([folder / "bundles"])
    seconds = time.perf_counter() - began
    totals = batch.totals()
    return {"records": totals["created"], "rejected": totals["rejected"], "imported": totals["imported"],
            "seconds": seconds, "records_per_s": totals["created"] / seconds}


def baseline(folder: Path) -> dict:
    """Decrypt and parse outside the clock; time only a plain executemany upsert of the same rows."""
    import pyrage
    from pyrage import x25519

    from app.db.migrations import LADDER
    from app.sync import container
    from app.sync.record_rules import specs

    office = sqlite3.connect(folder / "office.sqlite3")
    identity = x25519.Identity.from_str(office.execute("SELECT age_identity FROM installation").fetchone()[0])
    office.close()
    rows: dict[str, list] = {t: [] for t in specs()}
    for path in sorted((folder / "bundles").glob("*.tirkeu")):
        payload = pyrage.decrypt(container.read_bundle(path).payload, [identity])
        for line in payload.splitlines():
            item = json.loads(line)
            rows[item["table"]].append(item["record"])
    conn = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("BEGIN")
    for _, step in LADDER:
        step(conn)
    conn.execute("COMMIT")
    began = time.perf_counter()
    conn.execute("BEGIN")
    n = 0
    for table, records in rows.items():
        if not records:
            continue
        cols = list(records[0])
        sql = (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
               f"ON CONFLICT(uid) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in cols if c != "uid"))
        conn.executemany(sql, [[r.get(c) for c in cols] for r in records])
        n += len(records)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - began
    return {"records": n, "seconds": seconds, "records_per_s": n / seconds}


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "export":
        out = export_changed(Path(sys.argv[2]))
    elif what == "make":
        out = make(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    elif what == "import":
        out = import_all(Path(sys.argv[2]))
    else:
        out = baseline(Path(sys.argv[2]))
    print(json.dumps(out))
