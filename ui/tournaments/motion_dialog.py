"""The motion of a round of a league, with its optional info slide."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.errors import KnownError
from ui.i18n import tr
from ui.tournaments.common import HINT_STYLE, warn


class MotionDialog(QDialog):
    """Type the motion (and the info slide); an empty motion removes it."""

    def __init__(self, title: str, motion: str, info_slide: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.motion = QPlainTextEdit(motion)
        self.motion.setTabChangesFocus(True)
        self.motion.setFixedHeight(80)
        self.info_slide = QPlainTextEdit(info_slide)
        self.info_slide.setTabChangesFocus(True)
        self.info_slide.setFixedHeight(120)
        motion_label = QLabel(tr("Tournaments", "&Motion:"))
        motion_label.setBuddy(self.motion)
        info_label = QLabel(tr("Tournaments", "&Info slide (read out before the motion; may be empty):"))
        info_label.setBuddy(self.info_slide)
        hint = QLabel(tr("Tournaments", "Shown on the draw sheet, the ballots and the projector. An empty motion "
                                        "removes it."))
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (motion_label, self.motion, info_label, self.info_slide, hint, buttons):
            layout.addWidget(widget)
        self.save_work = None

    def accept(self) -> None:
        """Save through ``save_work`` (set by the caller); a refused motion keeps the dialog open."""
        if self.save_work is not None:
            try:
                self.save_work(self.motion.toPlainText(), self.info_slide.toPlainText())
            except KnownError as exc:
                warn(self, self.windowTitle(), exc)
                return
        super().accept()
