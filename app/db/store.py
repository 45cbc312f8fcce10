"""Opening the database: guards, pragmas, migrations and the open store.

Order matters: the file is inspected read-only first, so that a database from
a newer Tirkeu or a file that is not SQLite at all is refused *before*
anything (even switching to WAL) touches it.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseProxy, SqliteDatabase

from app.db import migrations
from app.db.guard import inspect_file
from app.errors import DatabaseError, NotADatabase
from app.i18n import Msg
from app.ids import HybridClock

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: laptops lose power; a committed change must survive it
    "foreign_keys": 1,
    "busy_timeout": 5000,
}

database = DatabaseProxy()


class TirkeuDatabase(SqliteDatabase):
    """SQLite with Kazakh-aware folding and collation registered on each connection."""

    def _add_conn_hooks(self, conn: sqlite3.Connection) -> None:
        super()._add_conn_hooks(conn)
        from app.text import register_sqlite

        register_sqlite(conn)


@dataclass
class Store:
    """The open database of one installation."""

    path: Path
    db: TirkeuDatabase
    clock: HybridClock
    installation_id: str | None = None

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        close_database(self)


_current: Store | None = None


def current_store() -> Store:
    """The store opened last; a bug if nothing is open."""
    if _current is None:
        raise RuntimeError("no database is open")
    return _current


def open_database(path: Path | str) -> Store:
    """Open (creating and migrating if needed) the database at ``path``."""
    global _current
    path = Path(path).expanduser()
    if path.exists():
        inspect_file(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(Msg("Database", "Cannot create the folder {path}: {error}",
                                    path=str(path.parent), error=exc.strerror or str(exc))) from exc
    db = TirkeuDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    try:
        db.connect(reuse_if_open=True)
        migrations.migrate(db.connection(), path)
    except sqlite3.OperationalError as exc:
        db.close()
        raise DatabaseError(Msg("Database", "Cannot open the database {path}: {error}. "
                                "Check that the folder is writable and the disk is not full.",
                                path=str(path), error=str(exc))) from exc
    except sqlite3.DatabaseError as exc:
        db.close()
        raise NotADatabase(Msg("Database", "{path} is damaged ({error}). Restore it from a backup.",
                               path=str(path), error=str(exc))) from exc
    database.initialize(db)
    store = Store(path=path, db=db, clock=HybridClock(_max_stamp(db)))
    row = db.execute_sql("SELECT id FROM installation LIMIT 1").fetchone()
    store.installation_id = row[0] if row else None
    from app.reference_store import refresh_reference

    refresh_reference(db)
    _current = store
    return store


def _max_stamp(db: SqliteDatabase) -> int:
    """The largest change stamp held, so the clock never goes back after a restart."""
    from app.db.schema_v1 import ALL_SYNCED_TABLES

    sql = " UNION ALL ".join(f"SELECT max(stamp) FROM {t}" for t in ALL_SYNCED_TABLES)
    return max((r[0] or 0 for r in db.execute_sql(sql).fetchall()), default=0)


def close_database(store: Store) -> None:
    """Close ``store``; forget it if it is the current one."""
    global _current
    if not store.db.is_closed():
        store.db.close()
    if _current is store:
        _current = None
