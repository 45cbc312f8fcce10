"""Typed errors of the core.

``KnownError`` is the environment's or the user's fault (bad file, wrong
input, database too new): shown as one clear message with what to do.
Anything else escaping the core is a bug and goes to the crash handler.
"""
from __future__ import annotations

from app.i18n import Msg


class KnownError(Exception):
    """An error to show the user as a message, never as a traceback."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.render())
        self.msg = msg


class UsageError(KnownError):
    """The user asked for something that cannot be done as asked (exit code 2)."""


class NotSetUp(UsageError):
    """The database has no installation yet: set-up comes first."""

    def __init__(self) -> None:
        super().__init__(Msg("Database", "This database is not set up yet: run set-up (tirkeu init) first."))


class ValidationError(KnownError):
    """A value the user or a file gave is not acceptable; ``field`` names it."""

    def __init__(self, field: str, msg: Msg) -> None:
        super().__init__(msg)
        self.field = field


class DatabaseError(KnownError):
    """The database cannot be used: too new, not SQLite, locked, damaged."""


class DatabaseBusy(DatabaseError):
    """Another program holds the database's write lock longer than the busy timeout."""


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer Tirkeu; it is left untouched."""


class LoginRefused(DatabaseError):
    """The database server did not accept the user name or password (or wants a password)."""


class NotADatabase(DatabaseError):
    """The file is not a Tirkeu (SQLite) database at all."""


class FileFormatError(KnownError):
    """An input file is not a readable table (or bundle) at all."""
