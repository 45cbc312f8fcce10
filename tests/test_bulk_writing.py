"""A bulk write (an office import) uses a larger page cache and temporary files in memory, and gives
both back afterwards."""
from __future__ import annotations

from app.db.bulk_writing import BULK_CACHE_KIB, TEMP_IN_MEMORY, bulk_writing
from app.sync.batch import import_paths


def _settings(store) -> tuple[int, int] | None:
    conn = store.db.connection()
    if getattr(conn, "tirkeu_engine", "sqlite") != "sqlite":
        return None  # a server manages its own memory: nothing to set
    return (int(conn.execute("PRAGMA cache_size").fetchone()[0]),
            int(conn.execute("PRAGMA temp_store").fetchone()[0]))


def test_the_settings_hold_inside_and_are_given_back_after(store):
    before = _settings(store)
    with bulk_writing(store.db.connection()):
        inside = _settings(store)
    assert _settings(store) == before
    if before is not None:
        assert inside == (-BULK_CACHE_KIB, TEMP_IN_MEMORY) != before


def test_inside_a_transaction_only_the_cache_changes(store):
    before = _settings(store)
    with store.db.atomic():
        with bulk_writing(store.db.connection()):
            inside = _settings(store)
    assert _settings(store) == before
    if before is not None:
        assert inside == (-BULK_CACHE_KIB, before[1])


def test_an_import_gives_the_settings_back_even_when_a_file_is_refused(store, tmp_path):
    before = _settings(store)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "junk.tirkeu").write_bytes(b"not a bundle")
    batch = import_paths([stick])
    assert [b.status for b in batch.bundles] == ["refused"]
    assert _settings(store) == before
