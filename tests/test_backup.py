"""Automatic daily backups, pruning, preview and restore."""
from __future__ import annotations

import datetime as dt

import pytest

from app.backup import auto_backup, backup_preview, prune_backups, restore_backup
from app.db.store import close_database, open_database
from app.errors import KnownError
from app.models import Person


@pytest.mark.sqlite_only  # the file itself
def test_first_start_of_the_day_backs_up_once(store):
    Person(surname="Әлібеков", name="Ерлан").save()
    first = auto_backup(store, dt.date(2026, 11, 22))
    assert first is not None and first.exists()
    assert auto_backup(store, dt.date(2026, 11, 22)) is None
    assert backup_preview(first)["person"] == 1


def test_keeps_fourteen_days_and_one_per_month(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    day = dt.date(2026, 11, 22)
    for i in range(60):
        (folder / f"db-{(day - dt.timedelta(days=i)).isoformat()}.sqlite3").write_bytes(b"x")
    prune_backups(folder, "db")
    left = sorted(p.stem[-10:] for p in folder.iterdir())
    # the last two weeks, then the newest older copy of November, October and September
    assert len(left) == 14 + 3
    assert {"2026-11-08", "2026-10-31", "2026-09-30"} <= set(left) and "2026-10-30" not in left


def test_restore_from_a_backup_after_damage(tmp_path):
    from app.installation import init_installation

    path = tmp_path / "school.sqlite3"
    store = open_database(path)
    init_installation("school", "Мектеп", "KZ-61")
    Person(surname="Сақталған", name="Адам").save()
    backup = auto_backup(store)
    close_database(store)
    with open(path, "r+b") as fh:  # damage the file on purpose
        fh.seek(4096)
        fh.write(b"\x00" * 8192)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"school.sqlite3{suffix}").unlink(missing_ok=True)
    safety = restore_backup(path, backup)
    assert safety.exists()
    store = open_database(path)
    assert Person.select().where(Person.surname == "Сақталған").count() == 1
    close_database(store)


def test_preview_refuses_what_is_not_a_backup(tmp_path):
    bad = tmp_path / "x.sqlite3"
    bad.write_text("hello")
    with pytest.raises(KnownError):
        backup_preview(bad)
