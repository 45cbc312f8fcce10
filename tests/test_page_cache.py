"""A bulk write (an office import) uses a larger page cache, and gives it back afterwards."""
from __future__ import annotations

from app.db.page_cache import BULK_CACHE_KIB, bulk_page_cache
from app.sync.batch import import_paths


def _cache_size(store) -> int | None:
    conn = store.db.connection()
    if getattr(conn, "tirkeu_engine", "sqlite") != "sqlite":
        return None  # a server manages its own memory: nothing to set
    return int(conn.execute("PRAGMA cache_size").fetchone()[0])


def test_the_page_cache_is_larger_inside_and_given_back_after(store):
    before = _cache_size(store)
    with bulk_page_cache(store.db.connection()):
        inside = _cache_size(store)
    assert _cache_size(store) == before
    if before is not None:
        assert inside == -BULK_CACHE_KIB != before


def test_an_import_gives_the_page_cache_back_even_when_a_file_is_refused(store, tmp_path):
    before = _cache_size(store)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "junk.tirkeu").write_bytes(b"not a bundle")
    batch = import_paths([stick])
    assert [b.status for b in batch.bundles] == ["refused"]
    assert _cache_size(store) == before
