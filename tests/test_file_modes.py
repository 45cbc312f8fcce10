"""Files with children's data or secret keys are readable by the user only (0600; folders 0700).

The database, its -wal and -shm, every backup (daily, "Back up to…", the copy
before a restore or a migration), the kept bundles' folder, the office's age
identity and the exported people lists and reports.  Identity cards and
minisign .pub files are meant to be shared and stay ordinary files.  Tests run
as root, so the modes are checked as bits, not by trying to read as someone
else.  On Windows there is nothing to check (files live in the user's profile).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    """The ordinary umask, whatever the test runner's: files would be 0644 unless made private."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_and_its_wal_and_shm_are_the_users_only(tmp_path, umask_022):
    from app.db.store import close_database, open_database
    from app.installation import init_installation
    from app.models import Person

    folder = tmp_path / "new" / "Tirkeu"
    path = folder / "tirkeu.sqlite3"
    store = open_database(path)
    try:
        init_installation("school", "№7 мектеп", "KZ-61")
        Person(surname="Әлібеков", name="Ерлан").save()
        assert mode(path) == 0o600
        for side in ("-wal", "-shm"):
            assert mode(Path(f"{path}{side}")) == 0o600, side
        assert mode(folder) == 0o700  # a data folder Tirkeu made itself
    finally:
        close_database(store)


def test_an_existing_database_and_its_copies_become_private_when_opened(tmp_path, umask_022):
    from app.db.store import close_database, open_database
    from app.installation import init_installation

    path = tmp_path / "school.sqlite3"
    close_database(open_database(path))
    store = open_database(path)
    init_installation("school", "№7 мектеп", "KZ-61")
    close_database(store)
    # As an older Tirkeu left them: everything readable by everyone.
    backups, bundles = tmp_path / "school-backups", tmp_path / "school-bundles"
    backups.mkdir()
    bundles.mkdir()
    daily = backups / "school-2026-11-30.sqlite3"
    shutil.copy(path, daily)
    before_migration = tmp_path / "school.v4-before-migration-20261101-101010.sqlite3"
    before_restore = tmp_path / "school.before-restore-20261102-101010.sqlite3"
    for copy in (before_migration, before_restore):
        shutil.copy(path, copy)
    other = tmp_path / "notes.txt"  # not ours: left alone
    other.write_text("x")
    for p in (path, daily, before_migration, before_restore, other):
        os.chmod(p, 0o644)
    for p in (backups, bundles, tmp_path):
        os.chmod(p, 0o755)

    store = open_database(path)
    try:
        assert mode(path) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600
        assert mode(backups) == 0o700 and mode(bundles) == 0o700
        assert mode(before_migration) == 0o600 and mode(before_restore) == 0o600
        assert mode(other) == 0o644 and mode(tmp_path) == 0o755  # the user's own folder and files
    finally:
        close_database(store)


def test_a_read_only_database_file_stays_read_only_but_private(tmp_path, umask_022):
    from app.fileperms import tighten

    path = tmp_path / "copy.sqlite3"
    path.write_bytes(b"")
    os.chmod(path, 0o444)
    assert tighten(path) and mode(path) == 0o400


@pytest.mark.sqlite_only  # the file itself
def test_backups_are_the_users_only(store, tmp_path, umask_022):
    from app.backup import auto_backup, backup_to, backups_dir

    usb = tmp_path / "usb"
    usb.mkdir()
    chosen = backup_to(store, usb / "tirkeu-backup.sqlite3")
    assert mode(chosen) == 0o600
    assert mode(usb) == 0o755  # a folder the user chose is theirs to decide
    assert sorted(p.name for p in usb.iterdir()) == ["tirkeu-backup.sqlite3"]
    # A .partial left by a crash (readable by all) is not reused as it was.
    stale = usb / "again.sqlite3.partial"
    stale.write_bytes(b"half")
    os.chmod(stale, 0o644)
    assert mode(backup_to(store, usb / "again.sqlite3")) == 0o600

    daily = auto_backup(store, dt.date(2026, 12, 1))
    assert mode(daily) == 0o600 and mode(backups_dir(store)) == 0o700
    os.chmod(backups_dir(store), 0o755)  # as an older Tirkeu made it
    auto_backup(store, dt.date(2026, 12, 2))
    assert mode(backups_dir(store)) == 0o700


