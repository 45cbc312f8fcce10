"""An office import writes a group of bundles straight into one transaction (no savepoint per bundle).

A bundle that fails after some of its records were written must still leave nothing behind and
must not take its neighbours with it: the group is undone and imported again, each bundle in a
savepoint of its own.  The user sees one line per file, as if nothing had happened twice.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.installation import init_installation
from tests.sync_helpers import add_people, card, dump, export, make, opened, trust_cards

NAMES = [[("Әбілқайырова", "Аружан")], [("Құрманғалиев", "Ерұлан")], [("Үсенова", "Гүлнұр")],
         [("Ғалымжанов", "Нұрсұлтан"), ("Өтегенова", "Іңкәр")]]


@pytest.fixture
def stick(db_target, tmp_path):
    """An office on the test's engine trusting four schools, and a stick with one bundle of each."""
    office = db_target
    with opened(office):
        init_installation("office", "Түркістан облысы білім басқармасы", "KZ-61")
    from app.sync.trust import write_identity_card

    with opened(office):
        office_card = write_identity_card(tmp_path / "office.card")
    schools = [make(tmp_path, f"school{i}") for i in range(4)]
    trust_cards(office, *[card(s, tmp_path) for s in schools])
    usb = tmp_path / "usb"
    for school, names in zip(schools, NAMES, strict=True):
        trust_cards(school, office_card)
        add_people(school, names)
        export(school, usb)
    return {"office": office, "usb": usb, "files": sorted(usb.glob("*.tirkeu"))}


def _failing_after_writes(monkeypatch, victim: str, error: BaseException) -> list[str]:
    """Make the import of ``victim``'s bundle fail after its records were written; returns the
    senders whose records were written, in order."""
    from app.sync import importer

    written: list[str] = []
    original = importer.write_records

    def write_then_fail(records, summary, own, same_origin=None):
        original(records, summary, own, same_origin)
        written.append(summary.name)
        if summary.name == victim:
            raise error

    monkeypatch.setattr(importer, "write_records", write_then_fail)
    return written


def _surnames(office: Path) -> set[str]:
    return {row[4] for row in dump(office)["person"]}


@pytest.mark.parametrize("worker", [False, True], ids=["here", "worker"])
def test_a_bundle_failing_after_its_writes_leaves_nothing_and_its_neighbours_are_imported(
        stick, monkeypatch, worker):
    from app.sync.batch import import_paths

    written = _failing_after_writes(monkeypatch, "school2", sqlite3.IntegrityError("UNIQUE constraint failed"))
    seen: list[int] = []
    with opened(stick["office"]):
        batch = import_paths([stick["usb"]], worker=worker, progress=lambda i, n, name: seen.append(i))
    lines = {b.name: b for b in batch.bundles}
    assert [b.status for b in batch.bundles] == ["imported", "imported", "refused", "imported"]
    assert "contradict each other" in lines["school2"].reason
    assert [lines[f"school{i}"].created for i in (0, 1, 3)] == [2, 2, 3]  # the school and its people
    assert seen == [0, 1, 2, 3]  # each file's progress once, though the group was imported twice
    # The group was undone at school2 and done again, each bundle then in its own savepoint.
    assert written == ["school0", "school1", "school2", "school0", "school1", "school2", "school3"]
    # The worker's readings of the first three were used up by the first pass: read again here.
    assert batch.read_ahead == (1 if worker else 0)
    held = _surnames(stick["office"])
    assert held == {"Әбілқайырова", "Құрманғалиев", "Ғалымжанов", "Өтегенова"}  # nothing of school2
    with opened(stick["office"]):
        from app.models import BundleLog

        logged = sorted(log.source for log in BundleLog.select())
    assert logged == [f.name for i, f in enumerate(stick["files"]) if i != 2]  # each once

    # The school sends it again once the fault is gone: it is imported, the others are "already imported".
    monkeypatch.undo()
    with opened(stick["office"]):
        again = import_paths([stick["usb"]], worker=worker)
    assert [b.status for b in again.bundles] == ["already imported"] * 2 + ["imported", "already imported"]
    assert "Үсенова" in _surnames(stick["office"])


def test_a_bug_after_the_writes_is_named_once_and_the_others_go_on(stick, monkeypatch, caplog):
    from app.sync.batch import import_paths

    _failing_after_writes(monkeypatch, "school0", KeyError("surname"))
    with opened(stick["office"]):
        batch = import_paths([stick["usb"]], worker=False)
    assert [b.status for b in batch.bundles] == ["refused", "imported", "imported", "imported"]
    assert batch.bundles[0].reason.startswith("This file could not be imported (KeyError)")
    assert caplog.text.count("importing") == 1  # logged by the careful pass only
    assert "Әбілқайырова" not in _surnames(stick["office"])


def test_a_dry_run_still_writes_nothing(stick):
    from app.sync.batch import import_paths

    before = dump(stick["office"])
    with opened(stick["office"]):
        batch = import_paths([stick["usb"]], dry_run=True, worker=False)
    assert [b.status for b in batch.bundles] == ["dry run"] * 4
    assert [b.created for b in batch.bundles] == [2, 2, 2, 3]
    assert dump(stick["office"]) == before


def test_a_clean_import_takes_no_savepoint_per_bundle(stick, engine):
    """The point of the fast path: SQLite copies every page a savepoint changes (~15 % of an import)."""
    if engine != "sqlite":
        pytest.skip("SQLite's statement trace")
    from app.db.store import current_store
    from app.sync.batch import import_paths

    statements: list[str] = []
    with opened(stick["office"]):
        current_store().db.connection().set_trace_callback(statements.append)
        batch = import_paths([stick["usb"]], worker=False)
        current_store().db.connection().set_trace_callback(None)
    assert [b.status for b in batch.bundles] == ["imported"] * 4
    assert not [s for s in statements if "SAVEPOINT" in s.upper()]
    assert sum(s.upper().startswith("BEGIN") for s in statements) == 1  # one group, one transaction
