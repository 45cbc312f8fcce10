"""Help → About: the facts the office asks for on a support call."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.stats import database_info
from ui.i18n import tr

if TYPE_CHECKING:  # annotations only: the store is handed in at start-up
    from app.db.store import Store


def about_rows(store: Store) -> list[tuple[str, str]]:
    """(label, value) pairs shown in the About dialog and copied by its button."""
    info = database_info(store)
    size_mb = info["size_bytes"] / 1_048_576
    return [
        (tr("About", "Version"), info["version"]),
        (tr("About", "Database"), info["database"]),
        (tr("About", "Database size"), tr("About", "{size} MB").format(size=f"{size_mb:.1f}")),
        (tr("About", "Schema version"), str(info["schema_version"])),
        (tr("About", "Installation id"), info.get("installation", "—")),
        (tr("About", "Key fingerprint"), info.get("fingerprint", "—")),
    ]


class AboutDialog(QDialog):
    """Version, database path and size, schema, installation id, key fingerprint."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About", "About Tirkeu"))
        self.rows = about_rows(store)
        form = QFormLayout()
        for label, value in self.rows:
            text = QLabel(value)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + ":", text)
        intro = QLabel(tr("About", "Tirkeu: events, participants and aid for school coordinators. "
                                   "Works without the internet."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("About", "Close"))
        copy = QPushButton(tr("About", "Copy details"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def details(self) -> str:
        """The facts as plain text."""
        return "\n".join(f"{label}: {value}" for label, value in self.rows)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
