"""The window on an office's PostgreSQL database, and File → Open a server database…"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db.store import close_database, open_database
from app.installation import init_installation


def test_the_window_runs_on_a_server_database(qtbot, pg_server, tmp_path):
    from app.models import Person
    from ui.main_window import MainWindow

    address = pg_server.new_database()
    store = open_database(address)
    try:
        init_installation("office", "Түркістан облысы білім басқармасы", "KZ-61", None, "Сейітова Ақмарал", "en")
        for surname in ("Әбілқасымова", "Қасымова", "Ахметова"):
            Person(surname=surname, name="Айгерім").save()
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        window.show_area("people")
        page = window.stack.currentWidget()
        qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
        names = [page.model.index(r, 0).data() for r in range(3)]
        assert names == ["Ахметова", "Әбілқасымова", "Қасымова"] or \
            [n.split()[0] for n in names] == ["Ахметова", "Әбілқасымова", "Қасымова"]  # Kazakh order, from the server
        window.grab().save("/tmp/server-window.png")
        window.show_area("settings")
        assert address in window.settings.db_path.text()
        window.grab().save(str(tmp_path / "server-window.png"))
        shown: list[str] = []

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                shown.append(box.text())
                box.accept()

        QTimer.singleShot(0, answer)
        window.exchange.restore_action.trigger()  # a server is restored by its administrator
        assert shown and "pg_restore" in shown[0]
        window.close()
    finally:
        close_database(store)
        pg_server.drop_database(address)


def test_the_open_server_dialog_builds_the_address_and_remembers_it_without_the_password(qtbot):
    from ui.server.dialog import ServerDialog, remembered_address

    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.host, "db.office.local")
    dialog.port.setValue(5433)
    QTest.keyClicks(dialog.database, "tirkeu")
    QTest.keyClicks(dialog.user, "anna")
    QTest.keyClicks(dialog.password, "s3cret")
    assert dialog.address() == "postgresql://anna@db.office.local:5433/tirkeu"
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert remembered_address() == "postgresql://anna@db.office.local:5433/tirkeu"
    again = ServerDialog()
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.database.text(), again.user.text()) == \
        ("db.office.local", 5433, "tirkeu", "anna") and again.password.text() == ""


def test_the_dialog_asks_for_the_server_and_database(qtbot):
    from ui.server.dialog import ServerDialog

    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.clear()
    dialog.database.clear()
    QTest.keyClick(dialog.host, Qt.Key.Key_Return)
    assert dialog.isVisible() and "server and the database" in dialog.message.text()


def test_the_window_asks_for_the_password_the_server_wants(qtbot, pg_server, monkeypatch):
    import pytest
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from tests.pg_server import PASSWORD
    from ui.application import open_server_store

    address = pg_server.password_database()
    if address is None:
        pytest.skip("the given TIRKEU_TEST_PG server has no user known to need a password")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        elif isinstance(box, QInputDialog):
            field = box.findChild(QLineEdit)
            assert field.echoMode() == QLineEdit.EchoMode.Password
            QTest.keyClicks(field, PASSWORD)
            QTest.keyClick(field, Qt.Key.Key_Return)
            return
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    store = open_server_store(address)
    try:
        assert store is not None and store.engine == "postgresql"
        assert seen and "password" in seen[0]
        assert PASSWORD not in store.location
    finally:
        if store is not None:
            close_database(store)
