"""Import, export and reports on a locked, read-only or damaged database: the message, never "internal error".

The real program runs in subprocesses (as in tests/test_environment_errors.py):
``bundle import``, ``bundle export``, ``report indicators`` and a CSV import
each end with exit code 1 and one line on stderr that says what to do.

- Locked: a second process really holds the lock, with Python's sqlite3.
  ``BEGIN IMMEDIATE`` is another program writing (readers still read: WAL);
  ``locking_mode = EXCLUSIVE`` is one that keeps even readers out.
- Read-only: the databases are copied onto a read-only bind mount (root may
  mount; a read-only mount stops root too, where chmod does not).  Run as an
  ordinary user, the folder and files are made read-only with chmod instead.
- Damaged: garbage over the pages of people, events and attendance (not the
  schema), so the file opens and the damage is met in the middle of the work.

The verbs of one case run side by side, so their busy timeouts pass together.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import ROOT, write_csv
from tests.environment_sim import one_line_failure
from tests.sync_helpers import card, export, make, opened, trust_cards

REPORT = ["report", "indicators", "--period", "2026", "--scope", "region:KZ-61", "--json"]


@pytest.fixture
def world(tmp_path) -> SimpleNamespace:
    """A school with demo data that trusts its office, the office, a bundle on a stick, a people list."""
    from app.demo import make_demo

    school = make(tmp_path, "school")
    office = make(tmp_path, "office", "office")
    trust_cards(school, card(office, tmp_path))
    trust_cards(office, card(school, tmp_path))
    with opened(school):
        make_demo(seed=3, people=120)
    usb = tmp_path / "usb"
    export(school, usb)
    people = write_csv(tmp_path / "people.csv", "surname,name,birth_date,sex\nСейітов,Нұрлан,12.05.2012,M\n")
    out = tmp_path / "out"
    out.mkdir()
    return SimpleNamespace(school=school, office=office, usb=usb, people=people, out=out, folder=tmp_path)


def verbs(w: SimpleNamespace, school: Path, office: Path) -> dict[str, list[str]]:
    """Each verb's command line on the given copies of the school's and the office's databases."""
    return {
        "bundle import": ["--db", str(office), "bundle", "import", str(w.usb)],
        "bundle export": ["--db", str(school), "bundle", "export", "--out", str(w.out)],
        "report indicators": ["--db", str(office), *REPORT],
        "import participants": ["--db", str(school), "import", "participants", str(w.people)],
    }


def run_side_by_side(commands: dict[str, list[str]], timeout: float = 90) -> dict[str, subprocess.CompletedProcess]:
    """``python -m app --lang en ARGS`` for every command at once; their results by name."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    procs = {name: subprocess.Popen([sys.executable, "-m", "app", "--lang", "en", *args], cwd=ROOT, env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name, args in commands.items()}
    results = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=timeout)
        results[name] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    return results


def counts(path: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(path)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("person", "event", "attendance", "bundle_log", "export_log"))
    finally:
        conn.close()


# --- a database locked by another program ------------------------------------------------------

HOLD = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
if sys.argv[2] == "exclusive":
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # readers are kept out too
    conn.execute("BEGIN EXCLUSIVE")
else:
    conn.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
conn.execute("SELECT count(*) FROM person").fetchone()
print("holding", flush=True)
sys.stdin.read()  # until the test lets go
conn.execute("ROLLBACK")
"""


class Holder:
    """A second process holding the lock of each database given, until ``release``."""

    def __init__(self, kind: str, *paths: Path) -> None:
        self.procs = []
        for path in paths:
            proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), kind], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            self.procs.append(proc)
            line = proc.stdout.readline()
            assert line.strip() == "holding", proc.stderr.read()

    def release(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.stdin.close()
                proc.wait(timeout=30)


@pytest.fixture
def hold():
    holders: list[Holder] = []

    def start(kind: str, *paths: Path) -> Holder:
        holders.append(Holder(kind, *paths))
        return holders[-1]

    yield start
    for holder in holders:
        holder.release()


def test_another_program_writing_stops_writes_with_the_busy_message(world, hold):
    before = counts(world.school), counts(world.office)
    holder = hold("immediate", world.school, world.office)
    results = run_side_by_side(verbs(world, world.school, world.office))
    for name in ("bundle import", "bundle export", "import participants"):
        one_line_failure(results[name], "is busy", "Close the other program and try again")
    # Reading is not blocked by a writer (WAL): the report is made as usual.
    report = results["report indicators"]
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)["period"]
    holder.release()
    assert (counts(world.school), counts(world.office)) == before  # nothing half-written
    assert not list(world.out.iterdir())


