"""Telling a broken constraint (a duplicate key, a missing parent) apart on either engine."""
from __future__ import annotations

import sqlite3


def is_integrity_error(exc: BaseException) -> bool:
    """Whether ``exc`` is a database's refusal of rows that contradict its constraints.

    SQLite's ``sqlite3.IntegrityError``, psycopg's ``IntegrityError`` (raw SQL
    on a server) and peewee's wrapping of either; psycopg is looked for by
    name so that a school laptop never loads it.
    """
    seen: BaseException | None = exc
    for _ in range(4):
        if seen is None:
            return False
        if isinstance(seen, sqlite3.IntegrityError) or type(seen).__name__ == "IntegrityError" \
                or any(k.__name__ == "IntegrityError" for k in type(seen).__mro__):
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__
    return False
