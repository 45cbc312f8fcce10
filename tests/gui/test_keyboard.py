"""The window from the keyboard alone: the cursor where typing starts, Ctrl+N and Ctrl+F right
after choosing an area, Enter opening a record, Tab through a list page, and IINs typed on the
Kazakh layout (whose number row types " ә і ң ғ , . ү ұ қ)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import Person
from app.validation.iin import make_iin
from tests.gui.conftest import type_text
from ui.aid.dialog import RecipientDialog
from ui.main_window import MainWindow
from ui.people.dialog import PersonDialog

IIN = make_iin(dt.date(2009, 8, 19), "M", 1234)
# The Kazakh layout's number row, key by key: 1 2 3 4 5 6 7 8 9 0
ON_KAZAKH_KEYS = dict(zip("1234567890", '"әіңғ,.үұқ'))


def kazakh_keys(digits: str) -> str:
    """What pressing the keys of ``digits`` types on the Kazakh layout."""
    return "".join(ON_KAZAKH_KEYS[d] for d in digits)


def show(qtbot, widget) -> None:
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()


@pytest.fixture
def opened(monkeypatch):
    """The forms the window would open (exec), as (class name, uid), without waiting on them."""
    from ui.aid.dialog import RecipientDialog
    from ui.events.dialog import EventDialog

    seen: list[tuple[str, str | None]] = []

    def fake_exec(dialog):
        seen.append((type(dialog).__name__, getattr(dialog, "uid", None)))
        dialog.dirty = False
        return 0
    for cls in (PersonDialog, EventDialog, RecipientDialog):
        monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


@pytest.fixture
def window(qtbot, store):
    for surname, name in (("Әлібекова", "Аружан"), ("Қасымов", "Ерлан"), ("Нұрмағамбетов", "Ерасыл")):
        Person(surname=surname, name=name).save()
    win = MainWindow(store)
    qtbot.addWidget(win)
    show(qtbot, win)
    return win


def choose_area(qtbot, win, key: str) -> None:
    """Click the area in the side list, as a coordinator does; the cursor stays in the list."""
    row = [a.key for a in win.areas].index(key)
    rect = win.nav.visualItemRect(win.nav.item(row))
    qtbot.mouseClick(win.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.stack.currentWidget() is win.area(key)
    assert QApplication.focusWidget() is win.nav


@pytest.mark.parametrize("make, first", [
    (lambda: PersonDialog(), "surname"),
    (lambda: RecipientDialog(), "picker"),
    (lambda: __import__("ui.events.dialog", fromlist=["EventDialog"]).EventDialog(), "title"),
    (lambda: __import__("ui.organisations.dialog", fromlist=["OrganisationDialog"]).OrganisationDialog(), "kind"),
    (lambda: __import__("ui.contests.dialogs", fromlist=["ContestDialog"]).ContestDialog(), "title"),
    (lambda: __import__("ui.tournaments.settings_dialog", fromlist=["TournamentDialog"]).TournamentDialog(),
     "name"),
])
def test_a_new_form_opens_with_the_cursor_in_its_first_field(qtbot, store, make, first):
    dialog = make()
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    field = getattr(dialog, first)
    assert QApplication.focusWidget() is field
    if hasattr(field, "text"):
        type_text(QApplication.focusWidget(), "Ә")  # typing goes there, not to a button
        assert "Ә" in field.text()
    dialog.dirty = False


@pytest.mark.parametrize("area, form", [("people", "PersonDialog"), ("events", "EventDialog"),
                                        ("aid", "RecipientDialog")])
def test_ctrl_n_right_after_choosing_an_area(qtbot, window, opened, area, form):
    choose_area(qtbot, window, area)
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [(form, None)]


def test_ctrl_f_after_choosing_an_area_then_enter_opens_the_person(qtbot, window, opened):
    choose_area(qtbot, window, "people")
    page = window.area("people")
    qtbot.waitUntil(lambda: len(page.model.ids) == 3)
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    type_text(page.search, "қасым")
    qtbot.waitUntil(lambda: len(page.model.ids) == 1)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # to the list, the match chosen
    assert QApplication.focusWidget() is page.view
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # opens it
    assert opened == [("PersonDialog", Person.get(Person.surname == "Қасымов").uid)]


def test_tab_into_the_list_arrows_and_enter(qtbot, window, opened):
    choose_area(qtbot, window, "people")
    page = window.area("people")
    qtbot.waitUntil(lambda: len(page.model.ids) == 3)
    page.focus_search()
    qtbot.keyClick(page.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.category  # the filter comes next
    qtbot.keyClick(page.category, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.view
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    row = page.view.currentIndex().row()
    qtbot.keyClick(page.view, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert opened == [("PersonDialog", page.model.uid(row))]
    # then the page's buttons, in order
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [page.new_button, page.export_button, page.delete_button, page.deleted_toggle]


def test_an_iin_typed_on_the_kazakh_layout_becomes_digits(qtbot, store, no_unsaved_question):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    type_text(dialog.surname, "Нұрмағамбетов")
    type_text(dialog.name, "Ерасыл")
    dialog.iin.setFocus()
    type_text(dialog.iin, kazakh_keys(IIN))
    assert dialog.iin.text() == IIN
    qtbot.keyClick(dialog.iin, Qt.Key.Key_Tab)  # the IIN fills the birth date and sex
    assert dialog.birth_date.value() == dt.date(2009, 8, 19) and dialog.sex.currentData() == "M"
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Person.get(Person.surname == "Нұрмағамбетов").iin == IIN


def test_a_corrected_iin_clears_the_red_message_at_once(qtbot, store, no_unsaved_question):
    dialog = RecipientDialog()
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    type_text(dialog.surname, "Сәрсенбаев")
    type_text(dialog.name, "Ұлан")
    wrong = IIN[:-1] + str((int(IIN[-1]) + 1) % 10)
    dialog.iin.setFocus()
    type_text(dialog.iin, kazakh_keys(wrong))
    qtbot.keyClick(dialog.iin, Qt.Key.Key_Tab)
    error = dialog.errors["iin"]
    assert error.isVisibleTo(dialog) and "check digit" in error.text()  # said on leaving the box
    dialog.iin.setFocus()
    dialog.iin.end(False)
    qtbot.keyClick(dialog.iin, Qt.Key.Key_Backspace)
    assert error.isVisibleTo(dialog)  # still wrong (11 digits): the reason stays
    type_text(dialog.iin, kazakh_keys(IIN[-1]))
    assert dialog.iin.text() == IIN
    assert not error.isVisibleTo(dialog)  # right: gone at once, before saving
    # the same after a refused save
    dialog.iin.selectAll()
    type_text(dialog.iin, wrong)
    assert not dialog.try_save() and error.isVisibleTo(dialog)
    dialog.iin.end(False)
    qtbot.keyClick(dialog.iin, Qt.Key.Key_Backspace)
    type_text(dialog.iin, IIN[-1])
    assert not error.isVisibleTo(dialog)
    assert dialog.try_save()


def test_the_picker_reads_kazakh_number_row_as_an_iin(qtbot, store):
    from ui.common.person_picker import PersonPicker
    from ui.events.attendance_tab import split_name

    Person(surname="Нұрмағамбетов", name="Ерасыл", iin=IIN).save()
    Person(surname="Әлібекова", name="Аружан").save()
    picker = PersonPicker()
    qtbot.addWidget(picker)
    type_text(picker, kazakh_keys(IIN[:8]))
    picker.update_matches()
    assert [Person.get(Person.uid == u).surname for u in picker.matches()] == ["Нұрмағамбетов"]
    assert split_name(kazakh_keys(IIN)) == {"iin": IIN}
    assert split_name("Әлібекова Аружан") == {"surname": "Әлібекова", "name": "Аружан", "patronymic": ""}


def test_enter_on_a_childs_aid_line_opens_it_and_never_closes_the_form(qtbot, store, monkeypatch):
    from app.aid.forms import save_recipient
    from app.aid.given import add_aid
    from ui.aid.aid_dialog import AidDialog

    child = save_recipient({"surname": "Сәрсенбаев", "name": "Ұлан"}, None, None)
    first = add_aid(child.uid, "uniform", dt.date(2025, 8, 20))
    add_aid(child.uid, "bag", dt.date(2025, 8, 21))
    opened: list[str | None] = []
    monkeypatch.setattr(AidDialog, "exec", lambda d: opened.append(d.uid) or 0)
    dialog = RecipientDialog(child.uid)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    dialog.aid_table.setFocus()
    row = dialog.aid_uids.index(first.uid)
    dialog.aid_table.selectRow(row)
    qtbot.keyClick(dialog.aid_table, Qt.Key.Key_Return)
    assert opened == [first.uid] and dialog.isVisible()
    qtbot.keyClick(dialog.aid_table, Qt.Key.Key_Tab)  # Tab leaves the table for its buttons
    assert QApplication.focusWidget() is not dialog.aid_table


@pytest.mark.parametrize("area", ["people", "events", "aid", "organisations", "certificates", "tournaments",
                                  "contests"])
def test_every_button_of_an_area_is_reached_with_tab(qtbot, window, area):
    from PySide6.QtWidgets import QAbstractButton

    choose_area(qtbot, window, area)
    page = window.area(area)
    qtbot.waitUntil(lambda: getattr(page, "list", page)._loaded)
    reached = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget in reached:
            break
        reached.append(widget)
    buttons = [b for b in page.findChildren(QAbstractButton)
               if b.isVisible() and b.isEnabled() and b.text() and b.window() is window]
    missed = [b.text() for b in buttons if b not in reached]
    assert buttons and not missed, f"not reachable with Tab in {area}: {missed}"
