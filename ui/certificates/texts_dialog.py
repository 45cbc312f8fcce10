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


def field_names() -> dict[str, str]:
    """What each field of a template is, in the interface language (the codes are not shown)."""
    return {"title": tr("Certificates", "Title"), "subtitle": tr("Certificates", "Subtitle"),
            "above": tr("Certificates", "Above the name"),
            "above_f": tr("Certificates", "Above the name (a girl or woman)"),
            "body": tr("Certificates", "Under the name"),
            "body_noevent": tr("Certificates", "Under the name (no event)"),
            "reason": tr("Certificates", "Reason"), "reason_noevent": tr("Certificates", "Reason (no event)")}


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
        names = field_names()
        for field in shipped()[kind][language]:
            edit = QPlainTextEdit(current.get(field, ""))
            edit.setMaximumHeight(70)
            self.edits[field] = edit
            form.addRow(names.get(field, field), edit)
        # The placeholders are typed as they are; what each one stands for is said in words.
        hint = QLabel(tr("Certificates", "Placeholders (type them as they are): {name} the recipient's name, "
                                         "{reason} the reason or nomination, {event} the event, {date} the date, "
                                         "{place} the place. An empty box brings back the text that came with "
                                         "the program."))
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
