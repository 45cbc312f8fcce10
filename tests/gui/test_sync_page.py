"""The sync area: write a bundle, import it at the office, trust an unknown school by fingerprint."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.sync_helpers import add_people, card, export, make, opened, trust_cards


def test_school_writes_a_bundle_from_the_window(qtbot, tmp_path):
    from ui.sync.page import SyncPage

    school = make(tmp_path, "school")
    office = make(tmp_path, "office", "office")
    trust_cards(school, card(office, tmp_path))
    add_people(school, [("Әлібеков", "Ерлан")])
    with opened(school):
        page = SyncPage()
        qtbot.addWidget(page)
        usb = tmp_path / "usb"
        usb.mkdir()
        page.export(str(usb))
        qtbot.waitUntil(lambda: page.last_export is not None, timeout=20000)
        assert page.last_export.encrypted and list(usb.glob("*.tirkeu"))
        assert page.exports.rowCount() == 1 and "2" in page.export_result.text()


def test_office_imports_a_folder_and_trusts_after_comparing_the_fingerprint(qtbot, tmp_path, monkeypatch):
    from app.models import Person
    from ui.sync.page import SyncPage

    school = make(tmp_path, "school")
    office = make(tmp_path, "office", "office")
    add_people(school, [("Қасымова", "Інжу")])
    export(school, tmp_path / "usb", plaintext=True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    with opened(office):
        page = SyncPage()
        qtbot.addWidget(page)
        page.import_folder(str(tmp_path / "usb"))
        qtbot.waitUntil(lambda: page.last_batch is not None, timeout=20000)
        assert page.last_batch.bundles[0].status == "refused" and page.trust_button.isEnabled()
        first = page.last_batch
        page.trust_selected()
        qtbot.waitUntil(lambda: page.last_batch is not first, timeout=20000)
        assert page.last_batch.bundles[0].status == "imported"
        assert Person.select().where(Person.surname == "Қасымова").count() == 1
        assert asked and "school" in asked[0]
        page.refresh()
        assert page.peers.rowCount() == 1
        page.peers.selectRow(0)
        page.revoke_selected()
        assert page.peers.item(0, 4).text() == "revoked"


@pytest.mark.parametrize("choice", ["cancel", "write"])
def test_a_school_with_no_office_is_warned_before_writing_in_clear(qtbot, tmp_path, monkeypatch, choice):
    from ui.sync.page import SyncPage

    school = make(tmp_path, "school")
    add_people(school, [("Әлібеков", "Ерлан")])
    shown = []

    def exec_(box):
        shown.append(box.text())
        wanted = [b for b in box.buttons() if (b.text() == "Write unencrypted") == (choice == "write")
                  and box.buttonRole(b) != QMessageBox.ButtonRole.InvalidRole]
        box.setProperty("clicked", True)
        wanted[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    usb = tmp_path / "usb"
    usb.mkdir()
    with opened(school):
        page = SyncPage()
        qtbot.addWidget(page)
        assert page.receiver.currentData() is None
        page.export(str(usb))
        assert shown and "could read the names" in shown[0]
        assert "--" not in shown[0] and "keys trust" not in shown[0]  # no command-line words in the window
        if choice == "cancel":
            assert not list(usb.glob("*.tirkeu")) and page.last_export is None
        else:
            qtbot.waitUntil(lambda: page.last_export is not None, timeout=20000)
            assert not page.last_export.encrypted and list(usb.glob("*.tirkeu"))
            assert "NOT encrypted" in page.export_result.text()


def test_an_office_chooses_the_school_a_bundle_is_for(qtbot, tmp_path):
    from app.reports import set_target
    from ui.sync.page import SyncPage

    office = make(tmp_path, "office", "office")
    school = make(tmp_path, "school")
    trust_cards(office, card(school, tmp_path))
    with opened(office):
        set_target("legal_culture.lectures", "KZ-61", 6)
        page = SyncPage()
        qtbot.addWidget(page)
        page.refresh()
        assert page.receiver.count() == 1 and "school" in page.receiver.currentText()
        usb = tmp_path / "usb"
        usb.mkdir()
        page.export(str(usb))
        qtbot.waitUntil(lambda: page.last_export is not None, timeout=20000)
        assert page.last_export.encrypted and page.last_export.counts == {"target": 1}


def test_a_card_is_trusted_only_after_its_fingerprint_was_shown_and_confirmed(qtbot, tmp_path, monkeypatch):
    from app.models import Peer
    from app.sync.trust import read_card
    from ui.sync.page import SyncPage

    school, office = make(tmp_path, "school"), make(tmp_path, "office", "office")
    office_card = card(office, tmp_path)
    answers, asked = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes], []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text) or answers.pop(0))
    with opened(school):
        page = SyncPage()
        qtbot.addWidget(page)
        page.trust_card(str(office_card))
        assert Peer.select().count() == 0 and read_card(office_card).fingerprint in asked[0]
        page.trust_card(str(office_card))
        assert Peer.get().role == "office" and page.receiver.currentData() == Peer.get().id


def test_a_school_with_no_office_is_walked_through_trusting_its_card(qtbot, tmp_path, monkeypatch):
    from ui.sync.page import SyncPage

    school = make(tmp_path, "school")
    office = make(tmp_path, "office", "office")
    office_card = card(office, tmp_path)
    add_people(school, [("Әлібеков", "Ерлан")])
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(office_card), ""))
    with opened(school):
        page = SyncPage()
        qtbot.addWidget(page)
        page.show()
        assert page.no_receiver.isVisible()
        steps = page.no_receiver_steps.text()
        assert "identity card" in steps and "fingerprint" in steps and "your region office" in steps
        assert "could read the names" in page.no_receiver_text.text()
        qtbot.mouseClick(page.walk_trust_button, Qt.MouseButton.LeftButton)
        assert asked and "region office" in asked[0]  # the fingerprint question came first
        assert not page.no_receiver.isVisible()
        assert page.receiver.currentData() is not None  # the next bundle is encrypted to the office
        usb = tmp_path / "usb"
        usb.mkdir()
        page.export(str(usb))
        qtbot.waitUntil(lambda: page.last_export is not None, timeout=20000)
        assert page.last_export.encrypted
        assert page.exports.item(0, 2).text() != "not encrypted"


def test_the_bundles_table_reads_as_people_read_dates():
    import datetime as dt

    from ui.sync.page import written_at

    local = dt.datetime(2026, 12, 4, 15, 19, tzinfo=dt.UTC).astimezone().strftime("%d.%m.%Y %H:%M")
    assert written_at("2026-12-04T15:19:07+00:00") == local
    assert written_at("-") == "-"  # an odd log line is shown as it is
