"""SQLite settings for the duration of an office import: the bulk page cache, and temporary files in memory.

Each bundle is written inside a savepoint, and SQLite keeps the original of
every page the bundle changes in a statement journal, a temporary file once it
passes 64 KB; in memory it costs no file writes (~10-15 % of the import's
writing time here).  Its size is bounded by what one bundle changes, and it is
emptied when the bundle's savepoint ends.  The temporary storage can only
change outside a transaction (SQLite refuses otherwise), so inside one it is
left as it is.  Both settings are given back afterwards; nothing is changed on
a PostgreSQL server.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.db.page_cache import BULK_CACHE_KIB, bulk_page_cache

TEMP_IN_MEMORY = 2  # PRAGMA temp_store = MEMORY


@contextmanager
def bulk_writing(conn: Any, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """Inside the block, ``conn`` (an SQLite connection) has a ``kib`` KiB page cache
    (:func:`app.db.page_cache.bulk_page_cache`) and temporary files in memory."""
    if getattr(conn, "tirkeu_engine", "sqlite") != "sqlite":
        yield
        return
    temp = None if conn.in_transaction else int(conn.execute("PRAGMA temp_store").fetchone()[0])
    if temp is not None and temp != TEMP_IN_MEMORY:
        conn.execute(f"PRAGMA temp_store = {TEMP_IN_MEMORY}")
    try:
        with bulk_page_cache(conn, kib):
            yield
    finally:
        if temp is not None and temp != TEMP_IN_MEMORY and not conn.in_transaction:
            conn.execute(f"PRAGMA temp_store = {temp}")
