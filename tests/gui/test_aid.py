"""Aid area driven through its widgets: the child's form, aid, statuses, sponsors, passport."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.aid.forms import save_recipient
from app.aid.given import add_aid, aid_rows
from app.i18n import catalog
from app.models import AidGiven, AidRecipient, Organisation, Person, SocialPassport
from app.validation.iin import make_iin
from tests.gui.conftest import type_text
from ui.aid.aid_dialog import AidDialog
from ui.aid.dialog import RecipientDialog
from ui.main_window import MainWindow
from ui.organisations.choices import own_school

IIN = make_iin(dt.date(2015, 5, 20), "F", 31)
YEAR = dt.date.today().year


def org(name: str, kind: str = "sponsor") -> Organisation:
    o = Organisation(kind=kind, name=name)
    o.save()
    return o


@pytest.fixture(autouse=True)
def _no_unsaved(no_unsaved_question):
    """Every test here: forms never wait for an answer, closed windows are deleted."""


@pytest.fixture
def area(qtbot, store):
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.show_area("aid")
    return win.area("aid")


def child(surname: str = "Серікова", name: str = "Аружан") -> AidRecipient:
    return save_recipient({"surname": surname, "name": name, "family_categories": ["low_income"],
                           "school": own_school()})


def listed(page) -> list[str]:
    return [page.model.values(r)[0] for r in range(page.model.rowCount())]


def fake_exec(monkeypatch, cls, drive):
    """Replace the modal ``exec`` of ``cls`` with ``drive(dialog)`` (returns exec's result)."""
    monkeypatch.setattr(cls, "exec", lambda self: drive(self))


def fill_aid(item: str = "uniform", value: str = "25 000", sponsor: str | None = None,
             status: str = "identified", when: dt.date | None = None):
    def drive(dialog: AidDialog) -> int:
        dialog.item.set_code(item)
        dialog.value.clear()
        type_text(dialog.value, value)
        if sponsor is not None:
            dialog.sponsor.setCurrentIndex(dialog.sponsor.findData(sponsor))
        dialog.status.setCurrentIndex(dialog.status.findData(status))
        when_ = when or dt.date(YEAR, 8, 20)
        dialog.date.set_value(when_)
        return int(dialog.try_save())
    return drive


def test_wrong_iin_is_shown_beside_the_field_then_the_corrected_child_is_listed(qtbot, area, monkeypatch):
    page = area.children_page
    seen: list[RecipientDialog] = []

    def drive(dialog: RecipientDialog) -> int:
        seen.append(dialog)
        type_text(dialog.surname, "Қайратқызы")
        type_text(dialog.name, "Әсем")
        type_text(dialog.iin, IIN[:-1] + str((int(IIN[-1]) + 1) % 10))
        dialog.categories.set_codes(["large_family", "orphan"])
        type_text(dialog.guardian, "Қайратова Гүлжан")
        assert not dialog.try_save()
        assert dialog.errors["iin"].isVisibleTo(dialog) and "IIN" in dialog.errors["iin"].text()
        assert not dialog.errors["surname"].isVisibleTo(dialog)
        assert AidRecipient.select().count() == 0 and Person.select().count() == 0
        dialog.iin.clear()
        type_text(dialog.iin, IIN)
        dialog.iin.editingFinished.emit()
        assert dialog.birth_date.value() == dt.date(2015, 5, 20)
        assert dialog.sex.currentData() == "F"
        assert dialog.try_save()
        return 1

    fake_exec(monkeypatch, RecipientDialog, drive)
    page.new_button.click()
    assert seen and not seen[0].errors["iin"].isVisibleTo(seen[0])
    assert listed(page) == ["Қайратқызы"]
    record = AidRecipient.get()
    assert record.categories == ["large_family", "orphan"] and record.guardian == "Қайратова Гүлжан"
    assert record.school_uid == own_school() and Person.get().iin == IIN
    type_text(page.search, "қайрат")
    page.reload()
    assert listed(page) == ["Қайратқызы"]


def test_picking_a_registered_person_makes_no_twin(qtbot, store):
    person = Person(surname="Жұмабаев", name="Өркен", iin=IIN)
    person.save()
    dialog = RecipientDialog()
    qtbot.addWidget(dialog)
    type_text(dialog.picker, "жұмаб")
    dialog.picker.update_matches()
    assert dialog.picker.matches() == [person.uid]
    dialog.picker.pick(person.uid)
    assert dialog.surname.text() == "Жұмабаев" and dialog.iin.text() == IIN
    assert dialog.chosen.isVisibleTo(dialog) and not dialog.picker.isVisibleTo(dialog)
    dialog.categories.set_codes(["low_income"])
    assert dialog.try_save()
    assert Person.select().count() == 1 and AidRecipient.get().person_uid == person.uid
    # Picking a child already in the data bank opens that record instead of making a second.
    again = RecipientDialog()
    qtbot.addWidget(again)
    again.picker.pick(person.uid)
    assert again.uid == dialog.uid and again.categories.codes() == ["low_income"]
    assert not again.dirty and again.windowTitle() == "Child in the data bank"


def test_aid_twice_in_one_campaign_warns_and_saves_both_when_confirmed(qtbot, store, monkeypatch):
    sponsor = org("«Береке» ЖШС")
    record = child()
    dialog = RecipientDialog(uid=record.uid)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    fake_exec(monkeypatch, AidDialog, fill_aid("uniform", "25 000 ₸", sponsor.uid))
    dialog.add_aid_button.click()
    assert asked == [] and len(aid_rows(record.uid)) == 1  # the first aid: no warning
    fake_exec(monkeypatch, AidDialog, fill_aid("shoes", "12000", when=dt.date(YEAR, 9, 1)))
    dialog.add_aid_button.click()  # declined: nothing saved
    assert len(asked) == 1 and len(aid_rows(record.uid)) == 1
    assert "School uniform" in asked[0] and "25\u202f000 ₸" in asked[0] and str(YEAR) in asked[0]
    assert "Береке" in asked[0]
    dialog.add_aid_button.click()  # confirmed: saved
    assert len(asked) == 2 and [r.item for r in aid_rows(record.uid)] == ["uniform", "shoes"]
    assert dialog.aid_table.rowCount() == 2 and dialog.aid_table.item(1, 1).text() == "Shoes"
    assert dialog.changed
    # Last year's aid is another campaign: no warning.
    fake_exec(monkeypatch, AidDialog, fill_aid("bag", "8000", when=dt.date(YEAR - 1, 8, 25)))
    dialog.add_aid_button.click()
    assert len(asked) == 2 and AidGiven.select().count() == 3


def test_a_wrong_value_is_shown_beside_the_field(qtbot, store):
    record = child()
    dialog = AidDialog(record.uid)
    qtbot.addWidget(dialog)
    type_text(dialog.value, "бес мың")
    assert not dialog.try_save()
    assert dialog.errors["value_tenge"].isVisibleTo(dialog) and AidGiven.select().count() == 0
    dialog.dirty = False  # closed by the test; the question on closing is tested for people


def test_adding_aid_to_a_new_child_saves_the_child_first(qtbot, store, monkeypatch):
    dialog = RecipientDialog()
    qtbot.addWidget(dialog)
    type_text(dialog.surname, "Өмірзақов")
    type_text(dialog.name, "Нұрасыл")
    fake_exec(monkeypatch, AidDialog, fill_aid("stationery", "5000"))
    dialog.add_aid_button.click()
    assert dialog.uid is not None and [r.item for r in aid_rows(dialog.uid)] == ["stationery"]
    assert not dialog.picker.isVisibleTo(dialog)


def test_next_status_to_delivered_makes_the_child_helped(qtbot, area, monkeypatch):
    helped_later, never = child("Серікова", "Аружан"), child("Тұрсынов", "Дәулет")
    add_aid(never.uid, "bag", dt.date(YEAR, 8, 10))
    page = area.children_page
    page.helped.setCurrentIndex(page.helped.findData("yes"))
    assert listed(page) == []

    def drive(dialog: RecipientDialog) -> int:
        dialog.add_aid()
        assert dialog.aid_table.item(0, 5).text() == "identified"
        dialog.aid_table.selectRow(0)
        assert dialog.next_status_button.isEnabled()
        dialog.next_status_button.click()
        assert dialog.aid_table.item(0, 5).text() == "approved"
        dialog.next_status_button.click()
        assert dialog.aid_table.item(0, 5).text() == "delivered"
        return 0  # closed with Cancel: the list reloads all the same

    fake_exec(monkeypatch, AidDialog, fill_aid("uniform", "25000"))
    fake_exec(monkeypatch, RecipientDialog, drive)
    page.open_record(helped_later.uid)
    assert listed(page) == ["Серікова"]
    page.helped.setCurrentIndex(page.helped.findData("no"))
    assert listed(page) == ["Тұрсынов"]
    # The aid list, filtered by status, shows the delivered record.
    area.tabs.setCurrentWidget(area.given)
    area.given.status.setCurrentIndex(area.given.status.findData("delivered"))
    assert listed(area.given) == ["Серікова Аружан"]


def test_sponsors_tab_totals_for_the_chosen_year(qtbot, area):
    berek, akzhol = org("«Береке» ЖШС"), org("ИП «Ақ жол»", "business")
    a, b = child("Серікова", "Аружан"), child("Тұрсынов", "Дәулет")
    add_aid(a.uid, "uniform", dt.date(YEAR, 8, 5), value_tenge=25000, sponsor_uid=berek.uid,
            status="delivered")
    add_aid(a.uid, "shoes", dt.date(YEAR, 8, 6), quantity=2, value_tenge=24000, sponsor_uid=berek.uid)
    add_aid(b.uid, "bag", dt.date(YEAR, 8, 7), value_tenge=8000, sponsor_uid=akzhol.uid)
    add_aid(b.uid, "money", dt.date(YEAR - 1, 8, 7), value_tenge=50000, sponsor_uid=akzhol.uid)
    area.tabs.setCurrentWidget(area.sponsors)
    tab = area.sponsors
    assert tab.year.currentData() == YEAR
    rows = [[tab.view.item(r, c).text() for c in range(5)] for r in range(tab.view.rowCount())]
    assert rows == [["«Береке» ЖШС", "1", "3", "49\u202f000 ₸", "1"],
                    ["ИП «Ақ жол»", "1", "1", "8\u202f000 ₸", "0"]]
    assert "57\u202f000 ₸" in tab.total.text() and "items: 4" in tab.total.text()
    tab.year.setCurrentIndex(tab.year.findData(None))  # all years
    assert tab.view.item(0, 0).text() == "ИП «Ақ жол»" and "107\u202f000 ₸" in tab.total.text()


def test_passport_entered_total_overrides_the_records(qtbot, area):
    child("Серікова", "Аружан")
    child("Тұрсынов", "Дәулет")
    area.tabs.setCurrentWidget(area.passport)
    tab = area.passport
    assert tab.school.currentData() == own_school() and tab.year.currentData() == YEAR
    row = [r.category for r in tab.rows].index("low_income")
    assert tab.view.item(row, 1).text() == "2" and tab.boxes[row].text() == "—"
    assert tab.view.item(row, 3).text() == "2" and not tab.save_button.isEnabled()
    box = tab.boxes[row]
    box.lineEdit().selectAll()
    type_text(box.lineEdit(), "5")
    assert box.total() == 5 and tab.view.item(row, 3).text() == "5" and tab.save_button.isEnabled()
    tab.save_button.click()
    saved = SocialPassport.get()
    assert (saved.school_uid, saved.year, saved.category, saved.count) == (own_school(), YEAR, "low_income", 5)
    assert tab.rows[row].entered == 5 and tab.view.item(row, 3).text() == "5"
    assert "3 more" in tab.view.item(row, 4).text() and not tab.save_button.isEnabled()
    # Cleared ("—"): not entered any more, the records count again.
    tab.boxes[row].lineEdit().selectAll()
    QApplication.sendEvent(tab.boxes[row].lineEdit(), _key(Qt.Key.Key_Delete))
    assert tab.boxes[row].total() is None
    tab.save_button.click()
    assert tab.rows[row].entered is None and tab.view.item(row, 3).text() == "2"
    assert SocialPassport.live().count() == 0


def _key(key):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


def test_new_sponsor_from_the_aid_form(qtbot, store, monkeypatch):
    from ui.organisations.dialog import OrganisationDialog

    record = child()
    dialog = AidDialog(record.uid)
    qtbot.addWidget(dialog)

    def drive(org_dialog: OrganisationDialog) -> int:
        assert org_dialog.kind.code() == "sponsor" and org_dialog.region.code() == "KZ-61"
        type_text(org_dialog.name, "«Әділет» қоры")
        return int(org_dialog.try_save())

    fake_exec(monkeypatch, OrganisationDialog, drive)
    dialog.sponsor.setCurrentIndex(dialog.sponsor.count() - 1)  # "New sponsor…"
    assert dialog.sponsor.currentText() == "«Әділет» қоры"
    assert dialog.try_save()
    assert AidGiven.get().sponsor.name == "«Әділет» қоры"


def test_language_change_relabels_the_area_and_fits_a_small_screen(qtbot, area, qapp, monkeypatch):
    from ui.i18n import install_translator

    window = area.window()
    assert window.size() == QSize(1366, 768)
    for tab in range(area.tabs.count()):
        area.tabs.setCurrentIndex(tab)
        hint = area.minimumSizeHint()
        assert hint.width() <= 1366 - window.nav.width() and hint.height() <= 700, (tab, hint)
    area.tabs.setCurrentIndex(0)
    install_translator(qapp, "kk")
    QApplication.processEvents()
    kk = catalog("kk")
    assert area.tabs.tabText(0) == kk.translate("Aid", "Children")
    assert area.children_page.category.itemText(1) == "Аз қамтылған отбасы"
    assert area.given.item.itemText(1) == "Мектеп формасы"
    record = child()
    dialog = RecipientDialog(uid=record.uid)
    qtbot.addWidget(dialog)
    assert dialog.height() <= 700 and dialog.width() <= 1366
    assert dialog.categories.item(0).text() == "Аз қамтылған отбасы" and not dialog.dirty


def test_a_sponsor_of_another_kind_is_kept_when_the_aid_is_changed(qtbot, store):
    ngo = org("«Медиа Сауат» ҚБ", "ngo")
    record = child()
    aid = add_aid(record.uid, "bag", dt.date(YEAR, 8, 1), sponsor_uid=ngo.uid)
    dialog = AidDialog(record.uid, uid=aid.uid)
    qtbot.addWidget(dialog)
    assert dialog.sponsor.currentData() == ngo.uid and not dialog.dirty
    dialog.quantity.setValue(2)
    assert dialog.try_save()
    saved = AidGiven.get_by_id(aid.uid)
    assert (saved.quantity, saved.sponsor_uid) == (2, ngo.uid)
