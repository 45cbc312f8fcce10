"""The report's tables: one chosen in a combo, shown in a table view (numbers right-aligned)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.reports import Report, Table, render_cell
from ui.common.fitting import widen_to_titles
from ui.i18n import tr
from ui.reports.common import cell_text, is_total

NUMERIC = ("int", "money", "float")


class ReportTableModel(QAbstractTableModel):
    """One :class:`Table` of a report, read-only; the total row in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return render_cell(self.table.columns[section].title, tr)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or not index.isValid():
            return None
        row = self.table.rows[index.row()]
        column = self.table.columns[index.column()]
        value = row[index.column()] if index.column() < len(row) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, column.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in NUMERIC or (isinstance(value, (int, float)) and not isinstance(value, bool)):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row and is_total(row[0]):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None


class TablesPanel(QWidget):
    """A combo of every table of the report (by section) and the chosen one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.tables: list[Table] = []
        self.label = QLabel()
        self.choice = QComboBox()
        self.choice.setMinimumContentsLength(40)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model = ReportTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(self.label)
        top.addWidget(self.choice, 1)
        top.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.choice.currentIndexChanged.connect(self._show)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(tr("Reports", "&Table:"))
        self.label.setBuddy(self.choice)

    def show_report(self, report: Report | None) -> None:
        """List the report's tables, keeping the chosen one (by key); texts in the current language."""
        chosen = self.current_key()
        self.report = report
        self.tables = [t for s in report.sections for t in s.tables] if report else []
        self.choice.blockSignals(True)
        self.choice.clear()
        if report:
            for section in report.sections:
                for table in section.tables:
                    self.choice.addItem(f"{render_cell(section.title, tr)} — {render_cell(table.title, tr)}",
                                        table.key)
        self.choice.setCurrentIndex(max(0, self.choice.findData(chosen)))
        self.choice.blockSignals(False)
        self._show()

    def current_key(self) -> str | None:
        return self.choice.currentData()

    def show_table(self, key: str) -> None:
        """Show the table ``key``."""
        self.choice.setCurrentIndex(self.choice.findData(key))

    def _show(self) -> None:
        row = self.choice.currentIndex()
        table = self.tables[row] if 0 <= row < len(self.tables) else None
        self.model.set_table(table)
        if table is not None:
            header = self.view.horizontalHeader()
            for column in range(len(table.columns)):
                self.view.resizeColumnToContents(column)
                header.resizeSection(column, min(max(header.sectionSize(column), 70), 360))
            widen_to_titles(self.view)
        self.note.setText(render_cell(table.note, tr) if table is not None and table.note else "")
        self.note.setVisible(bool(self.note.text()))