def test_a_database_held_exclusively_gives_the_busy_message_for_every_verb(world, hold):
    before = counts(world.school), counts(world.office)
    holder = hold("exclusive", world.school, world.office)
    results = run_side_by_side(verbs(world, world.school, world.office))
    for name, result in results.items():
        line = one_line_failure(result, "is busy", "Close the other program and try again")
        assert "damaged" not in line, name
    holder.release()
    assert (counts(world.school), counts(world.office)) == before


# --- a database on a read-only medium ----------------------------------------------------------


@pytest.fixture
def read_only_medium(tmp_path):
    """A folder whose files cannot be written: a read-only bind mount (root), else chmod."""
    source, medium = tmp_path / "medium-source", tmp_path / "medium"
    source.mkdir()
    medium.mkdir()
    state = {"mounted": False}

    def seal(*files: Path) -> list[Path]:
        for f in files:
            shutil.copy(f, source / f.name)
        if os.geteuid() == 0:
            bind = subprocess.run(["mount", "--bind", str(source), str(medium)], capture_output=True)
            if bind.returncode != 0:
                pytest.skip(f"cannot bind-mount here: {bind.stderr.decode().strip()}")
            state["mounted"] = True
            ro = subprocess.run(["mount", "-o", "remount,bind,ro", str(medium)], capture_output=True)
            if ro.returncode != 0:
                pytest.skip(f"cannot remount read-only here: {ro.stderr.decode().strip()}")
            probe = medium / ".probe"
            with pytest.raises(OSError):
                probe.write_text("x")  # really read-only, even for root
            return [medium / f.name for f in files]
        for f in files:
            os.chmod(source / f.name, 0o444)
        os.chmod(source, 0o555)
        state["chmod"] = source
        return [source / f.name for f in files]

    yield seal
    if state["mounted"]:
        if subprocess.run(["umount", str(medium)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(medium)], capture_output=True)
    if "chmod" in state:
        os.chmod(state["chmod"], 0o755)


def test_a_database_on_a_read_only_medium_is_called_read_only_not_damaged(world, read_only_medium):
    school, office = read_only_medium(world.school, world.office)
    results = run_side_by_side(verbs(world, school, office))
    for name, result in results.items():
        line = one_line_failure(result, "read-only", "folder you can write to")
        assert "damaged" not in line, name
    assert not list(world.out.iterdir())


def test_opening_a_database_on_a_read_only_medium_in_the_core(world, read_only_medium):
    from app.db.store import open_database
    from app.errors import DatabaseError, NotADatabase

    (school,) = read_only_medium(world.school)
    with pytest.raises(DatabaseError) as err:
        open_database(school)
    assert not isinstance(err.value, NotADatabase)
    assert "read-only" in str(err.value) and "damaged" not in str(err.value)


# --- a damaged database ------------------------------------------------------------------------


