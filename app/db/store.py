"""Opening the database: guards, pragmas, migrations and the open store.

Order matters: the file is inspected read-only first, so that a database from
a newer Tirkeu or a file that is not SQLite at all is refused *before*
anything (even switching to WAL) touches it.
"""
from __future__ import annotations

import glob
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import DatabaseProxy, SqliteDatabase
from peewee import OperationalError as PeeweeOperationalError

from app.db import migrations
from app.db.address import is_server_address, local_place, safe_address
from app.db.environment import TirkeuConnection, environment_error, read_only_error, read_only_place  # noqa: F401 (environment_error is imported from here too)
from app.db.guard import inspect_file
from app.db.schema_v1 import ALL_SYNCED_TABLES
from app.db.schema_v5 import TABLES as V5_TABLES
from app.errors import DatabaseBusy, DatabaseError, NotADatabase
from app.fileperms import private_dir, private_file, tighten
from app.i18n import Msg
from app.ids import HybridClock, stamp_limit
from app.reference_store import refresh_reference
from app.text import register_sqlite

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
    whole transaction) is rolled back by SQLite and peewee as before.  The
    connection itself (:class:`TirkeuConnection`) makes the messages, so raw
    ``connection().execute`` calls and rows fetched later get them too; the
    methods below unwrap them from peewee's exception wrapper.
    """

    def __init__(self, database, **kwargs):
        kwargs.setdefault("factory", TirkeuConnection)
        super().__init__(database, **kwargs)

    def connect(self, reuse_if_open=False):
        try:
            return super().connect(reuse_if_open)
        except PeeweeDatabaseError as exc:  # a worker thread's first connection, say
            raise environment_error(exc, self.database) or exc  # noqa: B904 - the message carries its cause

    def _add_conn_hooks(self, conn: sqlite3.Connection) -> None:
        super()._add_conn_hooks(conn)  # type: ignore[misc]  # a private peewee hook its stubs leave out
        register_sqlite(conn)

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except PeeweeDatabaseError as exc:
            raise environment_error(exc, self.database) or exc  # noqa: B904 - the message carries its cause

    def begin(self, lock_type=None):
        try:
            return super().begin(lock_type)
        except PeeweeDatabaseError as exc:
            raise environment_error(exc, self.database) or exc  # noqa: B904 - the message carries its cause

    def commit(self):
        try:
            return super().commit()
        except PeeweeDatabaseError as exc:
            raise environment_error(exc, self.database) or exc  # noqa: B904 - the message carries its cause

    def rollback(self):
        if not self.is_closed() and not self.connection().in_transaction:
            return  # SQLite already rolled back (a full disk, say): nothing to undo
        return super().rollback()


@dataclass
class Store:
    """The open database of one installation: a SQLite file, or a PostgreSQL database (``address``).

    For a server database ``path`` is this desktop's place for the files kept
    beside a database (:func:`app.db.address.local_place`); ``address`` is the
    server's address without its password.
    """

    path: Path
    db: Any  # TirkeuDatabase, or app.db.postgres.TirkeuPostgres
    clock: Any  # HybridClock, or app.db.postgres.ServerClock
    installation_id: str | None = None
    address: str | None = None

    @property
    def engine(self) -> str:
        """"sqlite" or "postgresql"."""
        return "postgresql" if self.address else "sqlite"

    @property
    def location(self) -> str:
        """What to show as the database's place: the file, or the server's address."""
        return self.address or str(self.path)

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        close_database(self)


_current: Store | None = None


def current_store() -> Store:
    """The store opened last; a bug if nothing is open."""
    if _current is None:
        raise RuntimeError("no database is open")
    return _current


def is_open() -> bool:
    """True while a database is open (a page refreshing after it closed does nothing)."""
    return _current is not None


def open_database(path: Path | str) -> Store:
    """Open (creating and migrating if needed) the database at ``path``.

    ``path`` is a file, or a PostgreSQL address (``postgresql://user@host/db``:
    see :func:`open_server_database`).  A new file is created readable by its
    owner only (0600, with the -wal and -shm files SQLite makes beside it); an
    existing one that others can read is tightened, with its copies beside it
    (see :func:`keep_private`).
    """
    global _current
    if is_server_address(path):
        _current = open_server_database(str(path).strip())
        return _current
    _current = _open_file(Path(path).expanduser())
    return _current


@contextmanager
def opened_aside(target: Path | str) -> Iterator[Store]:
    """Open a second database (a move's target, a copy) while the current one stays current.

    Opening points the models at the new database; leaving gives them back to
    the store that was current (or to none), and closes the second one.
    """
    global _current
    before = _current
    other = open_server_database(str(target).strip()) if is_server_address(target) \
        else _open_file(Path(target).expanduser())
    try:
        yield other
    finally:
        close_database(other)
        _current = before
        if before is not None:
            database.initialize(before.db)


def _open_file(path: Path) -> Store:
    """Open (creating and migrating if needed) the SQLite file at ``path``."""
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
        refresh_reference(db)
    except (DatabaseError, sqlite3.DatabaseError, PeeweeDatabaseError) as exc:  # peewee wraps connect()'s
        db.close()
        error = _cannot_open(exc, path)
        if error is exc:
            raise
        raise error from exc
    return store


def open_server_database(address: str) -> Store:
    """Open a database on a PostgreSQL server, making its schema on first use.

    The functions Tirkeu's SQL needs are made in it (:mod:`app.db.pg_functions`),
    the schema ladder is run under an advisory lock, and change stamps come
    from the server's clock.  The database must exist and be UTF-8 (the README
    says how an office sets one up).
    """
    try:
        from app.db import postgres  # psycopg: loaded only where a server is used
    except ImportError as exc:  # the built program on Linux uses the system's libpq (packaging/README.md)
        raise DatabaseError(Msg("Database", "Tirkeu cannot talk to PostgreSQL servers on this computer: {error}. "
                                "Install the PostgreSQL client library (Debian and Ubuntu: libpq5).",
                                error=str(exc))) from exc

    db = postgres.TirkeuPostgres(address)
    try:
        db.connect(reuse_if_open=True)
        conn = db.connection()
        postgres.check_server(conn, address)
        postgres.install_functions(conn)
        migrations.migrate(conn, None)
        database.initialize(db)
        row = db.execute_sql("SELECT id FROM installation LIMIT 1").fetchone()
        installation_id = row[0] if row else None
        clock = postgres.ServerClock(db)
        clock.observe(_max_stamp(db, installation_id))
        store = Store(path=local_place(address), db=db, clock=clock, address=safe_address(address))
        store.installation_id = installation_id
        refresh_reference(db)
    except BaseException as exc:
        db.close()
        known = postgres.server_error(exc, address)
        if known is None or known is exc:
            raise
        raise known from exc
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


def _sqlite_cause(exc: BaseException) -> BaseException:
    """SQLite's own error under our message or peewee's wrapping of it (or ``exc`` itself)."""
    seen = exc
    for _ in range(4):
        if isinstance(seen, sqlite3.Error):
            return seen
        inner = getattr(seen, "orig", None) or seen.__cause__  # peewee keeps what it wrapped in orig
        if inner is None:
            break
        seen = inner
    return exc


def _cannot_open(exc: BaseException, path: Path) -> BaseException:
    """What to tell when opening fails: busy, damaged, read-only place, or the reason as SQLite gave it."""
    cause = _sqlite_cause(exc)
    known = environment_error(cause, str(path))
    if isinstance(known, (DatabaseBusy, NotADatabase)):
        return known
    if read_only_place(path):  # a write-protected stick, a CD: say so, never "damaged"
        return read_only_error(str(path))
    if isinstance(exc, DatabaseError) and not isinstance(cause, sqlite3.Error):
        return exc  # our own message, not SQLite's
    if isinstance(cause, sqlite3.OperationalError) or isinstance(exc, PeeweeOperationalError):
        return DatabaseError(Msg("Database", "Cannot open the database {path}: {error}. "
                                 "Check that the folder is writable and the disk is not full.",
                                 path=str(path), error=str(cause)))
    return NotADatabase(Msg("Database", "{path} is damaged ({error}). Restore it from a backup.",
                            path=str(path), error=str(cause)))


def _max_stamp(db: Any, installation_id: str | None) -> int:
    """The largest change stamp held, so the clock never goes back after a restart.

    Other installations' stamps count only up to this computer's clock plus the
    tolerance: one far in the future (a wrong clock elsewhere, or a forged
    bundle taken in by an older Tirkeu) must not drag this clock along, and
    one near 2**63 would make every later write overflow.  This installation's
    own stamps always count, so an edit made after the clock was set back still
    wins over the earlier one.
    """
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
