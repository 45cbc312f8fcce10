"""An area that shows a list and, once a row is opened, that record's own view in its place."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget


class ListAndRecordArea(QWidget):
    """A list page and a record view on one stack.

    Subclasses give the list in ``__init__`` and build the view in
    :meth:`make_view` (on first use, so the area opens fast); the view has a
    ``back`` signal, ``open(uid)``, ``refresh()`` and :meth:`view_summary`
    says what the status bar shows while it is open.
    """

    countChanged = Signal(str)

    def __init__(self, list_page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = list_page
        self.list.countChanged.connect(self.countChanged)
        self.list.opened.connect(self.open_record)
        self.view = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._loaded = False

    def make_view(self) -> QWidget:
        """The record view (built once)."""
        raise NotImplementedError

    def view_summary(self) -> str:
        """The status-bar text while a record is open."""
        return ""

    def open_record(self, uid: str) -> None:
        """Show the record ``uid``."""
        if self.view is None:
            self.view = self.make_view()
            self.view.back.connect(self.show_list)
            self.stack.addWidget(self.view)
        self.view.open(uid)
        self.stack.setCurrentWidget(self.view)
        self.countChanged.emit(self.view_summary())

    def show_list(self) -> None:
        """Back to the list."""
        self.stack.setCurrentWidget(self.list)
        if self.list.isVisible():
            self.list.reload()

    def refresh(self) -> None:
        """Reload what is shown (after an import from the File menu, say)."""
        if self.stack.currentWidget() is self.view and self.view is not None:
            self.view.refresh()
        else:
            self.list.reload()

    def _show_count(self) -> None:
        if self.stack.currentWidget() is self.list:
            self.list._show_count()
