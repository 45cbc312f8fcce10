"""PostgreSQL figures: an office moving to a server, importing 400 bundles there, and the baseline.

Subcommands print one JSON line:
  move DB ADDRESS           time move_to() of the SQLite office DB into the empty server database ADDRESS
  import DIR ADDRESS        time import_paths() of DIR/bundles into the server office at ADDRESS
  baseline DIR ADDRESS      the same rows with COPY into a staging table + one INSERT … ON CONFLICT per table,
                            into the empty server database ADDRESS (its schema made by Tirkeu first)
"""
from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def move(db: Path, address: str) -> dict:
    from app.db.copying import move_to
    from app.db.store import open_database

    store = open_database(db)
    began = time.perf_counter()
    report = move_to(store, address)
    seconds = time.perf_counter() - began
    return {"rows": report.total, "seconds": seconds, "rows_per_s": report.total / seconds}


def import_all(folder: Path, address: str) -> dict:
    from app.db.store import open_database
    from app.sync.batch import import_paths

    open_database(address)
    began = time.perf_counter()
    batch = import_paths([folder / "bundles"])
    seconds = time.perf_counter() - began
    totals = batch.totals()
    return {"records": totals["created"], "rejected": totals["rejected"], "imported": totals["imported"],
            "seconds": seconds, "records_per_s": totals["created"] / seconds}


def baseline(folder: Path, address: str) -> dict:
    """Decrypt and parse outside the clock; time only COPY into staging tables and the upserts."""
    import psycopg
    import pyrage
    from pyrage import x25519

    from app.db.store import close_database, open_database
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
    close_database(open_database(address))  # the same schema as Tirkeu's
    conn = psycopg.connect(address)
    began = time.perf_counter()
    n = 0
    with conn.transaction():
        for table, records in rows.items():
            if not records:
                continue
            cols = list(records[0])
            conn.execute(f"CREATE TEMP TABLE stage_{table} (LIKE {table} INCLUDING DEFAULTS) ON COMMIT DROP")
            names = ", ".join(f'"{c}"' for c in cols)
            with conn.cursor().copy(f"COPY stage_{table} ({names}) FROM STDIN") as copy:
                for r in records:
                    copy.write_row([r.get(c) for c in cols])
            sets = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in cols if c != "uid")
            conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM stage_{table} "
                         f"ON CONFLICT (uid) DO UPDATE SET {sets}")
            n += len(records)
    seconds = time.perf_counter() - began
    conn.close()
    return {"records": n, "seconds": seconds, "records_per_s": n / seconds}


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "move":
        out = move(Path(sys.argv[2]), sys.argv[3])
    elif what == "import":
        out = import_all(Path(sys.argv[2]), sys.argv[3])
    else:
        out = baseline(Path(sys.argv[2]), sys.argv[3])
    print(json.dumps(out))
