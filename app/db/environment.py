"""The environment's failures of the database, told apart from the program's bugs.

Another program holding the write lock, a full disk, a read-only file or
medium, a damaged file: SQLite reports each with a result code
(https://sqlite.org/rescode.html); :func:`environment_error` turns them into
``DatabaseError`` messages that say what to do.  Anything else stays what it
was (a bug, for the crash handler).

The translation happens in one place, the connection itself
(:class:`TirkeuConnection`, given to ``sqlite3.connect`` as its factory), so
that every way of reaching the database gets it: peewee queries and
transactions, the raw ``connection().execute`` of the sync merge and the
reports, rows fetched lazily from a cursor long after ``execute`` returned,
and a new thread's first connection.  Only the standard library is used here:
the start-up guard (``app.db.guard``) needs the messages before peewee loads.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any, NoReturn

from app.errors import DatabaseBusy, DatabaseError, NotADatabase
from app.i18n import Msg

# Primary SQLite result codes (https://sqlite.org/rescode.html) that are the environment's doing.
(SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN,
 SQLITE_NOTADB) = (5, 6, 8, 10, 11, 13, 14, 26)


def read_only_place(path: Path | str) -> bool:
    """Whether the database at ``path`` sits where it cannot be written.

    A read-only medium (a write-protected USB stick, a CD, a read-only mount)
    is read-only even for an administrator; otherwise the file or its folder
    may not be writable for this user.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if hasattr(os, "statvfs"):
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return True
        except OSError:
            pass
    if path.exists() and not os.access(path, os.W_OK):
        return True
    return folder.exists() and not os.access(folder, os.W_OK)


def read_only_error(path: str) -> DatabaseError:
    """The message for a database that cannot be opened because its place is read-only."""
    return DatabaseError(Msg(
        "Database", "The database {path} is on a read-only disk or in a read-only folder (a write-protected "
        "USB stick or a CD, say), so Tirkeu cannot open it. Copy it to a folder you can write to "
        "(Documents, say) and open the copy, or allow writing there.", path=path))


def environment_error(exc: BaseException, path: str) -> DatabaseError | None:
    """The message for a locked, full, read-only or damaged database; None for anything else (a bug).

    ``exc`` may be SQLite's own error, peewee's wrapping of it (kept in its
    ``orig``), or peewee's wrapping of a message already made here (its
    exception wrapper goes by class names, and ours is called
    ``DatabaseError`` too): that message is returned as it is.
    """
    if isinstance(exc, DatabaseError):
        return exc
    inner = getattr(exc, "orig", None)  # what peewee wrapped
    if inner is None and exc.args and isinstance(exc.args[0], BaseException):
        inner = exc.args[0]
    if isinstance(inner, DatabaseError):
        return inner
    cause = inner if isinstance(inner, sqlite3.Error) else exc
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
    elif code in (SQLITE_IOERR, SQLITE_CANTOPEN) or "disk I/O error" in text \
            or "unable to open database file" in text:
        if read_only_place(path):  # SQLite cannot make its -wal and -shm files there
            error = read_only_error(path)
        else:
            error = DatabaseError(Msg(
                "Database", "The database {path} could not be read or written ({error}). The change was not "
                "saved. Check that the disk (or USB stick) is connected and not full.", path=path, error=text))
    else:
        return None
    error.__cause__ = exc
    return error


def _raise(exc: sqlite3.Error, path: str) -> NoReturn:
    known = environment_error(exc, path)
    if known is None:
        raise exc
    raise known from exc


class TirkeuCursor(sqlite3.Cursor):
    """A cursor whose environment errors (also while fetching rows) are ``DatabaseError`` messages."""

    def _path(self) -> str:
        return getattr(self.connection, "tirkeu_path", "")

    def execute(self, sql: str, parameters: Any = (), /) -> TirkeuCursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.DatabaseError as exc:
            _raise(exc, self._path())

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> TirkeuCursor:
        try:
            return super().executemany(sql, seq_of_parameters)
        except sqlite3.DatabaseError as exc:
            _raise(exc, self._path())

    def executescript(self, sql_script: str, /) -> TirkeuCursor:
        try:
            super().executescript(sql_script)  # returns this cursor (typeshed says a plain Cursor)
            return self
        except sqlite3.DatabaseError as exc:
            _raise(exc, self._path())

    # Rows are read from the file as they are fetched: a damaged page or a USB stick pulled out
    # shows up here, long after execute() returned.
    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.DatabaseError as exc:
            _raise(exc, self._path())

    def fetchmany(self, size: int | None = None) -> list[Any]:
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except sqlite3.DatabaseError as exc:
            _raise(exc, self._path())

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.DatabaseError as exc:
            _raise(exc, self._path())

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlite3.DatabaseError as exc:
            _raise(exc, self._path())


class TirkeuConnection(sqlite3.Connection):
    """``sqlite3.connect(..., factory=TirkeuConnection)``: every statement's environment errors are messages."""

    def __init__(self, database: Any, *args: Any, **kwargs: Any) -> None:
        self.tirkeu_path = os.fsdecode(database) if isinstance(database, (bytes, os.PathLike)) else str(database)
        try:
            super().__init__(database, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            _raise(exc, self.tirkeu_path)

    def cursor(self, factory: Any = TirkeuCursor) -> Any:  # noqa: D102
        return super().cursor(factory)

    # The C methods make a plain cursor of their own; these go through ours.
    def execute(self, sql: str, parameters: Any = (), /) -> TirkeuCursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> TirkeuCursor:
        return self.cursor().executemany(sql, seq_of_parameters)

    def executescript(self, sql_script: str, /) -> TirkeuCursor:
        return self.cursor().executescript(sql_script)

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.DatabaseError as exc:
            _raise(exc, self.tirkeu_path)
