"""The local change counter (``seen``): which records the next bundle must carry.

See schema_v6 for why this is a counter in the database and not a clock:
numbers are taken inside the writing transaction, under SQLite's write lock,
so they are handed out in commit order whatever the processes' clocks say.
"""
from __future__ import annotations

from typing import Any


def _run(db: Any, sql: str):
    # The peewee database where there is one (its errors become the environment's messages).
    return db.execute_sql(sql) if hasattr(db, "execute_sql") else db.execute(sql)


def next_seen(db: Any) -> int:
    """Take the next change number; call inside the transaction that writes the rows."""
    return int(_run(db, "UPDATE change_clock SET seen = seen + 1 WHERE id = 1 RETURNING seen").fetchone()[0])


def last_seen(db: Any) -> int:
    """The last change number handed out (an export covers everything up to it)."""
    row = _run(db, "SELECT seen FROM change_clock WHERE id = 1").fetchone()
    return int(row[0]) if row else 0
