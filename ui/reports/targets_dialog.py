"""The programmes' targets: the national value and the region's own, set by the region office.

An office types its region's value in the last column (blank: the national
target applies; targets of the whole country are not a region's to change)
and saves; the values travel to its schools in bundles.  A school (and a
national installation) sees the same list read-only.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.reference import name as ref_name
from app.reports import set_target, target_rows
from ui.i18n import current_language, render, tr
from ui.reports.common import number_text

NAME, LEVEL, PER, NATIONAL, OWN = range(5)


def _target(comparison: str, value: float) -> str:
    return f"{'≥' if comparison == '>=' else '>'} {number_text(value)}"


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class TargetsDialog(QDialog):
    """Every indicator's target for ``region``; editable only when ``editable`` (an office)."""

    def __init__(self, region: str | None, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region, self.editable = region, editable
        self.changed: list[str] = []
        lang = current_language()
        self.setWindowTitle(tr("Reports", "Targets"))
        self.resize(900, 440)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        region_name = ref_name("regions", region, lang) if region else ""
        if editable:
            self.intro.setText(tr("Reports", "The targets of {region}. Type the region's own value in the last "
                                             "column; leave it blank to use the national target. Your schools "
                                             "receive the values with the next bundle.").format(region=region_name))
        elif region:
            self.intro.setText(tr("Reports", "The targets of {region}, as set by the region office "
                                             "(read-only here).").format(region=region_name))
        else:
            self.intro.setText(tr("Reports", "The national targets (read-only here)."))
        self.rows = target_rows(region, lang)
        self.table = QTableWidget(len(self.rows), 5)
        self.table.setHorizontalHeaderLabels([tr("Reports", "Indicator"), tr("Reports", "Level"),
                                              tr("Reports", "Per"), tr("Reports", "National target"),
                                              tr("Reports", "Region's value")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((LEVEL, 110), (PER, 110), (NATIONAL, 120), (OWN, 120)):
            self.table.setColumnWidth(column, width)
        self.original: list[str] = []
        levels = {"country": tr("Reports", "country"), "region": tr("Reports", "each region")}
        pers = {"total": tr("Reports", "the period"), "month": tr("Reports", "a month"),
                "week": tr("Reports", "a week")}
        for row, entry in enumerate(self.rows):
            own = _plain(entry["value"]) if entry["overridden"] and entry["region"] else ""
            self.original.append(own)
            cells = [entry["name"], levels.get(entry["level"], entry["level"]), pers.get(entry["per"], entry["per"]),
                     _target(entry["comparison"], entry["default"] if entry["region"] or not entry["overridden"]
                             else entry["value"]),
                     own]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != OWN or not editable or not region or entry["level"] != "region":
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == OWN and entry["level"] != "region":
                    item.setToolTip(tr("Reports", "A target of the whole country: a region cannot change it."))
                    item.setBackground(self.palette().window())
                if column in (NATIONAL, OWN):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == NAME:
                    item.setToolTip(entry["code"])
                self.table.setItem(row, column, item)
            if not region:
                self.table.setColumnHidden(OWN, True)
        self.buttons = QDialogButtonBox()
        if editable:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save
                                            | QDialogButtonBox.StandardButton.Cancel)
            self.buttons.accepted.connect(self.save)
        else:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def row_of(self, code: str) -> int:
        """The table row of the indicator ``code``."""
        return next(i for i, entry in enumerate(self.rows) if entry["code"] == code)

    def set_value(self, code: str, text: str) -> None:
        """Type ``text`` as the region's value of ``code`` (tests, keyboard-free)."""
        self.table.item(self.row_of(code), OWN).setText(text)

    def save(self) -> bool:
        """Save the changed values; on a bad value say so and stay open."""
        if not self.editable:
            self.reject()
            return False
        self.changed = []
        for row, entry in enumerate(self.rows):
            text = self.table.item(row, OWN).text().strip()
            if text == self.original[row]:
                continue
            try:
                set_target(entry["code"], self.region, text or None)
            except KnownError as exc:
                self.table.setCurrentCell(row, OWN)
                QMessageBox.warning(self, tr("Reports", "Targets"),
                                    f"{entry['name']}: {render(exc.msg)}")
                return False
            self.original[row] = text
            self.changed.append(entry["code"])
        self.accept()
        return True
