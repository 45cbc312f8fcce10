"""A larger SQLite page cache for the duration of a bulk write (an office import, synthetic data).

SQLite's default cache is 2 MB.  A write of hundreds of thousands of rows into
tables with several indexes then spills dirty pages to the WAL in the middle of
the transaction and reads them back for the next row; with 64 MB the index
pages stay in memory until the commit.  The cache is this connection's, bounded,
and given back afterwards.  A PostgreSQL server manages its own buffers: nothing
is changed there.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

BULK_CACHE_KIB = 64 * 1024


@contextmanager
def bulk_page_cache(conn: Any, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """Use a page cache of ``kib`` KiB on ``conn`` (an SQLite connection) inside the block."""
    if getattr(conn, "tirkeu_engine", "sqlite") != "sqlite":
        yield
        return
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")
