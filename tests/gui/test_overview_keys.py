"""The overview's task buttons answer Alt and their underlined letter, in every language.

An underlined letter used twice in one window (a task button and a menu)
does not press the button: Qt only moves between the two.  The Kazakh
«&Флешкаға жазу» shared Ф with «&Файл», the Russian «Печать &сертификатов»
С with «&Справка».
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow


def mnemonic(text: str) -> str:
    """The underlined letter of a label ('' if none)."""
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].upper() if index >= 0 else ""


@pytest.fixture
def window(qtbot, store):
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_each_underlined_letter_of_the_overview_is_used_once(qapp, window, lang):
    from ui.i18n import install_translator

    install_translator(qapp, lang)
    QApplication.processEvents()
    texts = [button.text() for button in window.home.task_buttons.values() if not button.isHidden()]
    texts += [menu.title() for menu in (window.file_menu, window.help_menu)]
    letters = [mnemonic(text) for text in texts]
    assert all(letters), texts
    assert len(set(letters)) == len(letters), texts


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_alt_and_the_letter_writes_to_the_usb_stick(qtbot, qapp, window, lang):
    from ui.i18n import install_translator

    install_translator(qapp, lang)
    QApplication.processEvents()
    letter = mnemonic(window.home.task_buttons["write_bundle"].text())
    QTest.keySequence(window.nav, QKeySequence(QKeyCombination(Qt.KeyboardModifier.AltModifier,
                                                               Qt.Key(ord(letter)))))
    sync = window.area("sync")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is sync)  # the button's animated click
    assert QApplication.focusWidget() is sync.export_button
