"""Contests area driven through its widgets: new contest, works, import, places, summary, diplomas."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models import Certificate, Contest, ContestWork, Person
from tests.conftest import write_csv
from tests.gui.conftest import type_text

WORKS = ("nomination;surname;name;birth_date;title\n"
         "Табиғат;Бекұлы;Нұрсұлтан;2010-02-01;Тау\n"
         "табиғат;Сәкен;Іңкәр;2018-01-01;Гүл\n")


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp):
    """Really delete the widgets afterwards (no event loop runs deleteLater here)."""
    from PySide6.QtCore import QCoreApplication

    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def pupil(store):
    p = Person(surname="Әлиева", name="Аружан", birth_date=dt.date(2013, 5, 1), category="pupil")
    p.save()
    return p


def run_modal(monkeypatch, cls, act):
    """Let ``act(dialog)`` drive a dialog of ``cls`` where the page would exec() it."""
    def fake_exec(dialog):
        act(dialog)
        return int(dialog.result())
    monkeypatch.setattr(cls, "exec", fake_exec)


def test_a_contest_from_the_dialog_to_the_diplomas(qtbot, pupil, tmp_path, monkeypatch, no_unsaved_question):
    from ui.contests.dialogs import ContestDialog, WorkDialog
    from ui.contests.page import ContestsArea
    from ui.contests.view import RESULT, WINNER

    area = ContestsArea()
    qtbot.addWidget(area)
    area.resize(1366, 700)
    area.show()
    assert area.list.model.ids == []

    def fill_contest(d: ContestDialog) -> None:
        assert not d.try_save()  # nothing typed: the core names what is missing
        assert not d.errors["nominations"].isHidden() and "nomination" in d.errors["nominations"].text()
        type_text(d.title, "Мобильді фотосурет")
        d.nominations.setPlainText("Табиғат\nМенің мектебім")
        d.age_groups.setText("7-10, 9-13")
        assert not d.try_save()
        assert "overlap" in d.errors["age_groups"].text()
        d.age_groups.setText("7-10, 11-13, 14-17")
        d.start.set_value(dt.date(2026, 10, 1))
        assert d.try_save()

    run_modal(monkeypatch, ContestDialog, fill_contest)
    area.list.new_record()
    c = Contest.get()
    assert area.stack.currentWidget() is area.view and area.view.uid == c.uid
    assert c.event.kind == "contest" and c.event.format == "remote" and c.winners_up_to == 3
    view = area.view
    assert view.title.text() == "Мобильді фотосурет"

    # One participant, two works: picked from the register by typing part of the name.
    def fill_work(nomination: str, title: str, place: int):
        def act(d: WorkDialog) -> None:
            type_text(d.picker, "Әлие")
            d.picker.update_matches()
            assert d.picker.matches() == [pupil.uid]
            d.picker.pick(pupil.uid)
            assert "Әлиева Аружан" in d.chosen.text()
            d.nomination.setCurrentIndex(d.nomination.findData(nomination))
            type_text(d.work_title, title)
            d.result_box.setValue(place)
            assert d.try_save()
        return act

    run_modal(monkeypatch, WorkDialog, fill_work("Табиғат", "Көктем", 1))
    view.add_work()
    run_modal(monkeypatch, WorkDialog, fill_work("Менің мектебім", "Сынып", 0))
    view.add_work()
    assert ContestWork.select().count() == 2

    # A new person from the work form, when nobody matches.
    def new_person_work(d: WorkDialog) -> None:
        from ui.people.dialog import PersonDialog

        def person_form(p: PersonDialog) -> None:
            assert p.surname.text() == "Жаңа" and p.name.text() == "Оқушы"
            p.birth_date.set_value(dt.date(2011, 3, 3))
            assert p.try_save()
        run_modal(monkeypatch, PersonDialog, person_form)
        type_text(d.picker, "Жаңа Оқушы")
        d.picker._enter()
        assert d.person_uid is not None
        d.result_box.setValue(3)
        assert d.try_save()
    run_modal(monkeypatch, WorkDialog, new_person_work)
    view.add_work()
    assert ContestWork.select().count() == 3

    # A bad works file: nothing is imported and the core's message is shown.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    bad = write_csv(tmp_path / "bad.csv", WORKS + "Спорт;Қасымов;Ұлан;2012-01-01;Доп\n")
    assert not view.import_works(str(bad))
    assert warnings and "row 4" in warnings[0] and "Nothing was imported" in warnings[0]
    assert "Nothing was imported" in view.message.text()
    assert ContestWork.select().count() == 3
    good = write_csv(tmp_path / "works.csv", WORKS)
    assert view.import_works(str(good))
    assert ContestWork.select().count() == 5 and len(view.works_model.rows) == 5

    # Places typed in the table; a wrong one is refused with the core's message.
    rows = view.works_model.rows
    tau = next(i for i, r in enumerate(rows) if r.title == "Тау")
    assert view.set_result_at(tau, "2")
    qtbot.waitUntil(lambda: view.summary_model.rows[-1][4] == 3)  # winners follow after the editor closes
    gul = next(i for i, r in enumerate(view.works_model.rows) if r.title == "Гүл")
    assert not view.set_result_at(gul, "0")
    assert "place" in view.message.text().lower()
    assert not view.set_result_at(gul, "abc")
    rows = view.works_model.rows
    tau = next(i for i, r in enumerate(rows) if r.title == "Тау")
    assert view.works_model.index(tau, RESULT).data() == "2"
    assert view.works_model.index(tau, WINNER).data() == "place 2"

    # Typed in the table itself: Enter saves, the cursor moves on.
    from PySide6.QtWidgets import QLineEdit

    gul = next(i for i, r in enumerate(view.works_model.rows) if r.title == "Гүл")
    index = view.works_model.index(gul, RESULT)
    view.works.setCurrentIndex(index)
    view.works.edit(index)
    editor = view.works.findChildren(QLineEdit)[-1]
    editor.setText("4")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ContestWork.get(ContestWork.title == "Гүл").place == 4)

    # The summary: participants counted once, works, winners per nomination and age group.
    cells = {(r[0], r[1]): r[2:] for r in view.summary_model.rows}
    assert cells[("Табиғат", "11–13")] == (1, 1, 1)  # Әлиева is 13 on 01.10.2026, place 1
    assert cells[("Табиғат", "14–17")] == (2, 2, 2)  # Бекұлы (16) place 2, Жаңа (15) place 3
    assert cells[("Табиғат", "7–10")] == (1, 1, 0)  # Сәкен is 8, no place
    assert cells[("Менің мектебім", "11–13")] == (1, 1, 0)
    assert view.summary_model.rows[-1][2:] == (4, 5, 3)
    assert view.summary_model.index(len(view.summary_model.rows) - 1, 0).data() == "Total"

    # Diplomas to a PDF in the background, then the offer to open it.
    out = tmp_path / "diplomas.pdf"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    view.language.setCurrentIndex(view.language.findData("kk"))
    view.print_diplomas(str(out))
    qtbot.waitUntil(lambda: view.last_result is not None, timeout=20000)
    assert out.exists() and view.last_result.count == 5 and shown
    kinds = sorted(x.kind for x in Certificate.select())
    assert kinds == ["diploma_1", "diploma_2", "diploma_3", "participation", "participation"]

    # Back to the list: the counts are there.
    view.back.emit()
    assert area.stack.currentWidget() is area.list
    model = area.list.model
    texts = [model.index(0, col).data() for col in range(model.columnCount())]
    assert texts[0] == "Мобильді фотосурет" and texts[1] == "01.10.2026" and texts[2] == "remote"
    assert texts[3:] == ["2", "4", "5", "3"]


def test_language_change_only_relabels(qtbot, pupil, monkeypatch):
    from app.contests.core import add_work, create_contest
    from ui.contests.page import ContestsArea
    from ui.i18n import install_translator

    c = create_contest("Эссе", ["Эссе"], start=dt.date(2026, 10, 1), scoring="scores", winners_up_to=1)
    add_work(c, pupil.uid, "Эссе", score=90)
    area = ContestsArea()
    qtbot.addWidget(area)
    area.show()
    area.open_contest(c.uid)
    assert area.view.works_model.headerData(5, Qt.Orientation.Horizontal) == "Score"
    from app.db.store import current_store

    queries: list[str] = []
    db = current_store().db
    original = db.execute_sql
    monkeypatch.setattr(db, "execute_sql", lambda sql, *a, **k: queries.append(sql) or original(sql, *a, **k))
    area.view.back_button.setText("x")
    area.view.tabs.setTabText(1, "x")
    install_translator(QApplication.instance(), "kk")
    QApplication.processEvents()
    assert area.view.back_button.text() != "x" and area.view.tabs.tabText(1) != "x"  # relabelled
    assert not [q for q in queries if "contest" in q.lower()]
