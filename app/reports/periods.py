"""Report periods: a month (2026-09), a quarter (2026-Q3), a year (2026) or a date range.

Rules the indicators follow (pinned by tests/test_reports.py):

- An event belongs to the period, the month and the week in which it *starts*:
  a seminar on 30 September – 1 October counts in September only, so every
  event is counted once however a period is cut.
- Months and weeks are those that overlap the period.  Weeks are ISO weeks
  (Monday to Sunday), named by their Monday.  A month or week only partly
  inside the period is "partial": its figures are shown, but its target is not
  judged (met is None), since part of it lies outside what was asked.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from app.errors import UsageError
from app.i18n import Msg

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"^(.+?)\s*(?:\.\.|/|–|—|\s+to\s+)\s*(.+)$")
_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


@dataclass(frozen=True)
class Period:
    """An inclusive range of days with the text it was given as (``label``)."""

    start: dt.date
    end: dt.date
    label: str

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` lies in the period."""
        return self.start <= day <= self.end

    def months(self) -> list[tuple[str, dt.date, dt.date, bool]]:
        """(``YYYY-MM``, first day, last day, partial) of every month overlapping the period."""
        out = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            first = dt.date(year, month, 1)
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
            partial = first < self.start or last > self.end
            out.append((f"{year:04d}-{month:02d}", first, last, partial))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def weeks(self) -> list[tuple[dt.date, dt.date, bool]]:
        """(Monday, Sunday, partial) of every ISO week overlapping the period."""
        monday = self.start - dt.timedelta(days=self.start.weekday())
        out = []
        while monday <= self.end:
            sunday = monday + dt.timedelta(days=6)
            out.append((monday, sunday, monday < self.start or sunday > self.end))
            monday += dt.timedelta(days=7)
        return out

    def title(self) -> Msg:
        """How the period is named on a report: "2026-09 (01.09.2026 – 30.09.2026)"."""
        return Msg("Reports", "{label} ({start} – {end})", label=self.label,
                   start=self.start.strftime("%d.%m.%Y"), end=self.end.strftime("%d.%m.%Y"))


def _bad(text: str) -> UsageError:
    return UsageError(Msg("Reports", "“{text}” is not a period: write a month (2026-09), a quarter "
                          "(2026-Q3), a year (2026) or two dates (2026-09-01..2026-10-15).", text=text))


def _date(text: str, original: str) -> dt.date:
    text = text.strip()
    m = _DMY.match(text)
    try:
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _bad(original) from None


def _parse_period(text: str | None, today: dt.date | None = None) -> Period:
    """The period ``text`` names; blank means the current year.

    Accepts ``2026-09``, ``2026-Q3`` (or ``2026Q3``), ``2026``, and two dates
    ``2026-09-01..2026-10-15`` (ISO or ``DD.MM.YYYY``, also joined by ``/``).
    Raises :class:`UsageError` for anything else (the CLI's exit code 2).
    """
    original = (text or "").strip()
    if not original:
        year = (today or dt.date.today()).year
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))
    if m := _YEAR.match(original):
        year = int(m.group(1))
        if not 1900 <= year <= 2200:
            raise _bad(original)
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), original)
    if m := _QUARTER.match(original):
        year, quarter = int(m.group(1)), int(m.group(2))
        first = dt.date(year, 3 * quarter - 2, 1)
        last_month = 3 * quarter
        last = dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
        return Period(first, last, f"{year}-Q{quarter}")
    if m := _MONTH.match(original):
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            raise _bad(original)
        return Period(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]),
                      f"{year:04d}-{month:02d}")
    if m := _RANGE.match(original):
        start, end = _date(m.group(1), original), _date(m.group(2), original)
        if end < start:
            raise UsageError(Msg("Reports", "The period ends ({end}) before it starts ({start}).",
                                 start=start.isoformat(), end=end.isoformat()))
        return Period(start, end, f"{start.isoformat()}..{end.isoformat()}")
    try:
        day = _date(original, original)
    except UsageError:
        raise _bad(original) from None
    return Period(day, day, day.isoformat())


def parse_period(text: str | None, today: dt.date | None = None) -> Period:
    """The period ``text`` names (see :func:`_parse_period`); years outside 1900–2200 are refused."""
    period = _parse_period(text, today)
    if not (1900 <= period.start.year and period.end.year <= 2200):
        raise _bad(str(text or "").strip())
    return period
