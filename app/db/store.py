"""Opening the database: guards, pragmas, migrations and the open store.

Order matters: the file is inspected read-only first, so that a database from
a newer Tirkeu or a file that is not SQLite at all is refused *before*
anything (even switching to WAL) touches it.
"""
from __future__ import annotations

import glob
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import OperationalError as PeeweeOperationalError
from peewee import DatabaseProxy, SqliteDatabase

from app.db import migrations
from app.db.guard import inspect_file
from app.errors import DatabaseBusy, DatabaseError, NotADatabase
from app.fileperms import private_dir, private_file, tighten
from app.i18n import Msg
from app.ids import HybridClock, stamp_limit

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: laptops lose power; a committed change must survive it
    "foreign_keys": 1,
    "busy_timeout": 5000,
}

database = DatabaseProxy()


class TirkeuDatabase(SqliteDatabase):
    """SQLite with Kazakh-aware folding and collation registered on each connection.

    Failures the environment causes (another program holding the write lock,
    a full disk, a read-only file, a damaged file) become ``DatabaseError``
    messages that say what to do, so a save in the window or the command line
    ends in a message, not a traceback.  The statement (and, in ``atomic``, the
    whole transaction) is rolled back by SQLite and peewee as before.
    """

    def _add_conn_hooks(self, conn: sqlite3.Connection) -> None:
        super()._add_conn_hooks(conn)
        from app.text import register_sqlite

        register_sqlite(conn)

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except PeeweeDatabaseError as exc:
            raise environment_error(exc, self.database) or exc

    def begin(self, lock_type=None):
        try:
            return super().begin(lock_type)
        except PeeweeDatabaseError as exc:
            raise environment_error(exc, self.database) or exc

    def commit(self):
        try:
            return super().commit()
        except PeeweeDatabaseError as exc:
            raise environment_error(exc, self.database) or exc

    def rollback(self):
        if not self.is_closed() and not self.connection().in_transaction:
            return  # SQLite already rolled back (a full disk, say): nothing to undo
        return super().rollback()


# Primary SQLite result codes (https://sqlite.org/rescode.html) that are the environment's doing.
(SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN,
 SQLITE_NOTADB) = (5, 6, 8, 10, 11, 13, 14, 26)


