"""File → Restore from a backup…: the list of backups, the preview, confirmation, the window refreshed."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from app.backup import auto_backup, backup_to, backups_dir
from app.models import Event, Person
from ui.main_window import MainWindow

TODAY = dt.date.today()


def names(page) -> list[str]:
    return sorted(page.model.values(r)[0] for r in range(page.model.rowCount()))


@pytest.fixture
def window(qtbot, store):
    """A school that backed up two days ago (1 person) and yesterday (2 people), then went on working."""
    Person(surname="Сақталған", name="Аружан").save()
    auto_backup(store, TODAY - dt.timedelta(days=2))
    Person(surname="Кешегі", name="Ерлан").save()
    auto_backup(store, TODAY - dt.timedelta(days=1))
    Person(surname="Бүгінгі", name="Әсел").save()
    Event(title="Бүгінгі дәріс", programme="legal_culture", kind="lecture", start_date=TODAY,
          end_date=TODAY).save()
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    win.show_area("people")
    page = win.area("people")
    qtbot.waitUntil(lambda: len(page.model.ids) == 3)
    return win


@pytest.fixture
def answers(monkeypatch):
    """What the user answers to the confirmation; messages shown are kept."""
    said: dict[str, list] = {"asked": [], "told": [], "warned": []}
    reply = {"answer": QMessageBox.StandardButton.Yes}

    def question(parent, title, text, *args, **kwargs):
        said["asked"].append(text)
        return reply["answer"]

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: said["told"].append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: said["warned"].append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a, **k: said["warned"].append(text))
    said["reply"] = reply  # type: ignore[assignment]
    return said


def test_the_menu_lists_the_automatic_backups_newest_first_with_a_preview(qtbot, window):
    assert window.exchange.restore_action in window.file_menu.actions()
    assert window.exchange.restore_action.text() == "Restore from a backup…"
    dialog = window.exchange.restore()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert [p.stem[-10:] for p in dialog.paths] == [(TODAY - dt.timedelta(days=d)).isoformat() for d in (1, 2)]
    assert dialog.table.item(0, 0).text() == (TODAY - dt.timedelta(days=1)).strftime("%d.%m.%Y")
    assert dialog.table.item(0, 1).text() == "№7 жалпы білім беретін мектеп"
    assert [dialog.table.item(r, 2).text() for r in range(2)] == ["2", "1"]  # people
    assert "People 2" in dialog.preview.text() and "schema version" in dialog.preview.text()
    dialog.select(dialog.paths[1])
    assert "People 1" in dialog.preview.text() and "events 0" in dialog.preview.text()
    dialog.reject()
    # Looking at the backups left nothing beside them (no -wal or -shm files for pruning to forget).
    assert sorted(p.suffix for p in backups_dir(window.store).iterdir()) == [".sqlite3", ".sqlite3"]


def test_restoring_a_backup_brings_its_records_back_and_refreshes_the_window(qtbot, window, answers):
    old_store = window.store
    dialog = window.exchange.restore()
    qtbot.addWidget(dialog)
    dialog.select(dialog.paths[1])  # two days ago
    with qtbot.waitSignal(window.exchange.finished, timeout=10000):
        assert dialog.restore()
    assert len(answers["asked"]) == 1 and (TODAY - dt.timedelta(days=2)).strftime("%d.%m.%Y") in answers["asked"][0]
    assert answers["warned"] == []
    # The records of the backup are back, and only they.
    assert window.store is not old_store and window.store.path == old_store.path
    assert [p.surname for p in Person.select()] == ["Сақталған"]
    assert Event.select().count() == 0
    page = window.area("people")
    window.show_area("people")
    qtbot.waitUntil(lambda: names(page) == ["Сақталған"])
    # The database as it was is kept beside it, with today's work in it.
    copies = list(window.store.path.parent.glob(f"{window.store.path.stem}.before-restore-*.sqlite3"))
    assert len(copies) == 1 and str(copies[0]) in answers["told"][0]
    conn = sqlite3.connect(copies[0])
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 3
    conn.close()
    # Work goes on in the restored database.
    Person(surname="Жаңа", name="Жазба").save()
    assert Person.select().count() == 2


def test_another_file_can_be_chosen(qtbot, window, answers, tmp_path):
    stick = tmp_path / "usb" / "tirkeu-copy.sqlite3"
    backup_to(window.store, stick)  # all three people
    Person.delete().where(Person.surname == "Кешегі").execute()  # lost by mistake
    dialog = window.exchange.restore()
    qtbot.addWidget(dialog)
    dialog.choose_file(str(stick))
    assert dialog.selected() == stick and "People 3" in dialog.preview.text()
    with qtbot.waitSignal(window.exchange.finished, timeout=10000):
        assert dialog.restore()
    assert Person.select().where(Person.surname == "Кешегі").count() == 1


def test_saying_no_changes_nothing(qtbot, window, answers):
    answers["reply"]["answer"] = QMessageBox.StandardButton.No
    store = window.store
    dialog = window.exchange.restore()
    qtbot.addWidget(dialog)
    assert not dialog.restore()
    assert window.store is store and Person.select().count() == 3
    assert not list(store.path.parent.glob("*.before-restore-*"))
    dialog.reject()


def test_a_file_that_is_not_a_backup_cannot_be_restored(qtbot, window, answers, tmp_path):
    junk = tmp_path / "photo.sqlite3"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 300)
    dialog = window.exchange.restore()
    qtbot.addWidget(dialog)
    dialog.choose_file(str(junk))
    assert not dialog.restore_button.isEnabled() and "not a readable Tirkeu backup" in dialog.preview.text()
    assert not dialog.restore() and answers["asked"] == []
    assert Person.select().count() == 3
    dialog.reject()


def test_no_backups_yet_says_how_to_restore_a_copy(qtbot, store, tmp_path):
    win = MainWindow(store)
    qtbot.addWidget(win)
    assert not backups_dir(store).exists()
    dialog = win.exchange.restore()
    qtbot.addWidget(dialog)
    assert dialog.paths == [] and "Choose another file" in dialog.preview.text()
    assert not dialog.restore_button.isEnabled()
    dialog.reject()
