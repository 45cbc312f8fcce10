"""The coordinator's "lecture day", played from the keyboard in Kazakh, with its actions counted.

From an empty data folder: the first-run set-up, a Legal Culture lecture,
20 participants (15 found in the register by typing part of a surname, 5 new
ones typed in with their birth dates and IINs), 20 certificates printed from
the event, and a bundle written to the USB stick.  Every key goes to the
widget that has the keyboard focus (or to the open popup), as a real
keyboard's would; no widget is set directly.

An *action* is every key press that is not a character typed into a text
field (Tab, Enter, arrows, shortcuts, F-keys, Alt+letter, and letters typed
into a list to choose from it), every mouse click, and 2 for each native file
chooser (open it, accept the folder offered or clicked).  The day must take
at most :data:`MOST_ACTIONS`.

Modal dialogs run their own event loop, so the day is a generator: each step
it yields (a key, some typing, a wait) is carried out from the event loop by
:class:`Day`, and the steps after a key that opens a dialog run inside that
dialog's loop.
"""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QKeyCombination, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from app.validation.iin import make_iin
from tests.gui.conftest import type_text

MOST_ACTIONS = 80
REAL_MESSAGE_EXEC = QMessageBox.exec  # before the `dialogs` fixture replaces it
SCHOOL = "№12 Ы. Алтынсарин атындағы мектеп-гимназия"
COORDINATOR = "Сейітқалиева Әйгерім Нұрланқызы"
OFFICE = "Түркістан облысы білім басқармасы"
TITLE = "Құқықтық мәдениет: жасөспірім және заң"
PLACE = "Мәжіліс залы, 2-қабат"

#: The school's register before the day (as an earlier import left it): surname, name, birth date, sex,
#: and what the coordinator types to find each one (several with the Russian letters people type instead).
REGISTERED = [
    ("Нұрмағамбетов", "Ерасыл", "2009-08-19", "M", "нурмаг"),
    ("Әлібекова", "Гүлназ", "2009-03-02", "F", "әлібек"),
    ("Сәрсенбаева", "Аружан", "2009-11-23", "F", "сарсенб"),
    ("Қайратұлы", "Нұрсұлтан", "2008-12-30", "M", "кайрат"),
    ("Жұмабекова", "Айгерім", "2009-05-14", "F", "жұмабек"),
    ("Өтегенов", "Дәулет", "2009-01-07", "M", "отеген"),
    ("Ғалымжанова", "Әсем", "2009-07-21", "F", "ғалымж"),
    ("Ұзақбаев", "Бекзат", "2008-10-11", "M", "узакб"),
    ("Үсенова", "Аяулым", "2009-02-16", "F", "үсен"),
    ("Іскаков", "Мирас", "2009-09-09", "M", "искак"),
    ("Шәкенова", "Іңкәр", "2009-04-28", "F", "шәкен"),
    ("Шаһмарданов", "Ислам", "2008-11-05", "M", "шахмар"),
    ("Төлеуова", "Назерке", "2009-06-03", "F", "төлеу"),
    ("Бақытжанов", "Әлихан", "2009-12-12", "M", "бақытж"),
    ("Ыбырайқызы", "Жансая", "2009-10-01", "F", "ыбырай"),
]

#: The five who are not registered yet: surname, name, birth date as typed, the date, sex.
NEW = [
    ("Есенғали", "Ернұр", "19.08.2009", dt.date(2009, 8, 19), "M"),
    ("Мұратова", "Аңсаған", "03.02.2010", dt.date(2010, 2, 3), "F"),
    ("Тұрсынбек", "Ерқанат", "27.11.2008", dt.date(2008, 11, 27), "M"),
    ("Қасымова", "Гүлжан", "15.05.2009", dt.date(2009, 5, 15), "F"),
    ("Рақымжанов", "Ілияс", "01.09.2009", dt.date(2009, 9, 1), "M"),
]
NEW_IINS = [make_iin(born, sex, 40 + i) for i, (_s, _n, _t, born, sex) in enumerate(NEW)]


