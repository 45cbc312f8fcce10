"""Organisations area driven through its widgets: form, search, kind filter, delete/restore, trainers."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMessageBox

from app.models import Organisation, Person
from app.people.qualifications import set_qualifications
from tests.gui.conftest import type_text
from ui.main_window import MainWindow
from ui.organisations.choices import own_organisation
from ui.organisations.dialog import OrganisationDialog


@pytest.fixture(autouse=True)
def _no_unsaved(no_unsaved_question):
    """Every test here: forms never wait for an answer, closed windows are deleted."""


@pytest.fixture
def area(qtbot, store):
    for kind, name in (("ngo", "«Медиа Сауат» ҚБ"), ("sponsor", "«Береке» ЖШС"),
                       ("business", "ИП «Ақ жол»")):
        Organisation(kind=kind, name=name, region="KZ-61").save()
    Organisation(kind="ngo", name="«Цифрлық сауат» ҚҚ", region="KZ-75").save()
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.show_area("organisations")
    return win.area("organisations")


def listed(page) -> list[str]:
    return [page.model.values(r)[0] for r in range(page.model.rowCount())]


def test_create_with_kazakh_letters_then_search_and_filter(qtbot, area, monkeypatch):
    page = area.list
    assert len(listed(page)) == 5  # with the installation's own school

    def drive(dialog: OrganisationDialog) -> int:
        assert dialog.region.code() == "KZ-61"  # the installation's region
        dialog.kind.set_code("ngo")
        type_text(dialog.name, "«Әділет» қоғамдық қоры")
        type_text(dialog.locality, "Шымкент")
        type_text(dialog.activity, "Жалған ақпарат пен алаяқтық туралы тренингтер")
        dialog.frequency.setEditText("айына бір рет")
        type_text(dialog.phone, "87011234567")
        return int(dialog.try_save())

    monkeypatch.setattr(OrganisationDialog, "exec", drive)
    page.new_button.click()
    org = Organisation.get(Organisation.name == "«Әділет» қоғамдық қоры")
    assert (org.kind, org.region, org.locality, org.frequency) == ("ngo", "KZ-61", "Шымкент", "айына бір рет")
    assert org.phone and org.phone.startswith("+7")
    type_text(page.search, "ӘДІЛ")
    page.reload()
    assert listed(page) == ["«Әділет» қоғамдық қоры"]
    page.search.clear()
    page.kind.set_code("ngo")
    assert sorted(listed(page)) == sorted(["«Әділет» қоғамдық қоры", "«Медиа Сауат» ҚБ", "«Цифрлық сауат» ҚҚ"])
    page.region.set_code("KZ-75")
    assert listed(page) == ["«Цифрлық сауат» ҚҚ"]
    assert page.kind.itemText(0) == "All kinds" and page.region.itemText(0) == "All regions"


def test_wrong_values_are_shown_beside_their_fields(qtbot, store):
    dialog = OrganisationDialog()
    qtbot.addWidget(dialog)
    dialog.kind.set_code("sponsor")
    assert not dialog.try_save()
    assert dialog.errors["name"].isVisibleTo(dialog)
    type_text(dialog.name, "«Береке» ЖШС")
    type_text(dialog.phone, "12")
    assert not dialog.try_save()
    assert dialog.errors["phone"].isVisibleTo(dialog) and not dialog.errors["name"].isVisibleTo(dialog)
    assert Organisation.select().where(Organisation.kind == "sponsor").count() == 0
    dialog.phone.clear()
    assert dialog.try_save() and Organisation.get(Organisation.kind == "sponsor").name == "«Береке» ЖШС"


def test_edit_keeps_what_the_form_shows(qtbot, area, monkeypatch):
    page = area.list
    uid = Organisation.get(Organisation.name == "«Медиа Сауат» ҚБ").uid

    def drive(dialog: OrganisationDialog) -> int:
        assert dialog.name.text() == "«Медиа Сауат» ҚБ" and dialog.kind.code() == "ngo"
        dialog.activity.clear()
        type_text(dialog.activity, "Медиасауаттылық курстары")
        return int(dialog.try_save())

    monkeypatch.setattr(OrganisationDialog, "exec", drive)
    page.open_record(uid)
    assert Organisation.get_by_id(uid).activity == "Медиасауаттылық курстары"
    row = page.model.row_of(uid)
    assert page.model.values(row)[5] == "Медиасауаттылық курстары"


def test_delete_and_restore_but_never_the_own_school(qtbot, area, monkeypatch):
    page = area.list
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    uid = Organisation.get(Organisation.name == "ИП «Ақ жол»").uid
    page.view.selectRow(page.model.row_of(uid))
    page._delete_or_restore()
    assert uid not in page.model.ids and Organisation.get_by_id(uid).deleted
    page.deleted_toggle.setChecked(True)
    assert page.model.ids == [uid]
    page.view.selectRow(0)
    page._delete_or_restore()
    page.deleted_toggle.setChecked(False)
    assert uid in page.model.ids and not Organisation.get_by_id(uid).deleted
    own = own_organisation().uid
    page.view.selectRow(page.model.row_of(own))
    page._delete_or_restore()
    assert own in page.model.ids and told and "cannot be deleted" in told[0]


def test_trainers_tab_lists_the_people_marked_trainer(qtbot, area):
    school = own_organisation()
    trainer = Person(surname="Әбдірахманова", name="Гүлмира", school=school.uid, phone="+77011234567")
    trainer.save()
    set_qualifications(trainer.uid, ["trainer"])
    far = Person(surname="Ким", name="Ольга", region="KZ-75")
    far.save()
    set_qualifications(far.uid, ["trainer", "consultant"])
    Person(surname="Жоқ", name="Адам", school=school.uid).save()
    area.tabs.setCurrentWidget(area.trainers)
    tab = area.trainers
    assert tab.region.code() == "KZ-61"  # the installation's region
    assert tab.uids == [trainer.uid]
    assert tab.view.item(0, 0).text() == "Әбдірахманова Гүлмира"
    assert tab.view.item(0, 3).text() == school.name and tab.view.item(0, 5).text() == "Turkistan Region"
    tab.qualification.setCurrentIndex(tab.qualification.findData("consultant"))
    assert tab.uids == []
    tab.region.set_code(None)  # all regions
    assert tab.uids == [far.uid] and "1" in tab.count_label.text()
    tab.qualification.setCurrentIndex(tab.qualification.findData("trainer"))
    assert tab.uids == [trainer.uid, far.uid]


def test_area_fits_a_small_screen(qtbot, area):
    window = area.window()
    assert window.size() == QSize(1366, 768)
    for tab in range(area.tabs.count()):
        area.tabs.setCurrentIndex(tab)
        hint = area.minimumSizeHint()
        assert hint.width() <= 1366 - window.nav.width() and hint.height() <= 700, (tab, hint)
    dialog = OrganisationDialog()
    qtbot.addWidget(dialog)
    assert dialog.sizeHint().height() <= 700
