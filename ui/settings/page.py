"""Settings: the program's language (saved with the installation) and where data lives."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.errors import KnownError
from app.installation import get_installation, set_language
from app.keys import fingerprint
from ui.common.errors import shows_errors
from ui.i18n import current_language, install_translator, tr
from ui.setup.dialog import LANGUAGE_NAMES

if TYPE_CHECKING:  # annotations only: the store is handed in at start-up
    from app.db.store import Store


class SettingsPage(QWidget):
    """Language switch (applies at once) and facts for support calls."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.language = QComboBox()
        for code, label in LANGUAGE_NAMES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.db_path = QLabel(store.location)
        self.fingerprint = QLabel()
        for label in (self.db_path, self.fingerprint):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.language, self.db_path, self.fingerprint)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    @shows_errors()
    def _language_changed(self) -> None:
        code = self.language.currentData()
        try:
            set_language(code)
        except KnownError:  # not saved (the database busy, say): the choice shows what is in use
            self.language.blockSignals(True)
            self.language.setCurrentIndex(self.language.findData(current_language()))
            self.language.blockSignals(False)
            raise
        install_translator(QApplication.instance(), code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(tr("Settings", "Settings"))
        self.labels[0].setText(tr("Settings", "&Language of the program:"))
        self.labels[1].setText(tr("Settings", "Database file:"))
        self.labels[2].setText(tr("Settings", "Signing key fingerprint:"))
        inst = get_installation()
        self.fingerprint.setText(fingerprint(inst.public_key) if inst else "—")
