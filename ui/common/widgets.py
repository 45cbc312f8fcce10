"""Small input widgets: reference choices, check lists, the IIN filling birth date and sex."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.errors import ValidationError
from app.reference import load
from app.text import sort_key
from app.validation.iin import parse_iin
from ui.common.date_field import DateField
from ui.i18n import current_language, tr


class RefCombo(QComboBox):
    """A choice of reference items (codes), named in the current language."""

    def __init__(self, kind: str, allow_empty: bool = True, sort: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.allow_empty, self.sort_names = kind, allow_empty, sort
        self.fill()

    def fill(self) -> None:
        """(Re)fill the items in the current language, keeping the choice."""
        code = self.code()
        lang = current_language()
        self.blockSignals(True)
        self.clear()
        if self.allow_empty:
            self.addItem(tr("Widgets", "— any —") if self.allow_empty == "any" else "—", None)
        items = load(self.kind)
        if self.sort_names:
            items = sorted(items, key=lambda i: sort_key(i.get(lang) or i["en"]))
        for item in items:
            self.addItem(item.get(lang) or item["en"], item["code"])
        self.set_code(code)
        self.blockSignals(False)

    def code(self) -> str | None:
        """The chosen code, or None."""
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        """Choose ``code`` (or the empty entry)."""
        index = self.findData(code) if code is not None else (0 if self.allow_empty else -1)
        self.setCurrentIndex(max(index, 0) if self.count() else -1)


# Every date of the window is a DateField; the forms know it by its older name too.
OptionalDate = DateField


class CheckList(QListWidget):
    """Several reference codes chosen with check boxes (audience, family categories)."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        # Long Russian and Kazakh names wrap rather than hide behind a sideways scroll bar.
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fill()

    def fill(self) -> None:
        """(Re)fill in the current language, keeping what is checked."""
        chosen = set(self.codes())
        lang = current_language()
        self.blockSignals(True)
        self.clear()
        for item in load(self.kind):
            entry = QListWidgetItem(item.get(lang) or item["en"], self)
            entry.setData(Qt.ItemDataRole.UserRole, item["code"])
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item["code"] in chosen else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self._fit_rows()

    #: Up to this many choices are all shown at once; a longer list scrolls.
    SHOWN_ROWS = 9

    def _fit_rows(self) -> None:
        """Tall enough for every choice (a hidden fifth family category is a missed one)."""
        if not self.count():
            return
        rows = min(self.count(), self.SHOWN_ROWS)
        row = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        # One row more than the choices: a long name wrapped onto a second line still shows whole.
        self.setMinimumHeight((rows + (1 if self.count() <= self.SHOWN_ROWS else 0)) * row + 2 * self.frameWidth() + 4)
        self.setMaximumHeight(self.minimumHeight() + 2 * row)  # room for a wrapped line or two

    def codes(self) -> list[str]:
        """The checked codes, in reference order."""
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: list[str]) -> None:
        """Check exactly ``codes``."""
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)


def fill_from_iin(iin: QLineEdit, birth_date: DateField, sex: QComboBox) -> None:
    """A valid IIN fills in the birth date and sex, where they are still empty.

    A wrong IIN does nothing here: saving explains what is wrong with it.
    """
    text = iin.text().strip()
    if not text:
        return
    try:
        info = parse_iin(text)
    except ValidationError:
        return
    if birth_date.value() is None:
        birth_date.set_value(info.birth_date)
    if sex.currentData() is None:
        sex.setCurrentIndex(sex.findData(info.sex))
