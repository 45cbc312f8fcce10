"""Every page and main dialog at 1366×768 in Kazakh and Russian: no label, button, filter or
column title cut short.  A widget is clipped when it is given less room than its own size hint
asks for (a wrapped label: less height than its text needs at its width)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
)

from app.demo import make_demo

SCREEN = (1366, 740)  # 768 less a taskbar


def clipped(root: QWidget) -> list[str]:
    """What is shown cut short inside ``root`` (only widgets visible now)."""
    out = []
    for w in root.findChildren(QLabel):
        if not w.isVisible() or not w.text() or (w.pixmap() is not None and not w.pixmap().isNull()):
            continue
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + 1:
                out.append(f"label «{w.text()[:50]}»: {w.height()} px high, needs {need}")
        elif w.sizeHint().width() > w.width() + 1:
            out.append(f"label «{w.text()[:50]}»: {w.width()} px wide, needs {w.sizeHint().width()}")
    for b in root.findChildren(QAbstractButton):
        if not b.isVisible() or not b.text() or isinstance(b, QToolButton) and not b.text():
            continue
        if b.sizeHint().width() > b.width() + 1:
            out.append(f"button «{b.text()}»: {b.width()} px wide, needs {b.sizeHint().width()}")
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if edit.isVisible() and hint and not edit.text() and len(hint) <= 12:  # a short hint (a date's) shows whole
            room = edit.width() - 30  # the frame, and a calendar button where there is one
            if edit.fontMetrics().horizontalAdvance(hint) > room:
                out.append(f"hint «{hint}»: {edit.width()} px wide")
    for c in root.findChildren(QComboBox):
        text = c.currentText()
        if c.isVisible() and text and not c.isEditable():
            need = c.fontMetrics().horizontalAdvance(text) + 28  # the arrow and the frame
            if need > c.width() + 1 and c.width() < 260:  # a long choice in a wide field is elided on purpose
                out.append(f"choice «{text}»: {c.width()} px wide, needs {need}")
    for lst in root.findChildren(QListWidget):
        if lst.isVisible() and lst.count() and lst.count() <= 9 and lst.verticalScrollBar().isVisible():
            out.append(f"list of {lst.count()} choices («{lst.item(lst.count() - 1).text()}» last) scrolls")
        if lst.isVisible() and lst.horizontalScrollBar().isVisible():
            out.append(f"list «{lst.item(0).text() if lst.count() else ''}…» scrolls sideways")
    for view in root.findChildren(QTableView) + root.findChildren(QTreeView):
        if not view.isVisible() or view.model() is None:
            continue
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        if not header.isVisible():
            continue
        for section in range(header.count()):
            text = str(view.model().headerData(section, Qt.Orientation.Horizontal) or "")
            if text and not header.isSectionHidden(section) and header.sectionSize(section) + 1 < \
                    header.sectionSizeHint(section) and header.sectionResizeMode(section) != header.ResizeMode.Stretch:
                out.append(f"column «{text}»: {header.sectionSize(section)} px, needs {header.sectionSizeHint(section)}")
    return out


def every_tab(root: QWidget, check) -> list[str]:
    """``check`` on ``root`` with each tab of each tab widget in it shown in turn."""
    found = check(root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for i in range(tabs.count()):
            if tabs.isTabVisible(i) and tabs.isTabEnabled(i):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                found += [f"tab {tabs.tabText(i)!r}: {f}" for f in check(tabs.widget(i))]
    return found


@pytest.fixture
def world(qtbot, store):
    make_demo(seed=2, people=40)
    return store


def settle() -> None:
    for _ in range(20):
        QApplication.processEvents()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_area_fits_a_1366x768_screen(qtbot, world, lang):
    from ui.i18n import install_translator
    from ui.main_window import MainWindow

    install_translator(QApplication.instance(), lang)
    win = MainWindow(world)
    qtbot.addWidget(win)
    win.resize(*SCREEN)
    win.show()
    problems = []
    for area in [a.key for a in win.areas]:
        win.show_area(area)
        settle()
        problems += [f"{area}: {p}" for p in every_tab(win, clipped)]
    assert not problems, "\n".join(problems)


def main_dialogs():
    """The main dialogs, as the window opens them (on a record where one is needed)."""
    from app.models import AidRecipient, Event, Organisation, Person
    from ui.aid.dialog import RecipientDialog
    from ui.certificates.dialog import GenerateDialog
    from ui.contests.dialogs import ContestDialog
    from ui.events.dialog import EventDialog
    from ui.exchange.import_dialog import ImportDialog
    from ui.organisations.dialog import OrganisationDialog
    from ui.people.dialog import PersonDialog
    from ui.setup.dialog import SetupDialog
    from ui.tournaments.settings_dialog import TournamentDialog

    event = Event.select().where(Event.kind == "lecture").first()
    yield "new event", EventDialog()
    yield "event", EventDialog(uid=event.uid)
    yield "new person", PersonDialog()
    yield "person", PersonDialog(uid=Person.select().first().uid)
    yield "aid recipient", RecipientDialog(uid=AidRecipient.select().first().uid)
    yield "organisation", OrganisationDialog(uid=Organisation.select().first().uid)
    yield "certificates", GenerateDialog(event_uid=event.uid)
    yield "tournament", TournamentDialog()
    yield "contest", ContestDialog()
    yield "import", ImportDialog("participants")
    yield "set-up", SetupDialog()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_main_dialog_fits_a_1366x768_screen(qtbot, world, lang, dialogs):
    from ui.i18n import install_translator

    install_translator(QApplication.instance(), lang)
    problems = []
    for name, dialog in main_dialogs():
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        size = dialog.frameGeometry()
        if size.width() > SCREEN[0] or size.height() > SCREEN[1]:
            problems.append(f"{name}: the dialog is {size.width()}×{size.height()}, larger than the screen")
        problems += [f"{name}: {p}" for p in every_tab(dialog, clipped)]
        dialog.hide()
    assert not problems, "\n".join(problems)
