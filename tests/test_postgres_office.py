"""An office on a PostgreSQL server: set-up, move-to, backups and checks, the same reports, and two staff at once.

The races are played with two real processes on a real server: one does the
step inside a transaction and holds it open (the "slow colleague"), the other
does the same step meanwhile.  Without the locks of app/db/locks.py each of
these loses or doubles something (tried: the second export took the same
sequence, the older bundle overwrote the newer version, the same bundle twice
crashed on a duplicate key, two certificate runs took the same serials, two
desktops each made an office key).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.db.store import close_database, open_database
from app.errors import UsageError
from app.installation import init_installation
from tests.conftest import ROOT
from tests.sync_helpers import opened

HOLD = """
import sys, time, json
from pathlib import Path
from app.db.store import open_database
store = open_database(sys.argv[1])
op, ready, result = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
args = sys.argv[5:]
with store.db.atomic():
    if op == "export":
        from app.sync.export import export_bundle
        out = export_bundle(Path(args[0]), to=args[1])
        value = out.sequence
    elif op == "import":
        from app.sync.importer import import_bundle
        value = import_bundle(Path(args[0])).status
    elif op == "certificates":
        from app.certificates.generate import generate
        value = generate(Path(args[0]), kind="participation", language="kk", event_uid=args[1]).serials
    elif op == "age":
        from app.installation import require_installation
        from app.sync.trust import ensure_age_identity
        value = ensure_age_identity(require_installation())
    result.write_text(json.dumps(value))
    ready.write_text("held")
    time.sleep(3)  # done, not yet committed: the other desktop works meanwhile
store.close()
"""


def hold(address: str, op: str, tmp_path: Path, *args: str) -> tuple[subprocess.Popen, Path]:
    """Start the slow colleague; returns once its step is done and held uncommitted."""
    ready, result = tmp_path / f"{op}.ready", tmp_path / f"{op}.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", HOLD, address, op, str(ready), str(result), *args],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not ready.exists():
        if proc.poll() is not None:
            raise AssertionError(proc.stderr.read() if proc.stderr else "the holder stopped")
        assert time.monotonic() < deadline, "the holder never got going"
        time.sleep(0.05)
    return proc, result


def finish(proc: subprocess.Popen, result: Path):
    """Wait for the slow colleague's commit; its step's value."""
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return json.loads(result.read_text())


@pytest.fixture
def office(pg_server):
    """An empty server database set up as the region office of Turkistan; yields its address."""
    address = pg_server.new_database()
    with opened(address):
        init_installation("office", "Түркістан облысы білім басқармасы", "KZ-61", None, "Сейітова Ақмарал", "kk")
    yield address
    pg_server.drop_database(address)


def _card(db: str | Path, path: Path) -> Path:
    from app.sync.trust import write_identity_card

    with opened(db):
        return write_identity_card(path)


def _trust(db: str | Path, card: Path) -> None:
    from app.sync.trust import read_card, trust

    with opened(db):
        trust(read_card(card))


def _school(tmp_path: Path, office: str, name: str = "school") -> Path:
    """A school's file that trusts the office (and is trusted by it)."""
    path = tmp_path / f"{name}.sqlite3"
    with opened(path):
        init_installation("school", f"№{len(name)} мектеп {name}", "KZ-61", "Сайрам ауданы")
    _trust(path, _card(office, tmp_path / "office.card"))
    _trust(office, _card(path, tmp_path / f"{name}.card"))
    return path


def _export(db: Path, out: Path) -> Path:
    from app.sync.export import export_bundle

    out.mkdir(parents=True, exist_ok=True)
    with opened(db):
        return export_bundle(out).path


# --- policy and plumbing ------------------------------------------------------------


def test_a_school_cannot_be_set_up_on_a_server_but_an_office_can(pg_server):
    address = pg_server.new_database()
    store = open_database(address)
    try:
        with pytest.raises(UsageError) as err:
            init_installation("school", "№7 мектеп", "KZ-61")
        assert "laptop" in err.value.msg.render()
        inst = init_installation("office", "Түркістан облысы", "KZ-61")
        assert inst.role == "office" and store.engine == "postgresql"
    finally:
        close_database(store)
        pg_server.drop_database(address)


