"""Enter on a table opens its chosen row, instead of reaching the form's default button."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView


class EnterOpens(QObject):
    """Event filter: Return or keypad Enter on ``view`` calls ``open_row(row)`` for the chosen row.

    Without it a table inside a dialog passes Enter on to the dialog, whose
    default button (Save) then closes the form.
    """

    def __init__(self, view: QAbstractItemView, open_row: Callable[[int], None]) -> None:
        super().__init__(view)
        self.view, self.open_row = view, open_row
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()):
            current = self.view.currentIndex()
            rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
            row = current.row() if current.isValid() else (rows[0] if rows else -1)
            if row >= 0:
                self.open_row(row)
            return True  # never the dialog's Save
        return super().eventFilter(watched, event)
