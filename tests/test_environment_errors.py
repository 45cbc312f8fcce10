"""A full disk, a read-only folder, a locked or a damaged database: a clear message, nothing half-written.

Tests run as root, for whom no folder is read-only, and a real full disk
cannot be made here, so both are simulated: ``simulate`` makes one folder
behave like a full disk (files written there fail with ENOSPC after a few
bytes, having written those bytes; SQLite files there can grow by only a few
pages and fail with SQLITE_FULL) or like a read-only one (nothing can be
created or replaced there).  The command-line checks run the real program in
a subprocess with the same simulation installed before it starts.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from app.errors import DatabaseBusy, DatabaseError, KnownError, NotADatabase
from tests.environment_sim import cli, digest, listing, one_line_failure, people, simulate, stick  # noqa: F401 (fixtures are used by name)

# --- a full disk --------------------------------------------------------------------


pytestmark = pytest.mark.sqlite_only  # a locked, full or read-only database file


def test_backup_to_a_full_disk_leaves_the_old_backup_and_no_partial_file(people, stick, monkeypatch):
    from app.backup import backup_preview, backup_to

    target = stick / "tirkeu-backup.sqlite3"
    backup_to(people, target)  # last week's backup on the stick
    before = listing(stick)
    simulate("full", stick, monkeypatch.setattr)
    with pytest.raises(KnownError) as err:
        backup_to(people, target)
    text = str(err.value)
    assert "full" in text and "free space" in text, text
    monkeypatch.undo()
    assert listing(stick) == before  # no .partial, the old backup untouched
    assert backup_preview(target)["person"] == 40


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_to_a_full_disk_leaves_the_old_file_and_no_partial_file(people, stick, monkeypatch, suffix):
    from app.exporting import export_table

    target = stick / f"people{suffix}"
    export_table("participants", target)
    before = listing(stick)
    simulate("full", stick, monkeypatch.setattr)
    with pytest.raises(KnownError) as err:
        export_table("participants", target)
    assert "disk is full" in str(err.value) and "free some space" in str(err.value)
    monkeypatch.undo()
    assert listing(stick) == before
    forget_abandoned_writers(err.value, monkeypatch)


def forget_abandoned_writers(exc: BaseException, monkeypatch) -> None:
    """openpyxl leaves the zip writer of a workbook it failed to save to the garbage collector.

    Its frames are held by the exception's traceback; when they go, the writer
    complains that its file (closed and deleted by us) is closed, and that
    noise would fail whichever test runs next.  Let it go here, quietly.
    """
    import gc
    import traceback

    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: None)
    seen: BaseException | None = exc
    while seen is not None:
        if seen.__traceback__ is not None:
            traceback.clear_frames(seen.__traceback__)
        seen = seen.__cause__ or seen.__context__
    gc.collect()
    monkeypatch.undo()


def test_bundle_to_a_full_disk_leaves_the_old_bundle_and_no_partial_file(stick, monkeypatch):
    from app.sync.container import PAYLOAD_PLAIN, BundleError, read_bundle, write_bundle

    target = stick / "tirkeu-school-0002.tirkeu"
    payload = os.urandom(4000)  # does not compress: it cannot fit
    write_bundle(target, b'{"sequence": 2}', "signature", payload, PAYLOAD_PLAIN)
    before = listing(stick)
    simulate("full", stick, monkeypatch.setattr)
    with pytest.raises(BundleError) as err:
        write_bundle(target, b'{"sequence": 2, "again": true}', "signature", payload + b"more", PAYLOAD_PLAIN)
    assert "free space" in str(err.value)
    monkeypatch.undo()
    assert listing(stick) == before
    assert read_bundle(target).payload == payload


def test_database_on_a_full_disk_saves_nothing_of_the_transaction(people):
    from app.backup import check_database
    from app.models import Person

    db = people.db
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up during the next save
    with pytest.raises(DatabaseError) as err:
        with db.atomic():
            for i in range(500):
                Person(surname=f"Толық{i}", name="Диск", notes="ұзын жазба " * 40).save()
    assert "full" in str(err.value) and "Free some space" in str(err.value)
    assert Person.select().where(Person.name == "Диск").count() == 0  # none of it, not half
    db.execute_sql("PRAGMA max_page_count = 1073741823")  # space freed: work goes on
    Person(surname="Толық", name="Диск").save()
    assert check_database(people).ok


# --- a read-only folder -------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_to_a_read_only_folder(people, stick, monkeypatch, suffix):
    from app.exporting import export_table

    before = listing(stick)
    simulate("readonly", stick, monkeypatch.setattr)
    with pytest.raises(KnownError) as err:
        export_table("participants", stick / f"people{suffix}")
    assert "read-only" in str(err.value) and "Choose another folder" in str(err.value)
    monkeypatch.undo()
    assert listing(stick) == before


def test_backup_to_a_read_only_folder(people, stick, monkeypatch):
    from app.backup import backup_to

    before = listing(stick)
    simulate("readonly", stick, monkeypatch.setattr)
    with pytest.raises(KnownError) as err:
        backup_to(people, stick / "tirkeu-backup.sqlite3")
    assert "writable" in str(err.value)
    monkeypatch.undo()
    assert listing(stick) == before


# --- a database locked by another program ------------------------------------------------


@pytest.fixture
def locked(store):
    """Another program holds the write lock (BEGIN IMMEDIATE) on the school's database."""
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield store
    other.execute("ROLLBACK")
    other.close()


