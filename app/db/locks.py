"""Check-then-write steps guarded against a second writer: advisory locks on PostgreSQL.

On SQLite a write transaction already excludes every other writer (one file,
one write lock), so :func:`exclusive` does nothing there.  On a PostgreSQL
server several desktops of an office write at once: without a lock two of
them read "the last export was 4" and both write 5, or both find no office
key and each makes one.  The lock is transaction-scoped: it is let go at
COMMIT or ROLLBACK, never forgotten by a crashed desktop.
"""
from __future__ import annotations

from typing import Any


def lock_key(name: str) -> int:
    """A stable signed 64-bit advisory-lock key for ``name``."""
    import hashlib  # here: the window's start-up reads migrations (and so this module) before its first paint

    return int.from_bytes(hashlib.sha256(f"tirkeu:{name}".encode()).digest()[:8], "big", signed=True)


def exclusive(db: Any, name: str) -> None:
    """Hold the lock ``name`` until the current transaction ends (call inside it; no-op on SQLite)."""
    if getattr(db, "tirkeu_engine", "sqlite") != "postgresql":
        return
    run = db.execute_sql if hasattr(db, "execute_sql") else db.execute
    run("SELECT pg_advisory_xact_lock(?)", (lock_key(name),))


def refresh_statistics(db: Any, tables: list[str] | None = None) -> None:
    """After many rows came in at once, let a server's planner see them (no-op on SQLite).

    A server plans from statistics its autovacuum gathers some time later; a
    report run right after a move-to or a large import would otherwise be
    planned for empty tables (measured: minutes instead of 1.5 s at region
    scale).  SQLite plans without such statistics.
    """
    if getattr(db, "tirkeu_engine", "sqlite") != "postgresql":
        return
    run = db.execute_sql if hasattr(db, "execute_sql") else db.execute
    run("ANALYZE" + (" " + ", ".join(tables) if tables else ""))
