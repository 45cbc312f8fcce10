"""Table models of the event form: the attendance list and the appointment list.

Models, not QTableWidget items: a list of 500 people is shown by answering
``data()`` for the rows on screen, instead of thousands of per-cell calls at
every reload (each new person reloads the list).  That keeps adding people
to a big event instant, and also avoids a PySide6 6.12 fault on Python 3.11
where every call of a Qt method returning nothing takes a reference from
``None`` (enough of them end the program with "deallocating None").
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate, QTableView, QWidget

from app.reference import load
from app.reference import name as ref_name
from ui.common.formatting import format_date
from ui.events.choices import status_name
from ui.i18n import current_language, tr

Index = QModelIndex | QPersistentModelIndex
NAME, IIN, SCHOOL, ROLE, STATUS = range(5)
DATE, TIME, PERSON, TOPIC, BOOKING = range(5)
Display = Qt.ItemDataRole.DisplayRole
Edit = Qt.ItemDataRole.EditRole
Check = Qt.ItemDataRole.CheckStateRole


def make_view(model: QAbstractTableModel, stretch: int, widths: dict[int, int]) -> QTableView:
    """A read-by-rows table view over ``model``; column ``stretch`` takes the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    return view


class RowsModel(QAbstractTableModel):
    """Rows (dataclasses) and translated column titles; subclasses say what each cell shows."""

    def __init__(self, titles: Callable[[], list[str]], parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.titles = titles

    def set_rows(self, rows: list[Any]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Display) -> Any:  # noqa: N802
        if role != Display:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.titles()[section]
        return str(section + 1)  # row numbers: the count at a glance

    def retranslate(self) -> None:
        """Titles and cell texts in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))


class AttendanceModel(RowsModel):
    """Name, IIN, school, role (editable), status; names checkable in selection mode."""

    def __init__(self, on_role: Callable[[int, str], None], parent=None) -> None:
        super().__init__(lambda: [tr("Events", "Name"), tr("Events", "IIN"), tr("Events", "School"),
                                  tr("Events", "Role"), tr("Events", "Status")], parent)
        self.on_role = on_role
        self.selection_mode = False
        self.checked: set[str] = set()

    def set_rows(self, rows: list[Any], selection: bool = False) -> None:
        """Show ``rows``; in selection mode the selected ones start checked."""
        self.selection_mode = selection
        self.checked = {row.person_uid for row in rows if row.status == "selected"}
        super().set_rows(rows)

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Display:
            if column == ROLE:
                return ref_name("attendance_roles", row.role, current_language())
            if column == STATUS:
                return status_name(row.status)
            return (row.full_name, row.iin, row.school)[column] if column < ROLE else None
        if role == Edit and column == ROLE:
            return row.role
        if role == Check and column == NAME and self.selection_mode:
            return Qt.CheckState.Checked if row.person_uid in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == ROLE:
            return tr("Events", "Double-click or F2 to change the role")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.column() == ROLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == NAME and self.selection_mode:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Edit) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        if role == Check and index.column() == NAME and self.selection_mode:
            state = Qt.CheckState(value) if isinstance(value, int) else value
            (self.checked.add if state == Qt.CheckState.Checked else self.checked.discard)(row.person_uid)
        elif role == Edit and index.column() == ROLE and value and value != row.role:
            self.on_role(index.row(), value)
            self.rows[index.row()] = dataclasses.replace(row, role=value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def set_checked(self, row: int, on: bool) -> None:
        """Check or uncheck the person of ``row`` (selection mode)."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.setData(self.index(row, NAME), state, Check)


class AppointmentModel(RowsModel):
    """Date, time, person, topic, status of each booking (read-only)."""

    def __init__(self, parent=None) -> None:
        super().__init__(lambda: [tr("Events", "Date"), tr("Events", "Time"), tr("Events", "Person"),
                                  tr("Events", "Topic"), tr("Events", "Status")], parent)

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid() or role != Display:
            return None
        row = self.rows[index.row()]
        return (format_date(row.date), row.time_slot, row.full_name, row.topic,
                status_name(row.status))[index.column()]


class RoleDelegate(QStyledItemDelegate):
    """The role cell edits as a combo of attendance roles; choosing one commits it."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        lang = current_language()
        for item in load("attendance_roles"):
            combo.addItem(item.get(lang) or item["en"], item["code"])
        combo.activated.connect(lambda _: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Edit))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Edit)
