"""The event form's Head-count tab: numbers instead of names for mass actions.

Flash mobs, challenges and webinars are reported as a total with an optional
breakdown by who took part and by sex.  An empty box (—) means "not known",
which is not the same as 0: a partial breakdown may be less than the total.
The core checks that the numbers agree when the event is saved and the
message appears beside the box concerned.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.events.headcount import BREAKDOWN, FIELDS, MAX_HEADCOUNT
from ui.i18n import tr

AddField = Callable[[QFormLayout, str, Callable[[], str], QWidget], QWidget]


class BlankSpin(QSpinBox):
    """A spin box whose lowest value means "empty" (—); typing a digit there replaces the dash."""

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.value() == self.minimum() and event.text().isdigit() and not self.lineEdit().hasSelectedText():
            self.lineEdit().clear()
        super().keyPressEvent(event)


class CountBox(BlankSpin):
    """A whole number that may be left empty (shown as —, read as None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, MAX_HEADCOUNT)
        self.setSpecialValueText("—")
        self.setGroupSeparatorShown(True)
        self.setValue(-1)
        self.setMinimumWidth(140)

    def count(self) -> int | None:
        """The number, or None when empty."""
        return None if self.value() < 0 else self.value()

    def set_count(self, value: int | None) -> None:
        """Show ``value`` (None empties the box)."""
        self.setValue(-1 if value is None else int(value))


class HeadcountTab(QWidget):
    """Total and breakdown boxes, registered as fields of the form (errors beside them)."""

    changed = Signal()

    def __init__(self, add_field: AddField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.sum_label = QLabel()
        self.sum_label.setStyleSheet("color: #555;")
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, CountBox] = {}
        labels = {
            "headcount": lambda: tr("Events", "&Total:"),
            "hc_pupils": lambda: tr("Events", "of them &pupils:"),
            "hc_teachers": lambda: tr("Events", "t&eachers:"),
            "hc_parents": lambda: tr("Events", "pa&rents:"),
            "hc_others": lambda: tr("Events", "ot&hers:"),
            "hc_girls": lambda: tr("Events", "&girls:"),
            "hc_boys": lambda: tr("Events", "&boys:"),
        }
        for key in FIELDS:
            box = CountBox()
            box.setMaximumWidth(200)
            self.boxes[key] = box
            add_field(form, key, labels[key], box)
            box.valueChanged.connect(lambda _: self._changed())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(form_widget)
        layout.addWidget(self.sum_label)
        layout.addStretch(1)

    def _changed(self) -> None:
        self._show_sum()
        self.changed.emit()

    def total(self) -> int:
        """The total, or the breakdown's sum when no total is given (as the core counts it)."""
        total = self.boxes["headcount"].count()
        if total is None:
            total = sum(self.boxes[k].count() or 0 for k in BREAKDOWN)
        return total

    def values(self) -> dict[str, Any]:
        """The boxes as the core's ``clean_headcount`` takes them ('' for empty)."""
        return {key: ("" if box.count() is None else box.count()) for key, box in self.boxes.items()}

    def load(self, values: dict[str, Any]) -> None:
        """Show the event's numbers."""
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.set_count(values.get(key))
            box.blockSignals(False)
        self._show_sum()

    def _show_sum(self) -> None:
        parts = [self.boxes[k].count() for k in BREAKDOWN]
        given = [p for p in parts if p is not None]
        if not given:
            self.sum_label.clear()
            return
        self.sum_label.setText(tr("Events", "Pupils + teachers + parents + others = {sum}")
                               .format(sum=f"{sum(given):,}".replace(",", "\u202f")))

    def retranslate(self) -> None:
        """Texts in the current language (the field labels are the form's)."""
        self.intro.setText(tr("Events", "A mass action is reported as numbers, not names. Leave a box "
                                        "empty (—) when the number is not known; the parts must not "
                                        "exceed the total, and all four parts must add up to it."))
        self._show_sum()
