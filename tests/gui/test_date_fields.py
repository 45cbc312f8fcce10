"""Date fields typed and picked as a coordinator does it: any usual spelling, Tab moves on,
a wrong date is explained at the field and never saved as "no date", calendars in kk/ru/en."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QToolButton

from app.models import Event, Person
from tests.gui.conftest import type_text
from ui.events.dialog import EventDialog
from ui.i18n import install_translator
from ui.people.dialog import PersonDialog

AUG_19 = dt.date(2009, 8, 19)
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
             "қазан", "қараша", "желтоқсан"]
RU_MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
             "октябрь", "ноябрь", "декабрь"]


@pytest.fixture
def person_form(qtbot, store, no_unsaved_question):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    return dialog


def show(qtbot, dialog) -> None:
    """Show and activate the form: shortcuts (Ctrl+S) and focus need an active window."""
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()


def tab_to(qtbot, dialog, target) -> int:
    """Press Tab until ``target`` has the cursor; the number of presses."""
    for presses in range(1, 30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is target:
            return presses
    raise AssertionError(f"Tab never reached {target!r}")


@pytest.mark.parametrize("typed", ["19.08.2009", "19082009", "19.08.09", "2009-08-19", "19/08/2009",
                                   "19-08-2009", "19/8/09"])
def test_a_birth_date_typed_as_people_write_it(qtbot, person_form, typed):
    form = person_form
    assert QApplication.focusWidget() is form.surname  # a new form starts in its first field
    type_text(form.surname, "Нұрмағамбетов")
    tab_to(qtbot, form, form.birth_date)
    qtbot.keyClicks(form.birth_date, typed)
    qtbot.keyClick(form.birth_date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.sex  # Tab moved on
    assert form.birth_date.text() == "19.08.2009"
    assert form.birth_date.value() == AUG_19
    assert not form.errors["birth_date"].isVisibleTo(form)
    form.dirty = False


def test_a_date_typed_on_the_kazakh_number_row(qtbot, person_form):
    form = person_form
    form.birth_date.setFocus()
    type_text(form.birth_date, '"ұ№қү№әққұ')  # the keys 1 9 . 0 8 . 2 0 0 9 on the Kazakh layout
    qtbot.keyClick(form.birth_date, Qt.Key.Key_Tab)
    assert form.birth_date.text() == "19.08.2009" and form.birth_date.value() == AUG_19
    form.dirty = False


def test_an_empty_date_never_traps_tab(qtbot, store, no_unsaved_question):
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.title
    type_text(dialog.title, "Құқықтық мәдениет")
    tab_to(qtbot, dialog, dialog.start_date)
    qtbot.keyClick(dialog.start_date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.end_date  # empty: one Tab moves on
    qtbot.keyClick(dialog.end_date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.start_time
    qtbot.keyClicks(dialog.start_time, "10:00")
    qtbot.keyClick(dialog.start_time, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.duration
    qtbot.keyClicks(dialog.duration, "45")
    qtbot.keyClick(dialog.duration, Qt.Key.Key_Tab)
    type_text(dialog.place, "Акт залы")
    assert dialog.end_date.text() == "" and dialog.end_date.value() is None
    assert dialog.start_time.text() == "10:00" and dialog.duration.value() == 45
    assert dialog.place.text() == "Акт залы"
    dialog.kind.setCurrentIndex(dialog.kind.findData("lecture"))
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    event = Event.get()
    assert (event.start_date, event.end_date) == (dt.date.today(), dt.date.today())
    assert (event.start_time, event.duration_minutes, event.place) == ("10:00", 45, "Акт залы")
    dialog.dirty = False


@pytest.mark.parametrize("typed, says", [
    ("31.02.2010", "month 02 of 2010 has 28 days"),
    ("99.99.9999", "no month 99"),
    ("—19082009", "is not a date"),
])
def test_an_impossible_date_is_explained_and_never_saved_as_no_date(qtbot, person_form, typed, says):
    form = person_form
    type_text(form.surname, "Оспанов")
    type_text(form.name, "Дәулет")
    form.birth_date.setFocus()
    type_text(form.birth_date, typed)
    qtbot.keyClick(form.birth_date, Qt.Key.Key_Tab)
    error = form.errors["birth_date"]
    assert error.isVisibleTo(form) and says in error.text()  # said at the field, on leaving it
    assert form.birth_date.text() == typed  # what was typed stays, to be corrected
    assert "#b00020" in form.birth_date.styleSheet()
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible() and Person.select().count() == 0  # refused, not saved without a date
    assert error.isVisibleTo(form) and says in error.text()
    assert QApplication.focusWidget() is form.birth_date
    # corrected: the red message goes at once, before saving
    form.birth_date.selectAll()
    qtbot.keyClicks(form.birth_date, "19.08.2009")
    assert not error.isVisibleTo(form) and form.birth_date.styleSheet() == ""
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    assert Person.get(Person.surname == "Оспанов").birth_date == AUG_19


def test_a_birth_date_in_the_future_is_refused(qtbot, person_form):
    form = person_form
    type_text(form.surname, "Болашақов")
    type_text(form.name, "Ерлан")
    form.birth_date.setFocus()
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    qtbot.keyClicks(form.birth_date, tomorrow.strftime("%d.%m.%Y"))
    qtbot.keyClick(form.birth_date, Qt.Key.Key_Tab)
    assert "future" in form.errors["birth_date"].text()
    assert not form.try_save() and Person.select().count() == 0
    form.dirty = False


def test_an_event_with_a_wrong_end_date_is_not_saved(qtbot, store, no_unsaved_question):
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    type_text(dialog.title, "Семинар")
    dialog.end_date.setFocus()
    type_text(dialog.end_date, "30.02.2026")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Event.select().count() == 0
    assert "month 02 of 2026 has 28 days" in dialog.errors["end_date"].text()
    dialog.end_date.clear()
    dialog.dirty = False


def calendar_month_and_days(field) -> tuple[str, list[str]]:
    calendar = field.popup.calendar
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton").text()
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    days = [view.model().index(0, c).data() for c in range(7)]
    return month, days


def test_the_calendar_speaks_the_interface_language_and_opens_at_a_sensible_month(qtbot, qapp, person_form):
    form = person_form
    install_translator(qapp, "kk")
    form.birth_date.setFocus()
    qtbot.keyClick(form.birth_date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = form.birth_date.popup
    assert popup.isVisible()
    shown = popup.calendar.selectedDate()
    today = dt.date.today()
    assert shown.year() == today.year - 12  # a school child's year, not January 1900
    month, days = calendar_month_and_days(form.birth_date)
    assert month.lower() == KK_MONTHS[shown.month() - 1]
    assert days[0].lower() == "дс" and days[6].lower() == "жс"  # Monday first, Kazakh names
    # Enter takes the date shown
    qtbot.keyClick(popup.calendar.findChild(QTableView, "qt_calendar_calendarview"), Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert form.birth_date.value() == dt.date(shown.year(), shown.month(), shown.day())
    # Russian: the consent date (not a birth date) opens at today
    install_translator(qapp, "ru")
    form.consent_date.setFocus()
    qtbot.keyClick(form.consent_date, Qt.Key.Key_F4)
    shown = form.consent_date.popup.calendar.selectedDate()
    assert (shown.year(), shown.month(), shown.day()) == (today.year, today.month, today.day)
    month, days = calendar_month_and_days(form.consent_date)
    assert month.lower() == RU_MONTHS[today.month - 1] and days[0].lower() == "пн"
    qtbot.keyClick(form.consent_date.popup.calendar, Qt.Key.Key_Escape)
    assert not form.consent_date.popup.isVisible() and form.consent_date.value() is None
    # a date already typed: the calendar opens on it
    form.consent_date.set_value(dt.date(2024, 9, 2))
    form.consent_date.open_calendar()
    assert form.consent_date.popup.calendar.selectedDate().toPython() == dt.date(2024, 9, 2)
    form.consent_date.popup.hide()
    QApplication.processEvents()  # the language change reaches the form
    form.dirty = False


def test_aid_date_is_typed_like_every_other_date(qtbot, store, no_unsaved_question):
    from app.aid.forms import save_recipient
    from ui.aid.aid_dialog import AidDialog

    child = save_recipient({"surname": "Сәрсенбаев", "name": "Ұлан"}, None, None)
    dialog = AidDialog(child.uid)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    assert dialog.date.value() == dt.date.today()
    assert QApplication.focusWidget() is dialog.item
    tab_to(qtbot, dialog, dialog.date)
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "20.08.24")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)
    assert dialog.date.text() == "20.08.2024" and QApplication.focusWidget() is dialog.status
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "32.08.2024")
    assert not dialog.try_save()
    assert "month 08 of 2024 has 31 days" in dialog.errors["given_date"].text()
    dialog.dirty = False


def test_the_events_list_filtered_by_typed_dates(qtbot, store):
    from app.events.forms import save_event
    from ui.main_window import MainWindow

    for title, start in (("Дәріс 1", dt.date(2024, 9, 5)), ("Дәріс 2", dt.date(2024, 10, 10)),
                         ("Флешмоб", dt.date(2024, 10, 12))):
        save_event({"title": title, "kind": "lecture", "start_date": start})
    win = MainWindow(store)
    qtbot.addWidget(win)
    show(qtbot, win)
    win.show_area("events")
    page = win.area("events")
    qtbot.waitUntil(lambda: len(page.model.ids) == 3)
    page.focus_search()
    presses = tab_to(qtbot, page, page.date_from)  # search → programme → kind → From
    assert presses == 3
    qtbot.keyClicks(page.date_from, "1.10.24")
    qtbot.keyClick(page.date_from, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.date_to
    assert page.date_from.text() == "01.10.2024"
    assert [page.model.values(r)[0] for r in range(page.model.rowCount())] == ["Флешмоб", "Дәріс 2"]
    qtbot.keyClicks(page.date_to, "11.13.2024")
    qtbot.keyClick(page.date_to, Qt.Key.Key_Tab)
    assert "no month 13" in page.date_to.toolTip() and "#b00020" in page.date_to.styleSheet()
    assert len(page.model.ids) == 2  # a wrong end is no end: nothing hidden by it
    page.date_to.setFocus()
    page.date_to.selectAll()
    qtbot.keyClicks(page.date_to, "11.10.2024")
    qtbot.keyClick(page.date_to, Qt.Key.Key_Return)
    assert [page.model.values(r)[0] for r in range(page.model.rowCount())] == ["Дәріс 2"]
    assert page.date_to.styleSheet() == ""
