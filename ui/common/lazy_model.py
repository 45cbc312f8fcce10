"""A table model over a ``ListSource``: all ids at once, rows only as they are shown.

Like Anki's browser model: a list of 200,000 people costs one narrow query
for the ids; the rows on screen are fetched a block at a time and kept in a
bounded cache, so scrolling stays smooth and memory stays flat.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.listing import ListSource
from ui.common.formatting import format_value
from ui.i18n import render

BLOCK = 100
CACHE_LIMIT = 5000
# Looked up once: a visible cell is asked for ~7 roles at each paint, and data() is hot.
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel):
    """Rows of a ``ListSource``, fetched on demand."""

    def __init__(self, source: ListSource, parent=None) -> None:
        super().__init__(parent)
        self.source = source
        self.ids: list[str] = []
        self._rows: dict[str, tuple] = {}
        self.search = ""
        self.filters: dict[str, Any] = {}
        self.sort_key: str | None = None
        self.descending = False
        self.deleted = False

    # -- loading ----------------------------------------------------------
    def reload(self) -> None:
        """Re-query the ids for the current search, filters, order and view."""
        self.beginResetModel()
        self.ids = self.source.ids(self.search, self.filters, self.sort_key, self.descending, self.deleted)
        self._rows.clear()
        self.endResetModel()

    def refresh_rows(self, uids: list[str] | None = None) -> None:
        """Forget cached rows (all, or ``uids``) after an edit, and repaint."""
        if uids is None:
            self._rows.clear()
        else:
            for uid in uids:
                self._rows.pop(uid, None)
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, self.columnCount() - 1))

    def _row(self, row: int) -> tuple | None:
        uid = self.ids[row]
        values = self._rows.get(uid)
        if values is None:
            if len(self._rows) > CACHE_LIMIT:
                self._rows.clear()
            start = row - row % BLOCK
            block = self.ids[start:start + BLOCK]
            self._rows.update(self.source.fetch(block))
            values = self._rows.get(uid)
        return values

    def uid(self, row: int) -> str | None:
        """The key of a row."""
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, uid: str) -> int:
        """The row showing ``uid``, or -1."""
        try:
            return self.ids.index(uid)
        except ValueError:
            return -1

    def values(self, row: int) -> tuple | None:
        """The raw values of a row (fetched if needed)."""
        return self._row(row)

    # -- Qt model ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.source.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == DISPLAY:
            if not index.isValid():
                return None
            values = self._row(index.row())
            column = index.column()
            return format_value(self.source.columns[column].kind, values[column]) if values else None
        if role == ALIGNMENT and index.isValid() and self.source.columns[index.column()].kind in ("int", "money"):
            return RIGHT_ALIGNED
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return render(self.source.columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:  # no column: the source's default order
            self.sort_key, self.descending = None, False
        else:
            col = self.source.columns[column]
            if not col.sort_sql:
                return
            self.sort_key = col.key
            self.descending = order == Qt.SortOrder.DescendingOrder
        if self.ids or self.sort_key:
            self.reload()
