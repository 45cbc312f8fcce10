"""Looking at a database file before opening it, with the standard library only.

Used twice: by ``open_database`` so that a file from a newer Tirkeu or a file
that is not SQLite is refused before anything touches it, and by the window
at start-up, which needs to know whether set-up is due and which language to
speak before the heavier database layer (peewee) is even imported.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.db import migrations
from app.db.environment import environment_error, read_only_error, read_only_place
from app.errors import DatabaseBusy, DatabaseError, DatabaseTooNew, NotADatabase
from app.i18n import Msg

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100  # the database header; user_version is at bytes 60-63 (big-endian)


def inspect_file(path: Path) -> int:
    """The schema version of an existing file, refusing foreign or too-new files."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEADER_SIZE)
    except OSError as exc:
        raise DatabaseError(Msg("Database", "Cannot read the database {path}: {error}",
                                path=str(path), error=exc.strerror or str(exc))) from exc
    if not head:
        return 0  # an empty file is a new database
    if head[:len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        raise NotADatabase(Msg("Database", "{path} is not a Tirkeu database (not an SQLite file). "
                               "Choose another file or restore from a backup.", path=str(path)))
    if _sane_header(head) and not Path(f"{path}-wal").exists():
        # No WAL beside it: the header's user_version is the file's. Refusing a newer file here
        # leaves it without even the empty -wal and -shm files a read-only SQLite open creates.
        _refuse_if_newer(path, int.from_bytes(head[60:64], "big", signed=True))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = migrations.schema_version(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _unreadable(exc, path) from exc
    _refuse_if_newer(path, version)
    return version


def _unreadable(exc: sqlite3.DatabaseError, path: Path) -> DatabaseError:
    """Why a database file that looks like SQLite could not be read: locked, read-only place, damaged."""
    known = environment_error(exc, str(path))
    if isinstance(known, DatabaseBusy):  # another program holds it exclusively
        return known
    if not isinstance(known, NotADatabase):
        if read_only_place(path):  # SQLite cannot make its -shm file on a write-protected stick
            return read_only_error(str(path))
        if known is not None:
            return DatabaseError(Msg("Database", "Cannot read the database {path}: {error}",
                                     path=str(path), error=str(exc)))
    return NotADatabase(Msg("Database", "{path} is damaged or not a database ({error}). "
                            "Restore it from a backup.", path=str(path), error=str(exc)))


def _sane_header(head: bytes) -> bool:
    """A whole header with the fixed payload fractions (64, 32, 32) every SQLite file has."""
    return len(head) == HEADER_SIZE and head[21:24] == b"\x40\x20\x20"


def _refuse_if_newer(path: Path, version: int) -> None:
    if version > migrations.LATEST:
        raise DatabaseTooNew(Msg("Database", "{path} was made by a newer version of Tirkeu "
                                 "(schema {found}, this program knows up to {known}). "
                                 "Install the newer Tirkeu; the file was not changed.",
                                 path=str(path), found=version, known=migrations.LATEST))


@dataclass
class Peek:
    """What a quick read-only look at a database file tells."""

    exists: bool
    set_up: bool
    name: str | None = None
    language: str | None = None


def peek(path: Path) -> Peek:
    """Whether ``path`` holds a set-up installation, its name and language (read-only).

    Raises the same errors as opening would for foreign or too-new files.
    """
    if not path.exists() or path.stat().st_size == 0:
        return Peek(exists=path.exists(), set_up=False)
    version = inspect_file(path)
    if version == 0:
        return Peek(exists=True, set_up=False)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT name, language FROM installation LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return Peek(exists=True, set_up=False)  # let the full open explain what is wrong
    if row is None:
        return Peek(exists=True, set_up=False)
    return Peek(exists=True, set_up=True, name=row[0], language=row[1])
