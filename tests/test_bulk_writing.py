"""A bulk write (an office import) uses a larger page cache and temporary files in memory, and gives
both back afterwards."""
from __future__ import annotations

from pathlib import Path

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


def _checkpoint_pages(store) -> int | None:
    conn = store.db.connection()
    if getattr(conn, "tirkeu_engine", "sqlite") != "sqlite":
        return None
    return int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])


def test_the_wal_is_copied_back_less_often_inside_and_into_the_file_after(store):
    from app.db.bulk_writing import CHECKPOINT_PAGES
    from app.models import Person

    before = _checkpoint_pages(store)
    size = Path(store.path).stat().st_size if before is not None else 0
    with bulk_writing(store.db.connection()):
        inside = _checkpoint_pages(store)
        with store.db.atomic():
            for n in range(300):
                Person.create(surname=f"Әбенова{n}", name="Ақбота")
        if before is not None:
            assert Path(store.path).stat().st_size == size  # still only in the WAL
    assert _checkpoint_pages(store) == before
    assert Person.select().where(Person.name == "Ақбота").count() == 300
    if before is not None:
        assert inside == CHECKPOINT_PAGES > before
        assert Path(store.path).stat().st_size > size  # copied into the database file at the end