def damage_tables(path: Path, tables: tuple[str, ...], seed: int = 7) -> int:
    """Garbage over the leaf pages of ``tables`` (the schema and the other tables stay whole)."""
    conn = sqlite3.connect(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        marks = ", ".join("?" * len(tables))
        try:
            pages = [r[0] for r in conn.execute(
                f"SELECT pageno FROM dbstat WHERE name IN ({marks}) AND pagetype = 'leaf'", tables)]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table")
    finally:
        conn.close()
    rng = random.Random(seed)
    with open(path, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * size)
            fh.write(bytes(rng.getrandbits(8) for _ in range(size)))
    return len(pages)


def test_a_damaged_database_says_restore_from_a_backup_for_every_verb(world):
    from tests.sync_helpers import import_

    import_(world.office, world.usb)  # the office holds the school's people too
    with opened(world.school):
        from app.models import Person

        Person(surname="Жаңа", name="Оқушы").save()
    export(world.school, world.folder / "usb2")
    w = SimpleNamespace(**{**vars(world), "usb": world.folder / "usb2"})
    for db in (world.school, world.office):
        assert damage_tables(db, ("person", "event", "attendance")) > 0
    # Each verb on its own copy: two writers side by side on one file could make one of them busy.
    school2, office2 = (shutil.copy(db, db.with_name(f"{db.stem}-2.sqlite3")) for db in (world.school, world.office))
    commands = verbs(w, world.school, world.office)
    others = verbs(w, Path(school2), Path(office2))
    commands["import participants"], commands["report indicators"] = others["import participants"], \
        others["report indicators"]
    commands["bundle export"].append("--full")  # reads every record, the damaged ones too
    results = run_side_by_side(commands)
    for name, result in results.items():
        line = one_line_failure(result, "damaged", "Restore it from a backup")
        assert "read-only" not in line, name


# --- in the core: one place, the connection -----------------------------------------------------


@pytest.mark.sqlite_only  # the file itself
def test_raw_statements_on_the_connection_give_the_busy_message(store, hold):
    """The sync merge and the reports use the connection directly: they get the message too."""
    from app.errors import DatabaseBusy

    store.db.execute_sql("PRAGMA busy_timeout = 200")
    holder = hold("immediate", store.path)
    conn = store.db.connection()
    with pytest.raises(DatabaseBusy) as err:
        with store.db.atomic():
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [("a", "1"), ("b", "2")])
    assert "is busy" in str(err.value) and str(store.path) in str(err.value)
    with pytest.raises(DatabaseBusy):
        conn.execute("INSERT INTO meta (key, value) VALUES ('c', '3')")
    holder.release()
    conn.execute("INSERT INTO meta (key, value) VALUES ('c', '3')")
    assert conn.execute("SELECT count(*) FROM meta WHERE key IN ('a', 'b', 'c')").fetchone()[0] == 1


def test_damage_met_while_rows_are_fetched_gives_the_damaged_message(tmp_path):
    """Rows are read from the file as they are fetched, long after execute() returned."""
    from app.db.store import close_database, open_database
    from app.errors import NotADatabase
    from app.installation import init_installation
    from app.models import Person

    path = tmp_path / "school.sqlite3"
    store = open_database(path)
    init_installation("school", "№7 мектеп", "KZ-61")
    with store.db.atomic():
        for i in range(600):
            Person(surname=f"Бүлінген{i}", name="Файл", notes="жазба " * 30).save()
    close_database(store)
    conn = sqlite3.connect(path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    leaves = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'person' AND pagetype = 'leaf' "
                                         "ORDER BY path")]
    conn.close()
    rng = random.Random(5)
    with open(path, "r+b") as fh:
        for page in leaves[len(leaves) // 2:]:  # the first rows are whole: execute() itself succeeds
            fh.seek((page - 1) * size)
            fh.write(bytes(rng.getrandbits(8) for _ in range(size)))
    store = open_database(path)
    try:
        cursor = store.db.connection().execute("SELECT uid, notes FROM person")
        with pytest.raises(NotADatabase) as err:
            for _ in cursor:
                pass
        assert "damaged" in str(err.value) and "Restore it from a backup" in str(err.value)
        with pytest.raises(NotADatabase):
            list(Person.select())  # peewee fetches lazily too
        with pytest.raises(NotADatabase):
            store.db.execute_sql("SELECT uid, notes FROM person").fetchall()
    finally:
        close_database(store)


def test_a_new_connection_that_cannot_open_is_a_message(tmp_path):
    """A worker thread's first connection goes through ``connect``: no bare OperationalError."""
    from app.db.store import PRAGMAS, TirkeuDatabase
    from app.errors import DatabaseError

    db = TirkeuDatabase(str(tmp_path / "gone" / "school.sqlite3"), pragmas=PRAGMAS)
    with pytest.raises(DatabaseError) as err:
        db.connect()
    assert "could not be read or written" in str(err.value)
