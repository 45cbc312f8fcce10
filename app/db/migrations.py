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
    schema_v12,
)
from app.db.locks import lock_key
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
    (12, schema_v12.apply),
]
LATEST = LADDER[-1][0]


def _on_server(conn: object) -> bool:
    return getattr(conn, "tirkeu_engine", "sqlite") == "postgresql"


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version stored in the database (0 for a new file or an empty server database)."""
    if _on_server(conn):
        row = conn.execute("SELECT value FROM tirkeu_engine WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _set_version(conn: sqlite3.Connection, version: int) -> None:
    if _on_server(conn):
        conn.execute("INSERT INTO tirkeu_engine (key, value) VALUES ('schema_version', ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (int(version),))
    else:
        conn.execute(f"PRAGMA user_version = {int(version)}")


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
    On a PostgreSQL server the steps are the same statements (rewritten by
    :mod:`app.db.pg_sql`); each runs under an advisory lock and re-reads the
    version first, so two desktops opening a new server database at once
    apply each step once.  The server's own backups (``pg_dump``) stand in
    for the copy taken beside a file.
    """
    current = schema_version(conn)
    pending = [(v, step) for v, step in LADDER if v > current]
    if not pending:
        return []
    if current > 0 and path is not None and not _on_server(conn):
        backup_copy(conn, path, current)
    applied = []
    for version, step in pending:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if _on_server(conn):
                conn.execute("SELECT pg_advisory_xact_lock(?)", (lock_key("schema"),))
                if schema_version(conn) >= version:  # another desktop applied it meanwhile
                    conn.execute("COMMIT")
                    continue
            step(conn)
            _set_version(conn, version)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
