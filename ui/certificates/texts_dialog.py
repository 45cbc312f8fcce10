"""Editing the fixed texts of one kind of certificate in one language.

The texts come with the program (resources/certificates/templates.json); what
the coordinator changes here is kept in the database and laid over them.  An
empty field goes back to the shipped text; an unknown {placeholder} is
refused with the list of allowed ones.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.certificates.templates import load_overrides, save_overrides, shipped, template
from app.errors import KnownError
from ui.i18n import render, tr


class TemplateTextsDialog(QDialog):
    """One text box per field of the kind's template in the chosen language."""

    def __init__(self, kind: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.language = kind, language
        self.setWindowTitle(tr("Certificates", "Texts of the certificate"))
        self.setMinimumWidth(640)
        current = template(kind, language)
        self.edits: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for field in shipped()[kind][language]:
            edit = QPlainTextEdit(current.get(field, ""))
            edit.setMaximumHeight(70)
            self.edits[field] = edit
            form.addRow(field, edit)
        hint = QLabel(tr("Certificates", "Placeholders: {name} {reason} {event} {date} {place}. "
                                         "An empty box brings back the text that came with the program."))
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Forms", "Save (Ctrl+S)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Forms", "Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> bool:
        """Store the texts that differ from the shipped ones; stay open on a wrong placeholder."""
        base = shipped()[self.kind][self.language]
        overrides = load_overrides()
        mine = {f: e.toPlainText() for f, e in self.edits.items() if e.toPlainText().strip() != base.get(f, "").strip()}
        overrides.setdefault(self.kind, {})[self.language] = mine
        try:
            save_overrides(overrides)
        except KnownError as exc:
            self.error.setText(render(exc.msg))
            return False
        self.accept()
        return True
