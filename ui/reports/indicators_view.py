"""Indicator lines by section: value, target and a mark; per-month lines grouped; failing events.

Lines measured per month, per week or per region (country reports) are
grouped under one row that sums them up (“✔ 3 · ✘ 2 · — 7”); the rows open
to the single months.  Choosing a row with events that break a rule lists
them underneath, and an event can be opened from there.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.reference import name as ref_name
from app.reports import FailingEvent, IndicatorLine, Report
from ui.common.fitting import keep_titles_whole, widen_to_titles
from ui.common.formatting import format_date
from ui.i18n import render, tr
from ui.reports.common import SYMBOLS, mark_colours, mark_text, not_judged_hint, number_text

NAME, VALUE, HELD, TARGET, MARK = range(5)
ROLE = Qt.ItemDataRole.UserRole


def _per_text(per: str) -> str:
    return {"month": tr("Reports", "a month"), "week": tr("Reports", "a week")}.get(per, "")


def target_text(line: IndicatorLine) -> str:
    """“≥ 5 a month”; '' without a target."""
    if line.target is None:
        return ""
    per = _per_text(line.target.per)
    return f"{line.target.text()} {per}".strip()


class IndicatorsView(QWidget):
    """The indicator tree (top) and the events breaking a rule of the chosen row (bottom)."""

    openEvent = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((VALUE, 90), (HELD, 70), (TARGET, 120), (MARK, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, width)
        keep_titles_whole(self.tree)
        self.failing_title = QLabel()
        self.failing_title.setStyleSheet("font-weight: 600;")
        self.failing = QTableWidget(0, 5)
        self.failing.verticalHeader().setVisible(False)
        self.failing.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.failing.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.failing.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.failing.setWordWrap(True)
        fh = self.failing.horizontalHeader()
        fh.setStretchLastSection(True)
        for column, width in enumerate((260, 90, 100, 80)):
            self.failing.setColumnWidth(column, width)
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.failing_title, 1)
        row.addWidget(self.open_button)
        bottom_layout.addLayout(row)
        bottom_layout.addWidget(self.failing, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 120])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self.tree.currentItemChanged.connect(lambda item, _: self._show_failing(item))
        self.failing.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.failing.selectedItems())))
        self.failing.itemDoubleClicked.connect(lambda _: self._open_selected())
        self.open_button.clicked.connect(self._open_selected)
        self._shown: list[FailingEvent] = []
        self._lines: list[list[IndicatorLine]] = []
        self.retranslate()

    # --- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Relabel; the tree is rebuilt from the report in memory (no database)."""
        self.tree.setHeaderLabels([tr("Reports", "Indicator"), tr("Reports", "Value"), tr("Reports", "Held"),
                                   tr("Reports", "Target"), tr("Reports", "Met")])
        self.tree.headerItem().setToolTip(HELD, tr("Reports", "Events held, including those that break a rule"))
        self.tree.headerItem().setToolTip(MARK, not_judged_hint())
        self.failing.setHorizontalHeaderLabels([tr("Reports", "Event"), tr("Reports", "Date"),
                                                tr("Reports", "Participants"), tr("Reports", "Minutes"),
                                                tr("Reports", "What is wrong")])
        widen_to_titles(self.failing)
        self.open_button.setText(tr("Reports", "&Open the event"))
        if self.report is not None:
            self.show_report(self.report)
        else:
            self._show_failing(None)

    # --- the tree ----------------------------------------------------------------------------------

    def show_report(self, report: Report | None) -> None:
        """Fill the tree from ``report``, keeping which rows were open and chosen."""
        opened = self._opened_keys()
        chosen = self.tree.currentItem().data(NAME, ROLE + 1) if self.tree.currentItem() else None
        self.report = report
        self.tree.clear()
        self._lines: list[list[IndicatorLine]] = []
        self._shown = []
        if report is None:
            self.summary.clear()
            self._show_failing(None)
            return
        counts = {True: 0, False: 0, None: 0}
        bold = QFont()
        bold.setBold(True)
        current = None
        for section in report.sections:
            if not section.lines:
                continue
            top = QTreeWidgetItem([render(section.title)])
            top.setFont(NAME, bold)
            top.setFirstColumnSpanned(True)
            self._remember(top, [], f"section|{section.key}")
            self.tree.addTopLevelItem(top)
            groups: dict[str, list[IndicatorLine]] = {}
            for line in section.lines:
                groups.setdefault(line.code, []).append(line)
                counts[line.met] += 1
            for code, lines in groups.items():
                if len(lines) == 1 and not (lines[0].month or lines[0].week):
                    item = self._line_item(report, lines[0], render(lines[0].name))
                    top.addChild(item)
                else:
                    item = self._group_item(report, code, lines)
                    top.addChild(item)
                key = item.data(NAME, ROLE + 1)
                if key in opened:
                    item.setExpanded(True)
                if key == chosen:
                    current = item
                for i in range(item.childCount()):
                    if item.child(i).data(NAME, ROLE + 1) == chosen:
                        current = item.child(i)
            top.setExpanded(True)
        self.summary.setText(
            tr("Reports", "{met} met · {not_met} not met · {none} not judged").format(
                met=f"{SYMBOLS[True]} {counts[True]}", not_met=f"{SYMBOLS[False]} {counts[False]}",
                none=f"{SYMBOLS[None]} {counts[None]}"))
        self.summary.setToolTip(not_judged_hint())
        if current is not None:
            self.tree.setCurrentItem(current)
        else:
            self._show_failing(None)

    def _remember(self, item: QTreeWidgetItem, lines: list[IndicatorLine], key: str) -> None:
        item.setData(NAME, ROLE, len(self._lines))
        item.setData(NAME, ROLE + 1, key)
        self._lines.append(lines)

    def lines_of(self, item: QTreeWidgetItem | None) -> list[IndicatorLine]:
        """The indicator lines a row stands for (a group's: all its months)."""
        if item is None:
            return []
        index = item.data(NAME, ROLE)
        return self._lines[index] if isinstance(index, int) and 0 <= index < len(self._lines) else []

    def _opened_keys(self) -> set:
        keys = set()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).isExpanded():
                    keys.add(top.child(j).data(NAME, ROLE + 1))
        return keys

    def _when(self, report: Report, line: IndicatorLine) -> str:
        parts = []
        if report.scope.level == "country" and line.region:
            parts.append(ref_name("regions", line.region, report.lang))
        if line.month:
            parts.append(line.month)
        elif line.week:
            sunday = line.week + dt.timedelta(days=6)
            parts.append(f"{line.when}: {format_date(line.week)} – {format_date(sunday)}")
        return " · ".join(parts)

    def _line_item(self, report: Report, line: IndicatorLine, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, number_text(line.value),
                                number_text(line.held) if line.held is not None else "",
                                target_text(line), mark_text(line.met)])
        self._remember(item, [line], "|".join(["line", line.code, line.region or "", line.month or "",
                                               line.week.isoformat() if line.week else ""]))
        note = render(line.note) if line.note else ""
        if line.failing:
            item.setText(NAME, f"{title}  ({tr('Reports', '%n breaking a rule', None, len(line.failing))})")
        if note:
            item.setToolTip(NAME, note)
        self._style(item, line.met)
        return item

    def _group_item(self, report: Report, code: str, lines: list[IndicatorLine]) -> QTreeWidgetItem:
        counts = {True: 0, False: 0, None: 0}
        for line in lines:
            counts[line.met] += 1
        failing = [f for line in lines for f in line.failing]
        marks = " · ".join(f"{SYMBOLS[k]} {counts[k]}" for k in (True, False, None) if counts[k])
        total = sum(line.value for line in lines)
        held = [line.held for line in lines if line.held is not None]
        title = render(lines[0].name)
        item = QTreeWidgetItem([title, number_text(total), number_text(sum(held)) if held else "",
                                target_text(lines[0]), marks])
        self._remember(item, lines, f"group|{code}")
        if failing:
            item.setText(NAME, f"{title}  ({tr('Reports', '%n breaking a rule', None, len(failing))})")
        item.setToolTip(MARK, not_judged_hint())
        self._style(item, False if counts[False] else (True if counts[True] else None), background=False)
        for line in lines:
            item.addChild(self._line_item(report, line, self._when(report, line) or title))
        return item

    def _style(self, item: QTreeWidgetItem, met: bool | None, background: bool = True) -> None:
        fg, bg = mark_colours(met)
        item.setForeground(MARK, QBrush(fg))
        if bg is not None and background:
            item.setBackground(MARK, QBrush(bg))
        font = item.font(MARK)
        font.setBold(met is not None)
        item.setFont(MARK, font)
        for column in (VALUE, HELD):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if met is None:
            item.setToolTip(MARK, not_judged_hint())

    # --- events breaking a rule --------------------------------------------------------------------

    def _show_failing(self, item: QTreeWidgetItem | None) -> None:
        lines = self.lines_of(item)
        events = [f for line in lines for f in line.failing]
        self._shown = events
        self.failing.setRowCount(len(events))
        for row, ev in enumerate(events):
            cells = [ev.title, format_date(ev.start_date) + (f" – {format_date(ev.end_date)}"
                                                              if ev.end_date != ev.start_date else ""),
                     number_text(ev.participants), number_text(ev.minutes) if ev.minutes is not None else "",
                     "; ".join(render(p) for p in ev.problems)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column in (2, 3):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.failing.setItem(row, column, cell)
        self.failing.resizeRowsToContents()
        self.open_button.setEnabled(False)
        if events:
            self.failing_title.setText(tr("Reports", "Events that break a rule: %n", None, len(events)))
        elif lines:
            self.failing_title.setText(tr("Reports", "No event of this line breaks a rule."))
        else:
            self.failing_title.setText(tr("Reports", "Choose an indicator to see the events that break a rule."))

    def shown_failing(self) -> list[FailingEvent]:
        """The events listed under the tree."""
        return list(self._shown)

    def _open_selected(self) -> None:
        rows = self.failing.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self._shown):
            self.openEvent.emit(self._shown[rows[0].row()].uid)

    def find_item(self, code: str, month: str | None = None) -> QTreeWidgetItem | None:
        """The row of ``code`` (its month's row when ``month`` is given)."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                item = top.child(j)
                key = item.data(NAME, ROLE + 1).split("|")
                if key[1] != code:
                    continue
                if month is None:
                    return item
                for k in range(item.childCount()):
                    if item.child(k).data(NAME, ROLE + 1).split("|")[3] == month:
                        return item.child(k)
        return None

