"""“Generate…”: whom, which kind, language, signatories, logo and colours, with a live preview.

The preview is the real first page, drawn by the core into a temporary PDF
(nothing is issued) and shown through QtPdf.  Generating runs in the
background (``run_task``); afterwards the PDF can be printed or opened.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.certificates.generate import event_choices, event_title, generate, preview
from app.certificates.layout import Style
from app.certificates.look import batch_file_name, load_style, save_style
from app.certificates.templates import KINDS
from app.errors import KnownError
from ui.certificates.pdf_view import open_in_viewer, print_pdf, render_page
from ui.certificates.texts_dialog import TemplateTextsDialog
from ui.common.formatting import format_language
from ui.common.person_picker import PersonPicker
from ui.i18n import current_language, render, tr
from ui.tasks import run_task

PREVIEW_DELAY_MS = 300


def documents_folder() -> Path:
    """The user's Documents folder (made if missing), where batches are saved unless the user says otherwise."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                  or Path.home() / "Documents")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder


class GenerateDialog(QDialog):
    """Choose and generate a batch of certificates; the look (signatories, logo, colours) is the one last used."""

    def __init__(self, event_uid: str | None = None, parent: QWidget | None = None,
                 kind: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Certificates", "Generate certificates"))
        self.person_uid: str | None = None
        self.result = None
        self._tmp = tempfile.TemporaryDirectory(prefix="tirkeu-preview-")
        self.event = QComboBox()
        self.event.addItem(tr("Certificates", "— no event —"), None)
        for uid, text in event_choices():
            self.event.addItem(text, uid)
        if event_uid:
            if self.event.findData(event_uid) < 0 and event_title(event_uid):  # older than the list shows
                self.event.addItem(event_title(event_uid) or "", event_uid)
            self.event.setCurrentIndex(max(0, self.event.findData(event_uid)))
        self.person = PersonPicker()
        self.person.setPlaceholderText(tr("Certificates", "Empty: everyone who attended the event"))
        self.person.picked.connect(self._picked)
        self.person.textEdited.connect(lambda _: self._picked(None))
        self.kind = QComboBox()
        for code, name in KINDS.items():
            self.kind.addItem(render(name), code)
        if kind:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.language = QComboBox()
        for code in ("kk", "ru", "en"):
            self.language.addItem(format_language(code), code)  # named in the interface's language
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Certificates", "Empty: the template's text"))
        self.orientation = QComboBox()
        self.orientation.addItem(tr("Certificates", "A4 landscape"), "landscape")
        self.orientation.addItem(tr("Certificates", "A4 portrait"), "portrait")
        self.signers = [(QLineEdit(), QLineEdit()), (QLineEdit(), QLineEdit())]
        self.logo = QLineEdit()
        browse = QPushButton(tr("Certificates", "Choose…"))
        browse.clicked.connect(self._choose_logo)
        self.colours = {"primary": QPushButton(), "accent": QPushButton()}
        remembered = load_style()
        for key, button in self.colours.items():
            self._set_colour(button, getattr(remembered, key))
            button.clicked.connect(lambda _=False, b=button: self._pick_colour(b))
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(remembered.orientation)))
        for (position, name), (said_position, said_name) in zip(self.signers, remembered.signatories):
            position.setText(said_position)
            name.setText(said_name)
        self.logo.setText(str(remembered.logo) if remembered.logo else "")
        self.preview = QLabel()
        self.preview.setMinimumSize(520, 370)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(tr("Certificates", "Event"), self.event)
        form.addRow(tr("Certificates", "One person"), self.person)
        form.addRow(tr("Certificates", "Kind"), self.kind)
        form.addRow(tr("Certificates", "Language"), self.language)
        form.addRow(tr("Certificates", "Reason or nomination"), self.reason)
        form.addRow(tr("Certificates", "Page"), self.orientation)
        for i, (position, name) in enumerate(self.signers, 1):
            position.setPlaceholderText(tr("Certificates", "Position"))
            name.setPlaceholderText(tr("Certificates", "Name"))
            row = QHBoxLayout()
            row.addWidget(position)
            row.addWidget(name)
            form.addRow(tr("Certificates", "Signatory {n}").format(n=i), row)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(browse)
        form.addRow(tr("Certificates", "Logo"), logo_row)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colours["primary"])
        colour_row.addWidget(self.colours["accent"])
        form.addRow(tr("Certificates", "Colours"), colour_row)
        texts = QPushButton(tr("Certificates", "Edit the texts…"))
        texts.clicked.connect(self.edit_texts)
        form.addRow(tr("Certificates", "Texts"), texts)
        buttons = QDialogButtonBox()
        self.generate_button = buttons.addButton(tr("Certificates", "Generate…"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.generate_button.clicked.connect(self.start)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.message)
        left.addStretch(1)
        left.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.preview, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for combo in (self.event, self.kind, self.language, self.orientation):
            combo.currentIndexChanged.connect(lambda _: self._timer.start())
        for edit in [self.reason, self.logo] + [e for pair in self.signers for e in pair]:
            edit.textChanged.connect(lambda _: self._timer.start())
        self._timer.start()

    def edit_texts(self) -> None:
        """Change the fixed texts of the chosen kind and language; the preview follows."""
        if TemplateTextsDialog(self.kind.currentData(), self.language.currentData(), self).exec():
            self._timer.start()

    # -- choices ---------------------------------------------------------------
    def _picked(self, uid: str | None) -> None:
        self.person_uid = uid
        self._timer.start()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Certificates", "Logo"), "",
                                              tr("Certificates", "Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def _set_colour(self, button: QPushButton, value: str) -> None:
        button.setProperty("colour", value)
        # Named by its role, shown by its colour (a hex code like #1F4E79 said nothing to a coordinator).
        button.setText(tr("Certificates", "Main colour…") if button is self.colours["primary"]
                       else tr("Certificates", "Accent colour…"))
        button.setToolTip(value)
        button.setStyleSheet(f"background: {value}; color: white; padding: 4px 10px;")

    def _pick_colour(self, button: QPushButton) -> None:
        colour = QColorDialog.getColor(QColor(button.property("colour")), self)
        if colour.isValid():
            self._set_colour(button, colour.name().upper())
            self._timer.start()

    def style_chosen(self) -> Style:
        """The look chosen in the form."""
        signatories = [(p.text().strip(), n.text().strip()) for p, n in self.signers if n.text().strip()]
        logo = self.logo.text().strip()
        return Style(orientation=self.orientation.currentData(), primary=self.colours["primary"].property("colour"),
                     accent=self.colours["accent"].property("colour"), logo=Path(logo) if logo else None,
                     signatories=signatories)

    def _choices(self) -> dict:
        return {"kind": self.kind.currentData(), "language": self.language.currentData(),
                "event_uid": self.event.currentData(), "reason": self.reason.text().strip() or None,
                "style": self.style_chosen()}

    # -- preview and generation -------------------------------------------------
    def refresh_preview(self) -> None:
        """Draw the first page again with the current choices (nothing is issued)."""
        out = Path(self._tmp.name) / "preview.pdf"
        try:
            preview(out, person_uid=self.person_uid, **self._choices())
        except KnownError as exc:
            self.message.setText(render(exc.msg))
            return
        self.message.clear()
        image = render_page(out, 0, width=max(self.preview.width(), 520))
        if not image.isNull():
            self.preview.setPixmap(QPixmap.fromImage(image).scaled(
                self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def start(self) -> None:
        """Ask where to save, then issue and print the batch in the background."""
        choices = self._choices()
        if not choices["event_uid"] and not self.person_uid:
            self.message.setText(tr("Certificates", "Choose an event or a person."))
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Certificates", "Save certificates"),
                                              str(documents_folder() / self.default_file_name()),
                                              tr("Certificates", "PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            choices["style"].check()
        except KnownError as exc:
            self.message.setText(render(exc.msg))
            return
        save_style(choices["style"])  # the next batch starts with the same signatories, logo and colours
        persons = [self.person_uid] if self.person_uid else None
        run_task(self, tr("Certificates", "Generating certificates…"),
                 lambda: generate(Path(path), person_uids=persons, **choices), self.finished_batch)

    def default_file_name(self) -> str:
        """«Сертификаттар — <event or person> — <today>.pdf» in the interface language."""
        subject = event_title(self.event.currentData()) if self.event.currentData() else None
        if subject is None and self.person_uid:
            subject = self.person.text().strip() or None
        return batch_file_name(tr("Certificates", "Certificates"), subject, dt.date.today())

    def finished_batch(self, result) -> None:
        """Tell what was made; offer printing and the system viewer."""
        self.result = result
        box = QMessageBox(self)
        box.setWindowTitle(tr("Certificates", "Certificates"))
        box.setText(tr("Certificates", "{count} certificates written to {path} ({new} new, {again} printed again).")
                    .format(count=result.count, path=str(result.path), new=result.new, again=result.reprinted))
        print_button = box.addButton(tr("Certificates", "Print…"), QMessageBox.ButtonRole.AcceptRole)
        open_button = box.addButton(tr("Certificates", "Open"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is print_button:
            print_pdf(result.path, self)
        elif box.clickedButton() is open_button:
            open_in_viewer(result.path)
        self.accept()

    def done(self, code: int) -> None:  # noqa: D401 - Qt override
        self._timer.stop()
        super().done(code)
        self._tmp.cleanup()
