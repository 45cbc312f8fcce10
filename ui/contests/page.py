"""The contests area: the list of contests; opening one shows its works and summary.

Enter or a double click opens a contest; "Back to the list" (Alt+Left)
returns.  Ctrl+N sets a new contest up and opens it.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.contests.listing import CONTESTS, winner_count
from ui.common.formatting import format_date
from ui.common.lazy_model import LazyTableModel
from ui.common.list_and_record import ListAndRecordArea
from ui.common.list_page import ListPage
from ui.contests.dialogs import ContestDialog
from ui.i18n import tr


def format_label(code: str | None) -> str:
    """Remote or in person, in the current language."""
    return tr("Contests", "remote") if code == "remote" else tr("Contests", "in person") if code else ""


def date_range(start: Any, end: Any) -> str:
    """'01.10.2026' or '01.10.2026 – 05.10.2026'."""
    first, last = format_date(start), format_date(end)
    return first if not last or last == first else f"{first} – {last}"


class ContestsModel(LazyTableModel):
    """The list's model: date ranges, formats named, winners counted as the core counts them."""

    def __init__(self, source, parent=None) -> None:
        super().__init__(source, parent)
        self._winners: dict[str, int] = {}

    def reload(self) -> None:
        self._winners.clear()
        super().reload()

    def refresh_rows(self, uids: list[str] | None = None) -> None:
        if uids is None:
            self._winners.clear()
        else:
            for uid in uids:
                self._winners.pop(uid, None)
        super().refresh_rows(uids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            kind = self.source.columns[index.column()].kind
            if role == Qt.ItemDataRole.DisplayRole and kind in ("date_range", "contest_format", "contest_winners"):
                values = self._row(index.row())
                value = values[index.column()] if values else None
                if not value:
                    return ""
                if kind == "date_range":
                    start, _, end = str(value).partition("|")
                    return date_range(start, end)
                if kind == "contest_format":
                    return format_label(value)
                if value not in self._winners:
                    self._winners[value] = winner_count(value)
                return f"{self._winners[value]:,}".replace(",", "\u202f")
            if role == Qt.ItemDataRole.TextAlignmentRole and kind == "contest_winners":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class ContestsList(ListPage):
    """Every contest of this database, newest first."""

    opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CONTESTS, parent)
        self.model = ContestsModel(CONTESTS, self)
        self.view.setModel(self.model)
        for i, column in enumerate(CONTESTS.columns):
            if column.width:
                self.view.setColumnWidth(i, column.width * 9)
        self.delete_button.hide()  # a contest is deleted with its event, in the events area
        self.deleted_toggle.hide()
        self.export_button.hide()  # the summary is what is reported; the CLI prints it as JSON

    def page_title(self) -> str:
        return tr("Contests", "Contests")

    def retranslate_filters(self) -> None:
        self.new_button.setText(tr("Contests", "New contest… (Ctrl+N)"))
        self.search.setPlaceholderText(tr("Contests", "Search (Ctrl+F): any part of the title"))

    def _delete_or_restore(self) -> None:
        """Contests are not deleted from this list."""

    def open_record(self, uid: str) -> None:
        self.opened.emit(uid)

    def new_record(self) -> None:
        dialog = ContestDialog(parent=self)
        dialog.exec()
        uid = dialog.uid
        dialog.deleteLater()
        if uid:
            self.reload()
            self.opened.emit(uid)


class ContestsArea(ListAndRecordArea):
    """The list and, once one is opened, the contest itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ContestsList(), parent)

    def open_contest(self, uid: str) -> None:
        """Show the contest ``uid``."""
        self.open_record(uid)

    def make_view(self) -> QWidget:
        from ui.contests.view import ContestView  # here, not at the top: the view imports this module

        return ContestView()

    def view_summary(self) -> str:
        return self.view.totals_text()
