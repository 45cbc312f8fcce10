"""Import participants, aid recipients and events; export them; back up and restore the database.

The window's twin of ``python -m app import|export|backup``: the same core
functions, run in the background, with the same summary (and the errors file
with every rejected row and its reason).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from ui.i18n import current_language, tr

if TYPE_CHECKING:
    from ui.exchange.import_dialog import ImportDialog
    from ui.exchange.restore_dialog import RestoreDialog
from ui.tasks import run_task

KINDS = ("participants", "aid-recipients", "events")


def kind_title(kind: str) -> str:
    """The translated name of a table kind."""
    return {"participants": tr("Exchange", "participants"),
            "aid-recipients": tr("Exchange", "aid recipients"),
            "events": tr("Exchange", "events")}[kind]


class ExchangeActions(QObject):
    """The File menu's import, export and backup actions of a main window."""

    finished = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_actions = {k: QAction(window) for k in KINDS}
        self.export_actions = {k: QAction(window) for k in KINDS}
        self.backup_action = QAction(window)
        self.restore_action = QAction(window)
        self.server_action = QAction(window)
        self.server_action.triggered.connect(self.open_server)
        for kind, action in self.import_actions.items():
            action.triggered.connect(lambda _=False, k=kind: self.import_table(k))
        for kind, action in self.export_actions.items():
            action.triggered.connect(lambda _=False, k=kind: self.export_table(k))
        self.backup_action.triggered.connect(self.backup)
        self.restore_action.triggered.connect(lambda _=False: self.restore())
        self.last_summary: Any = None

    def open_server(self) -> None:
        """File → Open a server database…: Tirkeu starts again on it (ui/server/dialog.py)."""
        from ui.server.dialog import open_server_database  # on use

        open_server_database(self.window)

    def actions(self) -> list[QAction]:
        """The actions in menu order."""
        return [*self.import_actions.values(), *self.export_actions.values(), self.backup_action,
                self.restore_action, self.server_action]

    def retranslate(self) -> None:
        """Menu texts in the current language."""
        for kind, action in self.import_actions.items():
            action.setText(tr("Exchange", "Import {what} from a file…").format(what=kind_title(kind)))
        for kind, action in self.export_actions.items():
            action.setText(tr("Exchange", "Export {what} to a file…").format(what=kind_title(kind)))
        self.backup_action.setText(tr("Exchange", "Back up the database to…"))
        self.restore_action.setText(tr("Exchange", "Restore from a backup…"))
        self.server_action.setText(tr("Exchange", "Open a server database…"))
        self.server_action.setToolTip(tr("Exchange", "An office's database on a PostgreSQL server, shared by "
                                                     "several staff"))

    # -- import -------------------------------------------------------------
    def import_table(self, kind: str, path: str | None = None) -> ImportDialog:
        """Open the import dialog for ``kind`` (with ``path`` already chosen, if given)."""
        from ui.exchange.import_dialog import ImportDialog  # the File menu is built at start: its dialogs load on use

        dialog = ImportDialog(kind, path, self.window)
        dialog.finished_import.connect(self._imported)
        dialog.open()
        return dialog

    def _imported(self, summary: Any) -> None:
        self.last_summary = summary
        self.finished.emit()

    # -- export -------------------------------------------------------------
    def export_table(self, kind: str, path: str | None = None) -> None:
        """Ask for a target file (unless given) and export ``kind`` to it."""
        if self.window.store is None:  # still opening (a fraction of a second)
            return
        if path is None:
            from PySide6.QtWidgets import QFileDialog  # on use: its enums cost the window's start ~2 ms

            path, _ = QFileDialog.getSaveFileName(
                self.window, tr("Exchange", "Export {what}").format(what=kind_title(kind)),
                f"{kind}.xlsx", tr("Exchange", "Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not path:
                return
        from app.exporting import export_table  # openpyxl: on use, not at start

        lang = current_language()
        run_task(self.window, tr("Exchange", "Exporting…"),
                 lambda: export_table(kind, Path(path), lang=lang),
                 lambda n: self._say(tr("Exchange", "Wrote {count} rows to {path}.")
                                     .format(count=n, path=path)))

    # -- backup -------------------------------------------------------------
    def backup(self, path: str | None = None) -> None:
        """Ask for a file (a USB stick, say) and copy the database there safely."""
        if self.window.store is None:  # still opening (a fraction of a second)
            return
        if path is None:
            from PySide6.QtWidgets import QFileDialog  # on use (see export_table)

            path, _ = QFileDialog.getSaveFileName(
                self.window, tr("Exchange", "Back up the database"), "tirkeu-backup.sqlite3",
                tr("Exchange", "Tirkeu database (*.sqlite3)"))
            if not path:
                return
        from app.backup import backup_to  # on use, not at start

        store = self.window.store
        run_task(self.window, tr("Exchange", "Backing up…"), lambda: backup_to(store, Path(path)),
                 lambda out: self._say(tr("Exchange", "Backup written to {path}.").format(path=str(out))))

    # -- restore ------------------------------------------------------------
    def restore(self) -> RestoreDialog | None:
        """Show the backups with what each holds; restoring one refreshes the window."""
        if self.window.store is None:  # still opening (a fraction of a second)
            return None
        if self.window.store.engine == "postgresql":
            self._say(tr("Exchange", "This database is on a server: its administrator restores it from the "
                                     "server's backups (pg_restore). A copy made with \"Back up the database "
                                     "to…\" opens as a file with --db."))
            return None
        from ui.exchange.restore_dialog import RestoreDialog  # on use, not at start

        dialog = RestoreDialog(self.window)
        dialog.restored.connect(lambda _store: self.finished.emit())
        dialog.open()
        return dialog

    def _say(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # on use (see export_table)

        QMessageBox.information(self.window, "Tirkeu", text)
        self.finished.emit()
