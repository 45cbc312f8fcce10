"""Certificates area driven through its widgets: preview, generate, the register, verify, cancel."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.models import Certificate, Event, Person


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp):
    """Really delete the widgets afterwards (no event loop runs deleteLater here)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def event(store):
    from app.events.attendance import add_attendee

    ev = Event(title="Аудандық пікірсайыс турнирі", programme="youth", kind="debate",
               start_date=dt.date(2025, 2, 16), end_date=dt.date(2025, 2, 17), place="Шымкент қ.")
    ev.save()
    for surname, name in (("Әлібекова", "Гүлназ"), ("Қасымов", "Ұлан")):
        p = Person(surname=surname, name=name, sex="F")
        p.save()
        add_attendee(ev.uid, p.uid)
    return ev


def test_generate_dialog_previews_and_generates(qtbot, event, tmp_path, monkeypatch):
    from ui.certificates.dialog import GenerateDialog

    dialog = GenerateDialog(event_uid=event.uid)
    qtbot.addWidget(dialog)
    dialog.refresh_preview()
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    assert Certificate.select().count() == 0  # a preview issues nothing
    dialog.logo.setText(str(tmp_path / "missing.png"))
    dialog.refresh_preview()
    assert "was not found" in dialog.message.text()
    dialog.logo.setText("")
    dialog.signers[0][0].setText("Директор")
    dialog.signers[0][1].setText("Сейітов Б. Қ.")
    out = tmp_path / "batch.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert out.exists() and dialog.result.count == 2
    assert Certificate.select().count() == 2


def test_register_page_lists_verifies_and_cancels(qtbot, event, tmp_path, monkeypatch):
    from app.certificates.generate import generate
    from ui.certificates.page import CertificatesPage

    result = generate(tmp_path / "a.pdf", kind="diploma_1", language="kk", event_uid=event.uid)
    page = CertificatesPage()
    qtbot.addWidget(page)
    page.show()
    assert len(page.model.ids) == 2
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    assert page.ask_verify(result.serials[0]) == "code needed"  # a bare serial proves nothing
    code = Certificate.get(Certificate.serial == result.serials[0]).code
    assert page.ask_verify(f"{result.serials[0]} {code[:8]}") == "genuine"
    page.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.cancel_selected()
    cancelled = Certificate.get(Certificate.status == "cancelled")
    assert page.ask_verify(cancelled.serial) == "cancelled"
    page.view.selectRow(0)
    page.view.clearSelection()
    row = page.model.row_of(Certificate.get(Certificate.status == "issued").uid)
    page.view.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Қасымов Ұлан Серікұлы", True))
    page.correct_selected()
    assert Certificate.select().where(Certificate.status == "issued").count() == 1
    assert Certificate.get(Certificate.status == "issued").recipient_name == "Қасымов Ұлан Серікұлы"
    page.kind.setCurrentIndex(page.kind.findData("thanks"))
    assert len(page.model.ids) == 0


def test_template_texts_are_edited_checked_and_used(qtbot, store):
    from app.certificates.templates import template
    from ui.certificates.texts_dialog import TemplateTextsDialog

    dialog = TemplateTextsDialog("participation", "kk")
    qtbot.addWidget(dialog)
    title_field = next(iter(dialog.edits))
    dialog.edits[title_field].setPlainText("Қатысушы {nobody}")
    assert not dialog.save() and "{nobody}" in dialog.error.text()
    assert template("participation", "kk")[title_field] != "Қатысушы {nobody}"
    dialog.edits[title_field].setPlainText("Құрметті қатысушы сертификаты")
    assert dialog.save()
    assert template("participation", "kk")[title_field] == "Құрметті қатысушы сертификаты"
    again = TemplateTextsDialog("participation", "kk")
    qtbot.addWidget(again)
    again.edits[title_field].setPlainText("")
    assert again.save()
    assert template("participation", "kk")[title_field] != "Құрметті қатысушы сертификаты"
