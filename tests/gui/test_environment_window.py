"""In the window, a busy or damaged database is a warning with its own message, never "something went wrong"."""
from __future__ import annotations

import logging

from tests.sync_helpers import card, export, make, opened, trust_cards
from tests.test_environment_commands import Holder, damage_tables


def test_the_crash_handler_shows_an_environment_error_as_a_warning(qapp, dialogs, monkeypatch, caplog):
    from app.errors import DatabaseBusy
    from app.i18n import Msg
    from ui import crash

    monkeypatch.setitem(crash._state, "dialog", True)
    monkeypatch.setitem(crash._state, "shown", False)
    monkeypatch.setitem(crash._state, "known_last", None)
    error = DatabaseBusy(Msg("Database", "The database {path} is busy: another program (or a second Tirkeu) "
                                         "is using it. The change was not saved. Close the other program and "
                                         "try again.", path="school.sqlite3"))
    with caplog.at_level(logging.WARNING, logger="tirkeu.crash"):
        for _ in range(3):  # a view repainting would raise it again and again
            crash.handle(type(error), error, None)
    assert dialogs == [("warning", str(error))]
    assert not crash._state["shown"]  # a real bug later still gets its dialog
    assert all(r.levelno == logging.WARNING for r in caplog.records if r.name == "tirkeu.crash")


def test_reports_on_a_damaged_database_say_restore_from_a_backup(qtbot, tmp_path, dialogs):
    from app.demo import make_demo
    from ui.reports.page import ReportsPage

    school = make(tmp_path, "school")
    with opened(school):
        make_demo(seed=3, people=120)
    assert damage_tables(school, ("person", "event", "attendance")) > 0
    with opened(school):
        page = ReportsPage()
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: bool(page.last_error) or page.report is not None, timeout=60000)
        qtbot.waitUntil(lambda: not page.busy(), timeout=60000)
        assert "damaged" in page.last_error and "Restore it from a backup" in page.last_error
        assert dialogs and all(kind == "warning" for kind, _ in dialogs), dialogs
        assert "Something went wrong" not in page.last_error


def test_importing_bundles_while_another_program_writes_is_a_warning(qtbot, tmp_path, dialogs):
    from ui.sync.page import SyncPage

    school = make(tmp_path, "school")
    office = make(tmp_path, "office", "office")
    trust_cards(school, card(office, tmp_path))
    trust_cards(office, card(school, tmp_path))
    from tests.sync_helpers import add_people

    add_people(school, [("Қасымова", "Інжу"), ("Әбенов", "Дәурен")])
    export(school, tmp_path / "usb")
    with opened(office) as store:
        store.db.execute_sql("PRAGMA busy_timeout = 300")
        holder = Holder("immediate", office)
        try:
            page = SyncPage()
            qtbot.addWidget(page)
            page.import_folder(str(tmp_path / "usb"))
            qtbot.waitUntil(lambda: page.last_batch is not None or bool(dialogs), timeout=30000)
        finally:
            holder.release()
    assert not [text for kind, text in dialogs if kind != "warning"], dialogs
    said = [text for _, text in dialogs] + [b.reason or "" for b in (page.last_batch.bundles if page.last_batch else [])]
    assert any("is busy" in text and "Close the other program" in text for text in said), said
