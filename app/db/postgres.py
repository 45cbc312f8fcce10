"""Tirkeu on a PostgreSQL server: the connection, its errors, the server's clock and its locks.

An office with several specialists, or the national centre, keeps its data on
a PostgreSQL server (``--db postgresql://user@host/dbname``); schools stay on
one SQLite file.  Everything above this layer is the same for both engines:

- the connection (:class:`PgConnection`) takes SQL as SQLite reads it and
  :mod:`app.db.pg_sql` rewrites it, so the merge, the reports and the schema
  ladder are written once; values go in as SQLite keeps them (booleans as
  0/1, dates as ISO text), sums come back as ``int``/``float``, not ``Decimal``;
- the server's failures become the same :class:`app.errors.DatabaseError`
  messages as SQLite's (:func:`server_error`);
- change stamps come from the server's clock (:class:`ServerClock`), so two
  desktops with different clocks still order their changes right;
- check-then-write steps (a bundle import, an export's sequence, certificate
  serials, the office's keys, the schema ladder) hold a transaction-scoped
  advisory lock (:func:`app.db.locks.exclusive`): two staff at once wait for
  each other instead of overwriting or doubling.

The password is never stored by Tirkeu: it comes from the address given at
start, a prompt, or the user's ``~/.pgpass`` (libpq reads it itself).
"""
from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Sequence
from typing import Any

import psycopg
from peewee import PostgresqlDatabase
from psycopg import errors as pg_errors
from psycopg.adapt import Dumper, Loader

from app.db import pg_functions
from app.db.address import safe_address
from app.db.drivers import give_peewee_psycopg
from app.db.locks import lock_key
from app.db.pg_sql import translate as to_postgres
from app.errors import DatabaseBusy, DatabaseError, LoginRefused
from app.i18n import Msg
from app.ids import COUNTER_BITS

give_peewee_psycopg()  # the window on a file imports peewee without psycopg (app/db/drivers.py)

CONNECT_TIMEOUT = 15  # seconds: an unreachable server is told, not waited for forever


# --- values as SQLite keeps them ----------------------------------------------------


class _BoolAsInt(Dumper):
    """Python booleans go in as 0/1: flags are integer columns on both engines."""

    oid = psycopg.adapters.types["int8"].oid

    def dump(self, obj: bool) -> bytes:
        return b"1" if obj else b"0"


class _DateAsText(Dumper):
    """Dates and times go in as ISO text, as SQLite keeps them (the columns are text on both engines)."""

    oid = psycopg.adapters.types["text"].oid

    def dump(self, obj: Any) -> bytes:
        # sqlite3's adapters: date → 2024-09-01, datetime → 2024-09-01 10:30:00[.ffffff]
        return (obj.isoformat(" ") if isinstance(obj, dt.datetime) else obj.isoformat()).encode()


class _NumericLoader(Loader):
    """``numeric`` (what ``sum`` of integers gives) as int when whole, else float; never Decimal."""

    def load(self, data: Any) -> int | float:
        text = bytes(data).decode("ascii")
        if text in ("NaN", "Infinity", "-Infinity"):
            return float(text)
        if "." in text:
            whole, _, fraction = text.partition(".")
            if fraction.strip("0") == "":
                return int(whole)
            return float(text)
        return int(text)


# --- errors -----------------------------------------------------------------------


def server_error(exc: BaseException, address: str) -> DatabaseError | None:
    """The message for a server failure that is not the program's fault; None for a bug."""
    if isinstance(exc, DatabaseError):
        return exc
    inner = getattr(exc, "orig", None) or (exc.args[0] if exc.args and isinstance(exc.args[0], BaseException)
                                            else None)
    cause = inner if isinstance(inner, (psycopg.Error, DatabaseError)) else exc
    if isinstance(cause, DatabaseError):
        return cause
    where = safe_address(address)
    text = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    error: DatabaseError
    if isinstance(cause, (pg_errors.LockNotAvailable, pg_errors.DeadlockDetected,
                          pg_errors.SerializationFailure, pg_errors.QueryCanceled)):
        error = DatabaseBusy(Msg("Database", "The database {path} is busy: another program (or a second Tirkeu) "
                                 "is using it. The change was not saved. Close the other program and try again.",
                                 path=where))
    elif isinstance(cause, (pg_errors.DiskFull, pg_errors.OutOfMemory)):
        error = DatabaseError(Msg("Database", "The server of the database {path} is out of disk space or memory. "
                                  "The change was not saved. Ask the server's administrator to free some.",
                                  path=where))
    elif isinstance(cause, (pg_errors.InsufficientPrivilege, pg_errors.ReadOnlySqlTransaction)):
        error = DatabaseError(Msg("Database", "The server refused to let Tirkeu change the database {path} "
                                  "({error}). Ask the server's administrator for the rights the README lists.",
                                  path=where, error=text))
    elif isinstance(cause, pg_errors.InvalidPassword) or "password authentication failed" in text \
            or "no password supplied" in text:
        error = LoginRefused(Msg("Database", "The server did not accept the user name or password for {path}. "
                                  "Check them (or your .pgpass file) and try again.", path=where))
    elif isinstance(cause, pg_errors.InvalidCatalogName) or "does not exist" in text and "database" in text:
        error = DatabaseError(Msg("Database", "There is no database {path} on the server. Ask the server's "
                                  "administrator to create it (the README shows how).", path=where))
    elif isinstance(cause, psycopg.OperationalError):
        error = DatabaseError(Msg("Database", "Cannot reach the database server {path} ({error}). Check the "
                                  "address, that the server is running and that this computer may connect to it. "
                                  "Nothing was saved.", path=where, error=text))
    else:
        return None
    error.__cause__ = exc
    return error


