"""The import dialog lists the rejected rows with their reasons and takes corrections in place."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.demo import make_demo
from app.models import Person
from app.validation.iin import make_iin
from ui.main_window import MainWindow

IIN = make_iin(dt.date(2010, 3, 5), "F", 77)


@pytest.fixture
def window(qtbot, store):
    make_demo(seed=3, people=10)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    return win


def class_list(path):
    """A list with a title row and two bad rows: a date that does not exist, an IIN Excel rounded."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "5 «Ә» сынып оқушыларының тізімі"
    ws.merge_cells("A1:D1")
    ws.append(["Аты-жөні", "Туған күні", "ЖСН", "Сынып"])
    ws.append(["Жақсыбекова Аружан Ерланқызы", "12.04.2010", None, "5Ә"])
    ws.append(["Сәрсенбаев Әлихан Бауыржанұлы", "31.02.2010", None, "5Ә"])
    ws.append(["Әлиева Іңкәр Серікқызы", "05.03.10", "1.20101E+11", "5Ә"])
    wb.save(path)
    return path


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def edit_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Click the cell, open its editor with F2, replace its text and press Enter, as a user does."""
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text, timeout=5000)  # Qt commits it queued


def test_rejected_rows_are_listed_corrected_checked_again_and_imported(qtbot, window, tmp_path):
    path = class_list(tmp_path / "5a.xlsx")
    dialog = window.exchange.import_table("participants", str(path))
    qtbot.addWidget(dialog)
    assert "row 2" in dialog.info.text()  # the title row above the header is skipped, and said so
    assert not dialog.rejected.isVisibleTo(dialog)

    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    table = dialog.rejected
    assert table.isVisibleTo(dialog) and table.rowCount() == 2
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Row", "Аты-жөні", "Туған күні", "ЖСН", "Сынып", "Reason"]
    rows = {table.item(r, 0).text(): table.item(r, 5).text() for r in range(2)}
    assert set(rows) == {"4", "5"}
    assert rows["4"].startswith("Туған күні:") and "31.02.2010" in rows["4"]
    assert rows["5"].startswith("ЖСН:") and "rounded" in rows["5"]
    assert dialog.check_button.text() == "Check again"
    assert not Person.select().where(Person.surname == "Әлиева").exists()  # a check saves nothing

    # Correct the IIN of row 5 in the dialog; row 4 stays wrong.
    row5 = next(r for r in range(2) if table.item(r, 0).text() == "5")
    edit_cell(qtbot, table, row5, 3, IIN)
    dialog.summary = None
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    assert [e[0] for e in dialog.summary.errors] == [4] and table.rowCount() == 1
    assert table.item(0, 0).text() == "4"

    with qtbot.waitSignal(window.exchange.finished, timeout=20000):
        click(qtbot, dialog.import_button)
    summary = window.exchange.last_summary
    assert (summary.created, summary.rejected) == (2, 1)
    inkar = Person.get(Person.surname == "Әлиева")
    assert (inkar.name, inkar.patronymic, inkar.iin) == ("Іңкәр", "Серікқызы", IIN)
    assert inkar.birth_date == dt.date(2010, 3, 5)
    assert table.rowCount() == 1 and "31.02.2010" in table.item(0, 5).text()  # still listed, to fix
    # The file itself is as it was.
    assert load_workbook(path).active["C5"].value == "1.20101E+11"


def test_template_button_writes_the_list_titles_in_the_interface_language(qtbot, window, tmp_path, qapp):
    from ui.i18n import install_translator

    install_translator(qapp, "kk")
    dialog = window.exchange.import_table("aid-recipients", None)
    qtbot.addWidget(dialog)
    assert dialog.template_button.text() == "Үлгіні жүктеп алу"
    out = dialog.save_template(str(tmp_path / "template.xlsx"))
    titles = [c.value for c in load_workbook(out).active[1]]
    assert titles[:2] == ["Тегі", "Аты"] and "Қамқоршы" in titles
    assert "template.xlsx" in dialog.result.text()
