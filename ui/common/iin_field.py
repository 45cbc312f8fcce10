"""The IIN box: digits from the Kazakh keyboard's number row, and a wrong IIN explained at once.

On the Kazakh layout the keys 1…0 type « " ә і ң ғ , . ү ұ қ »; in this box
each becomes the digit on its key as it is typed or pasted
(:mod:`app.validation.kazakh_keys`).  Leaving the box with a wrong IIN says
why beside it; the reason goes the moment the IIN is right.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import ValidationError
from app.validation.iin import parse_iin
from app.validation.kazakh_keys import digits_from_keys
from ui.i18n import render


class NumberRowDigits(QValidator):
    """Turns the Kazakh number row's characters into digits; refuses nothing (saving explains)."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # type: ignore[override]
        return QValidator.State.Acceptable, digits_from_keys(text), pos


class IinField(QLineEdit):
    """A line edit for an IIN; ``problemChanged(text)`` says why it is wrong, '' once right."""

    problemChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(14)  # 12 digits and the spaces some people put between groups
        self.setValidator(NumberRowDigits(self))
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)

    def problem(self) -> str:
        """Why the IIN typed is not valid; '' when it is valid or empty."""
        if not self.text().strip():
            return ""
        try:
            parse_iin(self.text())
        except ValidationError as exc:
            return render(exc.msg)
        return ""

    def _edited(self, _text: str) -> None:
        # A correction clears the old reason at once; a new one waits until the box is left.
        if not self.problem():
            self.problemChanged.emit("")

    def _finished(self) -> None:
        self.problemChanged.emit(self.problem())
