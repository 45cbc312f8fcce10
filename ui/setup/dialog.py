"""The first-run set-up: language, role, school or office, region, district, coordinator.

One short form rather than a multi-page wizard: a coordinator fills it in
under a minute with the keyboard.  Choosing a language re-labels the form at
once.  The values are checked by the core (``init_installation``); a wrong
one is named next to the form and gets the focus.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError, ValidationError
from app.i18n import Msg
from app.installation import init_installation
from app.reference import districts, load
from app.text import sort_key
from ui.i18n import current_language, install_translator, render, tr

if TYPE_CHECKING:
    from app.models import Installation

LANGUAGE_NAMES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))
ROLES = ("school", "office", "national")


def role_label(role: str) -> str:
    """The translated name of an installation role."""
    return {"school": tr("Setup", "School"), "office": tr("Setup", "Region office"),
            "national": tr("Setup", "National level")}[role]


class SetupDialog(QDialog):
    """Asks for what makes this installation; ``installation`` is set on success."""

    def __init__(self, language: str = "kk", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation: Installation | None = None
        self.setMinimumWidth(520)
        self.language = QComboBox()
        for code, label in LANGUAGE_NAMES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, [c for c, _ in LANGUAGE_NAMES].index(language)))
        self.role = QComboBox()
        self.name = QLineEdit()
        self.region = QComboBox()
        self.district = QComboBox()
        self.district.setEditable(True)
        self.coordinator = QLineEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, widget in zip(self.labels, (self.language, self.role, self.name, self.region,
                                               self.district, self.coordinator)):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.region.currentIndexChanged.connect(self._fill_districts)
        self._widgets = {"role": self.role, "name": self.name, "region": self.region,
                         "district": self.district, "coordinator": self.coordinator}
        if current_language() != language:
            install_translator(QApplication.instance(), language)
        self.retranslate()
        self.name.setFocus()

    # -- language ---------------------------------------------------------
    def _language_changed(self) -> None:
        install_translator(QApplication.instance(), self.language.currentData())
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the current language (also re-fills the lists)."""
        lang = self.language.currentData()
        self.setWindowTitle(tr("Setup", "Tirkeu: set-up"))
        self.intro.setText(tr("Setup", "Welcome to Tirkeu. Tell it once who uses this computer; "
                                       "everything is kept on this computer."))
        texts = (tr("Setup", "&Language:"), tr("Setup", "&Role:"), tr("Setup", "School or office &name:"),
                 tr("Setup", "Re&gion:"), tr("Setup", "&District:"), tr("Setup", "&Coordinator's full name:"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        role = self.role.currentData() or "school"
        self.role.blockSignals(True)
        self.role.clear()
        for code in ROLES:
            self.role.addItem(role_label(code), code)
        self.role.setCurrentIndex(ROLES.index(role))
        self.role.blockSignals(False)
        region = self.region.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        for item in sorted(load("regions"), key=lambda r: sort_key(r[lang])):
            self.region.addItem(item[lang], item["code"])
        index = self.region.findData(region) if region else -1
        self.region.setCurrentIndex(index)
        self.region.blockSignals(False)
        self.name.setPlaceholderText(tr("Setup", "e.g. No. 12 school-gymnasium"))
        self._fill_districts()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Setup", "Start"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Setup", "Cancel"))

    def _fill_districts(self) -> None:
        lang = self.language.currentData()
        typed = self.district.currentText()
        self.district.clear()
        code = self.region.currentData()
        if code:
            for item in sorted(districts(code), key=lambda d: sort_key(d.get(lang) or d["kk"])):
                self.district.addItem(item.get(lang) or item["kk"])
        self.district.setEditText(typed)

    # -- saving -----------------------------------------------------------
    def accept(self) -> None:
        self.error.clear()
        try:
            if self.region.currentIndex() < 0:
                raise ValidationError("region", _no_region())
            self.installation = init_installation(
                role=self.role.currentData(), name=self.name.text(), region=self.region.currentData(),
                district=self.district.currentText(), coordinator=self.coordinator.text(),
                language=self.language.currentData())
        except ValidationError as exc:
            self.error.setText(render(exc.msg))
            widget = self._widgets.get(exc.field)
            if widget is not None:
                widget.setFocus()
            return
        except KnownError as exc:
            self.error.setText(render(exc.msg))
            return
        super().accept()


def _no_region():
    return Msg("Setup", "Choose the region.")
