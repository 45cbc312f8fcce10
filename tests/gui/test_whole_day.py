"""A coordinator's whole task, then the program closed and opened again: everything is there."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.db.store import close_database, open_database
from app.events.attendance import attendance_rows
from app.i18n import catalog
from app.models import AidRecipient, Event, Installation, Person
from app.validation.iin import make_iin
from tests.gui.conftest import type_text
from ui.aid.dialog import RecipientDialog
from ui.events.dialog import EventDialog
from ui.main_window import MainWindow

CHILD_IIN = make_iin(dt.date(2016, 4, 2), "M", 31)


@pytest.fixture(autouse=True)
def never_ask(monkeypatch):
    from ui.common.form_dialog import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


def test_a_day_of_work_survives_closing_and_reopening(qtbot, store, tmp_path):
    for i in range(19):
        Person(surname=f"Қатысушы{i:02d}", name="Оқушы").save()
    # an event, with 19 people found by typing and 1 new one typed in
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.title, "Дәріс: Құқықтық сауаттылық")
    dialog.kind.setCurrentIndex(dialog.kind.findData("lecture"))
    dialog.duration.setValue(45)
    assert dialog.try_save() and dialog.isVisible()  # a new event stays open on its participants
    event = Event.get()
    tab = dialog.attendance
    for i in range(19):
        type_text(tab.picker, f"Қатысушы{i:02d}")
        qtbot.keyClick(tab.picker, Qt.Key.Key_Return)
    assert len(attendance_rows(event.uid)) == 19
    # one child with a wrong IIN, corrected
    child = RecipientDialog()
    qtbot.addWidget(child)
    type_text(child.surname, "Сәрсенбаев")
    type_text(child.name, "Ұлан")
    type_text(child.iin, CHILD_IIN[:-1] + str((int(CHILD_IIN[-1]) + 1) % 10))
    assert not child.try_save() and child.errors["iin"].text()
    child.iin.clear()
    type_text(child.iin, CHILD_IIN)
    assert child.try_save()
    # switch to Russian in the settings
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.show_area("settings")
    window.settings.language.setCurrentIndex(window.settings.language.findData("ru"))
    QApplication.processEvents()
    assert window.nav.item(0).text() == catalog("ru").translate("MainWindow", "Overview")
    window.close()
    dialog.close()
    # close the database and open it again, as the next morning
    path = store.path
    close_database(store)
    again = open_database(path)
    try:
        assert Installation.get().language == "ru"
        assert len(attendance_rows(Event.get().uid)) == 19
        assert AidRecipient.select().join(Person).where(Person.iin == CHILD_IIN).count() == 1
        reopened = MainWindow(again)
        qtbot.addWidget(reopened)
        reopened.show()
        reopened.show_area("people")
        people = reopened.area("people")
        qtbot.waitUntil(lambda: len(people.model.ids) == 20)
        reopened.close()
    finally:
        close_database(again)
