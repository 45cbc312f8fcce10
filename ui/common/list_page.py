"""A list area: search as you type, filters, sortable columns, the count, and actions.

Every area (events, people, aid, organisations) is one of these with its own
source, filters and forms.  Keyboard: Ctrl+N new, Ctrl+F search, Enter open,
Delete delete (after asking); deleted records stay as tombstones and come
back from the "Recently deleted" view.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.listing import ListSource
from app.tables import write_table
from ui.common.fitting import widen_to_titles
from ui.common.formatting import format_value
from ui.common.lazy_model import LazyTableModel
from ui.i18n import render, tr

SEARCH_DELAY_MS = 40  # coalesce fast typing; the query itself takes a few ms


class ListPage(QWidget):
    """Base of the list areas; subclasses give the source, filters and forms."""

    countChanged = Signal(str)

    def __init__(self, source: ListSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LazyTableModel(source, self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton()
        self.export_button = QPushButton()
        self.delete_button = QPushButton()
        self.deleted_toggle = QCheckBox()
        self.count_label = QLabel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        # No column chosen: the source's own default order (Kazakh alphabetical,
        # newest events first…) until the user clicks a header.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        for i, column in enumerate(source.columns):
            if column.width:
                self.view.setColumnWidth(i, column.width * 9)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for widget in (self.deleted_toggle, self.delete_button, self.export_button, self.new_button):
            top.addWidget(widget)
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_changed)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._open_first)
        self.new_button.clicked.connect(self.new_record)
        self.export_button.clicked.connect(lambda: self.export_list())
        self.delete_button.clicked.connect(self._delete_or_restore)
        self.deleted_toggle.toggled.connect(self._toggle_deleted)
        self.view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        # New and Find work as soon as the area is chosen, the cursor still in the side list
        # (a hidden page's shortcuts never fire, so each area answers only while shown);
        # Delete only with the cursor in the page, never from a box elsewhere.
        for keys, slot, context in (
                (QKeySequence.StandardKey.New, self._new_if_allowed, Qt.ShortcutContext.WindowShortcut),
                (QKeySequence.StandardKey.Find, self.focus_search, Qt.ShortcutContext.WindowShortcut),
                (QKeySequence.StandardKey.Delete, self._delete_or_restore,
                 Qt.ShortcutContext.WidgetWithChildrenShortcut)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self.view.installEventFilter(self)
        self._loaded = False

    # -- to override -------------------------------------------------------
    def page_title(self) -> str:
        """The area's title in the current language."""
        return ""

    def current_filters(self) -> dict[str, Any]:
        """The filter values chosen in the filter widgets."""
        return {}

    def retranslate_filters(self) -> None:
        """Set the filter widgets' texts in the current language."""

    def open_record(self, uid: str) -> None:
        """Open the record's form."""

    def new_record(self) -> None:
        """Open an empty form."""

    def delete_records(self, uids: list[str]) -> None:
        """Delete (as tombstones) the records."""

    def restore_records(self, uids: list[str]) -> None:
        """Bring deleted records back."""

    # -- behaviour -------------------------------------------------------------
    def add_filter(self, widget: QWidget, stretch: int = 1) -> None:
        """Put a filter widget after the search box; changing it reloads the list."""
        self.filter_row.addWidget(widget, stretch)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self._tab_order()
            self.retranslate()
            self.reload()

    def _tab_order(self) -> None:
        """Tab goes search → filters (as laid out) → list → New, Export, Delete, Recently deleted."""
        buttons = [self.new_button, self.export_button, self.delete_button, self.deleted_toggle]
        above = [w for w in _laid_out(self.layout(), stop=self.view)
                 if w not in buttons and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        chain = [self.search, *[w for w in above if w is not self.search], self.view, *buttons]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        # Enter on the list opens the chosen record, even when no row is "current" yet
        # (the list reached with Tab, a row chosen by the search's Enter).
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()):
            rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
            current = self.view.currentIndex()
            row = current.row() if current.isValid() and current.row() in rows else (rows[0] if rows else -1)
            if row < 0 and self.model.rowCount() == 1:
                row = 0  # one record found: Enter opens it
            if row >= 0:
                self._open_row(row)
                return True
        return super().eventFilter(watched, event)

    def _new_if_allowed(self) -> None:
        if self.new_button.isEnabled():
            self.new_record()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.title.setText(self.page_title())
        self.search.setPlaceholderText(tr("Lists", "Search (Ctrl+F): any part of a name or IIN"))
        self.new_button.setText(tr("Lists", "New (Ctrl+N)"))
        self.export_button.setText(tr("Lists", "Export to Excel…"))
        self.deleted_toggle.setText(tr("Lists", "Recently deleted"))
        self.delete_button.setText(tr("Lists", "Restore") if self.model.deleted else tr("Lists", "Delete"))
        self.retranslate_filters()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))
        self._fit_texts()
        self.model.refresh_rows()
        self._show_count()

    def _fit_texts(self) -> None:
        """No column title or filter's "any" cut short in this language (Russian titles run long)."""
        widen_to_titles(self.view)
        for combo in self.findChildren(QComboBox):
            if combo.count():
                longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(0)),
                              combo.fontMetrics().horizontalAdvance(combo.currentText()))
                combo.setMinimumWidth(min(longest + 36, 260))

    def _search_changed(self) -> None:
        # A hidden page (another area, a closed window) reloads when it is shown again.
        if self.isVisible():
            self.reload()
        else:
            self._loaded = False

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box, text selected."""
        self.search.setFocus()
        self.search.selectAll()

    def reload(self) -> None:
        """Query again with the current search, filters and view; keeps the selection."""
        keep = self.selected_uids()
        self.model.search = self.search.text()
        self.model.filters = self.current_filters()
        self.model.reload()
        self._select(keep)
        self._show_count()

    def _show_count(self) -> None:
        n = len(self.model.ids)
        text = (tr("Lists", "Deleted records: {count}") if self.model.deleted
                else tr("Lists", "Shown: {count}")).format(count=f"{n:,}".replace(",", "\u202f"))
        self.count_label.setText(text)
        self.countChanged.emit(text)

    def selected_uids(self) -> list[str]:
        """Keys of the selected rows."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [uid for uid in (self.model.uid(r) for r in rows) if uid]

    def _select(self, uids: list[str]) -> None:
        selection = self.view.selectionModel()
        for uid in uids:
            row = self.model.row_of(uid) if len(self.model.ids) < 50_000 else -1
            if row >= 0:
                selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)

    def _open_row(self, row: int) -> None:
        uid = self.model.uid(row)
        if uid and not self.model.deleted:
            self.open_record(uid)

    def _open_first(self) -> None:
        if self.model.ids:
            self.view.setFocus()
            self.view.selectRow(0)

    def _toggle_deleted(self, on: bool) -> None:
        self.model.deleted = on
        self.new_button.setEnabled(not on)
        self.retranslate()
        self.reload()

    def _delete_or_restore(self) -> None:
        uids = self.selected_uids()
        if not uids:
            return
        if self.model.deleted:
            self.restore_records(uids)
        else:
            answer = QMessageBox.question(
                self, tr("Lists", "Delete"),
                tr("Lists", "Delete {count} selected record(s)? They can be brought back from "
                            "“Recently deleted”.").format(count=len(uids)))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.delete_records(uids)
        self.reload()

    def export_list(self, path: str | None = None) -> Path | None:
        """Write the list as shown (search, filters, order) to an XLSX or CSV file."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Lists", "Export to Excel"),
                                                  "tirkeu.xlsx", tr("Lists", "Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not path:
                return None
        columns = self.model.source.columns
        rows = self.model.source.fetch(self.model.ids)
        data = [[format_value(c.kind, rows[uid][i]) if c.kind not in ("int", "money") else rows[uid][i]
                 for i, c in enumerate(columns)] for uid in self.model.ids if uid in rows]
        out = write_table(Path(path), [render(c.title) for c in columns], data,
                          sheet_title=self.page_title()[:31] or "Tirkeu")
        return out


def _laid_out(layout, stop: QWidget) -> list[QWidget]:
    """The widgets of ``layout`` (nested layouts included) in their order, up to ``stop``."""
    found: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget()
        if widget is stop:
            break
        if widget is not None:
            found.append(widget)
        elif item.layout() is not None:
            found += _laid_out(item.layout(), stop)
    return found
