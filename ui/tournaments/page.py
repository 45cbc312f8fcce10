"""The tournaments area: the list of tournaments; opening one shows its teams, rounds, standings…

Enter or a double click opens a tournament; "Back to the list" (Alt+Left)
returns.  Ctrl+N sets a new tournament up and opens it.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.tournaments.listing import TOURNAMENTS
from ui.common.lazy_model import LazyTableModel
from ui.common.list_and_record import ListAndRecordArea
from ui.common.list_page import ListPage
from ui.i18n import tr
from ui.tournaments.common import league_label, stage_label
from ui.tournaments.settings_dialog import TournamentDialog
from ui.tournaments.view import TournamentView


class TournamentsModel(LazyTableModel):
    """The list's model: stages and leagues named in the current language."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            kind = self.source.columns[index.column()].kind
            if kind in ("tournament_stage", "tournament_leagues"):
                values = self._row(index.row())
                value = values[index.column()] if values else None
                if not value:
                    return ""
                if kind == "tournament_stage":
                    return stage_label(value)
                return ", ".join(league_label(code) for code in str(value).split(",") if code)
        return super().data(index, role)


class TournamentsList(ListPage):
    """Every tournament of this database, newest first."""

    opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TOURNAMENTS, parent)
        self.model = TournamentsModel(TOURNAMENTS, self)
        self.view.setModel(self.model)
        self.delete_button.hide()  # a tournament's results are kept; there is no deleting here
        self.deleted_toggle.hide()

    def page_title(self) -> str:
        return tr("Tournaments", "Debate tournaments")

    def retranslate_filters(self) -> None:
        self.new_button.setText(tr("Tournaments", "New tournament… (Ctrl+N)"))
        self.search.setPlaceholderText(tr("Tournaments", "Search (Ctrl+F): any part of the name or place"))

    def _delete_or_restore(self) -> None:
        """Tournaments are not deleted from the window."""

    def open_record(self, uid: str) -> None:
        self.opened.emit(uid)

    def new_record(self) -> None:
        dialog = TournamentDialog(parent=self)
        dialog.exec()
        uid = dialog.uid
        dialog.deleteLater()
        if uid:
            self.reload()
            self.opened.emit(uid)


class TournamentsArea(ListAndRecordArea):
    """The list and, once one is opened, the tournament itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TournamentsList(), parent)

    def open_tournament(self, uid: str) -> None:
        """Show the tournament ``uid``."""
        self.open_record(uid)

    def make_view(self) -> QWidget:
        return TournamentView()

    def view_summary(self) -> str:
        return self.view.summary()
