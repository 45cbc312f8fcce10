"""A long read (a report) as one consistent snapshot, with the room it needs, on either engine.

SQLite in WAL mode gives every transaction a snapshot by itself.  PostgreSQL's
default, READ COMMITTED, gives each *statement* its own: a report of ~90
statements read while a colleague imports bundles could count a bundle's
attendances in one table and not in the next.  REPEATABLE READ fixes the
snapshot at the first statement.  (READ ONLY is not used: the report makes
temporary tables, which a read-only transaction may not create.)
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.db.changes import last_seen

# Per sort or hash of the report's statements on a server, taken only as used: a region's people grouped
# by person (100,000 rows) fit, instead of a merge sort through temporary files (0.8 s -> 0.5 s).
REPORT_WORK_MEM = "64MB"
# What a report's transaction sets on a server (SET LOCAL: for that transaction only).  Besides the work
# memory: the planner's default price of a random page (4, for spinning disks) made it read a nation's
# 5 million attendances in full rather than follow the index from a region's 10,000 events (1.5 s
# against 0.25 s); the office's tables are read from memory or an SSD, where 1.1 is the usual price.
REPORT_SETTINGS = (f"SET LOCAL work_mem = '{REPORT_WORK_MEM}'", "SET LOCAL random_page_cost = 1.1")


SNAPSHOT_ID = re.compile(r"[0-9A-F]{8}-[0-9A-F]{8}(-[0-9]+)?")


def is_server(db: Any) -> bool:
    """True for a database on a PostgreSQL server (peewee database or raw connection)."""
    return getattr(db, "tirkeu_engine", "sqlite") == "postgresql"


class Snapshot:
    """The open snapshot of a long read, and how a second connection can read the very same one."""

    def __init__(self, db: Any, outer: bool) -> None:
        self.db, self.outer = db, outer

    def token(self) -> str | int | None:
        """What :func:`same_snapshot` needs to read this snapshot from another thread; None where it cannot.

        A server exports its snapshot (exact).  SQLite cannot share one: the token is the change
        counter as this snapshot sees it, which every write of a record raises (app/db/changes.py), so a
        second snapshot with the same counter holds the same records.  None inside a transaction
        opened by someone else, and for a database in memory (a second connection is another database).
        """
        if not self.outer:
            return None
        if is_server(self.db):
            return str(self.db.execute_sql("SELECT pg_export_snapshot()").fetchone()[0])
        name = str(getattr(self.db, "database", ""))
        if not name or name == ":memory:" or "mode=memory" in name or name.startswith("file::memory:"):
            return None
        return last_seen(self.db)


@contextmanager
def snapshot(db: Any) -> Iterator[Snapshot]:
    """A transaction in which every statement sees the database as it was at the first one.

    Inside a transaction already open, the outer one decides (a server's isolation can only be set
    before its first statement) and this is a savepoint.
    """
    outer = not db.in_transaction()
    with db.atomic():
        if is_server(db) and outer:
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            for setting in REPORT_SETTINGS:
                db.execute_sql(setting)
        yield Snapshot(db, outer)


@contextmanager
def same_snapshot(db: Any, token: str | int) -> Iterator[Any | None]:
    """In another thread: that thread's own connection, in a transaction reading the snapshot ``token``
    (:meth:`Snapshot.token`); None when it cannot be had (SQLite: a change was saved in between).

    The connection is closed on leaving (peewee keeps one per thread).
    """
    if db.in_transaction():  # this thread's connection is the busy one, not a second
        yield None
        return
    conn = db.connection()
    try:
        if is_server(db):
            if not SNAPSHOT_ID.fullmatch(str(token)):
                yield None
                return
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            conn.execute(f"SET TRANSACTION SNAPSHOT '{token}'")
            for setting in REPORT_SETTINGS:
                conn.execute(setting)
            # The main connection waits for this one in Python, where the server's deadlock detector cannot
            # see it: queued behind a colleague's exclusive lock (an upgrade's ALTER TABLE) that itself waits
            # for the main connection, give up at once and let the main connection do the work.
            conn.execute("SET LOCAL lock_timeout = '1s'")
            yield conn
        else:
            conn.execute("BEGIN")
            yield conn if last_seen(conn) == token else None
    finally:
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        finally:
            db.close()
