"""The one date field of the window: typed as people write dates, or picked from a calendar.

A line edit, not a ``QDateEdit``: Tab always moves on (a date edit keeps Tab
for its day, month and year sections, and an empty one took the next
fields' typing), and any spelling the core reads is accepted —
``19.08.2009``, ``19082009``, ``19.08.09``, ``2009-08-19``, the Kazakh
number row (:func:`app.validation.typed_dates.parse_typed_date`).  Leaving
the field shows the date as DD.MM.YYYY, or keeps the text and says in red
why it is not a date; a form refuses to save while it is so.  The calendar
(the button, Alt+Down or F4) speaks the interface language and opens at
the date, today, or — for a birth date — a school child's year.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.i18n import Msg
from app.validation.fields import format_date
from app.validation.typed_dates import parse_typed_date
from ui.i18n import current_language, render, tr

ERROR_STYLE = "QLineEdit { border: 1px solid #b00020; background: #fff3f3; }"
SCHOOL_AGE_YEARS = 12  # an empty birth date's calendar opens this many years back
LOCALES = {"kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
           "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}


def calendar_icon() -> QIcon:
    """A small calendar page, drawn (icon themes are missing on Windows)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555"))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#b00020"))
    for row in range(2):
        for col in range(3):
            painter.fillRect(3 + 4 * col, 8 + 3 * row, 2, 2, QColor("#555"))
    painter.end()
    return QIcon(pixmap)


def interface_locale() -> QLocale:
    """The QLocale of the interface language: month and day names of the calendar."""
    return LOCALES.get(current_language(), LOCALES["en"])


class CalendarPopup(QFrame):
    """The calendar under a date field; Enter or a click chooses, Esc closes."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)  # as calendars in Kazakhstan are printed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._choose)
        self.calendar.clicked.connect(self._choose)

    def open_at(self, date: dt.date, below: QWidget) -> None:
        """Show the calendar on ``date`` in the interface language, under ``below``."""
        self.calendar.setLocale(interface_locale())
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setSelectedDate(QDate(date.year, date.month, date.day))
        self.adjustSize()
        self.move(below.mapToGlobal(QPoint(0, below.height())))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _choose(self, date: QDate) -> None:
        self.hide()
        self.chosen.emit(date)


class DateField(QLineEdit):
    """A date that may be left empty, typed or picked; ``value()`` is the date or None.

    ``dateChanged(date | None)`` when the date taken changes (leaving the
    field, Enter, the calendar, :meth:`set_value`); ``problemChanged(text)``
    with the reason the text is not a date, or '' once it is one (or empty).
    """

    dateChanged = Signal(object)
    problemChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, birth: bool = False) -> None:
        super().__init__(parent)
        self.birth = birth
        self.field_key = ""  # the form's field name, for the message of a refused save
        self._value: dt.date | None = None
        self._problem: Msg | None = None
        self._popup: CalendarPopup | None = None
        self.calendar_action = QAction(calendar_icon(), "", self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setMaxLength(40)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(self._edited)
        self.retranslate()

    # -- the value --------------------------------------------------------------
    def _parse(self) -> tuple[dt.date | None, Msg | None]:
        try:
            return parse_typed_date(self.text(), self.field_key, birth=self.birth), None
        except ValidationError as exc:
            return None, exc.msg

    def value(self) -> dt.date | None:
        """The date typed (read now, even before the field is left); None when empty or not a date."""
        return self._parse()[0]

    def problem(self) -> Msg | None:
        """Why the text is not a date, or None (empty or a date)."""
        return self._parse()[1]

    def checked_value(self) -> dt.date | None:
        """The date or None when empty; raises ``ValidationError`` on ``field_key`` if it is not a date."""
        date, problem = self._parse()
        if problem is not None:
            self._show_problem(problem)
            raise ValidationError(self.field_key, problem)
        return date

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` (None empties the field)."""
        self.setText(format_date(value) if value else "")
        self._show_problem(None)
        self._take(value)

    def commit(self) -> None:
        """Read the text: a date is shown as DD.MM.YYYY, anything else stays and is explained."""
        date, problem = self._parse()
        if problem is None and date is not None and self.text() != format_date(date):
            self.setText(format_date(date))
        self._show_problem(problem)
        self._take(date)

    def _take(self, value: dt.date | None) -> None:
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def _edited(self, _text: str) -> None:
        # A shown reason goes the moment the text is right; a new one waits until the field is left.
        if self._problem is not None and self.problem() is None:
            self._show_problem(None)

    def _show_problem(self, problem: Msg | None) -> None:
        if problem == self._problem:
            return
        self._problem = problem
        self.setStyleSheet(ERROR_STYLE if problem else "")
        self.setToolTip(render(problem) if problem else "")
        self.problemChanged.emit(render(problem) if problem else "")

    # -- the calendar --------------------------------------------------------------
    def start_date(self) -> dt.date:
        """Where the calendar opens: the date, else today, else (birth) a school child's year."""
        value = self.value()
        if value is not None:
            return value
        today = dt.date.today()
        if self.birth:
            return today.replace(year=today.year - SCHOOL_AGE_YEARS, day=min(today.day, 28))
        return today

    def open_calendar(self) -> None:
        """Show the calendar under the field."""
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.chosen.connect(self._picked)
        self._popup.open_at(self.start_date(), self)

    @property
    def popup(self) -> CalendarPopup | None:
        """The calendar, once opened."""
        return self._popup

    def _picked(self, date: QDate) -> None:
        self.setText(format_date(dt.date(date.year(), date.month(), date.day())))
        self.textEdited.emit(self.text())  # chosen by the user: the form counts it as a change
        self.commit()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- language ---------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Hint and reason in the current language."""
        self.setPlaceholderText(tr("Dates", "DD.MM.YYYY"))
        # Wide enough for the hint in this language («КК.АА.ЖЖЖЖ» is wider than the digits).
        widest = max(self.fontMetrics().horizontalAdvance(self.placeholderText()),
                     self.fontMetrics().horizontalAdvance("00.00.00000"))
        self.setMinimumWidth(widest + 40)
        self.calendar_action.setToolTip(tr("Dates", "Calendar (Alt+Down)"))
        if self._problem is not None:
            self.setToolTip(render(self._problem))
