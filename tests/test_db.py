"""Opening databases: pragmas, the migration ladder, refusing too-new or foreign files."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.db import migrations
from app.db.store import close_database, open_database
from app.errors import DatabaseTooNew, NotADatabase
from app.models import ALL_MODELS


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only  # the file itself
def test_new_database_is_wal_full_sync_with_foreign_keys(empty_store):
    db = empty_store.db
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert migrations.schema_version(db.connection()) == migrations.LATEST


def test_models_match_the_migrated_schema(empty_store):
    """Every model column exists in the schema the ladder builds (no drift)."""
    from app.db.copying import describe

    tables = describe(empty_store.db.connection())  # on either engine
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = set(tables.get(table, ([], []))[0])
        assert columns, f"table {table} missing"
        for field in model._meta.sorted_fields:
            assert field.column_name in columns, f"{table}.{field.column_name} not in schema"


def test_database_from_a_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (a)")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as err:
        open_database(path)
    assert "newer version" in str(err.value)
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()


@pytest.mark.parametrize("content", [b"this is a text file, not a database\n" * 10,
                                     b"\x89PNG\r\n\x1a\n" + b"\0" * 200])
def test_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path, content):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    with pytest.raises(NotADatabase) as err:
        open_database(path)
    assert "not a Tirkeu database" in str(err.value)
    assert path.read_bytes() == content


def test_damaged_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(NotADatabase):
        open_database(path)


def test_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    store = open_database(path)
    assert migrations.schema_version(store.db.connection()) == migrations.LATEST
    close_database(store)


def test_migration_takes_a_copy_first_and_a_failing_step_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    store = open_database(path)
    store.db.execute_sql("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")
    close_database(store)

    def broken_step(conn):
        conn.execute("CREATE TABLE half_done (a)")
        raise RuntimeError("power cut in the middle of a step")

    monkeypatch.setattr(migrations, "LADDER", migrations.LADDER + [(migrations.LATEST + 1, broken_step)])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    with pytest.raises(RuntimeError):
        open_database(path)
    conn = sqlite3.connect(path)
    assert migrations.schema_version(conn) == migrations.LATEST - 1
    assert conn.execute("SELECT value FROM meta WHERE key = 'kept'").fetchone() == ("yes",)
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone()
    conn.close()
    copies = list(tmp_path.glob(f"old.v{migrations.LATEST - 1}-before-migration-*.sqlite3"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    assert copy.execute("SELECT value FROM meta WHERE key = 'kept'").fetchone() == ("yes",)
    copy.close()


def test_successful_migration_step_is_applied_once(tmp_path, monkeypatch):
    path = tmp_path / "up.sqlite3"
    close_database(open_database(path))

    def add_column(conn):
        conn.execute("ALTER TABLE meta ADD COLUMN note TEXT")

    monkeypatch.setattr(migrations, "LADDER", migrations.LADDER + [(migrations.LATEST + 1, add_column)])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    store = open_database(path)
    assert migrations.schema_version(store.db.connection()) == migrations.LATEST
    close_database(store)
    close_database(open_database(path))  # second open: nothing left to apply


def test_two_databases_are_two_installations(tmp_path):
    from app.installation import init_installation

    ids = []
    for name in ("a", "b"):
        store = open_database(tmp_path / f"{name}.sqlite3")
        ids.append(init_installation("school", f"School {name}", "KZ-71").id)
        close_database(store)
    assert ids[0] != ids[1]


def test_a_version_1_database_migrates_and_keeps_its_data(tmp_path):
    """A file made by the version-1 schema (as the first release wrote it) opens in this one."""
    from app.db import schema_v1
    from app.models import Person

    path = tmp_path / "v1.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema_v1.apply(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.execute("INSERT INTO installation VALUES ('i1', 'school', 'Мектеп', NULL, 'KZ-61', NULL, NULL,"
                 " 'kk', '2026-01-01', x'00', x'00')")
    conn.execute("INSERT INTO person (uid, origin, stamp, surname, name) VALUES ('p1', 'i1', 5, 'Әлібеков', 'Ерлан')")
    conn.execute("INSERT INTO aid_recipient (uid, origin, stamp, person_uid) VALUES ('r1', 'i1', 6, 'p1')")
    conn.execute("INSERT INTO aid_given (uid, origin, stamp, recipient_uid, item, given_date)"
                 " VALUES ('g1', 'i1', 7, 'r1', 'bag', '2026-08-20')")
    conn.close()
    store = open_database(path)
    assert migrations.schema_version(store.db.connection()) == migrations.LATEST
    person = Person.get_by_id("p1")
    assert person.surname == "Әлібеков" and person.sort  # sort string filled by the migration
    assert store.db.execute_sql("SELECT status FROM aid_given").fetchone() == ("delivered",)
    assert store.clock.last >= 7
    close_database(store)
    assert list(tmp_path.glob("v1.v1-before-migration-*.sqlite3"))
