"""The main window: areas, overview figures, language switch, About, File menu."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from app.demo import make_demo
from app.i18n import catalog
from app.models import SYNCED_MODELS, Installation, Person
from tests.conftest import write_csv
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    make_demo(seed=2, people=40)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    return win


def test_areas_and_overview_counts(window):
    assert [a.key for a in window.areas][0] == "home" and "settings" in [a.key for a in window.areas]
    table = window.home.counts
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["People"] == str(Person.live().count())
    assert window.home.values["region"].text() == "Turkistan Region"  # English in tests


def test_switching_language_in_settings_relabels_everything_and_is_kept(qtbot, window):
    window.show_area("settings")
    combo = window.settings.language
    combo.setCurrentIndex(combo.findData("kk"))
    QApplication.processEvents()  # Qt delivers LanguageChange through the event loop
    kk = catalog("kk")
    assert window.nav.item(0).text() == kk.translate("MainWindow", "Overview") != "Overview"
    assert window.file_menu.title() == kk.translate("MainWindow", "&File")
    assert Installation.get().language == "kk"
    combo.setCurrentIndex(combo.findData("ru"))
    QApplication.processEvents()
    settings_row = [a.key for a in window.areas].index("settings")
    assert window.nav.item(settings_row).text() == catalog("ru").translate("MainWindow", "Settings")


def test_about_shows_support_facts(window, store):
    from ui.about import AboutDialog

    dialog = AboutDialog(store, window)
    details = dialog.details()
    inst = Installation.get()
    assert str(store.path) in details and inst.id in details
    from app.installation import fingerprint

    assert fingerprint(inst.public_key) in details


def test_import_from_the_file_menu_previews_checks_and_imports(qtbot, window, tmp_path):
    path = write_csv(tmp_path / "list.csv", "Тегі,Аты,Туған күні,Ескерту\nЖаңабаев,Өркен,2011-01-02,x\n"
                     "Бекова,Ұлжан,31.02.2012,y\n")
    before = Person.live().count()
    dialog = window.exchange.import_table("participants", str(path))
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(dialog.table.columnCount())]
    assert headers[0].startswith("Тегі\n→") and "ignored" in headers[3]
    assert "Ескерту" in dialog.info.text() and dialog.table.rowCount() == 2
    with qtbot.waitSignal(dialog.check_button.clicked, timeout=1000):
        dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    assert dialog.summary.dry_run and Person.live().count() == before
    with qtbot.waitSignal(window.exchange.finished, timeout=20000):
        dialog.import_button.click()
    summary = window.exchange.last_summary
    assert (summary.created, summary.rejected) == (1, 1)
    assert Person.live().count() == before + 1
    assert dialog.errors_button.isVisibleTo(dialog) and "list.csv" in dialog.result.text()


def test_import_preview_explains_an_unreadable_file(qtbot, window, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    dialog = window.exchange.import_table("participants", str(path))
    qtbot.addWidget(dialog)
    assert "photo.csv" in dialog.info.text() and not dialog.import_button.isEnabled()


def test_export_and_backup_from_the_window(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    out = tmp_path / "people.xlsx"
    with qtbot.waitSignal(window.exchange.finished, timeout=20000):
        window.exchange.export_table("participants", str(out))
    assert out.stat().st_size > 0
    backup = tmp_path / "usb" / "copy.sqlite3"
    with qtbot.waitSignal(window.exchange.finished, timeout=20000):
        window.exchange.backup(str(backup))
    assert backup.exists()


def test_window_fits_a_small_laptop_screen(window):
    window.resize(1366, 768)
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 768


def test_default_data_folder_is_qts(monkeypatch, tmp_path, qapp):
    from app.paths import data_dir

    monkeypatch.delenv("TIRKEU_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    qapp.setApplicationName("Tirkeu")
    qapp.setOrganizationName("")
    qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(qt) == data_dir()


def test_unopenable_database_is_explained(monkeypatch, tmp_path, qapp):
    from ui.application import open_store

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    assert open_store(bad) is None
    assert "bad.sqlite3" in shown[0]
    assert bad.read_text() == "not a database"


@pytest.mark.parametrize("flag", ["--quit-after-show", "--quit-after-load"])
def test_program_starts_and_quits(tmp_path, store, flag):
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "ui", "--db", str(store.path), flag],
                            capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_the_program_leaves_its_database_closed_and_free_when_it_quits(tmp_path, store):
    """After start-up the program keeps what it made out of the cycle collector's way (also at exit):
    what must happen at exit is done by the program itself, and is done."""
    import sqlite3
    import subprocess
    import sys

    from tests.conftest import ROOT

    path = Path(store.path)
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), TIRKEU_DATA_DIR=str(tmp_path))
    for _ in range(2):  # the second start finds the lock free
        result = subprocess.run([sys.executable, "-m", "ui", "--db", str(path), "--quit-after-load"],
                                capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
        assert result.returncode == 0, result.stderr
        assert "already open" not in result.stderr
    assert not path.with_name(path.name + "-wal").exists()  # the last connection closed (and checkpointed)
    assert not path.with_name(path.name + ".lock").exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_window_shows_before_the_database_is_attached(qtbot, store):
    win = MainWindow(None, title_name="№7 мектеп")
    qtbot.addWidget(win)
    win.show()
    assert "№7 мектеп" in win.windowTitle() and win.stack.count() == 0
    win.exchange.import_table("participants", "/nonexistent.csv")  # ignored until attached
    win.attach(store)
    assert win.stack.count() == 1 and win.stack.currentWidget() is win.home
    qtbot.waitUntil(lambda: win.home.counts.rowCount() == len(SYNCED_MODELS))


def test_newer_database_is_refused_at_start_untouched(tmp_path):
    import sqlite3

    from app.db import migrations

    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    before = path.read_bytes()
    from app.db.guard import peek
    from app.errors import DatabaseTooNew

    with pytest.raises(DatabaseTooNew):
        peek(path)
    assert path.read_bytes() == before


def test_the_window_opens_maximised(qtbot, store):
    from ui.application import show_main_window

    win = MainWindow(store)
    qtbot.addWidget(win)
    show_main_window(win)
    assert win.isMaximized()
