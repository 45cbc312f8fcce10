"""File → Open a server database…: the address of an office's PostgreSQL database, and its password.

The address (server, port, database, user) is remembered for next time; the
password never is: it is asked for, or libpq finds it in the user's
``.pgpass``.  Tirkeu then starts again on that database (one window, one
database), handing the password to the new process in its environment only.
"""
from __future__ import annotations

import os
import sys
from urllib.parse import quote, urlsplit

from PySide6.QtCore import QProcess, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.paths import data_dir
from ui.i18n import current_language, tr

SETTINGS_KEY = "server/address"


def make_address(host: str, port: int, database: str, user: str) -> str:
    """``postgresql://user@host:port/database`` (no password), with unusual characters escaped."""
    host = host.strip() or "localhost"
    user_part = f"{quote(user.strip(), safe='')}@" if user.strip() else ""
    return f"postgresql://{user_part}{host}:{int(port)}/{quote(database.strip(), safe='')}"


def _settings() -> QSettings:
    # In the data folder beside the default database (tests point TIRKEU_DATA_DIR elsewhere).
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


def remembered_address() -> str:
    """The server address used last on this computer ('' if none); never a password."""
    return str(_settings().value(SETTINGS_KEY, "") or "")


class ServerDialog(QDialog):
    """Where the office's server database is, and the password for this time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Server", "Open a server database"))
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        form = QFormLayout()
        form.addRow(tr("Server", "Server (name or address):"), self.host)
        form.addRow(tr("Server", "Port:"), self.port)
        form.addRow(tr("Server", "Database:"), self.database)
        form.addRow(tr("Server", "User:"), self.user)
        form.addRow(tr("Server", "Password:"), self.password)
        hint = QLabel(tr("Server", "The password is not saved. Leave it empty if the server does not ask for one "
                                   "or it is in your .pgpass file."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill(remembered_address())

    def _fill(self, address: str) -> None:
        if not address:
            return
        parts = urlsplit(address)
        self.host.setText(parts.hostname or "")
        if parts.port:
            self.port.setValue(parts.port)
        self.database.setText(parts.path.lstrip("/"))
        self.user.setText(parts.username or "")

    def address(self) -> str:
        """The address typed (without the password)."""
        return make_address(self.host.text(), self.port.value(), self.database.text(), self.user.text())

    def accept(self) -> None:
        if not self.host.text().strip() or not self.database.text().strip():
            self.message.setText(tr("Server", "Type the server and the database."))
            return
        settings = _settings()
        settings.setValue(SETTINGS_KEY, self.address())
        settings.sync()
        super().accept()


def open_server_database(parent: QWidget | None = None) -> bool:
    """Ask for the address; start Tirkeu on it and close this window. False if cancelled."""
    dialog = ServerDialog(parent)
    if not dialog.exec():
        return False
    restart_on(dialog.address(), dialog.password.text())
    return True


def restart_on(address: str, password: str = "") -> bool:
    """Start a new Tirkeu window on ``address``; the password goes in its environment, never a file."""
    process = QProcess()
    environment = process.processEnvironment()
    if environment.isEmpty():
        from PySide6.QtCore import QProcessEnvironment

        environment = QProcessEnvironment.systemEnvironment()
    if password:
        environment.insert("PGPASSWORD", password)
    process.setProcessEnvironment(environment)
    if getattr(sys, "frozen", False):
        program, arguments = sys.executable, []
    else:
        program, arguments = sys.executable, ["-m", "ui"]
    arguments += ["--db", address, "--lang", current_language()]
    process.setProgram(program)
    process.setArguments(arguments)
    started = bool(process.startDetached()[0])
    if started:
        app = QApplication.instance()
        if app is not None:
            app.quit()
    return started


def ask_password(address: str, parent: QWidget | None = None) -> str | None:
    """The password for ``address`` (None if cancelled); kept in this process's environment only."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, tr("Server", "Password"),
                                    tr("Server", "Password of {address}:").replace("{address}", address),
                                    QLineEdit.EchoMode.Password)
    if not ok:
        return None
    os.environ["PGPASSWORD"] = text
    return text