# -- the keyboard -------------------------------------------------------------------------------------
def text_field(widget: QWidget | None) -> bool:
    """Whether typing into ``widget`` is writing text (not choosing from a list)."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox))


@dataclass
class Wait:
    """A step that waits until ``ready()`` (polled from the event loop)."""

    ready: Callable[[], bool]
    what: str


@dataclass
class Keyboard:
    """Presses keys where the focus is and counts the actions, by part of the day."""

    counts: Counter = field(default_factory=Counter)
    part: str = ""
    log: list[str] = field(default_factory=list)

    def count(self, n: int, what: str) -> None:
        self.counts[self.part] += n
        self.log.append(f"{self.part}: {what} ({n})")

    @staticmethod
    def target() -> QWidget:
        """Where a real key press would go: the open popup, else the widget with the keyboard focus."""
        window_manager()
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Callable[[], None]:
        """One key press (counted)."""
        def press() -> None:
            target = self.target()
            self.count(1, f"{QKeySequence(QKeyCombination(modifier, key)).toString()} in {type(target).__name__}")
            QTest.keyClick(target, key, modifier)
        return press

    def alt(self, letter: str) -> Callable[[], None]:
        """Alt and a letter of the interface language: a label's or a button's mnemonic (counted)."""
        return self.keys(QKeySequence(QKeyCombination(Qt.KeyboardModifier.AltModifier, Qt.Key(ord(letter.upper())))))

    def keys(self, sequence: QKeySequence) -> Callable[[], None]:
        """A shortcut such as Ctrl+S (counted), through the window's shortcut map as a real key is."""
        def press() -> None:
            self.count(1, sequence.toString())
            QTest.keySequence(self.target(), sequence)
        return press

    def type(self, text: str) -> Callable[[], None]:
        """Characters typed where the focus is: free in a text field, each counted in a list."""
        def typing() -> None:
            target = self.target()
            if not text_field(target) and not text_field(QApplication.focusWidget()):
                self.count(len(text), f"typed «{text}» into {type(target).__name__}")
            type_text(target, text)
        return typing

    def file_chooser(self, what: str) -> None:
        """A native file chooser opened and its folder accepted (2)."""
        self.count(2, what)


class Day:
    """Carries out the steps a generator yields, each from the event loop (see the module's docstring)."""

    def __init__(self, script: Iterator) -> None:
        self.script = script
        self.done = False
        self.error: BaseException | None = None

    def start(self) -> None:
        QTimer.singleShot(0, lambda: self._advance(None))

    def _advance(self, value: object) -> None:
        try:
            step = self.script.send(value)
        except StopIteration:
            self.done = True
            return
        except BaseException as exc:  # reported by the test once every dialog is closed
            self.error = exc
            self.done = True
            close_modal_dialogs()
            return
        if isinstance(step, Wait):
            self._poll(step, time.monotonic() + 120)
        else:
            # Scheduled first: if the step opens a modal dialog, the day goes on inside its loop.
            QTimer.singleShot(0, lambda: self._advance(None))
            step()

    def _poll(self, wait: Wait, give_up: float) -> None:
        if wait.ready():
            QTimer.singleShot(0, lambda: self._advance(True))
        elif time.monotonic() > give_up:  # a hang guard, not a speed requirement
            QTimer.singleShot(0, lambda: self._advance(False))
        else:
            QTimer.singleShot(20, lambda: self._poll(wait, give_up))


def until(ready: Callable[[], bool], what: str) -> Iterator:
    """``yield from until(...)``: go on once ``ready()``; fail naming ``what`` if it never is."""
    ok = yield Wait(ready, what)
    assert ok, f"never happened: {what}"


def settle() -> Iterator:
    """Let timers of a few tens of milliseconds run (a search as you type, a button's animated click)."""
    start = time.monotonic()
    yield Wait(lambda: time.monotonic() - start > 0.15, "a moment")


