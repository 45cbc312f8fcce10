"""Import from Excel, LibreOffice or CSV: see which column goes where, check, correct, then import.

The preview shows the first rows under the file's own column titles with
the field each one fills (or "ignored"), so a coordinator sees a wrong
header before anything is written.  "Check" runs the whole import as a dry
run; every rejected row is then listed here with its reason, and can be
corrected in place: "Check again" checks the corrected rows, "Import"
writes the good ones (corrections included; the file itself is left as it
was).  The errors file can still be opened, and an empty list with the
right column titles ("Download a template") can be saved for each kind.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.i18n import catalog
from app.importing import import_file
from app.importing.preview import preview
from app.importing.templates import write_template
from ui.common.formatting import format_date
from ui.i18n import current_language, render, tr
from ui.tasks import run_task

KINDS = ("participants", "aid-recipients", "events")


def kind_name(kind: str) -> str:
    """The translated name of what is imported."""
    return {"participants": tr("Import", "Participants"), "aid-recipients": tr("Import", "Aid recipients"),
            "events": tr("Import", "Events")}[kind]


class ImportDialog(QDialog):
    """Choose a file, look at the mapping, check, import; ``finished_import(summary)`` after."""

    finished_import = Signal(object)

    def __init__(self, kind: str = "participants", path: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(980, 600)
        self.path: str | None = None
        self.summary: Any = None
        self.source: Any = None  # the whole file as read (app.tables.Table)
        self.shown: dict[int, list[str]] = {}  # row number → its cells as shown when listed
        self.previous: dict[int, list[Any]] = {}  # corrections sent with the last check or import
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(kind_name(k), k)
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.choose = QPushButton()
        self.template_button = QPushButton()
        self.file_label = QLabel()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.rejected_label = QLabel()
        self.rejected_label.setWordWrap(True)
        self.rejected = QTableWidget()
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed
                                      | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.rejected.setWordWrap(True)
        self.rejected.verticalHeader().hide()  # the file's own row numbers are the first column
        self.rejected.horizontalHeader().setStretchLastSection(True)  # the reason takes the width left
        self.check_button = QPushButton()
        self.import_button = QPushButton()
        self.errors_button = QPushButton()
        self.close_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.template_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.errors_button)
        bottom.addStretch(1)
        for b in (self.check_button, self.import_button, self.close_button):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.result)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected, 2)
        layout.addLayout(bottom)
        self.rejected_label.hide()
        self.rejected.hide()
        self.choose.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(lambda: self.save_template())
        self.kind.currentIndexChanged.connect(lambda _: self.load_preview())
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.errors_button.clicked.connect(self.open_errors)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._check_shortcut)
        self.retranslate()
        if path:
            self.set_file(path)
        self._enable()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(tr("Import", "Import from Excel or CSV"))
        self.choose.setText(tr("Import", "Choose a file…"))
        self.template_button.setText(tr("Import", "Download a template"))
        self.template_button.setToolTip(tr("Import", "An empty list with the right column titles, to fill in "
                                                     "and import."))
        self.rejected_label.setText(tr("Import", "Rejected rows. Correct them here (double-click a cell) and "
                                                 "press «Check again»; the corrected rows are then imported. "
                                                 "The file itself is not changed."))
        self._check_text()
        self.import_button.setText(tr("Import", "Import"))
        self.errors_button.setText(tr("Import", "Open the rejected rows"))
        self.close_button.setText(tr("Import", "Close"))
        if not self.path:
            self.file_label.setText(tr("Import", "No file chosen."))

    def _check_text(self) -> None:
        again = self.summary is not None and bool(self.summary.errors)
        self.check_button.setText(tr("Import", "Check again") if again else tr("Import", "Check (nothing is saved)"))

    def _check_shortcut(self) -> None:
        if self.check_button.isEnabled():
            self.check_button.click()

    def _enable(self) -> None:
        ready = bool(self.path) and self.table.columnCount() > 0
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.errors_button.setVisible(bool(self.summary and self.summary.errors_file))

    def choose_file(self) -> None:
        # Lists come from Documents or Downloads, never from the program's own folder.
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or ""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import", "Choose a file"), start,
            tr("Import", "Tables (*.xlsx *.xls *.ods *.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        """Use ``path`` and show its preview."""
        self.path = path
        self.file_label.setText(Path(path).name)
        self.summary = None
        self.result.clear()
        self._show_rejected([])
        self.load_preview()

    def load_preview(self) -> None:
        """Show the first rows and the column mapping (or why the file cannot be read)."""
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.source = None
        self.summary = None
        self.previous = {}
        self._show_rejected([])
        if not self.path:
            self._enable()
            return
        try:
            p = preview(self.kind.currentData(), self.path, current_language())
        except KnownError as exc:
            self.info.setText(render(exc.msg))
            self.info.setStyleSheet("color: #b00020;")
            self._enable()
            return
        self.info.setStyleSheet("")
        self.source = p.table
        ignored = [h for h, f in zip(p.headers, p.fields) if f is None and h]
        text = tr("Import", "{rows} rows. The first {shown} are shown with the field each column fills.").format(
            rows=p.total, shown=len(p.rows))
        if p.header_rows and p.header_rows[0] > 1:
            found = tr("Import", "Column titles found in row {row}; the rows above them are not imported.")
            text += " " + found.format(row="–".join(str(n) for n in p.header_rows))
        if ignored:
            text += " " + tr("Import", "Ignored columns: {names}.").format(names=", ".join(ignored))
        self.info.setText(text)
        self.table.setColumnCount(len(p.headers))
        self.table.setRowCount(len(p.rows))
        self.table.setHorizontalHeaderLabels([
            f"{h}\n→ {label}" if label else f"{h}\n({tr('Import', 'ignored')})"
            for h, label in zip(p.headers, p.labels)])
        for r, row in enumerate(p.rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(_shown(value)))
        self.table.resizeColumnsToContents()
        self._enable()

    def corrections(self) -> dict[int, list[Any]]:
        """The rows corrected in the list of rejected rows: {row number: values}.

        A cell left as it was keeps the value read from the file (a date, a
        number); a changed cell is the text typed.
        """
        out = dict(self.previous)  # rows corrected before, and accepted since, stay corrected
        if self.source is None:
            return out
        original = dict(zip(self.source.row_numbers, self.source.rows))
        for r in range(self.rejected.rowCount()):
            number = self.rejected.item(r, 0).data(Qt.ItemDataRole.UserRole)
            shown = self.shown.get(number)
            row = list(self.previous.get(number, original.get(number, [])))
            if shown is None:
                continue
            changed = False
            for c in range(len(shown)):
                item = self.rejected.item(r, c + 1)
                text = item.text() if item is not None else ""
                if text != shown[c]:
                    row[c] = text.strip() or None
                    changed = True
            if changed:
                out[number] = row
        return out

    def run(self, dry_run: bool) -> None:
        """Import (or check) in the background, with the corrected rows, and show the summary."""
        self.rejected.setCurrentItem(None)  # ends an edit in progress: its text counts
        kind, path = self.kind.currentData(), Path(self.path)
        corrections = self.corrections()
        self.previous = corrections
        translate = catalog(current_language()).translate
        title = tr("Import", "Checking {file}…") if dry_run else tr("Import", "Importing {file}…")
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        run_task(self, title.format(file=path.name),
                 lambda: import_file(kind, path, dry_run=dry_run, translate=translate,
                                     corrections=corrections or None), self._done)

    def _done(self, summary: Any) -> None:
        self.summary = summary
        self.result.setText(summary.render(catalog(current_language()).translate))
        self._show_rejected(summary.errors)
        self._check_text()
        self._enable()
        if not summary.dry_run:
            self.finished_import.emit(summary)

    def _show_rejected(self, errors: list[tuple[int, str]]) -> None:
        """List the rejected rows with their reasons, editable (the reason and row number are not)."""
        self.rejected.clear()
        self.shown = {}
        visible = bool(errors) and self.source is not None
        self.rejected_label.setVisible(visible)
        self.rejected.setVisible(visible)
        if not visible:
            self.rejected.setRowCount(0)
            self.rejected.setColumnCount(0)
            return
        headers = self.source.headers
        original = dict(zip(self.source.row_numbers, self.source.rows))
        self.rejected.setColumnCount(len(headers) + 2)
        self.rejected.setRowCount(len(errors))
        self.rejected.setHorizontalHeaderLabels([tr("Import", "Row"), *headers, tr("Import", "Reason")])
        fixed = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        for r, (number, reason) in enumerate(errors):
            values = self.previous.get(number, original.get(number, []))
            cells = [_shown(v) for v in (list(values) + [None] * len(headers))[:len(headers)]]
            self.shown[number] = cells
            item = QTableWidgetItem(str(number))
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setFlags(fixed)
            self.rejected.setItem(r, 0, item)
            for c, text in enumerate(cells):
                self.rejected.setItem(r, c + 1, QTableWidgetItem(text))
            why = QTableWidgetItem(reason)
            why.setFlags(fixed)
            why.setToolTip(reason)
            why.setForeground(Qt.GlobalColor.darkRed)
            self.rejected.setItem(r, len(headers) + 1, why)
        for c in range(len(headers) + 1):
            self.rejected.resizeColumnToContents(c)
        self.rejected.resizeRowsToContents()

    def save_template(self, path: str | None = None) -> str | None:
        """Save an empty list of the chosen kind with its column titles in the interface language."""
        kind = self.kind.currentData()
        if path is None:
            folder = (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                      or str(Path.home()))
            name = tr("Import", "{what} - template").format(what=kind_name(kind)) + ".xlsx"
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Import", "Download a template"), str(Path(folder) / name),
                tr("Import", "Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)"))
            if not path:
                return None
            if not Path(path).suffix:
                path += ".xlsx"
        try:
            write_template(kind, path, current_language())
        except KnownError as exc:
            QMessageBox.warning(self, self.windowTitle(), render(exc.msg))
            return None
        self.result.setText(tr("Import", "Template saved: {path}. Fill it in and import it here.").format(path=path))
        return path

    def open_errors(self) -> None:
        """Open the errors file in the program that handles CSV (Excel, LibreOffice)."""
        if self.summary and self.summary.errors_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.summary.errors_file))


def _shown(value: Any) -> str:
    """A cell as the lists show it (dates as DD.MM.YYYY)."""
    if value is None:
        return ""
    return format_date(value) if hasattr(value, "isoformat") else str(value)
