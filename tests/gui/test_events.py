"""Events area driven through its widgets: the form, registering people, rules, lists."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QMessageBox

from app.events.forms import save_event
from app.events.rules import check_event, participant_count
from app.i18n import catalog
from app.models import Attendance, Event, Person
from tests.gui.conftest import type_text
from ui.events.dialog import APPOINTMENTS, HEADCOUNT, PARTICIPANTS, EventDialog
from ui.events.tables import NAME, ROLE, STATUS
from ui.main_window import MainWindow
from ui.people.dialog import PersonDialog

# 19 people, each found by typing a part of the surname no one else has.
SURNAMES = ["Абенов", "Бекмұратов", "Жақсылықов", "Дәулетов", "Ермеков", "Жұмабаев", "Зейнуллин",
            "Исабеков", "Қасымов", "Ләззатов", "Мұхтаров", "Нұрпейісов", "Оспанов", "Төлегенов",
            "Уәлиханов", "Файзуллин", "Хамитов", "Шәріпов", "Ыбыраев"]
DAY = dt.date(2024, 10, 14)


@pytest.fixture(autouse=True)
def asked(monkeypatch) -> list[str]:
    """Never block on "Save the changes?" (a failed test closes a changed form); record the asks."""
    from ui.common.form_dialog import FormDialog

    calls: list[str] = []
    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: calls.append(self.windowTitle()) or "discard")
    return calls


def people(*surnames: str) -> list[Person]:
    out = []
    for surname in surnames:
        person = Person(surname=surname, name="Арман")
        person.save()
        out.append(person)
    return out


def set_count(qtbot, box, value: int) -> None:
    """Type a number into a count box as a user does: select what is there, type."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    box.interpretText()


def ctrl_s(qtbot, dialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def show(qtbot, dialog) -> None:
    """Show and activate the form: shortcuts (Ctrl+S) and focus need an active window."""
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()


def new_dialog(qtbot, title: str, kind: str) -> EventDialog:
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    assert dialog.title.hasFocus()  # a new event starts at its title
    type_text(dialog.title, title)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    return dialog


def test_create_a_lecture_and_register_20_people_from_the_keyboard(qtbot, store, asked):
    people(*SURNAMES)
    dialog = new_dialog(qtbot, "Дәріс: Тұтынушылардың құқықтары", "lecture")
    dialog.duration.setFocus()
    qtbot.keyClicks(dialog.duration, "45")
    type_text(dialog.start_time, "15:00")
    type_text(dialog.place, "Мәжіліс залы")
    assert not dialog.attendance.picker.isEnabled()  # not saved yet: nothing can be added
    assert "Save the event first" in dialog.attendance.notice.text()

    ctrl_s(qtbot, dialog)  # the first save creates it and keeps the form open
    assert dialog.isVisible() and dialog.uid is not None
    assert Event.get_by_id(dialog.uid).duration_minutes == 45
    assert dialog.tabs.currentIndex() == PARTICIPANTS and dialog.status.text().startswith("Saved")
    tab = dialog.attendance
    picker = tab.picker
    assert picker.isEnabled() and picker.hasFocus()

    for n, surname in enumerate(SURNAMES, start=1):
        type_text(picker, surname[:4].lower())
        qtbot.keyClick(picker, Qt.Key.Key_Return)
        assert len(tab.rows) == n, surname
        assert picker.text() == "" and picker.hasFocus()  # ready for the next name
    assert dialog.isVisible()  # Enter never closed the form

    def fill_new_person():
        form = QApplication.activeModalWidget()
        assert isinstance(form, PersonDialog)
        assert (form.surname.text(), form.name.text()) == ("Жаңабаев", "Өркен")
        form.try_save()

    QTimer.singleShot(0, fill_new_person)
    type_text(picker, "Жаңабаев Өркен")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert Person.select().where(Person.surname == "Жаңабаев").count() == 1
    assert len(tab.rows) == 20
    qtbot.waitUntil(picker.hasFocus)  # the form is active again, the cursor back in the picker
    assert tab.counter.text() == "20 participant(s)"
    assert dialog.tabs.tabText(PARTICIPANTS) == "Participants (20)"
    assert participant_count(dialog.uid) == 20
    assert not [i for i in check_event(Event.get_by_id(dialog.uid), 20) if i.field == "participants"]
    assert dialog.badge.isHidden()  # 45 minutes and 20 people: every rule met

    # Delete takes the selected person off the list; typing them again brings the row back.
    tab.table.setFocus()
    tab.table.selectRow(0)
    gone = tab.rows[0]
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(tab.rows) == 19 and dialog.badge.isVisible() and "19 participants" in dialog.badge.text()
    type_text(picker, gone.full_name.split()[0][:4].lower())
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert len(tab.rows) == 20 and Attendance.select().count() == 20  # the same row revived

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing unsaved: closes without asking
    assert not dialog.isVisible() and asked == []


def test_changing_a_role_in_the_table_saves_it(qtbot, store):
    person, = people("Абенов")
    event = save_event({"title": "Дәріс", "kind": "lecture", "start_date": DAY})
    dialog = EventDialog(uid=event.uid)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    tab = dialog.attendance
    type_text(tab.picker, "абен")
    qtbot.keyClick(tab.picker, Qt.Key.Key_Return)
    role = tab.model.index(0, ROLE)
    tab.table.setCurrentIndex(role)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)  # edit the role
    editor = tab.table.findChild(QComboBox)
    editor.setCurrentIndex(editor.findData("speaker"))
    editor.activated.emit(editor.currentIndex())
    assert Attendance.get(Attendance.person == person.uid).role == "speaker"
    assert role.data() == "Speaker" and tab.rows[0].role == "speaker"


