"""Search without the Kazakh layout, and a person typed twice, driven through the real widgets.

``QTest.keyClicks`` aborts on any non-ASCII letter (qasciikey.cpp asserts), so
names are typed with :func:`tests.gui.conftest.type_text`: one real key press
and release per letter, carrying the letter, sent to the focused box.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from app.models import Organisation, Person
from app.validation.iin import make_iin
from tests.gui.conftest import type_text
from ui.main_window import MainWindow
from ui.people.dialog import PersonDialog

BORN = dt.date(2009, 8, 19)


@pytest.fixture
def people(qtbot, store):
    school = Organisation(kind="school", name="№12 мектеп")
    school.save()
    Person(surname="Нұрмағамбетов", name="Ерасыл", birth_date=BORN, school=school).save()
    Person(surname="Нурмагамбетова", name="Айгерим").save()
    Person(surname="Қасымов", name="Ерлан").save()
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    win.show_area("people")
    page = win.area("people")
    qtbot.waitUntil(lambda: len(page.model.ids) == 3)
    return page


def shown(page) -> list[str]:
    return [page.model.values(r)[0] for r in range(page.model.rowCount())]


class ModalScript:
    """Acts on modal windows as they open (a form, then the question inside it), in order.

    Each step waits until the active modal window passes its test, then acts
    on it with real clicks and key presses; ``exec()`` runs its own event
    loop, so a timer of that loop does the acting.
    """

    def __init__(self, *steps: tuple[Callable[[QWidget], bool], Callable[[QWidget], None]]) -> None:
        self.steps = list(steps)
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        window = QApplication.activeModalWidget()
        if not self.steps or window is None or not self.steps[0][0](window):
            return
        _, act = self.steps.pop(0)
        self.seen.append(window.text() if isinstance(window, QMessageBox) else window.windowTitle())
        # Acted on after this slot returns: a form's exec() opens the question's own event loop, in
        # which Qt would never fire this timer again while its slot were still running.
        QTimer.singleShot(0, lambda: act(window))
        if not self.steps:
            self.timer.stop()


def is_question(window: QWidget) -> bool:
    return window.objectName() == "duplicateQuestion"


def click_button(text: str) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        buttons = {b.text(): b for b in box.buttons()}
        if text not in buttons:
            box.reject()  # closed, or the test would wait on it for ever
            raise AssertionError(f"no button {text!r} among {list(buttons)}")
        QTest.mouseClick(buttons[text], Qt.MouseButton.LeftButton)
    return act


def fill_new_person(dialog: PersonDialog, surname: str, name: str, iin: str) -> None:
    """Type the names and an IIN (which fills the birth date on leaving the box), as a coordinator would."""
    for box, text in ((dialog.surname, surname), (dialog.name, name), (dialog.iin, iin)):
        box.setFocus()
        type_text(box, text)
    QTest.keyClick(dialog.iin, Qt.Key.Key_Tab)  # leaving the IIN box fills the birth date


def press_save(dialog: PersonDialog) -> None:
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_typing_russian_letters_finds_kazakh_names(qtbot, people):
    people.search.setFocus()
    type_text(people.search, "нурмаг")
    qtbot.waitUntil(lambda: shown(people) == ["Нурмагамбетова", "Нұрмағамбетов"])
    people.search.clear()
    type_text(people.search, "НҰРМАҒ")  # and Kazakh letters typed find the name written without them
    qtbot.waitUntil(lambda: shown(people) == ["Нурмагамбетова", "Нұрмағамбетов"])
    people.search.clear()
    type_text(people.search, "касым")
    qtbot.waitUntil(lambda: shown(people) == ["Қасымов"])
    people.search.clear()
    type_text(people.search, "нурмагх")
    qtbot.waitUntil(lambda: shown(people) == [])


def test_a_person_typed_again_asks_and_opens_the_registered_one(qtbot, people):
    existing = Person.get(Person.surname == "Нұрмағамбетов")
    opened: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        fill_new_person(dialog, "Нурмагамбетов", "Ерасыл", make_iin(BORN, "M", 41))
        press_save(dialog)

    def look_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        opened.append(dialog.surname.text())
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    script = ModalScript(
        (lambda w: isinstance(w, PersonDialog) and w.uid is None, fill),
        (is_question, click_button("Open the existing one")),
        (lambda w: isinstance(w, PersonDialog) and w.uid == existing.uid, look_and_close),
    )
    QTest.mouseClick(people.new_button, Qt.MouseButton.LeftButton)
    assert not script.steps, f"not reached: {len(script.steps)} steps; seen {script.seen}"
    question = script.seen[1]
    assert "already registered: Нұрмағамбетов Ерасыл, 19.08.2009, №12 мектеп" in question
    assert opened == ["Нұрмағамбетов"]  # the registered person's own form opened
    assert Person.select().count() == 3  # nobody added


def test_cancel_goes_back_to_the_form_and_save_anyway_adds_a_second_person(qtbot, store, no_unsaved_question):
    Person(surname="Нұрмағамбетов", name="Ерасыл", birth_date=BORN).save()
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):  # key presses go to the focused box of the active window
        dialog.activateWindow()
    fill_new_person(dialog, "НУРМАГАМБЕТОВ", "ерасыл", make_iin(BORN, "M", 42))
    assert dialog.birth_date.value() == BORN

    script = ModalScript((is_question, click_button("Cancel")))
    press_save(dialog)
    assert not script.steps and "name and birth date" in script.seen[0]
    assert dialog.isVisible() and dialog.surname.text() == "НУРМАГАМБЕТОВ"  # back in the form, nothing lost
    assert Person.select().count() == 1

    script = ModalScript((is_question, click_button("Save as a new person anyway")))
    press_save(dialog)
    assert not script.steps and not dialog.isVisible()
    assert Person.select().count() == 2 and dialog.person_uid and not dialog.opened_existing


def test_the_same_iin_offers_no_second_record(qtbot, store, no_unsaved_question):
    iin = make_iin(BORN, "M", 43)
    existing = Person(surname="Сейітқали", name="Нұрсұлтан", birth_date=BORN, iin=iin)
    existing.save()
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):  # key presses go to the focused box of the active window
        dialog.activateWindow()
    fill_new_person(dialog, "Другая", "Фамилия", iin)

    buttons: list[str] = []
    script = ModalScript((is_question, lambda box: buttons.extend(b.text() for b in box.buttons())
                          or click_button("Open the existing one")(box)))
    press_save(dialog)
    assert not script.steps and "with this IIN" in script.seen[0]
    assert sorted(buttons) == ["Cancel", "Open the existing one"]
    assert dialog.person_uid == existing.uid and dialog.opened_existing and Person.select().count() == 1