# --- the connection ---------------------------------------------------------------


class TranslatingCursor(psycopg.ClientCursor):
    """A cursor that takes SQLite's dialect (see :mod:`app.db.pg_sql`) and values as SQLite keeps them.

    Client-side binding, as peewee's psycopg2 path assumes: values are written
    into the statement, so untyped placeholders (``? IS NULL``, a parameter
    compared with an integer column) mean what they mean on SQLite.
    """

    def execute(self, query: Any, params: Any = None, **kwargs: Any) -> TranslatingCursor:
        sql = to_postgres(query) if isinstance(query, str) else query
        return super().execute(sql, params if params is not None else (), **kwargs)

    def executemany(self, query: Any, params_seq: Iterable[Sequence[Any]], **kwargs: Any) -> None:  # type: ignore[override]
        sql = to_postgres(query) if isinstance(query, str) else query
        super().executemany(sql, params_seq, **kwargs)


class PgConnection(psycopg.Connection):
    """A psycopg connection that the SQLite-shaped raw SQL of the merge and reports can use as is."""

    tirkeu_engine = "postgresql"

    def execute(self, query: Any, params: Any = None, **kwargs: Any) -> Any:
        cursor = self.cursor()
        return cursor.execute(query, params, **kwargs)

    def executemany(self, query: Any, params_seq: Iterable[Sequence[Any]]) -> Any:
        cursor = self.cursor()
        cursor.executemany(query, params_seq)
        return cursor

    @property
    def in_transaction(self) -> bool:
        """As sqlite3's: a transaction is open (or failed and not yet rolled back)."""
        return self.pgconn.transaction_status in (psycopg.pq.TransactionStatus.INTRANS,
                                                  psycopg.pq.TransactionStatus.INERROR)


def _configure(conn: PgConnection) -> None:
    conn.adapters.register_dumper(bool, _BoolAsInt)
    for kind in (dt.date, dt.datetime):
        conn.adapters.register_dumper(kind, _DateAsText)
    conn.adapters.register_loader("numeric", _NumericLoader)
    conn.execute("SET TIME ZONE 'UTC'")
    conn.execute("SET lock_timeout = '60s'")  # a stuck colleague is a message, not a frozen window
    # JIT compiling pays off only for queries of many seconds; the reports' statements took 0.7 s longer with it
    conn.execute("SET jit = off")
    # The reports' working tables are temporary: room for a region's in memory (taken only as used)
    conn.execute("SET temp_buffers = '64MB'")


class TirkeuPostgres(PostgresqlDatabase):
    """peewee's PostgreSQL database with Tirkeu's connection, messages and transactions."""

    tirkeu_engine = "postgresql"

    def __init__(self, address: str, **kwargs: Any) -> None:
        kwargs.setdefault("prefer_psycopg3", True)
        super().__init__(address, **kwargs)

    def _connect(self) -> PgConnection:
        try:
            conn = PgConnection.connect(self.database, autocommit=True, cursor_factory=TranslatingCursor,
                                        connect_timeout=CONNECT_TIMEOUT, application_name="tirkeu")
        except psycopg.Error as exc:
            raise server_error(exc, self.database) or exc  # noqa: B904 - the message carries its cause
        _configure(conn)
        return conn

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)
        except Exception as exc:  # peewee's wrappers of psycopg's errors
            known = server_error(exc, self.database)
            if known is None:
                raise
            raise known from exc

    def begin(self, lock_type: str | None = None) -> None:
        """BEGIN (READ COMMITTED); SQLite's lock types mean nothing here: app.db.locks guards writes."""
        try:
            self.cursor().execute("BEGIN")
        except psycopg.Error as exc:
            raise server_error(exc, self.database) or exc  # noqa: B904 - the message carries its cause

    def commit(self) -> None:
        try:
            super().commit()
        except Exception as exc:
            known = server_error(exc, self.database)
            if known is None:
                raise
            raise known from exc


