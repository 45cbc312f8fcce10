"""The certificates area: the register with reprint, name correction, cancel and verify."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QMessageBox, QPushButton, QWidget

from app.certificates.generate import reprint
from app.certificates.listing import CERTIFICATES
from app.certificates.register import cancel, correct_name, find
from app.certificates.templates import KINDS, STATUSES
from app.certificates.verify import verify
from app.errors import KnownError
from ui.certificates.dialog import GenerateDialog
from ui.certificates.pdf_view import open_in_viewer, print_pdf
from ui.common.errors import show_error
from ui.common.list_page import ListPage
from ui.i18n import render, tr
from ui.tasks import run_task


class CertificatesPage(ListPage):
    """The register of issued certificates; “New” opens the Generate dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CERTIFICATES, parent)
        self.kind = QComboBox()
        self.status = QComboBox()
        for combo in (self.kind, self.status):
            combo.currentIndexChanged.connect(lambda _: self.reload())
            self.add_filter(combo)
        self.delete_button.hide()  # certificates are cancelled, never deleted
        self.deleted_toggle.hide()
        self.export_button.hide()
        self.reprint_button = QPushButton()
        self.correct_button = QPushButton()
        self.cancel_button = QPushButton()
        self.verify_button = QPushButton()
        row = QHBoxLayout()
        for button in (self.reprint_button, self.correct_button, self.cancel_button, self.verify_button):
            row.addWidget(button)
        row.addStretch(1)
        self.layout().insertLayout(2, row)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.correct_button.clicked.connect(self.correct_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.verify_button.clicked.connect(self.ask_verify)

    def page_title(self) -> str:
        return tr("Certificates", "Certificates")

    def retranslate_filters(self) -> None:
        self.new_button.setText(tr("Certificates", "Generate… (Ctrl+N)"))
        self.reprint_button.setText(tr("Certificates", "Print again…"))
        self.correct_button.setText(tr("Certificates", "Correct the name…"))
        self.cancel_button.setText(tr("Certificates", "Cancel certificate"))
        self.verify_button.setText(tr("Certificates", "Verify…"))
        for combo, names, first in ((self.kind, KINDS, tr("Certificates", "All kinds")),
                                    (self.status, STATUSES, tr("Certificates", "Any status"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for code, name in names.items():
                combo.addItem(render(name), code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def current_filters(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "status": self.status.currentData()}

    def new_record(self, event_uid: str | None = None) -> None:
        """The batch dialog; ``event_uid`` (the overview's "Print certificates") chooses that event's
        participants and the participation certificate."""
        event_uid = event_uid if isinstance(event_uid, str) else None  # the New button's clicked(bool)
        dialog = GenerateDialog(event_uid=event_uid, parent=self, kind="participation" if event_uid else None)
        dialog.exec()
        dialog.deleteLater()
        self.reload()

    def open_record(self, uid: str) -> None:
        self.reprint_selected()

    def _serials(self) -> list[str]:
        rows = self.model.source.fetch(self.selected_uids())
        return [row[0] for row in rows.values()]

    def _failed(self, exc: KnownError) -> None:
        show_error(self, exc, tr("Certificates", "Certificates"))

    def reprint_selected(self, path: str | None = None) -> None:
        """Print the selected certificates again (same serials), then offer the print dialog."""
        serials = self._serials()
        if not serials:
            return
        if path is None:
            path = str(Path(tempfile.mkdtemp(prefix="tirkeu-")) / "certificates.pdf")

        def done(result) -> None:
            self.reload()
            if print_pdf(result.path, self) is False:
                open_in_viewer(result.path)
        run_task(self, tr("Certificates", "Generating certificates…"), lambda: reprint(serials, Path(path)), done)

    def correct_selected(self) -> None:
        """Cancel the selected certificate and issue it again with a corrected name."""
        serials = self._serials()
        if len(serials) != 1:
            return
        cert = find(serials[0])
        name, ok = QInputDialog.getText(self, tr("Certificates", "Correct the name"),
                                        tr("Certificates", "The name as it must be printed "
                                                           "(the old serial will be cancelled):"),
                                        text=cert.recipient_name)
        if not ok:
            return
        try:
            new = correct_name(cert.serial, name)
        except KnownError as exc:
            self._failed(exc)
            return
        self.reload()
        QMessageBox.information(self, tr("Certificates", "Certificates"),
                                tr("Certificates", "{old} is cancelled; {new} is issued. Print it with "
                                                   "“Print again…”.").format(old=cert.serial, new=new.serial))

    def cancel_selected(self) -> None:
        """Cancel the selected certificates after asking."""
        serials = self._serials()
        if not serials:
            return
        answer = QMessageBox.question(self, tr("Certificates", "Cancel certificate"),
                                      tr("Certificates", "Cancel {count} certificate(s)? Verifying them will "
                                                         "answer “cancelled”.").format(count=len(serials)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        for serial in serials:
            try:
                cancel(serial)
            except KnownError as exc:
                self._failed(exc)
        self.reload()

    def ask_verify(self, text: str | None = None) -> str | None:
        """Verify a scanned QR text or a serial typed by hand; shows and returns the status."""
        if text is None:
            text, ok = QInputDialog.getText(self, tr("Certificates", "Verify a certificate"),
                                            tr("Certificates", "Scan the QR code here, or type the serial "
                                                               "and the code printed beside it:"))
            if not ok or not text.strip():
                return None
        verdict = verify(text)
        QMessageBox.information(self, tr("Certificates", "Verify a certificate"), render(verdict.message))
        return verdict.status
