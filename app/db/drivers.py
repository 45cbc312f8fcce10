"""peewee without the PostgreSQL driver, for a process that only ever opens a file.

peewee imports every database driver it can find when it is imported; psycopg
alone takes ~0.1 s, a large part of what the window waits for before the
overview can be filled from a school's file.  The window on a file imports
peewee through :func:`import_peewee_for_files`, which hides the server
drivers for that one import.  Should the same process later open a server
anyway, :mod:`app.db.postgres` hands psycopg to peewee with
:func:`give_peewee_psycopg` first, so nothing depends on who imported peewee.
"""
from __future__ import annotations

import sys
from typing import Any

# The drivers peewee tries to import (module names), none of which a file needs.
SERVER_DRIVERS = ("psycopg", "psycopg2", "psycopg2cffi", "pymysql", "MySQLdb")


def import_peewee_for_files() -> None:
    """Import peewee with the server drivers hidden (a no-op if peewee is already loaded)."""
    if "peewee" in sys.modules:
        return
    hidden = [name for name in SERVER_DRIVERS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # None makes `import name` raise ImportError
    try:
        import peewee  # noqa: F401 - loaded here on purpose
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


def give_peewee_psycopg() -> None:
    """Let peewee use psycopg, if peewee was imported while it was hidden."""
    import peewee as module

    peewee: Any = module  # its driver globals are not in its type stubs
    if peewee.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter  # its class body read these only when psycopg was there
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
