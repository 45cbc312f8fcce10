"""GUI fixtures: compiled translations, and English as the starting language."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ROOT


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Build the .qm files if `make` has not (running pytest directly)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_translations.py"), str(lrelease)],
                   check=True, capture_output=True)


@pytest.fixture(autouse=True)
def english_first(qapp):
    """Each GUI test starts in English and leaves English behind."""
    from ui.i18n import install_translator

    install_translator(qapp, "en")
    yield
    install_translator(qapp, "en")


def type_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, Kazakh letters included.

    ``qtbot.keyClicks`` maps characters to ASCII key codes and aborts on
    letters like ә or Қ, so each key event here carries its text instead.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def no_unsaved_question(monkeypatch, qapp):
    """A form left with unsaved changes would ask (and wait) when the test closes it.

    Afterwards the closed windows are really deleted: pytest-qt only calls
    deleteLater, which no event loop runs here, so they would pile up and every
    later language switch would reach them all (and any database they query).
    The test fails if a form was left with unsaved changes.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.common.form_dialog import FormDialog

    asked: list[str] = []
    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: asked.append(self.windowTitle()) or "discard")
    yield asked
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not asked, f"forms left with unsaved changes: {asked}"


@pytest.fixture
def dialogs(monkeypatch):
    """Every warning, critical and crash box the window shows, as (kind, text), without showing them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(("warning", text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a, **k: shown.append(("critical", text)))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(("crash", self.text())) or 0)
    return shown