def test_restore_keeps_the_database_and_its_safety_copy_private(tmp_path, umask_022):
    from app.backup import backup_to, restore_backup
    from app.db.store import close_database, open_database
    from app.installation import init_installation

    path = tmp_path / "school.sqlite3"
    store = open_database(path)
    init_installation("school", "№7 мектеп", "KZ-61")
    backup = backup_to(store, tmp_path / "elsewhere" / "backup.sqlite3")
    close_database(store)
    os.chmod(backup, 0o644)  # a backup copied from a stick
    os.chmod(path, 0o644)
    safety = restore_backup(path, backup)
    assert mode(safety) == 0o600 and mode(path) == 0o600


def test_the_copy_before_a_migration_is_private(tmp_path, umask_022):
    from app.db.store import close_database, open_database
    from tests.conftest import ROOT

    path = tmp_path / "old.sqlite3"
    shutil.copy(ROOT / "tests" / "fixtures" / "schema_v4.sqlite3", path)
    os.chmod(path, 0o644)
    close_database(open_database(path))
    copies = list(tmp_path.glob("old.v4-before-migration-*"))
    assert len(copies) == 1 and mode(copies[0]) == 0o600
    assert mode(path) == 0o600


def test_the_age_identity_is_secret_but_cards_are_for_sharing(tmp_path, umask_022):
    from app.cli import main
    from app.db.store import close_database, open_database
    from app.installation import init_installation

    db = tmp_path / "office.sqlite3"
    store = open_database(db)
    init_installation("office", "Облыс", "KZ-61")
    close_database(store)
    identity = tmp_path / "office.age"
    identity.write_text("old\n")
    os.chmod(identity, 0o644)  # an older export, readable by all: overwritten private
    assert main(["--db", str(db), "keys", "export-age-identity", "--out", str(identity)]) == 0
    assert mode(identity) == 0o600 and "AGE-SECRET-KEY-" in identity.read_text()
    fresh = tmp_path / "fresh.age"
    assert main(["--db", str(db), "keys", "export-age-identity", "--out", str(fresh)]) == 0
    assert mode(fresh) == 0o600
    card, pub = tmp_path / "office.card", tmp_path / "office.pub"
    assert main(["--db", str(db), "keys", "export", "--out", str(card), "--minisign", str(pub)]) == 0
    assert mode(card) == 0o644 and mode(pub) == 0o644


def test_the_age_identity_into_a_missing_folder_is_a_message(tmp_path, capsys):
    from app.cli import main
    from app.db.store import close_database, open_database
    from app.installation import init_installation

    db = tmp_path / "office.sqlite3"
    store = open_database(db)
    init_installation("office", "Облыс", "KZ-61")
    close_database(store)
    code = main(["--lang", "en", "--db", str(db), "keys", "export-age-identity",
                 "--out", str(tmp_path / "no" / "such" / "office.age")])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("tirkeu: Cannot write") and "internal error" not in err


def test_the_windows_lock_file_is_private(tmp_path, qapp, umask_022):
    from ui.application import single_instance

    db = tmp_path / "Tirkeu" / "tirkeu.sqlite3"
    lock = single_instance(db)
    try:
        assert mode(db.with_name("tirkeu.sqlite3.lock")) == 0o600
        assert mode(db.parent) == 0o700
    finally:
        lock.unlock()


# Exports hold children's names, IINs and families: 0600 like the database (a new file keeps
# mkstemp's mode; a replaced one keeps its own, app/tables/writer.py _copy_mode).

@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_people_lists_are_exported_private(store, tmp_path, umask_022, suffix):
    from app.exporting import export_table
    from app.models import Person

    Person(surname="Әлібеков", name="Ерлан", iin="120501300015").save()
    out = tmp_path / f"people{suffix}"
    export_table("participants", out)
    assert mode(out) == 0o600


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".pdf"])
def test_reports_are_written_private(store, tmp_path, umask_022, suffix):
    from app.reports import compute_indicators, write_report

    report = compute_indicators("2026", "region:KZ-61", "kk")
    files = write_report(report, tmp_path / f"report{suffix}", "kk")
    assert files and all(mode(f) == 0o600 for f in files)


def test_import_errors_files_are_private(store, tmp_path, umask_022):
    from app.importing import import_file
    from tests.conftest import write_csv

    source = write_csv(tmp_path / "people.csv", "surname,name,birth_date\nӘлібеков,,31.02.2012\n")
    summary = import_file("participants", source)
    assert summary.errors_file and mode(Path(summary.errors_file)) == 0o600