def environment_error(exc: Exception, path: str) -> DatabaseError | None:
    """The message for a locked, full, read-only or damaged database; None for anything else (a bug)."""
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], sqlite3.Error) else exc
    code = (getattr(cause, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(cause)
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        error: DatabaseError = DatabaseBusy(Msg(
            "Database", "The database {path} is busy: another program (or a second Tirkeu) is using it. "
            "The change was not saved. Close the other program and try again.", path=path))
    elif code == SQLITE_FULL or "disk is full" in text:
        error = DatabaseError(Msg(
            "Database", "The disk with the database {path} is full. The change was not saved. "
            "Free some space on the disk and try again.", path=path))
    elif code == SQLITE_READONLY or "readonly database" in text:
        error = DatabaseError(Msg(
            "Database", "The database {path} cannot be written: the file or its folder is read-only. "
            "The change was not saved. Allow writing there, or move the database to a folder you can "
            "write to.", path=path))
    elif code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text:
        error = NotADatabase(Msg("Database", "{path} is damaged ({error}). Restore it from a backup.",
                                 path=path, error=text))
    elif code in (SQLITE_IOERR, SQLITE_CANTOPEN) or "disk I/O error" in text:
        error = DatabaseError(Msg(
            "Database", "The database {path} could not be read or written ({error}). The change was not "
            "saved. Check that the disk (or USB stick) is connected and not full.", path=path, error=text))
    else:
        return None
    error.__cause__ = exc
    return error


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
    """Open (creating and migrating if needed) the database at ``path``.

    A new database is created readable by its owner only (0600, with the
    -wal and -shm files SQLite makes beside it); an existing one that others
    can read is tightened, with its copies beside it (see :func:`keep_private`).
    """
    global _current
    path = Path(path).expanduser()
    if path.exists():
        inspect_file(path)
        keep_private(path)
    else:
        try:
            private_dir(path.parent, tighten_existing=False)  # a new data folder: the user's only
        except OSError as exc:
            raise DatabaseError(Msg("Database", "Cannot create the folder {path}: {error}",
                                    path=str(path.parent), error=exc.strerror or str(exc))) from exc
        try:
            private_file(path)  # empty: SQLite takes it as a new database and keeps its mode
        except OSError:
            pass  # SQLite says why below (a read-only folder, say)
    db = TirkeuDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    try:
        db.connect(reuse_if_open=True)
        migrations.migrate(db.connection(), path)
        database.initialize(db)
        row = db.execute_sql("SELECT id FROM installation LIMIT 1").fetchone()
        installation_id = row[0] if row else None
        store = Store(path=path, db=db, clock=HybridClock(_max_stamp(db, installation_id)))
        store.installation_id = installation_id
        from app.reference_store import refresh_reference

        refresh_reference(db)
    except DatabaseError:
        db.close()
        raise
    except (sqlite3.DatabaseError, PeeweeDatabaseError) as exc:  # peewee wraps what connect() raises
        db.close()
        raise _cannot_open(exc, path) from exc
    _current = store
    return store


def keep_private(path: Path) -> None:
    """Take others' access away from an existing database and the copies of it kept beside it.

    A database made by an older Tirkeu (or copied in) may be 0644: it holds
    children's data and the installation's secret keys, so it, its -wal and
    -shm, the daily backups (``app.backup``), the kept bundles
    (``app.sync.export``) and the copies taken before a migration or a restore
    become the user's only (0600 files, 0700 folders) when it is next opened.
    """
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal",
                 f"{path.stem}-backups", f"{path.stem}-bundles"):
        tighten(path.with_name(name))
    stem = glob.escape(path.stem)
    for pattern in (f"{stem}.v*-before-migration-*", f"{stem}.before-restore-*"):
        for copy in path.parent.glob(pattern):
            tighten(copy)


def _cannot_open(exc: Exception, path: Path) -> DatabaseError:
    known = environment_error(exc, str(path))
    if isinstance(known, (DatabaseBusy, NotADatabase)):
        return known
    if isinstance(exc, (sqlite3.OperationalError, PeeweeOperationalError)):
        return DatabaseError(Msg("Database", "Cannot open the database {path}: {error}. "
                                 "Check that the folder is writable and the disk is not full.",
                                 path=str(path), error=str(exc)))
    return NotADatabase(Msg("Database", "{path} is damaged ({error}). Restore it from a backup.",
                            path=str(path), error=str(exc)))


def _max_stamp(db: SqliteDatabase, installation_id: str | None) -> int:
    """The largest change stamp held, so the clock never goes back after a restart.

    Other installations' stamps count only up to this computer's clock plus the
    tolerance: one far in the future (a wrong clock elsewhere, or a forged
    bundle taken in by an older Tirkeu) must not drag this clock along, and
    one near 2**63 would make every later write overflow.  This installation's
    own stamps always count, so an edit made after the clock was set back still
    wins over the earlier one.
    """
    from app.db.schema_v1 import ALL_SYNCED_TABLES
    from app.db.schema_v5 import TABLES as V5_TABLES

    limit = stamp_limit()
    tables = ALL_SYNCED_TABLES + V5_TABLES
    sql = " UNION ALL ".join(f"SELECT max(stamp) FROM {t} WHERE stamp <= ?" for t in tables)
    held = max((r[0] or 0 for r in db.execute_sql(sql, [limit] * len(tables)).fetchall()), default=0)
    if installation_id:
        sql = " UNION ALL ".join(f"SELECT max(stamp) FROM {t} WHERE stamp > ? AND origin = ?" for t in tables)
        own = db.execute_sql(sql, [limit, installation_id] * len(tables)).fetchall()
        held = max([held] + [r[0] or 0 for r in own])
    return held


def close_database(store: Store) -> None:
    """Close ``store``; forget it if it is the current one."""
    global _current
    if not store.db.is_closed():
        store.db.close()
    if _current is store:
        _current = None
