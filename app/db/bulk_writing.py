"""SQLite settings for the duration of an office import: the bulk page cache, temporary files in memory,
and fewer, larger checkpoints.

Each bundle is written inside a savepoint, and SQLite keeps the original of
every page the bundle changes in a statement journal, a temporary file once it
passes 64 KB; in memory it costs no file writes (~10-15 % of the import's
writing time here).  Its size is bounded by what one bundle changes, and it is
emptied when the bundle's savepoint ends.  The temporary storage can only
change outside a transaction (SQLite refuses otherwise), so inside one it is
left as it is.

SQLite copies the WAL back into the database file (a checkpoint) after any
commit that leaves more than 1,000 pages (4 MB) in it; an import commits every
50 bundles and rewrote the same index pages at each of them.  Inside the block
the WAL may grow to ``CHECKPOINT_PAGES`` (64 MB) first, and what is left is
copied back when the block ends, so the WAL is no larger afterwards than
usual (~0.3-0.5 s of an import of 500,000 records here).  Every setting is
given back afterwards; nothing is changed on a PostgreSQL server.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.db.page_cache import BULK_CACHE_KIB, bulk_page_cache

TEMP_IN_MEMORY = 2  # PRAGMA temp_store = MEMORY
CHECKPOINT_PAGES = 16384  # PRAGMA wal_autocheckpoint inside the block (SQLite's default: 1000)


@contextmanager
def bulk_writing(conn: Any, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """Inside the block, ``conn`` (an SQLite connection) has a ``kib`` KiB page cache
    (:func:`app.db.page_cache.bulk_page_cache`), temporary files in memory and a checkpoint
    every ``CHECKPOINT_PAGES`` pages of WAL."""
    if getattr(conn, "tirkeu_engine", "sqlite") != "sqlite":
        yield
        return
    temp = None if conn.in_transaction else int(conn.execute("PRAGMA temp_store").fetchone()[0])
    if temp is not None and temp != TEMP_IN_MEMORY:
        conn.execute(f"PRAGMA temp_store = {TEMP_IN_MEMORY}")
    checkpoint = int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    conn.execute(f"PRAGMA wal_autocheckpoint = {max(checkpoint, CHECKPOINT_PAGES)}")
    try:
        with bulk_page_cache(conn, kib):
            yield
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint = {checkpoint}")
        if not conn.in_transaction:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()  # what the larger WAL still holds
        if temp is not None and temp != TEMP_IN_MEMORY and not conn.in_transaction:
            conn.execute(f"PRAGMA temp_store = {temp}")
