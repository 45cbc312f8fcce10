"""Baselines measured in the same run as Tirkeu's figures (plain sqlite3, bare Qt).

Each prints one JSON line, so the harness can read it from a subprocess.
"""
from __future__ import annotations

import csv
import json
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _schema(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 database with Tirkeu's current schema and the same pragmas."""
    from app.db.migrations import LADDER

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("BEGIN")
    for _, step in LADDER:
        step(conn)
    conn.execute("COMMIT")
    return conn


def synth_baseline(scale: str, seed: int, path: Path) -> dict:
    """The same synthetic rows, inserted with plain sqlite3.executemany (same schema, same pragmas)."""
    from app.synth import _uids, plan, write_rows

    conn = _schema(path)
    tables = plan(scale, seed, _uids(seed, "installation", 1)[0])
    began = time.perf_counter()
    rows = write_rows(conn, tables)
    seconds = time.perf_counter() - began
    conn.close()
    return {"rows": rows, "seconds": seconds, "rows_per_s": rows / seconds}


def csv_baseline(csv_path: Path, db_path: Path) -> dict:
    """Read the participants CSV and insert the rows raw: no validation, no matching."""
    conn = _schema(db_path)
    began = time.perf_counter()
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        rows = [(f"u{i}", "o", i, 0, r[0], r[1], r[2], r[3], r[4], r[5]) for i, r in enumerate(reader)]
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO person (uid, origin, stamp, deleted, surname, name, patronymic, "
                     "birth_date, sex, iin) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - began
    conn.close()
    return {"rows": len(rows), "seconds": seconds, "rows_per_s": len(rows) / seconds}


def bare_qt() -> None:
    """A bare PySide6 QMainWindow: shown, then quit (the cold-start baseline)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 720)
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "synth":
        print(json.dumps(synth_baseline(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))))
    elif what == "csv":
        print(json.dumps(csv_baseline(Path(sys.argv[2]), Path(sys.argv[3]))))
    elif what == "qt":
        bare_qt()
