"""The numbered migration ladder.

Each step runs in one transaction together with the new ``user_version``, so
a power cut leaves the database at the old version or the new one, never in
between.  Before the first step on a database that already holds data, a copy
is taken with SQLite's backup API (a plain file copy of a live WAL database
can miss committed pages).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.db import (
    schema_v1,
    schema_v2,
    schema_v3,
    schema_v4,
    schema_v5,
    schema_v6,
    schema_v7,
    schema_v8,
    schema_v9,
    schema_v10,
    schema_v11,
)
from app.fileperms import private_file

Step = Callable[[sqlite3.Connection], None]

# (version reached, step). Append only; never edit a released step.
LADDER: list[tuple[int, Step]] = [
    (1, schema_v1.apply),
    (2, schema_v2.apply),
    (3, schema_v3.apply),
    (4, schema_v4.apply),
    (5, schema_v5.apply),
    (6, schema_v6.apply),
    (7, schema_v7.apply),
    (8, schema_v8.apply),
    (9, schema_v9.apply),
    (10, schema_v10.apply),
    (11, schema_v11.apply),
]
LATEST = LADDER[-1][0]


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version stored in the database (0 for a new file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_copy(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the database beside itself before migrating; returns the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.v{version}-before-migration-{stamp}{path.suffix or '.sqlite3'}")
    private_file(target)  # the copy holds the children's data and the secret keys: 0600 from the start
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(conn: sqlite3.Connection, path: Path | None) -> list[int]:
    """Bring the schema to :data:`LATEST`; returns the versions applied.

    ``conn`` must be in autocommit mode (isolation_level None), as peewee keeps it.
    """
    current = schema_version(conn)
    pending = [(v, step) for v, step in LADDER if v > current]
    if not pending:
        return []
    if current > 0 and path is not None:
        backup_copy(conn, path, current)
    applied = []
    for version, step in pending:
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
