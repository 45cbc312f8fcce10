"""File → Restore from a backup…: see what each backup holds, choose one, put it back.

The automatic backups (one per day, beside the database) are listed newest
first with their date and what they hold; any other file (a copy on a USB
stick) can be chosen too.  Restoring asks first, closes the database, lets
``restore_backup`` keep a copy of the current file and copy the backup in,
opens the database again (migrating an older backup) and shows it in the
window.  If the backup cannot be restored, the database that was open is
opened again, unchanged.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.backup import backup_preview, backups_dir, restore_backup
from app.db import migrations
from app.db.store import open_database
from app.errors import KnownError
from app.installation import get_installation
from ui.common.formatting import format_date
from ui.i18n import render, tr

if TYPE_CHECKING:
    from app.db.store import Store

COLUMNS = ("date", "installation", "person", "event", "aid_recipient")


def column_title(key: str) -> str:
    """The translated title of a column of the backups table."""
    return {"date": tr("Restore", "Date"), "installation": tr("Restore", "Installation"),
            "person": tr("Restore", "People"), "event": tr("Restore", "Events"),
            "aid_recipient": tr("Restore", "Aid recipients")}[key]


def backup_day(path: Path) -> dt.date:
    """The day a backup was made: from an automatic backup's name, else the file's time."""
    try:
        return dt.date.fromisoformat(path.stem[-10:])
    except ValueError:
        return dt.datetime.fromtimestamp(path.stat().st_mtime).date()


def automatic_backups(store: Store) -> list[Path]:
    """The automatic backups of ``store``, newest first."""
    folder = backups_dir(store)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.sqlite3") if p.is_file() and not p.name.endswith(".partial")]
    return sorted(found, key=lambda p: (backup_day(p), p.stat().st_mtime), reverse=True)


class RestoreDialog(QDialog):
    """The list of backups with a preview; ``restored(store)`` after a backup was put back."""

    restored = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.main_window = window
        self.setWindowTitle(tr("Restore", "Restore from a backup"))
        self.resize(760, 460)
        self.paths: list[Path] = []
        self.previews: dict[Path, dict[str, Any] | None] = {}
        self.errors: dict[Path, str] = {}
        self.intro = QLabel(tr("Restore", "Tirkeu copies the database on the first start of each day. "
                                          "Choose the copy to go back to; the database as it is now is "
                                          "kept as a copy beside it."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([column_title(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(tr("Restore", "Choose another file…"))
        self.restore_button = QPushButton(tr("Restore", "Restore…"))
        self.close_button = QPushButton(tr("Restore", "Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self.show_preview)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore())
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.restore_button.clicked.connect(lambda: self.restore())
        self.close_button.clicked.connect(self.reject)
        for path in automatic_backups(window.store):
            self._add_row(path)
        if self.paths:
            self.table.selectRow(0)
        self.show_preview()

    # -- the list ---------------------------------------------------------------------
    def _add_row(self, path: Path, first: bool = False) -> int:
        try:
            self.previews[path] = backup_preview(path)
        except KnownError as exc:
            self.previews[path] = None
            self.errors[path] = render(exc.msg)
        info = self.previews[path] or {}
        row = 0 if first else self.table.rowCount()
        self.table.insertRow(row)
        self.paths.insert(row, path)
        cells = [format_date(backup_day(path)), str(info.get("installation", tr("Restore", "unreadable")))]
        cells += [str(info.get(key, "")) for key in COLUMNS[2:]]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(str(path))
            if column >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        return row

    def add_file(self, path: str | Path) -> None:
        """Put ``path`` at the top of the list and select it."""
        path = Path(path)
        if path in self.paths:
            row = self.paths.index(path)
        else:
            row = self._add_row(path, first=True)
        self.table.selectRow(row)
        self.show_preview()

    def choose_file(self, path: str | None = None) -> None:
        """Pick a backup that is not in the list (a copy on a USB stick, say)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Restore", "Choose a backup"), "",
                                                  tr("Restore", "Tirkeu database (*.sqlite3);;All files (*)"))
            if not path:
                return
        self.add_file(path)

    def selected(self) -> Path | None:
        """The backup chosen in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.paths[rows[0].row()] if rows else None

    def select(self, path: Path) -> None:
        """Choose ``path`` in the list (it must be listed)."""
        self.table.selectRow(self.paths.index(Path(path)))

    def show_preview(self) -> None:
        """What the chosen backup holds, or why it cannot be used."""
        path = self.selected()
        info = self.previews.get(path) if path else None
        self.restore_button.setEnabled(info is not None)
        if path is None:
            self.preview.setText(tr("Restore", "There are no automatic backups yet. Use "
                                               "“Choose another file…” to restore a copy from elsewhere."))
            return
        if info is None:
            self.preview.setText(self.errors.get(path, ""))
            return
        self.preview.setText(tr("Restore", "{file}\nInstallation: {name} · schema version {version}\n"
                                           "People {people} · events {events} · attendance {attendance} · "
                                           "aid recipients {recipients} · aid given {aid} · "
                                           "certificates {certificates}")
                             .format(file=str(path), name=info["installation"] or "—",
                                     version=info["schema_version"], people=info["person"],
                                     events=info["event"], attendance=info["attendance"],
                                     recipients=info["aid_recipient"], aid=info["aid_given"],
                                     certificates=info["certificate"]))

    # -- restoring -------------------------------------------------------------------------
    def restore(self) -> bool:
        """Ask, then replace the database with the chosen backup. True when restored."""
        path = self.selected()
        info = self.previews.get(path) if path else None
        if path is None or info is None:
            return False
        if int(info["schema_version"]) > migrations.LATEST:
            QMessageBox.warning(self, self.windowTitle(),
                                tr("Restore", "This backup was made by a newer version of Tirkeu. "
                                              "Install the newer Tirkeu to restore it."))
            return False
        current = get_installation()
        text = tr("Restore", "Replace the database with the backup of {date}?\n\nWhat was entered after "
                             "that day will no longer be shown. The database as it is now is kept as a "
                             "copy beside it.").format(date=format_date(backup_day(path)))
        if current is not None and info["installation"] and info["installation"] != current.name:
            other = tr("Restore", "This backup belongs to another installation ({name}).")
            text += "\n\n" + other.format(name=info["installation"])
        answer = QMessageBox.question(self, self.windowTitle(), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        safety = put_back(self, self.main_window, path)
        if safety is None:
            return False
        self.restored.emit(self.main_window.store)
        QMessageBox.information(self, self.windowTitle(),
                                tr("Restore", "The database was restored from {file}. The database as it "
                                              "was before is kept at {safety}.")
                                .format(file=str(path), safety=str(safety)))
        self.accept()
        return True


def put_back(parent: QWidget, window: Any, backup: Path) -> Path | None:
    """Close the window's database, restore ``backup`` over it, open it again and show it.

    Returns the copy of the database as it was before.  If the backup cannot
    be restored, says why and opens the database again, unchanged; None then.
    """
    QThreadPool.globalInstance().waitForDone(30_000)  # no background work on the old connection
    db_path = window.store.path
    restore_error: KnownError | None = None
    open_error: KnownError | None = None
    safety: Path | None = None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        window.store.close()
        try:
            safety = restore_backup(db_path, backup)
        except KnownError as exc:
            restore_error = exc
        try:
            store = open_database(db_path)
        except KnownError as exc:
            open_error = exc
    finally:
        QApplication.restoreOverrideCursor()
    title = tr("Restore", "Restore from a backup")
    if open_error is not None:
        text = render(open_error.msg)
        if safety is not None:
            text += "\n\n" + tr("Restore", "The database as it was before is kept at {safety}.").format(
                safety=str(safety))
        QMessageBox.critical(parent, title, text)
        return None
    reattach(window, store)
    if restore_error is not None:
        QMessageBox.warning(parent, title, render(restore_error.msg))
        return None
    return safety


def reattach(window: Any, store: Store) -> None:
    """Show ``store`` in ``window``: pages built for the old database are built anew."""
    for area in window.areas:
        if area.page is not None:
            window.stack.removeWidget(area.page)
            area.page.deleteLater()
            area.page = None
    window.attach(store)
