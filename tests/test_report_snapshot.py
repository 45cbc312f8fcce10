"""The report reads one snapshot, on both engines, also where a section is worked out on a second connection.

A colleague saving records while the report runs (a bundle imported on the
office's other desktop) must not make one table count a record another does
not: the report's statements read the database as it was at its first one,
and Road to School, worked out meanwhile on a second connection
(app/reports/beside.py), reads that same snapshot or is worked out on the
main connection after all.
"""
from __future__ import annotations

import datetime as dt
import json
import threading

from app.db.reading import same_snapshot, snapshot
from app.db.store import current_store
from app.models import AidRecipient, Event, Person
from app.reports.beside import Beside
from app.reports.common import Context
from app.reports.data import Reading
from app.reports.periods import parse_period
from app.reports.road import road_to_school
from app.reports.scope import parse_scope
from app.reports.targets import Targets
from tests.reports_world import TODAY, line, report, world  # noqa: F401 (world is a fixture)

PERIOD, SCOPE = parse_period("2026", TODAY), parse_scope("region:KZ-61")


def _elsewhere(action) -> None:
    """Run ``action`` on another connection and commit it (peewee keeps one connection per thread)."""
    failed: list[BaseException] = []

    def run() -> None:
        db = current_store().db
        try:
            with db.atomic():
                action()
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            failed.append(exc)
        finally:
            db.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert not failed, failed


def _new_child() -> None:
    child = Person(surname="Жаңабаева", name="Әйгерім", sex="F", birth_date=dt.date(2016, 3, 1),
                   category="pupil", region="KZ-61")
    child.save()
    AidRecipient(person=child, family_categories="orphan", identified_date=dt.date(2026, 8, 1)).save()


def _road(reading: Reading):
    return road_to_school(Context(PERIOD, SCOPE, "kk", TODAY, Targets(), reading))  # type: ignore[arg-type]


def _identified(section) -> int:
    return next(x.value for x in section.lines if x.code == "road.identified")


def test_report_with_a_second_connection_equals_the_report_on_one(store, world):
    beside = report()
    # Inside a transaction someone else opened there is no snapshot to share: all on one connection.
    with current_store().db.atomic():
        alone = report()
    assert json.dumps(beside.as_json(), default=str) == json.dumps(alone.as_json(), default=str)
    assert line(beside, "road.identified").value == 3  # C1, C2, C3 in KZ-61


def test_the_section_is_worked_out_on_the_second_connection(store, world):
    db = current_store().db
    with snapshot(db) as snap:
        main = Reading(PERIOD, SCOPE, db.connection())
        with Beside(snap, lambda conn: Reading(PERIOD, SCOPE, conn)) as beside:
            job = beside.submit(_road)
            section = beside.result(job, lambda: _road(main))
            assert beside.done_beside == 1
        assert _identified(section) == 3
        assert _identified(_road(main)) == 3
        main.close()


def test_a_change_saved_after_the_report_began_is_in_none_of_its_figures(store, world):
    db = current_store().db
    with snapshot(db) as snap:
        main = Reading(PERIOD, SCOPE, db.connection())
        events = main.one("SELECT count(*) FROM event")[0]
        token = snap.token()
        _elsewhere(_new_child)
        _elsewhere(lambda: Event(title="Кейін", programme="legal_culture", kind="lecture",
                                 start_date=dt.date(2026, 9, 20), end_date=dt.date(2026, 9, 20),
                                 duration_minutes=45, region="KZ-61").save())
        # The main connection still reads the database as it was (a server's default would not).
        assert main.one("SELECT count(*) FROM event")[0] == events
        with Beside(snap, lambda conn: Reading(PERIOD, SCOPE, conn)) as beside:
            section = beside.result(beside.submit(_road), lambda: _road(main))
            # A server shares its exact snapshot; SQLite cannot, sees the change counter moved and
            # leaves the section to the main connection.
            assert beside.done_beside == (1 if store.engine == "postgresql" else 0)
        assert _identified(section) == 3
        seen: list[int] = []

        def count_beside() -> None:
            with same_snapshot(db, token) as conn:
                if conn is not None:
                    seen.append(conn.execute("SELECT count(*) FROM event").fetchone()[0])

        thread = threading.Thread(target=count_beside)
        thread.start()
        thread.join()
        assert seen == ([events] if store.engine == "postgresql" else [])
        main.close()
    assert line(report(), "road.identified").value == 4  # the next report sees the new child


