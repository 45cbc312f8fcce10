"""Certificates from the event itself: the button in the event form, the look remembered, the file in Documents."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.models import Certificate, Event, Person
from tests.gui.conftest import type_text

TITLE = 'Дәріс: «Құқықтық мәдениет» / 9 "А" сынып?'


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp):
    from PySide6.QtCore import QCoreApplication, QEvent

    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A user's home of our own: Documents is looked for (and made) there."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))  # no user-dirs.dirs of the real user
    return folder


@pytest.fixture
def lecture(store):
    from app.events.attendance import add_attendee

    ev = Event(title=TITLE, programme="legal_culture", kind="lecture", start_date=dt.date(2026, 12, 4),
               end_date=dt.date(2026, 12, 4), place="№7 мектеп")
    ev.save()
    for surname, name in (("Әлібекова", "Гүлназ"), ("Нұрмағамбетов", "Ерасыл")):
        person = Person(surname=surname, name=name)
        person.save()
        add_attendee(ev.uid, person.uid)
    return ev


def pdf_title(path: Path) -> str:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return re.search(r"^Title:\s*(.*)$", out, re.M).group(1).strip()


def drive_when_open(work, errors: list) -> None:
    """Run ``work(dialog)`` on the modal dialog that the next click opens; close it if ``work`` fails
    (or the test would wait on it forever)."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            work(dialog)
        except Exception as exc:  # reported by the test after exec() returns
            errors.append(exc)
            if dialog is not None:
                dialog.reject()
    QTimer.singleShot(0, run)


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils not installed")
def test_print_certificates_from_the_event_form_in_kazakh(qtbot, qapp, lecture, home, monkeypatch):
    from ui.certificates.dialog import GenerateDialog
    from ui.events.dialog import EventDialog
    from ui.i18n import install_translator

    install_translator(qapp, "kk")
    asked: list[str] = []

    def save_as(parent, caption, default, filters):
        asked.append(default)
        return default, filters  # the user accepts the name offered

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)  # "N certificates written…": Close
    form = EventDialog(uid=lecture.uid)
    qtbot.addWidget(form)
    form.show()
    button = form.certificates_button
    assert button.isVisible() and "сертификат" in button.text().lower()
    errors: list[Exception] = []

    def fill_and_generate(dialog) -> None:
        assert isinstance(dialog, GenerateDialog)
        assert dialog.event.currentData() == lecture.uid
        assert dialog.kind.currentData() == "participation"
        assert dialog.kind.currentText() == "Қатысушы сертификаты"
        position, name = dialog.signers[0]
        type_text(position, "Директор")
        type_text(name, "Сейітов Б. Қ.")
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)

    drive_when_open(fill_and_generate, errors)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    today = dt.date.today().isoformat()
    expected = home / "Documents" / f"Сертификаттар — Дәріс «Құқықтық мәдениет» 9 А сынып — {today}.pdf"
    assert asked == [str(expected)]  # Documents made, a Kazakh name without : / " ?
    assert expected.exists() and Certificate.select().count() == 2
    assert pdf_title(expected) == "Сертификаттар"  # the file's own title is not English either

    # Next time the signatory is already there.
    again = GenerateDialog(event_uid=lecture.uid, kind="participation")
    qtbot.addWidget(again)
    assert (again.signers[0][0].text(), again.signers[0][1].text()) == ("Директор", "Сейітов Б. Қ.")
    assert again.default_file_name() == expected.name


def test_the_button_waits_for_a_saved_event_and_is_not_offered_for_head_counts(qtbot, store, lecture):
    from ui.events.dialog import EventDialog

    new = EventDialog()
    qtbot.addWidget(new)
    new.show()
    assert not new.certificates_button.isVisible()  # nothing to certify before it is saved
    mass = Event(title="Акция", programme="legal_culture", kind="flash_mob", start_date=dt.date(2026, 12, 4),
                 end_date=dt.date(2026, 12, 4))
    mass.save()
    form = EventDialog(uid=mass.uid)
    qtbot.addWidget(form)
    form.show()
    from app.events.rules import is_mass

    assert is_mass(form.kind.code())
    assert not form.certificates_button.isVisible()
