"""People area driven through its widgets: search, form, IIN, duplicates, delete/restore."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models import Person
from app.validation.iin import make_iin
from tests.gui.conftest import type_text
from ui.main_window import MainWindow
from ui.people.dialog import PersonDialog

IIN = make_iin(dt.date(2011, 3, 14), "F", 77)


@pytest.fixture
def people(qtbot, store):
    for surname, name in (("Әлібекова", "Аружан"), ("Қасымов", "Ерлан"), ("Иванов", "Пётр")):
        Person(surname=surname, name=name).save()
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    win.show_area("people")
    page = win.area("people")
    qtbot.waitUntil(lambda: len(page.model.ids) == 3)
    return page


def shown(page):
    return [page.model.values(r)[0] for r in range(page.model.rowCount())]


def test_search_as_you_type_with_kazakh_letters(qtbot, people):
    type_text(people.search, "ҚАС")
    qtbot.waitUntil(lambda: shown(people) == ["Қасымов"])
    people.search.clear()
    type_text(people.search, "әлі")
    qtbot.waitUntil(lambda: shown(people) == ["Әлібекова"])
    assert "1" in people.count_label.text()


def test_new_person_iin_fills_birth_date_and_sex_then_saves(qtbot, store):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    type_text(dialog.surname, "Нұрланова")
    type_text(dialog.name, "Інжу")
    type_text(dialog.iin, IIN)
    dialog.iin.editingFinished.emit()
    assert dialog.birth_date.value() == dt.date(2011, 3, 14)
    assert dialog.sex.currentData() == "F"
    assert dialog.try_save()
    person = Person.get(Person.surname == "Нұрланова")
    assert person.iin == IIN and person.uid == dialog.person_uid


def test_wrong_iin_is_explained_beside_the_field_and_nothing_saved(qtbot, store):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    type_text(dialog.surname, "Оспанов")
    type_text(dialog.name, "Дәулет")
    type_text(dialog.iin, IIN[:-1] + str((int(IIN[-1]) + 1) % 10))
    assert not dialog.try_save()
    assert dialog.errors["iin"].isVisibleTo(dialog) and "IIN" in dialog.errors["iin"].text()
    assert Person.select().count() == 0
    dialog.iin.clear()
    type_text(dialog.iin, make_iin(dt.date(2010, 1, 1), "M", 5))
    assert dialog.try_save() and Person.select().count() == 1
    assert not dialog.errors["iin"].isVisibleTo(dialog)


def test_same_iin_warns_and_offers_the_existing_person(qtbot, store):
    existing = Person(surname="Бөкеев", name="Арман", iin=IIN, birth_date=dt.date(2011, 3, 14))
    existing.save()
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    type_text(dialog.surname, "Бокеев")
    type_text(dialog.name, "Арман")
    type_text(dialog.iin, IIN)
    dialog.iin.editingFinished.emit()
    assert "Бөкеев" in dialog.duplicate.text()
    dialog.open_duplicate.click()
    assert dialog.person_uid == existing.uid and Person.select().count() == 1


def test_closing_a_changed_form_asks_and_can_go_back(qtbot, store, monkeypatch):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.surname, "Өтепов")
    answers = ["back", "discard"]
    monkeypatch.setattr(dialog, "ask_unsaved", lambda: answers.pop(0))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # went back to the form, nothing lost
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and Person.select().count() == 0


def test_delete_asks_then_restore_from_recently_deleted(qtbot, people, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    people.view.selectRow(0)
    first = people.model.uid(0)
    people._delete_or_restore()
    assert first not in people.model.ids and len(people.model.ids) == 2
    people.deleted_toggle.setChecked(True)
    assert people.model.ids == [first]
    people.view.selectRow(0)
    people._delete_or_restore()
    people.deleted_toggle.setChecked(False)
    assert len(people.model.ids) == 3


def test_export_the_list_as_shown(qtbot, people, tmp_path):
    from app.tables import read_table

    type_text(people.search, "ерлан")
    people.reload()
    out = people.export_list(str(tmp_path / "list.xlsx"))
    table = read_table(out)
    assert [r[0] for r in table.rows] == ["Қасымов"] and table.headers[0] == "Surname"


def test_a_new_person_at_a_school_starts_with_that_school(qtbot, store, dialogs):
    from app.installation import get_installation
    from app.models import Organisation

    own = Organisation.get_by_id(get_installation().organisation_uid).name
    form = PersonDialog()
    qtbot.addWidget(form)
    assert form.school.currentText() == own
    typed = PersonDialog(prefill={"surname": "Әлиев", "school": "№12 мектеп"})
    qtbot.addWidget(typed)
    assert typed.school.currentText() == "№12 мектеп"  # what the import or picker knew wins


def test_a_long_field_message_shows_every_line(qtbot, store, dialogs):
    from ui.i18n import install_translator

    install_translator(QApplication.instance(), "kk")  # Kazakh messages run longest
    form = PersonDialog()
    qtbot.addWidget(form)
    form.resize(520, form.height())  # a narrow form: the message wraps onto three lines
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.iin.setFocus()
    type_text(form.iin, "090819500123")
    qtbot.keyClick(form.iin, Qt.Key.Key_Tab)
    label = form.errors["iin"]
    qtbot.waitUntil(lambda: label.isVisible() and label.height() >= label.heightForWidth(label.width()))
    assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 2  # it did wrap
