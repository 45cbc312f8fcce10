"""Tirkeu's side of the benchmarks, each timed inside its own process."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def import_participants(csv_path: Path, db_path: Path) -> dict:
    """Time ``import_file`` of a participants CSV into a fresh, set-up database."""
    from app.db.store import close_database, open_database
    from app.importing import import_file
    from app.installation import init_installation

    store = open_database(db_path)
    init_installation("school", "Bench school", "KZ-61")
    began = time.perf_counter()
    summary = import_file("participants", csv_path)
    seconds = time.perf_counter() - began
    close_database(store)
    rows = summary.created + summary.updated + summary.unchanged
    return {"rows": rows, "rejected": summary.rejected, "seconds": seconds, "rows_per_s": rows / seconds}


def import_again(csv_path: Path, db_path: Path) -> dict:
    """Time a second import of the same file (everything unchanged)."""
    from app.db.store import close_database, open_database
    from app.importing import import_file

    store = open_database(db_path)
    began = time.perf_counter()
    summary = import_file("participants", csv_path)
    seconds = time.perf_counter() - began
    close_database(store)
    return {"rows": summary.unchanged, "created": summary.created, "seconds": seconds,
            "rows_per_s": summary.unchanged / seconds}


if __name__ == "__main__":
    fn = {"import": import_participants, "import-again": import_again}[sys.argv[1]]
    print(json.dumps(fn(Path(sys.argv[2]), Path(sys.argv[3]))))
