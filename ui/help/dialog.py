"""The guide window F1 opens: the current area's short guide, in the interface language."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.guide import AREAS, guide
from ui.i18n import current_language, tr


class GuideDialog(QDialog):
    """A small, non-modal window with one area's guide; F1 again brings it to the front."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = ""
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def show_area(self, area: str, title: str) -> None:
        """Show the guide of ``area`` (titled with the area's name) and bring the window up."""
        self.area = area
        self.setWindowTitle(tr("Help", "Help: {area}").format(area=title))
        self.browser.setMarkdown(guide(area, current_language()))
        self.show()
        self.raise_()
        self.activateWindow()


def area_of(widget: QWidget) -> str:
    """The area a form belongs to, from its package (ui.events.dialog → events)."""
    parts = type(widget).__module__.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in AREAS else "home"


def open_guide(parent: QWidget, area: str) -> GuideDialog:
    """F1 inside a form: the guide of its area, titled by the guide's own heading."""
    dialog = parent.findChild(GuideDialog)
    if dialog is None:
        dialog = GuideDialog(parent)
    heading = guide(area, current_language()).split("\n", 1)[0].lstrip("# ").strip()
    dialog.show_area(area, heading)
    return dialog