def test_the_command_line_works_on_a_server_address(office, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-m", "app", "--db", office, "info", "--json"], capture_output=True,
                         text=True, cwd=tmp_path, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    info = json.loads(run.stdout)
    assert info["engine"] == "postgresql" and info["role"] == "office" and info["size_bytes"] > 0
    assert info["database"] == office
    assert not any(p.name.startswith("postgres") for p in tmp_path.iterdir())  # no file named after it
    check = subprocess.run([sys.executable, "-m", "app", "--db", office, "--lang", "en", "check"], capture_output=True,
                           text=True, cwd=tmp_path, env=env, timeout=300)
    assert check.returncode == 0 and "intact" in check.stdout, check.stderr


# --- move-to and back ---------------------------------------------------------------


def _office_file_with_data(tmp_path: Path) -> Path:
    from app.demo import make_demo

    path = tmp_path / "office.sqlite3"
    with opened(path):
        init_installation("office", "Түркістан облысы", "KZ-61", None, "Сейітова Ақмарал", "kk")
        make_demo(seed=3, people=120)
    return path


def _report_json(db: str | Path) -> dict:
    from app.reports import compute_indicators

    with opened(db):
        report = compute_indicators("2026", "region:KZ-61", "kk", today=dt.date(2026, 12, 1))
        return json.loads(json.dumps(report.as_json(), default=str))


def _counts(db: str | Path) -> dict:
    from app.stats import record_counts

    with opened(db):
        return record_counts()


def test_an_office_moves_to_a_server_with_everything_and_gives_the_same_report(tmp_path, pg_server):
    source = _office_file_with_data(tmp_path)
    before = source.read_bytes()
    target = pg_server.new_database()
    try:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        run = subprocess.run([sys.executable, "-m", "app", "--db", str(source), "--lang", "en", "move-to", target],
                             capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
        assert run.returncode == 0, run.stderr
        assert "the counts match" in run.stdout
        assert _counts(target) == _counts(source)
        assert sum(_counts(target).values()) > 500
        import psycopg

        with psycopg.connect(target) as conn:  # statistics gathered: the first report is planned on the rows
            assert conn.execute("SELECT reltuples FROM pg_class WHERE relname = 'person'").fetchone()[0] > 0
        with opened(source):
            from app.models import Installation

            inst = Installation.get()
            keys = (inst.id, bytes(inst.public_key), bytes(inst.secret_key))
        with opened(target) as store:
            from app.models import Installation

            moved = Installation.get()
            assert (moved.id, bytes(moved.public_key), bytes(moved.secret_key)) == keys
            assert store.clock.now() > 0
        assert _report_json(target) == _report_json(source)  # the same figures from both engines
        again = subprocess.run([sys.executable, "-m", "app", "--db", str(source), "--lang", "en", "move-to", target],
                               capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
        assert again.returncode == 2 and "already set up" in again.stderr  # never into a used database
        assert source.read_bytes()[:100] == before[:100]
    finally:
        pg_server.drop_database(target)


def test_a_schools_file_is_not_moved_and_a_file_name_is_not_an_address(tmp_path, pg_server):
    from app.db.copying import move_to

    school = tmp_path / "school.sqlite3"
    with opened(school) as store:
        init_installation("school", "№7 мектеп", "KZ-61")
        with pytest.raises(UsageError) as err:
            move_to(store, pg_server.new_database())
        assert "laptop" in err.value.msg.render()
        with pytest.raises(UsageError):
            move_to(store, str(tmp_path / "other.sqlite3"))


def test_a_servers_backup_is_a_file_any_tirkeu_opens(office, tmp_path):
    from app.backup import backup_preview, backup_to

    with opened(office) as store:
        from app.models import Person

        Person(surname="Әбілқасымова", name="Айгерім", birth_date=dt.date(2011, 3, 4)).save()
        out = backup_to(store, tmp_path / "office-copy.sqlite3")
    assert out.exists() and not (tmp_path / "office-copy.sqlite3.partial").exists()
    info = backup_preview(out)
    assert info["person"] >= 1 and info["installation"] == "Түркістан облысы білім басқармасы"
    with opened(out):
        from app.models import Person

        assert Person.get(Person.surname == "Әбілқасымова").name == "Айгерім"


# --- two staff at once ----------------------------------------------------------------


def test_two_exports_at_once_take_different_sequences(office, tmp_path):
    school = _school(tmp_path, office)
    with opened(school):
        from app.models import Installation

        school_id = Installation.get().id
    proc, result = hold(office, "export", tmp_path, str(tmp_path / "a"), school_id)
    from app.sync.export import export_bundle

    with opened(office):
        second = export_bundle(tmp_path / "b", to=school_id).sequence
    first = finish(proc, result)
    assert sorted([first, second]) == [1, 2]


def test_the_same_bundle_imported_twice_at_once_is_taken_once(office, tmp_path):
    school = _school(tmp_path, office)
    from tests.sync_helpers import add_people

    add_people(school, [("Қасымова", "Ару"), ("Нұрланов", "Ерасыл")])
    bundle = _export(school, tmp_path / "out")
    proc, result = hold(office, "import", tmp_path, str(bundle))
    from app.sync.importer import import_bundle

    with opened(office):
        second = import_bundle(bundle).status
    first = finish(proc, result)
    assert first == "imported" and second != "imported"
    with opened(office):
        from app.models import Person

        assert Person.select().where(Person.surname == "Қасымова").count() == 1


def test_an_older_bundle_imported_during_a_newer_one_does_not_overwrite_it(office, tmp_path):
    school = _school(tmp_path, office)
    from app.models import Person

    with opened(school):
        child = Person(surname="Ахметова", name="Дана", birth_date=dt.date(2012, 1, 1))
        child.save()
    first = _export(school, tmp_path / "b1")
    with opened(school):
        child = Person.get_by_id(child.uid)
        child.name = "Дана-1"
        child.save()
    older = _export(school, tmp_path / "b2")
    with opened(school):
        child = Person.get_by_id(child.uid)
        child.name = "Дана-2"
        child.save()
    newer = _export(school, tmp_path / "b3")
    from app.sync.importer import import_bundle

    with opened(office):
        assert import_bundle(first).status == "imported"
    proc, result = hold(office, "import", tmp_path, str(newer))
    with opened(office):
        late = import_bundle(older)
    assert finish(proc, result) == "imported"
    assert late.status == "imported" and late.ignored >= 1
    with opened(office):
        assert Person.get_by_id(child.uid).name == "Дана-2"


def test_two_certificate_runs_at_once_never_share_a_serial(office, tmp_path):
    from tests.reports_world import attend, event, person

    with opened(office):
        events = []
        for n in range(2):
            lecture = event("lecture", dt.date(2026, 10, 1 + n), title=f"Құқықтық дәріс {n}")
            attend(lecture, [person(f"Серікбаев{n}{i}") for i in range(3)])
            events.append(lecture.uid)
    proc, result = hold(office, "certificates", tmp_path, str(tmp_path / "a.pdf"), events[0])
    from app.certificates.generate import generate

    with opened(office):
        second = generate(tmp_path / "b.pdf", kind="participation", language="kk", event_uid=events[1]).serials
    first = finish(proc, result)
    assert len(first) == len(second) == 3
    assert not set(first) & set(second)


def test_two_desktops_asking_for_the_office_key_at_once_get_one_key(office, tmp_path):
    proc, result = hold(office, "age", tmp_path)
    from app.installation import require_installation
    from app.sync.trust import ensure_age_identity

    with opened(office):
        mine = ensure_age_identity(require_installation())
    assert finish(proc, result) == mine


def test_review_on_a_server_finds_one_child_registered_by_two_schools(office, tmp_path):
    from app.models import Person
    from app.sync.importer import import_bundle
    from app.sync.review import review
    from app.validation.iin import make_iin

    iin = make_iin(dt.date(2012, 5, 1), "F", 7)
    for name in ("first", "second"):
        school = _school(tmp_path, office, name)
        with opened(school):
            Person(surname="Сәрсенбаева", name="Әйгерім", birth_date=dt.date(2012, 5, 1), sex="F", iin=iin).save()
        bundle = _export(school, tmp_path / name)
        with opened(office):
            result = import_bundle(bundle)
            assert result.status == "imported", result.reason
    with opened(office):
        found = review()
    assert [d["iin"] for d in found["duplicates"]] == [iin]
    assert found["duplicates"][0]["installations"] == 2 and "Сәрсенбаева Әйгерім" in found["duplicates"][0]["names"]


def test_the_qualified_people_have_their_own_index_on_a_server(office):
    """Schema v12 on a server: the partial index the report counts trainers and consultants from."""
    import psycopg

    with psycopg.connect(office) as conn:
        qualified = conn.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'person_qualified'").fetchone()
    assert qualified is not None and "qualifications IS NOT NULL" in qualified[0]