def test_a_75_minute_lecture_shows_the_duration_badge_but_still_saves(qtbot, store):
    dialog = new_dialog(qtbot, "Дәріс: ұзақ", "lecture")
    dialog.duration.setFocus()
    qtbot.keyClicks(dialog.duration, "75")
    assert dialog.badge.isVisible()
    assert "It lasted 75 minutes" in dialog.badge.text() and "40–60" in dialog.badge.text()
    assert "Not met" in dialog.badge.text()
    assert "40–60 minutes" in dialog.hints.text()  # the kind's rules shown under it
    ctrl_s(qtbot, dialog)
    assert dialog.uid is not None and Event.get_by_id(dialog.uid).duration_minutes == 75
    assert not any(label.isVisibleTo(dialog) for label in dialog.errors.values())


def test_a_flash_mob_whose_numbers_do_not_add_up_shows_the_error_beside_the_total(qtbot, store):
    dialog = new_dialog(qtbot, "«Заң — бәріне ортақ» флешмобы", "flash_mob")
    assert dialog.tabs.isTabVisible(HEADCOUNT) and not dialog.tabs.isTabVisible(PARTICIPANTS)
    assert "head-count" in dialog.hints.text()
    boxes = dialog.headcount.boxes
    for key, value in (("headcount", 1000), ("hc_pupils", 500), ("hc_teachers", 100),
                       ("hc_parents", 100), ("hc_others", 100)):
        set_count(qtbot, boxes[key], value)
    assert "= 800" in dialog.headcount.sum_label.text()
    assert not dialog.try_save()
    error = dialog.errors["headcount"]
    assert error.isVisibleTo(dialog) and "do not add up" in error.text() and "800" in error.text()
    assert dialog.tabs.currentIndex() == HEADCOUNT and boxes["headcount"].hasFocus()
    assert Event.select().count() == 0 and dialog.isVisible()
    set_count(qtbot, boxes["hc_others"], 300)
    ctrl_s(qtbot, dialog)  # a mass action has no list to fill: the form closes
    assert not dialog.isVisible()
    event = Event.get()
    assert (event.headcount, event.hc_others) == (1000, 300) and participant_count(event.uid) == 1000


def test_consultation_booking_and_a_slot_clash(qtbot, store):
    people("Абенов", "Бекмұратов")
    event = save_event({"title": "Заң кеңесі (штаб)", "kind": "consultation", "start_date": DAY})
    dialog = EventDialog(uid=event.uid)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    assert dialog.tabs.isTabVisible(APPOINTMENTS)
    tab = dialog.appointments
    dialog.tabs.setCurrentIndex(APPOINTMENTS)
    assert tab.date.value() == DAY

    def book(time: str, surname_part: str, topic: str) -> None:
        type_text(tab.time, time)
        type_text(tab.picker, surname_part)
        qtbot.keyClick(tab.picker, Qt.Key.Key_Return)
        type_text(tab.topic, topic)
        qtbot.keyClick(tab.topic, Qt.Key.Key_Return)

    book("10:00", "абен", "Тұтынушы құқықтары")
    assert [(r.time_slot, r.full_name, r.status) for r in tab.rows] == [("10:00", "Абенов Арман", "booked")]
    assert dialog.tabs.tabText(APPOINTMENTS) == "Appointments (1)"
    book("10.00", "бекм", "Мұрагерлік")
    assert "10:00" in tab.message.text() and "already taken" in tab.message.text()
    assert len(tab.rows) == 1 and tab.time.hasFocus()
    tab.table.selectRow(0)
    tab.status_buttons["missed"].click()
    assert tab.rows[0].status == "missed"
    qtbot.keyClick(tab.time, Qt.Key.Key_Return)  # the missed visit frees the slot
    assert len(tab.rows) == 2 and tab.message.text().startswith("Booked")
    tab.table.selectRow([r.status for r in tab.rows].index("booked"))
    tab.status_buttons["held"].click()
    assert sorted(r.status for r in tab.rows) == ["held", "missed"]