def modal(kind: type) -> Callable[[], bool]:
    return lambda: isinstance(QApplication.activeModalWidget(), kind) and QApplication.activeModalWidget().isVisible()


def close_modal_dialogs() -> None:
    """After a failure: close every open dialog so that their event loops end."""
    for _ in range(20):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            return
        QDialog.done(dialog, 0)


def window_manager() -> None:
    """Do what a desktop's window manager does and the offscreen platform does not.

    When a dialog closes, the window under it becomes active again (the top
    dialog still open, else the main window); which widget then gets the
    focus is left to the program.
    """
    if QApplication.activeWindow() is not None:
        return
    top = QApplication.activeModalWidget() or next(
        (w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QMainWindow")), None)
    if top is not None:
        top.activateWindow()
        QApplication.processEvents()


def underlined(text: str) -> str:
    """The letter a label or button underlines (Alt and it chooses the field or presses the button)."""
    plain = text.replace("&&", "")
    assert "&" in plain, f"nothing underlined in «{text}»"
    return plain[plain.index("&") + 1]


def focused() -> QWidget | None:
    window_manager()
    return QApplication.focusWidget()


# -- the test --------------------------------------------------------------------------------------------
@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A user's home of our own: the certificates go to its Documents folder."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


@pytest.fixture
def office_card(tmp_path) -> Path:
    """The region office's identity card, as it hands it to its schools."""
    from tests.sync_helpers import card, make

    folder = tmp_path / "office-pc"
    folder.mkdir()
    return card(make(folder, OFFICE, role="office"), folder)


def register_file(folder: Path) -> Path:
    """The school's list of pupils, as imported before the day."""
    lines = ["surname,name,birth_date,sex,grade"]
    lines += [f"{s},{n},{born},{sex},9" for s, n, born, sex, _typed in REGISTERED]
    path = folder / "оқушылар.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils not installed")
def test_the_lecture_day_from_the_keyboard_in_kazakh(qtbot, qapp, home, office_card, tmp_path, monkeypatch,
                                                     dialogs, _data_dir):
    from app.db.store import close_database
    from app.importing.run import import_file
    from app.paths import default_db_path
    from app.sync.trust import read_card, trust
    from ui.application import open_store, show_main_window
    from ui.certificates.dialog import GenerateDialog
    from ui.events.dialog import EventDialog
    from ui.i18n import install_translator
    from ui.main_window import MainWindow
    from ui.people.dialog import PersonDialog
    from ui.setup.dialog import SetupDialog

    install_translator(qapp, "kk")
    kb = Keyboard()
    usb = tmp_path / "usb"
    usb.mkdir()
    expected_boxes: list[str] = []

    def message_box(box: QMessageBox) -> int:
        # The one message box of the day: how many certificates were written (closed with Esc).
        if "сертификат" in box.text():
            expected_boxes.append(box.text())
            return REAL_MESSAGE_EXEC(box)
        dialogs.append(("message", box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", message_box)
    for name in ("question", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a, n=name, **k:
                            dialogs.append((n, text)) or QMessageBox.StandardButton.Cancel)
    offered: list[str] = []

    def save_pdf_as(parent, caption, default, filters):
        kb.file_chooser("the save dialog: the name offered accepted")
        offered.append(default)
        return default, filters

    def usb_folder(parent, caption, *args, **kwargs):
        kb.file_chooser("the folder chooser: the USB stick")
        return str(usb)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_pdf_as)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", usb_folder)

    db_path = default_db_path()
    assert not db_path.exists() and db_path.parent == _data_dir  # an empty data folder
    store = open_store(db_path)
    state: dict = {}

    def day() -> Iterator:
        # 1. First start: the set-up form, then the main window on the database.
        kb.part = "1 set-up"
        setup = SetupDialog(language="kk")
        state["setup"] = setup
        yield lambda: state.update(setup_result=setup.exec())
        yield from until(modal(SetupDialog), "the set-up form")
        assert focused() is setup.name
        yield kb.type(SCHOOL)
        yield kb.key(Qt.Key.Key_Tab)
        assert focused() is setup.region
        yield kb.type("Т")  # the one region beginning with Т: Түркістан облысы
        assert setup.region.currentData() == "KZ-61", setup.region.currentText()
        yield kb.key(Qt.Key.Key_Tab)
        yield kb.type("Сайрам ауданы")
        yield kb.key(Qt.Key.Key_Tab)
        assert focused() is setup.coordinator
        yield kb.type(COORDINATOR)
        yield kb.key(Qt.Key.Key_Return)
        yield from until(lambda: "setup_result" in state, "the set-up form accepted")
        assert state["setup_result"] == QDialog.DialogCode.Accepted, setup.error.text()
        # Before the day: the register holds the school's pupils (an earlier import), the office's card is trusted.
        summary = import_file("participants", register_file(tmp_path))
        assert summary.created == len(REGISTERED), summary
        trust(read_card(office_card))
        window = MainWindow(store)
        qtbot.addWidget(window)
        state["window"] = window
        show_main_window(window)
        window.activateWindow()
        yield from until(lambda: window.isActiveWindow() and focused() is not None, "the main window")

        # 2. The lecture: Overview's «Жаңа іс-шара».
        kb.part = "2 the lecture"
        yield kb.alt(underlined(window.home.task_buttons["new_event"].text()))  # «&Жаңа іс-шара»
        yield from until(modal(EventDialog), "the new event's form")
        event_form = QApplication.activeModalWidget()
        state["event_form"] = event_form
        assert focused() is event_form.title
        yield kb.type(TITLE)
        assert event_form.kind.code() == "lecture" and event_form.programme.code() == "legal_culture"
        assert event_form.start_date.value() == dt.date.today()
        yield kb.alt(underlined(event_form.labels["start_time"][0].text()))  # «Басталу &уақыты»
        assert focused() is event_form.start_time
        yield kb.type("15:00")
        yield kb.key(Qt.Key.Key_Tab)
        assert focused() is event_form.duration or event_form.duration.isAncestorOf(focused())
        yield kb.type("50")
        yield kb.key(Qt.Key.Key_Tab)
        assert focused() is event_form.place
        yield kb.type(PLACE)
        yield kb.keys(QKeySequence(QKeySequence.StandardKey.Save))
        yield from until(lambda: event_form.uid is not None, "the lecture saved")
        assert focused() is event_form.attendance.picker, event_form.general_error.text()

        # 3. Twenty participants: fifteen found, five new.
        kb.part = "3 participants"
        tab = event_form.attendance
        new_people = iter(zip(NEW, NEW_IINS))
        for i, (surname, _name, _born, _sex, typed) in enumerate(REGISTERED):
            yield kb.type(typed)
            yield from settle()  # the matches show as one types
            yield kb.key(Qt.Key.Key_Return)
            yield from until(lambda s=surname: any(row.full_name.startswith(s) for row in tab.rows),
                             f"«{typed}» finds {surname}")
            assert focused() is tab.picker and not tab.picker.text()
            if i % 3 == 2:  # every third pupil, a new one comes in
                (surname, name, typed_date, born, _sex), iin = next(new_people)
                yield kb.type(f"{surname} {name}")
                yield from settle()
                yield kb.key(Qt.Key.Key_Return)
                yield from until(modal(PersonDialog), f"the person form for {surname}")
                form = QApplication.activeModalWidget()
                assert (form.surname.text(), form.name.text()) == (surname, name)
                yield kb.alt(underlined(form.labels["birth_date"][0].text()))  # «&Туған күні»
                assert focused() is form.birth_date
                yield kb.type(typed_date)
                yield kb.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
                assert focused() is form.iin
                yield kb.type(iin)
                yield kb.keys(QKeySequence(QKeySequence.StandardKey.Save))
                yield from until(lambda f=form: not f.isVisible(), f"{surname} saved")
                yield from until(lambda s=surname: any(row.full_name.startswith(s) for row in tab.rows),
                                 f"{surname} on the list")
                assert focused() is tab.picker
        yield from until(lambda: len(tab.rows) == 20, "twenty on the list")

        # 4. Certificates from the event.
        kb.part = "4 certificates"
        yield kb.alt(underlined(event_form.certificates_button.text()))  # «&Сертификаттарды басып шығару…»
        yield from until(modal(GenerateDialog), "the certificates dialog")
        generate = QApplication.activeModalWidget()
        assert generate.event.currentData() == event_form.uid
        assert generate.kind.currentText() == "Қатысушы сертификаты"
        yield kb.key(Qt.Key.Key_Return)  # «Жасау…» (Generate…)
        yield from until(modal(QMessageBox), "the certificates written")
        yield kb.key(Qt.Key.Key_Escape)
        yield from until(lambda: not generate.isVisible(), "the certificates dialog closed")
        yield kb.key(Qt.Key.Key_Escape)  # the event form: everything is saved already
        yield from until(lambda: not event_form.isVisible(), "the event form closed")

        # 5. The bundle on the USB stick: Overview's «Флешкаға жазу».
        kb.part = "5 USB stick"
        yield from until(lambda: QApplication.activeModalWidget() is None, "back in the main window")
        yield kb.key(Qt.Key.Key_Home)  # the side list: Overview
        yield from until(lambda: window.stack.currentWidget() is window.home, "the overview")
        yield kb.alt(underlined(window.home.task_buttons["write_bundle"].text()))  # «Ф&лешкаға жазу»
        sync = window.area("sync")
        yield from until(lambda: window.stack.currentWidget() is sync, "the sync area")
        assert focused() is sync.export_button
        yield kb.key(Qt.Key.Key_Space)
        yield from until(lambda: sync.last_export is not None, "the bundle written")

    run = Day(day())
    try:
        run.start()
        qtbot.waitUntil(lambda: run.done, timeout=600_000)
        print("\n".join(kb.log))
        if run.error is not None:
            raise run.error
        check_the_outcome(state, offered, usb, home)
    finally:
        window = state.get("window")
        if window is not None:
            window.close()
        close_database(store)
    n = sum(kb.counts.values())
    print(f"lecture day: {n} actions (" + ", ".join(f"{part}: {c}" for part, c in sorted(kb.counts.items())) + ")")
    assert not dialogs, dialogs
    assert len(expected_boxes) == 1 and "20" in expected_boxes[0], expected_boxes
    assert n <= MOST_ACTIONS


def check_the_outcome(state: dict, offered: list[str], usb: Path, home: Path) -> None:
    """One lecture with 20 participants, the 5 new people as typed, 20 certificates and their PDF, one bundle."""
    from app.events.attendance import attendance_rows
    from app.models import Certificate, Event, Person

    assert Event.select().count() == 1
    event = Event.get()
    assert (event.title, event.kind, event.programme, event.start_date, event.start_time, event.duration_minutes,
            event.place) == (TITLE, "lecture", "legal_culture", dt.date.today(), "15:00", 50, PLACE)
    rows = attendance_rows(event.uid)
    assert len(rows) == 20 and len({row.person_uid for row in rows}) == 20
    assert Person.select().count() == len(REGISTERED) + len(NEW)  # nobody registered twice
    for (surname, name, _typed, born, sex), iin in zip(NEW, NEW_IINS):
        person = Person.get(Person.surname == surname)
        assert (person.name, person.birth_date, person.iin, person.sex) == (name, born, iin, sex)
    assert Certificate.select().count() == 20
    assert len(offered) == 1
    pdf = Path(offered[0])
    assert pdf.parent == home / "Documents" and pdf.exists(), offered
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+20$", info, re.M), info
    bundles = list(usb.glob("*.tirkeu"))
    assert len(bundles) == 1, list(usb.iterdir())
    assert state["window"].area("sync").last_export.encrypted
