"""The Reports area: a dashboard of the programmes' indicators for a period and a scope.

Controls on top: the period (this month, the previous one, this quarter,
this year, or typed: 2026-09, 2026-Q3, 2026, 2026-09-01..2026-10-15), the
scope (a school sees its own; an office its region, its districts and
schools; a national installation the country or any region), Refresh,
Targets… and the files (XLSX, PDF, CSV).  Underneath, three tabs:
indicators (with the events that break a rule), charts and tables.

The report is computed in the background (``run_task``); a language change
only redraws the report in memory, never queries the database.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.installation import get_installation
from app.reports import Report, Scope, compute_indicators, parse_period, write_report
from app.reports.scope import ScopeChoice, available_scopes
from ui.events.dialog import EventDialog
from ui.i18n import current_language, render, tr
from ui.reports.charts import ChartsPanel
from ui.reports.indicators_view import IndicatorsView
from ui.reports.tables import TablesPanel
from ui.reports.targets_dialog import TargetsDialog
from ui.tasks import run_task

ERROR_STYLE = "color: #b71c1c;"
FORMATS = (("xlsx", "Excel (*.xlsx)"), ("pdf", "PDF (*.pdf)"), ("csv", "CSV (*.csv)"))


def _month(day: dt.date, back: int = 0) -> str:
    year, month = day.year, day.month - back
    while month < 1:
        year, month = year - 1, month + 12
    return f"{year:04d}-{month:02d}"


def _scope_label(choice: ScopeChoice) -> Callable[[], str]:
    """The scope's label in the current language (called again after a language change)."""
    if choice.scope.level == "district":
        return lambda: tr("Reports", "District: {name}").format(name=choice.name(current_language()))
    if choice.scope.level == "school" and choice.names:
        return lambda: tr("Reports", "School: {name}").format(name=choice.name(current_language()))
    return lambda: render(choice.scope.title(current_language()))


