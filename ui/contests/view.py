"""One contest: its works with the jury's places or scores, the summary, importing works and diplomas.

The works table is edited in place: type a place (or score) in the last
column and press Enter; it is saved at once and the winners and summary
follow.  The summary counts participants (each once), works and winners by
nomination and age group exactly as ``app.contests.core.summary`` does.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.certificates.awards import awards_of, issue_awards
from app.certificates.look import batch_file_name
from app.contests.core import import_works, remove_work, set_result, summary
from app.contests.listing import WorkLine, age_group_labels, get_contest, work_lines, work_or_none
from app.errors import KnownError
from ui.certificates.dialog import documents_folder
from ui.certificates.pdf_view import open_in_viewer
from ui.contests.dialogs import WorkDialog
from ui.contests.page import date_range, format_label
from ui.i18n import current_language, render, tr
from ui.tasks import run_task

Index = QModelIndex | QPersistentModelIndex
PARTICIPANT, AGE, GROUP, NOMINATION, TITLE, RESULT, WINNER = range(7)
ERROR_STYLE = "color: #b00020;"
INFO_STYLE = "color: #1b5e20;"
WINNER_BRUSH = QBrush(QColor("#e8f5e9"))


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class WorksModel(QAbstractTableModel):
    """The works; the result column is editable and saved through ``on_result``."""

    def __init__(self, on_result, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[WorkLine] = []
        self.scoring = "places"
        self.on_result = on_result

    def set_rows(self, rows: list[WorkLine], scoring: str) -> None:
        self.beginResetModel()
        self.rows, self.scoring = list(rows), scoring
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [tr("Contests", "Participant"), tr("Contests", "Age"), tr("Contests", "Age group"),
                tr("Contests", "Nomination"), tr("Contests", "Title of the work"),
                tr("Contests", "Score") if self.scoring == "scores" else tr("Contests", "Place"),
                tr("Contests", "Winner")][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == RESULT else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == RESULT:
                return _number(row.score if self.scoring == "scores" else row.place)
            if col == WINNER:
                return tr("Contests", "place {n}").format(n=row.winner_place) if row.winner_place else ""
            return {PARTICIPANT: row.participant, AGE: "" if row.age is None else str(row.age),
                    GROUP: row.age_group, NOMINATION: row.nomination, TITLE: row.title or ""}.get(col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (AGE, RESULT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.winner_place:
            return WINNER_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and col == RESULT:
            return tr("Contests", "Type the place (or score) and press Enter; empty clears it.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != RESULT or role != Qt.ItemDataRole.EditRole:
            return False
        return self.on_result(index.row(), str(value or "").strip())


class SummaryModel(QAbstractTableModel):
    """The summary rows by nomination and age group, then the totals in bold."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple] = []

    def set_summary(self, s) -> None:
        self.beginResetModel()
        self.rows = [(r.nomination, r.age_group, r.participants, r.works, r.winners) for r in s.rows]
        self.rows.append((None, "", s.participants, s.works, s.winners))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [tr("Contests", "Nomination"), tr("Contests", "Age group"), tr("Contests", "Participants"),
                tr("Contests", "Works"), tr("Contests", "Winners")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        total = row[0] is None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0 and total:
                return tr("Contests", "Total")
            value = row[index.column()]
            return f"{value:,}".replace(",", "\u202f") if isinstance(value, int) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _table(model: QAbstractTableModel, stretch: int, widths: dict[int, int]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    return view


class ContestView(QWidget):
    """One opened contest; ``back`` asks for the list again."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid: str | None = None
        self.contest = None
        self.groups: list[str] = []
        self.last_result = None  # the certificates batch last printed (for tests and the status line)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        shortcut = QShortcut(QKeySequence("Alt+Left"), self)
        shortcut.activated.connect(self.back)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_work)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self.import_works())
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.language = QComboBox()
        for code, text in (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(lambda: self.print_diplomas())
        self.works_model = WorksModel(self._result_entered, self)
        self.works = _table(self.works_model, TITLE,
                            {PARTICIPANT: 270, AGE: 50, GROUP: 80, NOMINATION: 270, RESULT: 70, WINNER: 90})
        self.works.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.summary_model = SummaryModel(self)
        self.summary = _table(self.summary_model, 0, {1: 110, 2: 130, 3: 110, 4: 110})
        self.tabs = QTabWidget()
        self.tabs.addTab(self.works, "")
        self.tabs.addTab(self.summary, "")
        self.message = QLabel()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        actions = QHBoxLayout()
        for w in (self.add_button, self.import_button, self.remove_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.language_label)
        actions.addWidget(self.language)
        actions.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.retranslate()

    # -- loading ------------------------------------------------------------------
    def open(self, uid: str) -> None:
        """Show the contest ``uid``."""
        self.uid = uid
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        """Read the contest, its works and summary again."""
        if self.uid is None:
            return
        try:
            self.contest = get_contest(self.uid)
        except KnownError as exc:
            self._say(render(exc.msg), error=True)
            return
        self.groups = age_group_labels(self.contest)
        self.works_model.set_rows(work_lines(self.contest), self.contest.scoring)
        self.summary_model.set_summary(summary(self.contest))
        self._show_info()

    def _show_info(self) -> None:
        c = self.contest
        if c is None:
            return
        self.title.setText(c.event.title)
        winners = (tr("Contests", "the best {n} scores of each nomination and age group win") if c.scoring == "scores"
                   else tr("Contests", "places 1 to {n} win")).format(n=c.winners_up_to)
        self.info.setText(" · ".join([date_range(c.event.start_date, c.event.end_date), format_label(c.event.format),
                                      tr("Contests", "age groups: {groups}").format(groups=", ".join(self.groups)),
                                      winners, self.totals_text()]))

    def totals_text(self) -> str:
        """'Participants: N, works: N, winners: N'."""
        rows = self.summary_model.rows
        p, w, x = rows[-1][2:] if rows else (0, 0, 0)
        return tr("Contests", "participants: {p}, works: {w}, winners: {x}").format(p=p, w=w, x=x)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setText(text)

    # -- actions --------------------------------------------------------------------
    def _result_entered(self, row: int, text: str) -> bool:
        """A place or score typed in the table: saved at once (empty clears it)."""
        line = self.works_model.rows[row]
        scores = self.works_model.scoring == "scores"
        try:
            value = float(text.replace(",", ".")) if text else None
        except ValueError:
            self._say(tr("Contests", "Type a number (or leave it empty): {text}").format(text=text), error=True)
            return False
        if not scores and value is not None and not value.is_integer():
            self._say(tr("Contests", "A place is a whole number: {text}").format(text=text), error=True)
            return False
        work = work_or_none(line.uid)
        if work is None:
            return False
        try:
            if scores:
                set_result(work, score=value)
            else:
                set_result(work, place=int(value) if value is not None else None)
        except KnownError as exc:
            self._say(render(exc.msg), error=True)
            return False
        self._say(tr("Contests", "Saved: {name}").format(name=line.participant))
        if scores:
            line.score = value
        else:
            line.place = int(value) if value is not None else None
        # Winners and the summary follow once the editor has closed (no model reset inside setData).
        QTimer.singleShot(0, self, lambda: self._after_result(line.uid))
        return True

    def _after_result(self, uid: str) -> None:
        """Show the new winners and summary; the cursor goes to the next work's result."""
        self.refresh()
        row = next((i for i, r in enumerate(self.works_model.rows) if r.uid == uid), -1)
        if 0 <= row + 1 < len(self.works_model.rows):
            row += 1
        if row >= 0:
            self.works.setCurrentIndex(self.works_model.index(row, RESULT))

    def set_result_at(self, row: int, text: str) -> bool:
        """Enter a result as if typed in row ``row``'s result cell."""
        return self.works_model.setData(self.works_model.index(row, RESULT), text)

    def add_work(self) -> None:
        """The "Add a work" form; the table follows."""
        if self.uid is None:
            return
        dialog = WorkDialog(self.uid, self)
        dialog.exec()
        saved = dialog.work_uid
        dialog.deleteLater()
        if saved:
            self.refresh()
            row = next((i for i, r in enumerate(self.works_model.rows) if r.uid == saved), -1)
            if row >= 0:
                self.works.selectRow(row)
                self._say(tr("Contests", "Added: {name}").format(name=self.works_model.rows[row].participant))

    def import_works(self, path: str | None = None) -> bool:
        """Works from CSV/XLSX, all or nothing; the core's message when a row is wrong."""
        if self.contest is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Contests", "Import works"), "",
                                                  tr("Contests", "Tables (*.csv *.xlsx);;All files (*)"))
            if not path:
                return False
        try:
            added, created = import_works(self.contest, Path(path))
        except KnownError as exc:
            text = render(exc.msg)
            self._say(text, error=True)
            QMessageBox.warning(self, tr("Contests", "Import works"), text)
            return False
        self.refresh()
        self._say(tr("Contests", "Works added: {added}; new people in the register: {created}.")
                  .format(added=added, created=created))
        return True

    def remove_selected(self) -> None:
        """Take the selected works off the contest (after asking)."""
        rows = sorted({i.row() for i in self.works.selectionModel().selectedRows()})
        if not rows:
            return
        answer = QMessageBox.question(self, tr("Contests", "Remove works"),
                                      tr("Contests", "Remove {count} selected work(s) from the contest?")
                                      .format(count=len(rows)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        for r in rows:
            work = work_or_none(self.works_model.rows[r].uid)
            if work is not None:
                remove_work(work)
        self.refresh()
        self._say(tr("Contests", "Removed: {count}").format(count=len(rows)))

    def print_diplomas(self, path: str | None = None):
        """Diplomas for the winners and certificates for the others, in the background; then offer to open."""
        if self.contest is None:
            return None
        language, uid = self.language.currentData(), self.contest.uid
        try:
            awards_of(contest_uid=uid, language=language)
        except KnownError as exc:
            self._say(render(exc.msg), error=True)
            return None
        if path is None:
            default = documents_folder() / batch_file_name(tr("Contests", "Diplomas"), self.title.text(),
                                                           dt.date.today())
            path, _ = QFileDialog.getSaveFileName(self, tr("Contests", "Save diplomas"), str(default),
                                                  tr("Contests", "PDF (*.pdf)"))
            if not path:
                return None
        self.last_result = None
        return run_task(self, tr("Contests", "Printing diplomas…"),
                        lambda: issue_awards(Path(path), contest_uid=uid, language=language), self._printed)

    def _printed(self, result) -> None:
        self.last_result = result
        text = tr("Contests", "{count} diplomas and certificates written to {path} ({new} new, {again} printed "
                              "again).").format(count=result.count, path=str(result.path), new=result.new,
                                                again=result.reprinted)
        self._say(text)
        box = QMessageBox(self)
        box.setWindowTitle(tr("Contests", "Diplomas"))
        box.setText(text)
        open_button = box.addButton(tr("Contests", "Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            open_in_viewer(result.path)

    # -- language -------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the current language (no database query)."""
        self.back_button.setText(tr("Contests", "← Back to the list"))
        self.back_button.setToolTip(tr("Contests", "Alt+Left"))
        self.add_button.setText(tr("Contests", "Add a work…"))
        self.import_button.setText(tr("Contests", "Import works…"))
        self.import_button.setToolTip(tr("Contests", "CSV or XLSX with the columns nomination, surname, name, "
                                                     "patronymic, birth_date, iin, school, grade, title, place, "
                                                     "score. All or nothing: one wrong row and nothing is added."))
        self.remove_button.setText(tr("Contests", "Remove work"))
        self.language_label.setText(tr("Contests", "&Language:"))
        self.print_button.setText(tr("Contests", "Print diplomas…"))
        self.tabs.setTabText(0, tr("Contests", "Works"))
        self.tabs.setTabText(1, tr("Contests", "Summary"))
        for model in (self.works_model, self.summary_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
        self._show_info()