# --- locks, version and clock -----------------------------------------------------


def install_functions(conn: PgConnection) -> None:
    """Make (or bring up to date) the functions, collation and clock Tirkeu's SQL needs."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(?)", (lock_key("engine"),))
        have = conn.execute("SELECT to_regclass('tirkeu_engine') IS NOT NULL").fetchone()[0]
        if have:
            row = conn.execute("SELECT value FROM tirkeu_engine WHERE key = 'functions'").fetchone()
            if row and int(row[0]) >= pg_functions.VERSION:
                return
        for statement in pg_functions.STATEMENTS:
            conn.execute(statement)
        conn.execute("INSERT INTO tirkeu_engine (key, value) VALUES ('functions', ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (pg_functions.VERSION,))


def check_server(conn: PgConnection, address: str) -> None:
    """Refuse a database whose encoding cannot hold Kazakh letters."""
    encoding = conn.execute("SELECT current_setting('server_encoding')").fetchone()[0]
    if str(encoding).upper() not in ("UTF8", "UTF-8"):
        raise DatabaseError(Msg("Database", "The database {path} uses the encoding {encoding}, which cannot hold "
                                "Kazakh letters. Create it with ENCODING 'UTF8' (the README shows how).",
                                path=safe_address(address), encoding=str(encoding)))


class ServerClock:
    """Change stamps from the server's clock, shared by every desktop of the office.

    The same layout as :class:`app.ids.HybridClock` (milliseconds, then a
    counter) and the same promise: each stamp is larger than every stamp
    issued or observed before, in every process.
    """

    def __init__(self, db: TirkeuPostgres) -> None:
        self._db = db
        self._last = 0
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        """The last stamp this process issued or observed."""
        return self._last

    def now(self) -> int:
        """The next stamp (one round trip; the row lock orders concurrent callers)."""
        row = self._db.execute_sql(
            "UPDATE tirkeu_clock SET stamp = greatest(stamp + 1, "
            f"(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) << {COUNTER_BITS}) "
            "WHERE id = 1 RETURNING stamp").fetchone()
        with self._lock:
            self._last = max(self._last, int(row[0]))
        return int(row[0])

    def reserve(self, count: int) -> int:
        """The first of ``count`` consecutive stamps reserved on the server at once (one round trip).

        The block is the clock's next ``count`` stamps: no other desktop can be given one of them (the row
        lock orders the reservations as it orders :meth:`now`), and every later stamp is larger.
        """
        count = max(count, 1)
        row = self._db.execute_sql(
            f"UPDATE tirkeu_clock SET stamp = greatest(stamp + {count:d}, "
            f"((floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) << {COUNTER_BITS}) + {count - 1:d}) "
            "WHERE id = 1 RETURNING stamp").fetchone()
        last = int(row[0])
        with self._lock:
            self._last = max(self._last, last)
        return last - count + 1

    def observe(self, stamp: int) -> None:
        """Take a stamp seen in imported data into account."""
        self._db.execute_sql("UPDATE tirkeu_clock SET stamp = greatest(stamp, ?) WHERE id = 1", (int(stamp),))
        with self._lock:
            self._last = max(self._last, int(stamp))


# --- bulk writes ------------------------------------------------------------------


def copy_insert(conn: PgConnection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """INSERT many rows with COPY: one stream instead of a statement per row (an office's import)."""
    names = ", ".join(f'"{c}"' for c in columns)
    with conn.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)


def copy_update(conn: PgConnection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
                key: str = "uid") -> None:
    """UPDATE many rows by ``key``: COPY into a staging table, then one UPDATE … FROM it."""
    stage = f"tirkeu_stage_{table}"
    names = ", ".join(f'"{c}"' for c in columns)
    conn.execute(f'CREATE TEMP TABLE IF NOT EXISTS "{stage}" (LIKE "{table}") ON COMMIT DELETE ROWS')
    conn.execute(f'TRUNCATE "{stage}"')
    with conn.cursor().copy(f'COPY "{stage}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)
    sets = ", ".join(f'"{c}" = s."{c}"' for c in columns if c != key)
    conn.execute(f'UPDATE "{table}" AS t SET {sets} FROM "{stage}" AS s WHERE t."{key}" = s."{key}"')
