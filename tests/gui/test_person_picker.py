"""The participants' picker: Enter takes the best guess, never a stale one, never someone already listed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import Person
from tests.gui.conftest import type_text
from ui.common.person_picker import PersonPicker


def person(surname: str, name: str) -> str:
    p = Person(surname=surname, name=name)
    p.save()
    return p.uid


def picker_with(qtbot, listed=()):
    picker = PersonPicker()
    qtbot.addWidget(picker)
    picker.listed = lambda: set(listed)
    picker.show()
    picker.setFocus()
    got: dict = {"picked": [], "new": []}
    picker.picked.connect(got["picked"].append)
    picker.newPerson.connect(got["new"].append)
    return picker, got


def settle(qtbot, picker) -> None:
    qtbot.waitUntil(lambda: not picker._timer.isActive())
    QApplication.processEvents()


def test_a_name_that_begins_with_the_typed_letters_is_the_first_guess(qtbot, store):
    person("Әбілқасымова", "Дана")
    wanted = person("Қасымова", "Інжу")
    picker, got = picker_with(qtbot)
    type_text(picker, "қасым")
    settle(qtbot, picker)
    assert picker.matches()[0] == wanted  # Ә sorts first, but only Қасымова begins with «қасым»
    qtbot.keyClick(picker.completer_.popup(), Qt.Key.Key_Return)
    assert got["picked"] == [wanted]


def test_someone_already_on_the_list_is_never_the_first_guess(qtbot, store):
    listed = person("Қасымова", "Інжу")
    other = person("Қасымов", "Ерлан")
    picker, got = picker_with(qtbot, listed=[listed])
    type_text(picker, "қасым")
    settle(qtbot, picker)
    assert picker.matches() == [other, listed]


def test_enter_right_after_typing_a_new_name_never_takes_the_previous_match(qtbot, store):
    person("Ізбасарова", "Інжу")
    picker, got = picker_with(qtbot)
    type_text(picker, "Ізбас")
    settle(qtbot, picker)
    assert picker.completer_.popup().isVisible()
    picker.selectAll()
    type_text(picker, "Жұмабаева Әсел")  # Enter at once, before the matches are looked up again
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert got["picked"] == [] and got["new"] == ["Жұмабаева Әсел"]


def test_no_match_shows_no_empty_box(qtbot, store):
    person("Ізбасарова", "Інжу")
    picker, _ = picker_with(qtbot)
    type_text(picker, "Ізбас")
    settle(qtbot, picker)
    type_text(picker, "qqq")
    settle(qtbot, picker)
    assert not picker.completer_.popup().isVisible()