def test_a_save_into_a_locked_database_ends_in_a_message_within_the_busy_timeout(locked):
    from app.models import Person

    timeout_ms = locked.db.execute_sql("PRAGMA busy_timeout").fetchone()[0]
    assert timeout_ms > 0
    started = time.monotonic()
    with pytest.raises(DatabaseBusy) as err:
        Person(surname="Бос емес", name="Файл").save()
    assert time.monotonic() - started < timeout_ms / 1000 + 3
    assert "busy" in str(err.value) and "another program" in str(err.value)
    # A transaction that had read first is refused at once, and rolled back whole.
    with pytest.raises(DatabaseBusy):
        with locked.db.atomic():
            Person.select().count()
            Person(surname="Бос емес", name="Бірінші").save()
    assert not locked.db.connection().in_transaction


def test_after_the_other_program_lets_go_the_save_works(store):
    from app.models import Person

    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store.db.execute_sql("PRAGMA busy_timeout = 200")  # keep the test short
    with pytest.raises(DatabaseBusy):
        with store.db.atomic():
            Person(surname="Кезек", name="Бірінші").save()
            Person(surname="Кезек", name="Екінші").save()
    other.execute("ROLLBACK")
    other.close()
    assert Person.select().where(Person.surname == "Кезек").count() == 0
    Person(surname="Кезек", name="Үшінші").save()
    assert Person.select().where(Person.surname == "Кезек").count() == 1


def test_command_line_on_a_locked_database_prints_one_line(locked):
    result = cli("--db", str(locked.path), "demo", "--people", "5", timeout=60)
    one_line_failure(result, "busy")


# --- a damaged database -------------------------------------------------------------------


def damage(path: Path, pages: range, page_size: int = 4096) -> None:
    """Write garbage over ``pages`` (0 = the first page, after its 100-byte header)."""
    import random

    rng = random.Random(7)
    with open(path, "r+b") as fh:
        for page in pages:
            start = page * page_size + (100 if page == 0 else 0)
            fh.seek(start)
            fh.write(bytes(rng.getrandbits(8) for _ in range(page_size * (page + 1) - start)))


@pytest.fixture
def damaged(tmp_path) -> Path:
    """A school's database, closed, with garbage written over its first pages (the schema)."""
    from app.db.store import close_database, open_database
    from app.installation import init_installation
    from app.models import Person

    path = tmp_path / "school.sqlite3"
    store = open_database(path)
    init_installation("school", "№7 мектеп", "KZ-61")
    for i in range(200):
        Person(surname=f"Бүлінген{i}", name="Файл").save()
    close_database(store)
    assert not Path(f"{path}-wal").exists()
    damage(path, range(0, 2))
    return path


def test_damaged_database_is_refused_with_restore_from_a_backup(damaged):
    from app.db.store import open_database

    with pytest.raises(NotADatabase) as err:
        open_database(damaged)
    assert "damaged" in str(err.value) and "Restore it from a backup" in str(err.value)


def test_damage_deeper_in_the_file_is_found_by_the_check(tmp_path):
    from app.backup import check_database
    from app.db.store import close_database, open_database
    from app.installation import init_installation
    from app.models import Person

    path = tmp_path / "school.sqlite3"
    store = open_database(path)
    init_installation("school", "№7 мектеп", "KZ-61")
    for i in range(400):
        Person(surname=f"Бүлінген{i}", name="Файл", notes="жазба " * 20).save()
    pages = store.db.execute_sql("PRAGMA page_count").fetchone()[0]
    close_database(store)
    damage(path, range(pages - 12, pages - 4))  # the people's pages, not the schema
    try:
        store = open_database(path)
    except NotADatabase as exc:  # found at once: as good
        assert "Restore it from a backup" in str(exc)
        return
    try:
        result = check_database(store)
        assert not result.ok and result.problems
    finally:
        close_database(store)
    check = cli("--db", str(path), "check")
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert "restore it from a backup" in check.stderr.strip().splitlines()[-1]


def test_command_line_on_a_damaged_database_prints_one_line(damaged):
    before = digest(damaged)
    for verb in (["info"], ["check"], ["backup", "--out", str(damaged.with_name("copy.sqlite3"))]):
        one_line_failure(cli("--db", str(damaged), *verb), "damaged", "Restore it from a backup")
    assert digest(damaged) == before
    assert not damaged.with_name("copy.sqlite3").exists()


# --- the same, on the command line ------------------------------------------------------------


def test_command_line_backup_and_export_to_a_full_disk_print_one_line(people, stick):
    target = stick / "people.csv"
    target.write_bytes(b"old export\r\n")
    result = cli("--db", str(people.path), "backup", "--out", str(stick / "b.sqlite3"),
                 simulate_kind="full", folder=stick)
    one_line_failure(result, "free space")
    result = cli("--db", str(people.path), "export", "participants", "--out", str(target),
                 simulate_kind="full", folder=stick)
    one_line_failure(result, "disk is full")
    assert listing(stick) == {"people.csv": hashlib.sha256(b"old export\r\n").hexdigest()}


def test_command_line_backup_and_export_to_a_read_only_folder_print_one_line(people, stick):
    result = cli("--db", str(people.path), "backup", "--out", str(stick / "b.sqlite3"),
                 simulate_kind="readonly", folder=stick)
    one_line_failure(result, "writable")
    result = cli("--db", str(people.path), "export", "participants", "--out", str(stick / "p.xlsx"),
                 simulate_kind="readonly", folder=stick)
    one_line_failure(result, "read-only")
    assert listing(stick) == {}
