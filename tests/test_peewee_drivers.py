"""The window on a file imports peewee without psycopg; a server opened later in that process still works."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import json, sys
from app.db.drivers import import_peewee_for_files
import_peewee_for_files()
import peewee
out = {"hidden": peewee.psycopg is None, "psycopg_loaded": "psycopg" in sys.modules}
from app.db.store import open_database
store = open_database(sys.argv[1])
store.db.execute_sql("CREATE TABLE IF NOT EXISTS probe (name TEXT)")
with store.db.atomic():
    store.db.execute_sql("INSERT INTO probe (name) VALUES (?)", ("Нұрмағамбетов",))
out["read_back"] = store.db.execute_sql("SELECT name FROM probe").fetchone()[0]
out["engine"] = store.engine
store.close()
print(json.dumps(out))
"""


def _run(target: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SCRIPT, target], capture_output=True, text=True, env=env,
                          cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_peewee_for_files_leaves_psycopg_out_and_servers_still_open(db_target) -> None:
    """Hidden at import (nothing of psycopg loaded); the file or server opens and keeps Kazakh text."""
    out = _run(str(db_target))
    assert out["hidden"] is True
    assert out["read_back"] == "Нұрмағамбетов"
    if isinstance(db_target, Path):
        assert out["engine"] == "sqlite"
        assert out["psycopg_loaded"] is False
    else:
        assert out["engine"] == "postgresql"