def test_seminar_applicants_then_selection(qtbot, store):
    chosen = people("Абенов", "Бекмұратов", "Жақсылықов")
    event = save_event({"title": "Аймақтық семинар", "kind": "seminar", "start_date": DAY,
                        "end_date": DAY + dt.timedelta(days=1)})
    dialog = EventDialog(uid=event.uid)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # next tab
    assert dialog.tabs.currentIndex() == PARTICIPANTS
    tab = dialog.attendance
    assert tab.selection_mode and tab.select_button.isVisible()
    for part in ("абен", "бекм", "жақс"):
        type_text(tab.picker, part)
        qtbot.keyClick(tab.picker, Qt.Key.Key_Return)
    assert [r.status for r in tab.rows] == ["applicant"] * 3 and tab.counted() == 0
    assert "0 participants" in dialog.badge.text()
    tab.table.setFocus()
    for r in range(2):  # the keyboard: move to the name, Space ticks it
        tab.table.setCurrentIndex(tab.model.index(r, NAME))
        qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert tab.checked_people() == [chosen[0].uid, chosen[1].uid]
    tab.select_button.click()
    statuses = {r.person_uid: r.status for r in tab.rows}
    assert statuses == {chosen[0].uid: "selected", chosen[1].uid: "selected", chosen[2].uid: "not_selected"}
    assert tab.model.index(2, STATUS).data() == "not selected"
    assert tab.counted() == 2 and participant_count(event.uid) == 2
    assert "2 participants; at least 20" in dialog.badge.text()


@pytest.fixture
def events_page(qtbot, store):
    for title, programme, kind, start in (
            ("Дәріс 1", "legal_culture", "lecture", dt.date(2024, 9, 5)),
            ("Дәріс 2", "legal_culture", "lecture", dt.date(2024, 10, 10)),
            ("Флешмоб", "youth_movement", "flash_mob", dt.date(2024, 10, 12)),
            ("Жәрмеңке", "road_to_school", "campaign_action", dt.date(2024, 8, 20))):
        save_event({"title": title, "programme": programme, "kind": kind, "start_date": start})
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    win.show_area("events")
    page = win.area("events")
    qtbot.waitUntil(lambda: len(page.model.ids) == 4)
    return page


def titles(page) -> list[str]:
    return [page.model.values(r)[0] for r in range(page.model.rowCount())]


def test_events_list_filter_by_programme_and_date_range(qtbot, events_page):
    page = events_page
    assert titles(page) == ["Флешмоб", "Дәріс 2", "Дәріс 1", "Жәрмеңке"]  # newest first
    page.programme.setCurrentIndex(page.programme.findData("legal_culture"))
    assert titles(page) == ["Дәріс 2", "Дәріс 1"] and "2" in page.count_label.text()
    page.date_from.set_value(dt.date(2024, 10, 1))
    assert titles(page) == ["Дәріс 2"]
    page.programme.setCurrentIndex(0)  # — any —
    assert titles(page) == ["Флешмоб", "Дәріс 2"]
    page.date_to.set_value(dt.date(2024, 10, 11))
    assert titles(page) == ["Дәріс 2"]
    page.date_from.set_value(None)
    page.date_to.set_value(None)
    page.kind.setCurrentIndex(page.kind.findData("flash_mob"))
    assert titles(page) == ["Флешмоб"]


def test_delete_and_restore_an_event(qtbot, events_page, monkeypatch):
    page = events_page
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.view.setFocus()
    page.view.selectRow(0)
    first = page.model.uid(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert first not in page.model.ids and len(page.model.ids) == 3
    assert Event.get_by_id(first).deleted
    page.deleted_toggle.setChecked(True)
    assert page.model.ids == [first]
    page.view.selectRow(0)
    page._delete_or_restore()
    page.deleted_toggle.setChecked(False)
    assert len(page.model.ids) == 4 and not Event.get_by_id(first).deleted


def test_switching_to_russian_relabels_the_form(qtbot, qapp, store):
    from ui.i18n import install_translator

    event = save_event({"title": "Дәріс", "kind": "lecture", "start_date": DAY, "duration_minutes": 75})
    dialog = EventDialog(uid=event.uid)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    assert dialog.kind.currentText() == "Lecture / meeting"
    install_translator(qapp, "ru")
    QApplication.processEvents()  # LanguageChange arrives through the event loop
    ru = catalog("ru")
    assert dialog.kind.currentText() == "Лекция / встреча" and dialog.kind.currentData() == "lecture"
    assert dialog.programme.currentText() == "Правовая культура"
    # Texts still untranslated in the catalogue come out in English; the check holds either way.
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    # The button box renames its own buttons after the form does; the form names them again.
    qtbot.waitUntil(lambda: save.text() == ru.translate("Forms", "Save (Ctrl+S)"))
    assert dialog.labels["title"][0].text() == ru.translate("Events", "&Title:")
    assert dialog.tabs.tabText(0) == ru.translate("Events", "Details")
    assert dialog.windowTitle() == ru.translate("Events", "Event")
    assert dialog.audience.item(0).text() != "Pupil"  # reference names in Russian
    install_translator(qapp, "en")
    QApplication.processEvents()
    assert dialog.kind.currentText() == "Lecture / meeting" and dialog.tabs.tabText(0) == "Details"
