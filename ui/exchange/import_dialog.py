"""Import from Excel or CSV: see which column goes where, check, then import.

The preview shows the first rows under the file's own column titles with
the field each one fills (or "ignored"), so a coordinator sees a wrong
header before anything is written.  "Check" runs the whole import as a dry
run; "Import" writes the good rows; the errors file with every rejected row
and its reason can be opened from here.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
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
        self.resize(980, 560)
        self.path: str | None = None
        self.summary: Any = None
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(kind_name(k), k)
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.choose = QPushButton()
        self.file_label = QLabel()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.check_button = QPushButton()
        self.import_button = QPushButton()
        self.errors_button = QPushButton()
        self.close_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.errors_button)
        bottom.addStretch(1)
        for b in (self.check_button, self.import_button, self.close_button):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addLayout(bottom)
        self.choose.clicked.connect(self.choose_file)
        self.kind.currentIndexChanged.connect(lambda _: self.load_preview())
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.errors_button.clicked.connect(self.open_errors)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        if path:
            self.set_file(path)
        self._enable()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(tr("Import", "Import from Excel or CSV"))
        self.choose.setText(tr("Import", "Choose a file…"))
        self.check_button.setText(tr("Import", "Check (nothing is saved)"))
        self.import_button.setText(tr("Import", "Import"))
        self.errors_button.setText(tr("Import", "Open the rejected rows"))
        self.close_button.setText(tr("Import", "Close"))
        if not self.path:
            self.file_label.setText(tr("Import", "No file chosen."))

    def _enable(self) -> None:
        ready = bool(self.path) and self.table.columnCount() > 0
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.errors_button.setVisible(bool(self.summary and self.summary.errors_file))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import", "Choose a file"), "",
                                              tr("Import", "Tables (*.xlsx *.csv);;All files (*)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        """Use ``path`` and show its preview."""
        self.path = path
        self.file_label.setText(Path(path).name)
        self.summary = None
        self.result.clear()
        self.load_preview()

    def load_preview(self) -> None:
        """Show the first rows and the column mapping (or why the file cannot be read)."""
        from app.importing.preview import preview

        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
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
        ignored = [h for h, f in zip(p.headers, p.fields) if f is None and h]
        text = tr("Import", "{rows} rows. The first {shown} are shown with the field each column fills.").format(
            rows=p.total, shown=len(p.rows))
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
                text = format_date(value) if hasattr(value, "isoformat") else ("" if value is None else str(value))
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._enable()

    def run(self, dry_run: bool) -> None:
        """Import (or check) in the background and show the summary."""
        from app.i18n import catalog
        from app.importing import import_file

        kind, path = self.kind.currentData(), Path(self.path)
        translate = catalog(current_language()).translate
        title = tr("Import", "Checking {file}…") if dry_run else tr("Import", "Importing {file}…")
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        run_task(self, title.format(file=path.name),
                 lambda: import_file(kind, path, dry_run=dry_run, translate=translate), self._done)

    def _done(self, summary: Any) -> None:
        from app.i18n import catalog

        self.summary = summary
        self.result.setText(summary.render(catalog(current_language()).translate))
        self._enable()
        if not summary.dry_run:
            self.finished_import.emit(summary)

    def open_errors(self) -> None:
        """Open the errors file in the program that handles CSV (Excel, LibreOffice)."""
        if self.summary and self.summary.errors_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.summary.errors_file))
