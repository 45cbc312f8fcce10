"""The school social passport: pupils by social category, from the records or typed in.

Each line shows the count of children entered by name and the school's own
total (a spin box; "—" means not entered).  The typed total, when there is
one, is what the passport shows; saving stores the typed totals.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app.aid.passport import PassportRow, passport, set_total
from app.errors import KnownError
from ui.aid.common import category_name, choose, fill_years
from ui.common.fitting import keep_titles_whole
from ui.common.formatting import format_value
from ui.i18n import render, tr
from ui.organisations.choices import SCHOOL_KINDS, cell, fill_organisations, own_school, table

NOT_ENTERED = -1
BLANKS = ("", "—", "-")


class TotalBox(QSpinBox):
    """A count that may be left empty: "—" (or a cleared box) means not entered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NOT_ENTERED, 1_000_000)
        self.setSpecialValueText("—")
        self.setValue(NOT_ENTERED)

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt override
        if text.strip() in BLANKS:
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:  # noqa: N802
        return NOT_ENTERED if text.strip() in BLANKS else super().valueFromText(text)

    def total(self) -> int | None:
        """The typed total, or None when not entered."""
        return None if self.value() == NOT_ENTERED else self.value()

    def set_total(self, value: int | None) -> None:
        """Show ``value`` (None: not entered)."""
        self.setValue(NOT_ENTERED if value is None else value)


class PassportTab(QWidget):
    """Choose a school and year; see and type the passport's lines; save the typed totals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.school_label, self.school = QLabel(), QComboBox()
        self.year_label, self.year = QLabel(), QComboBox()
        self.school_label.setBuddy(self.school)
        self.year_label.setBuddy(self.year)
        self.school.setMinimumWidth(260)
        self.view = table(5)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.save_button = QPushButton()
        self.save_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for widget in (self.school_label, self.school, self.year_label, self.year):
            top.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        for i, width in enumerate((300, 140, 150, 120)):
            self.view.setColumnWidth(i, width)
        keep_titles_whole(self.view)
        self.rows: list[PassportRow] = []
        self.boxes: list[TotalBox] = []
        self.dirty = False
        self.shown_choice: tuple | None = None
        self.school.currentIndexChanged.connect(lambda _: self._choice_changed())
        self.year.currentIndexChanged.connect(lambda _: self._choice_changed())
        self.save_button.clicked.connect(lambda: self.save())
        self.retranslate()
        self.refill()
        choose(self.school, own_school())

    def refill(self) -> None:
        """Read the schools and years to choose from again."""
        fill_organisations(self.school, SCHOOL_KINDS, None)
        fill_years(self.year, default=dt.date.today().year)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.dirty:
            self.refill()
            self.reload()  # children may have been added in the other tabs

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.title.setText(tr("Aid", "Social passport"))
        self.school_label.setText(tr("Aid", "Sc&hool:"))
        self.year_label.setText(tr("Aid", "&Year:"))
        self.save_button.setText(tr("Aid", "Save the totals"))
        self.hint.setText(tr("Aid", "“From records” counts the children entered by name. Type the school's "
                                    "own total where it knows more; leave “—” to use the records."))
        self.view.setHorizontalHeaderLabels([
            tr("Aid", "Category"), tr("Aid", "From records"), tr("Aid", "Entered total"),
            tr("Aid", "Shown"), tr("Aid", "Note")])
        for r, row in enumerate(self.rows):
            self.view.item(r, 0).setText(category_name(row.category))
            self.view.item(r, 4).setText(render(row.hint()) if row.hint() else "")

    def choice(self) -> tuple:
        """The school and year chosen."""
        return self.school.currentData(), self.year.currentData()

    def _choice_changed(self) -> None:
        error = ""
        if self.dirty and self.shown_choice is not None:
            answer = QMessageBox.question(self, tr("Aid", "Social passport"),
                                          tr("Aid", "Save the totals you typed first?"))
            if answer == QMessageBox.StandardButton.Yes and not self.save(self.shown_choice):
                error = self.error.text()
        self.reload()
        self.error.setText(error)
        self.error.setVisible(bool(error))

    def reload(self) -> None:
        """Show the passport of the chosen school and year again (typed changes are dropped)."""
        school, year = self.choice()
        self.shown_choice = (school, year)
        self.rows = passport(school, year) if school and year else []
        self.boxes = []
        self.view.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            self.view.setItem(r, 0, cell(category_name(row.category)))
            self.view.setItem(r, 1, cell(format_value("int", row.from_records), number=True))
            box = TotalBox()
            box.set_total(row.entered)
            box.valueChanged.connect(lambda _, r=r: self._typed(r))
            self.view.setCellWidget(r, 2, box)
            self.boxes.append(box)
            self.view.setItem(r, 3, cell(format_value("int", row.shown), number=True))
            self.view.setItem(r, 4, cell(render(row.hint()) if row.hint() else ""))
        self.dirty = False
        self.save_button.setEnabled(False)
        self.error.clear()
        self.error.hide()

    def _typed(self, r: int) -> None:
        """A total was typed: show what the passport would show, and allow saving."""
        row, total = self.rows[r], self.boxes[r].total()
        self.view.item(r, 3).setText(format_value("int", row.from_records if total is None else total))
        self.dirty = any(b.total() != rw.entered for b, rw in zip(self.boxes, self.rows))
        self.save_button.setEnabled(self.dirty)

    def save(self, choice: tuple | None = None) -> bool:
        """Store the changed totals (a cleared one is removed); True when all were saved."""
        school, year = choice or self.choice()
        self.error.clear()
        try:
            for box, row in zip(self.boxes, self.rows):
                if box.total() != row.entered:
                    set_total(school, year, row.category, box.total())
        except KnownError as exc:
            self.error.setText(render(exc.msg))
            self.error.show()
            return False
        if choice is None:
            self.reload()
        return True