def test_a_fault_on_the_second_connection_is_worked_out_on_the_main_one(store, world):
    db = current_store().db

    def fragile(reading: Reading):
        if reading is not main:
            reading.conn.execute("SELECT no_such_column FROM person")
        return _road(reading)

    with snapshot(db) as snap:
        main = Reading(PERIOD, SCOPE, db.connection())
        with Beside(snap, lambda conn: Reading(PERIOD, SCOPE, conn)) as beside:
            first = beside.submit(fragile)
            second = beside.submit(_road)  # after a fault the second connection takes no more work
            section = beside.result(first, lambda: fragile(main))
            again = beside.result(second, lambda: _road(Reading(PERIOD, SCOPE, db.connection())))
            assert _identified(again) == 3
            assert beside.done_beside == 0
        assert _identified(section) == 3
        main.close()


def test_sqlite_refuses_a_second_snapshot_after_a_change(store, world):
    if store.engine != "sqlite":
        return
    db = current_store().db
    with snapshot(db) as snap:
        token = snap.token()
        seen: list = []

        def read() -> None:
            with same_snapshot(db, token) as conn:
                seen.append(conn is not None)

        thread = threading.Thread(target=read)
        thread.start()
        thread.join()
        _elsewhere(lambda: Person(surname="Иванов", name="Пётр", region="KZ-61").save())
        thread = threading.Thread(target=read)
        thread.start()
        thread.join()
    assert seen == [True, False]


def _report_json(monkeypatch, **working) -> tuple[str, list[str]]:
    """The region's report as JSON, and how its people were counted (Working.halves)."""
    from app.reports import data

    seen: list[str] = []
    real = data.Working.people_cube

    def spy(self) -> None:
        real(self)
        seen.append(self.halves)

    with monkeypatch.context() as m:
        m.setattr(data.Working, "people_cube", spy)
        for name, value in working.items():
            m.setattr(data.Working, name, value)
        return json.dumps(report().as_json(), default=str, sort_keys=True), seen


def test_people_counted_in_two_halves_give_the_same_report(store, world, monkeypatch):
    whole, how = _report_json(monkeypatch)
    assert how == ["one"]  # a small database: one pass
    # Read as a region's office reads its file (most events: in person order), in halves or not.
    halves, how = _report_json(monkeypatch, SPLIT_FROM=0, WIDE_SHARE=10**6)
    assert how == ["beside"]
    alone, how = _report_json(monkeypatch, SPLIT_FROM=10**9, WIDE_SHARE=10**6)
    assert how == ["one"]
    assert halves == alone
    # The far half's codes disagree (as they would if its snapshot differed): counted on the main one.
    from app.reports import people_pass

    real_rows = people_pass.FarHalf.rows

    def other_codes(self):
        rows = real_rows(self)
        rows.codes = rows.codes[1:]
        return rows

    monkeypatch.setattr(people_pass.FarHalf, "rows", other_codes)
    again, how = _report_json(monkeypatch, SPLIT_FROM=0, WIDE_SHARE=10**6)
    assert how == ["main"]
    assert again == alone
    assert json.loads(whole)["sections"] == json.loads(alone)["sections"]


def test_the_second_connection_gives_up_quickly_on_a_server_lock(store, world):
    """A colleague's exclusive lock queued behind the report would hold the second connection until the
    server's 60 s lock timeout (the main one waits for it where no deadlock detector sees it): it waits
    1 s at most, then the main connection does the work."""
    if store.engine != "postgresql":
        return
    db = current_store().db
    with snapshot(db) as snap:
        main = Reading(PERIOD, SCOPE, db.connection())
        with Beside(snap, lambda conn: Reading(PERIOD, SCOPE, conn)) as beside:
            job = beside.submit(lambda reading: reading.one("SHOW lock_timeout")[0])
            assert beside.result(job, lambda: "main") == "1s"
        assert main.one("SHOW lock_timeout")[0] == "1min"  # the main connection keeps the program's own
        main.close()