class ReportsPage(QWidget):
    """The dashboard.  ``today`` (None: the real date) names the periods and decides which months are over."""

    #: The day every new page takes as today when none is given (tests pin it; None: the real date).
    fixed_today: dt.date | None = None

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or self.fixed_today
        self.report: Report | None = None
        self.task = None
        self.last_error = ""
        self.written: list[Path] = []
        self._pending = False
        self._scopes: list[tuple[Scope, Callable[[], str]]] = []
        self.role = "school"
        self.region: str | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.period_label = QLabel()
        self.period = QComboBox()
        self.period.setEditable(True)
        self.period.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.period.setMinimumContentsLength(22)
        self.scope_label = QLabel()
        self.scope = QComboBox()
        self.scope.setMinimumContentsLength(20)
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.refresh_button = QPushButton()
        self.refresh_button.setDefault(True)
        self.targets_button = QPushButton()
        self.export_label = QLabel()
        self.export_buttons = {suffix: QPushButton(suffix.upper()) for suffix, _ in FORMATS}
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.indicators = IndicatorsView()
        self.charts = ChartsPanel()
        self.tables = TablesPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.indicators, "")
        self.tabs.addTab(self.charts, "")
        self.tabs.addTab(self.tables, "")
        controls = QHBoxLayout()
        controls.addWidget(self.period_label)
        controls.addWidget(self.period)
        controls.addSpacing(8)
        controls.addWidget(self.scope_label)
        controls.addWidget(self.scope, 1)
        controls.addWidget(self.refresh_button)
        controls.addWidget(self.targets_button)
        # The export buttons sit on the title's row: one row of every control was wider than a
        # 1366-pixel screen in Russian.
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.export_label)
        for button in self.export_buttons.values():
            header.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.period.lineEdit().returnPressed.connect(self.refresh)
        self.targets_button.clicked.connect(self.open_targets)
        for suffix, button in self.export_buttons.items():
            button.clicked.connect(lambda _=False, s=suffix: self.export(s))
        self.indicators.openEvent.connect(self.open_event)
        self._fill_periods()
        self._fill_scopes()
        self._set_busy(False)
        self.retranslate()

    # --- periods and scopes ------------------------------------------------------------------------

    def _day(self) -> dt.date:
        return self.today or dt.date.today()

    def _period_items(self) -> list[tuple[str, str]]:
        day = self._day()
        this_month, previous = _month(day), _month(day, 1)
        quarter, year = f"{day.year}-Q{(day.month - 1) // 3 + 1}", str(day.year)
        return [(tr("Reports", "This month ({period})").format(period=this_month), this_month),
                (tr("Reports", "Previous month ({period})").format(period=previous), previous),
                (tr("Reports", "This quarter ({period})").format(period=quarter), quarter),
                (tr("Reports", "This year ({period})").format(period=year), year)]

    def _fill_periods(self) -> None:
        for text, spec in self._period_items():
            self.period.addItem(text, spec)
        self.period.setCurrentIndex(3)
        self.period.lineEdit().setPlaceholderText("2026-09, 2026-Q3, 2026")

    def period_text(self) -> str:
        """The period as the core reads it: a chosen item's spec, else what was typed."""
        text = self.period.currentText().strip()
        found = self.period.findText(text)
        return self.period.itemData(found) if found >= 0 else text

    def set_period(self, text: str) -> None:
        """Type a period (as the user would) without computing."""
        self.period.setEditText(text)

    def _fill_scopes(self) -> None:
        """The scopes this installation may choose (app.reports.scope.available_scopes, read once, here)."""
        inst = get_installation()
        self.role = inst.role if inst else "school"
        self.region = inst.region if inst else None
        scopes: list[tuple[Scope, Callable[[], str]]] = []
        for choice in available_scopes(current_language()):
            scopes.append((choice.scope, _scope_label(choice)))
        self._scopes = scopes
        self.scope.blockSignals(True)
        self.scope.clear()
        for _, label in scopes:
            self.scope.addItem(label())
        self.scope.setCurrentIndex(0)
        self.scope.blockSignals(False)
        self.scope.setEnabled(len(scopes) > 1)

    def current_scope(self) -> Scope:
        """The chosen scope (a district's name in the current language)."""
        row = max(0, self.scope.currentIndex())
        scope = self._scopes[row][0]
        if scope.level == "district":
            label = self._scopes[row][1]()
            name = label.split(": ", 1)[-1]
            return Scope("district", region=scope.region, value=scope.value, name=name)
        return scope

    def choose_scope(self, level: str, value: str | None = None) -> None:
        """Choose the first scope of ``level`` (with ``value`` as its district/school/region, if given)."""
        for row, (scope, _) in enumerate(self._scopes):
            if scope.level == level and value in (None, scope.value, scope.region):
                self.scope.setCurrentIndex(row)
                return
        raise KeyError((level, value))

    # --- computing ---------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.report is None and self.task is None and not self.last_error:
            self.refresh()

    def refresh(self) -> None:
        """Compute the report of the chosen period and scope in the background."""
        if self.task is not None:
            self._pending = True  # once this one is done
            return
        text = self.period_text()
        try:
            period = parse_period(text, self._day())
        except KnownError as exc:
            self._error(render(exc.msg))
            return
        scope = self.current_scope()
        lang = current_language()
        today = self.today
        self.last_error = ""
        self.status.setStyleSheet("")
        self.status.setText(tr("Reports", "Computing the indicators…"))
        self._set_busy(True)
        self.task = run_task(self, tr("Reports", "Computing the indicators…"),
                             lambda: compute_indicators(period, scope, lang, today=today), self._computed)
        self.task.signals.failed.connect(self._failed)

    def _computed(self, report: Report) -> None:
        self.task = None
        self.report = report
        self._set_busy(False)
        self.show_report()
        if self._pending:
            self._pending = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._pending = False
        self._set_busy(False)
        self._error(render(exc.msg) if isinstance(exc, KnownError) else f"{type(exc).__name__}: {exc}")

    def _error(self, text: str) -> None:
        self.last_error = text
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy)
        for button in self.export_buttons.values():
            button.setEnabled(not busy and self.report is not None)

    def busy(self) -> bool:
        """True while a report is being computed or written."""
        return self.task is not None

    def show_report(self) -> None:
        """Show the report in memory in the current language (no database)."""
        report = self.report
        self.indicators.show_report(report)
        self.charts.show_report(report)
        self.tables.show_report(report)
        if report is not None and not self.last_error:
            self.status.setStyleSheet("")
            self.show_report_status()

    # --- targets, events, files --------------------------------------------------------------------

    def open_targets(self) -> None:
        """The targets of this installation's region; an office may change them (then recompute)."""
        region = None if self.role == "national" else self.region
        dialog = TargetsDialog(region, editable=self.role == "office" and bool(region), parent=self)
        self.targets_dialog = dialog
        accepted = dialog.exec()
        changed = bool(accepted) and bool(dialog.changed)
        dialog.deleteLater()
        if changed:
            self.refresh()

    def open_event(self, uid: str) -> None:
        """Open the event ``uid`` in its form (the report is not recomputed until Refresh)."""
        dialog = EventDialog(uid=uid, parent=self)
        dialog.exec()
        dialog.deleteLater()

    def _default_name(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        label = self.report.period.label.replace("..", "_") if self.report else "report"
        return str(Path(folder) / f"tirkeu-indicators-{label}.{suffix}")

    def export(self, suffix: str) -> None:
        """Ask where, then write the report in the background and offer to open the file."""
        if self.report is None or self.task is not None:
            return
        filters = dict(FORMATS)
        path, _ = QFileDialog.getSaveFileName(self, tr("Reports", "Save the report"),
                                              self._default_name(suffix), filters[suffix])
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        report, lang = self.report, current_language()
        self._set_busy(True)
        self.status.setStyleSheet("")
        self.status.setText(tr("Reports", "Writing {name}…").format(name=path.name))
        self.task = run_task(self, tr("Reports", "Writing the report…"),
                             lambda: write_report(report, path, lang), self._written)
        self.task.signals.failed.connect(self._failed)

    def _written(self, files: list[Path]) -> None:
        self.task = None
        self._set_busy(False)
        self.written = list(files)
        if self._pending:  # Refresh was pressed while the file was being written
            self._pending = False
            self.refresh()
        first = files[0]
        self.status.setText(tr("Reports", "Written: {files}").format(files=", ".join(f.name for f in files)))
        text = tr("Reports", "The report was written to {path}.").format(path=first)
        if len(files) > 1:
            text += " " + tr("Reports", "%n files (one for each table).", None, len(files))
        answer = QMessageBox.question(self, tr("Reports", "Report written"),
                                      text + "\n\n" + tr("Reports", "Open it now?"),
                                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
                                      QMessageBox.StandardButton.Open)
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(first)))

    # --- language ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Relabel everything and redraw the report in memory (no database)."""
        self.title.setText(tr("Reports", "Reports and indicators"))
        self.period_label.setText(tr("Reports", "&Period:"))
        self.period_label.setBuddy(self.period)
        self.scope_label.setText(tr("Reports", "&Scope:"))
        self.scope_label.setBuddy(self.scope)
        self.refresh_button.setText(tr("Reports", "&Refresh"))
        self.targets_button.setText(tr("Reports", "&Targets…"))
        self.export_label.setText(tr("Reports", "Save as:"))
        for suffix, button in self.export_buttons.items():
            button.setToolTip(tr("Reports", "Save the report as {format}").format(format=suffix.upper()))
        typed = self.period.currentText()
        chosen = self.period.currentIndex() if self.period.findText(typed) >= 0 else -1
        for row, (text, _) in enumerate(self._period_items()):
            self.period.setItemText(row, text)
        if chosen >= 0:
            self.period.setCurrentIndex(chosen)
            self.period.setEditText(self.period.itemText(chosen))
        else:
            self.period.setEditText(typed)
        self.period.setToolTip(tr("Reports", "Choose a period or type one: a month (2026-09), a quarter "
                                             "(2026-Q3), a year (2026) or two dates (2026-09-01..2026-10-15)."))
        for row, (_, label) in enumerate(self._scopes):
            self.scope.setItemText(row, label())
        for index, text in enumerate((tr("Reports", "Indicators"), tr("Reports", "Charts"),
                                      tr("Reports", "Tables"))):
            self.tabs.setTabText(index, text)
        self.tables.retranslate()
        self.indicators.retranslate()  # redraws the tree from the report in memory
        self.charts.show_report(self.report)
        self.tables.show_report(self.report)
        if self.report is not None and not self.last_error and self.task is None:
            self.show_report_status()
        elif self.task is None and not self.last_error:
            self.status.setText("")

    def show_report_status(self) -> None:
        self.status.setText(tr("Reports", "{title} — computed in {seconds} s").format(
            title=render(self.report.title()), seconds=f"{self.report.seconds:.1f}"))
