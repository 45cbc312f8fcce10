"""A date as a person types it into a form: 19.08.2009, 19082009, 19.08.09, 2009-08-19.

The window's date fields read their text with :func:`parse_typed_date`; it
says exactly what is wrong (no such month, February has 28 days that year,
a birth date in the future) so the field can show the reason, and the form
refuses to save rather than store no date.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re

from app.errors import ValidationError
from app.i18n import Msg
from app.text import ascii_digits, clean_text
from app.validation.fields import check_birth_date
from app.validation.kazakh_keys import date_spellings

FIRST_YEAR, LAST_YEAR = 1900, 2100
# Any of . / - , or spaces between the parts: people type what their keyboard offers.
_SEPARATED = re.compile(r"(\d{1,4})\s*[./,\-\s]\s*(\d{1,2})\s*[./,\-\s]\s*(\d{1,4})")
# "19.08.2009 ж." / "19.08.2009 г." as written on Kazakh and Russian forms.
_YEAR_WORD = re.compile(r"\s*(?:ж|жыл|г|год|года)\.?$", re.IGNORECASE)


def _not_a_date(field: str, text: str) -> ValidationError:
    return ValidationError(field, Msg(
        "Validation", "“{text}” is not a date; write it as DD.MM.YYYY, for example 25.05.2024.", text=text))


def _parts(text: str) -> tuple[int, int, str] | None:
    """(day, month, year digits) of ``text``, or None when it has no date's shape."""
    if text.isdigit():
        if len(text) == 6:  # DDMMYY
            return int(text[:2]), int(text[2:4]), text[4:]
        if len(text) == 8:  # DDMMYYYY, or YYYYMMDD when that is the only real reading
            day, month = int(text[:2]), int(text[2:4])
            year_first = FIRST_YEAR <= int(text[:4]) <= LAST_YEAR and 1 <= int(text[4:6]) <= 12
            day_first = 1 <= day <= 31 and 1 <= month <= 12 and FIRST_YEAR <= int(text[4:]) <= LAST_YEAR
            if year_first and not day_first:
                return int(text[6:]), int(text[4:6]), text[:4]
            return day, month, text[4:]
        return None
    m = _SEPARATED.fullmatch(text)
    if not m:
        return None
    first, second, third = m.groups()
    if len(first) == 4:  # 2009-08-19
        return int(third), int(second), first
    if len(first) > 2:
        return None
    return int(first), int(second), third


def _full_year(digits: str, birth: bool, today: _dt.date) -> int | None:
    """A four-digit year from the typed digits; two digits mean the sensible century.

    Birth dates are in the past (09 is 2009, 95 is 1995); other dates take
    the century that puts them nearest to today.
    """
    if len(digits) == 4:
        return int(digits)
    if len(digits) != 2:
        return None
    short = int(digits)
    if birth:
        return 2000 + short if 2000 + short <= today.year else 1900 + short
    return min((century + short for century in (1900, 2000, 2100)),
               key=lambda year: (abs(year - today.year), year))


def parse_typed_date(text: str, field: str = "", *, birth: bool = False,
                     today: _dt.date | None = None) -> _dt.date | None:
    """The date typed in ``text``; None when it is blank.

    Accepts day, month, year separated by . / - , or spaces (``19.08.2009``,
    ``19/8/09``), eight or six digits (``19082009``, ``190809``), the ISO
    form ``2009-08-19``, and text typed on the Kazakh number row.  A
    two-digit year is placed in its sensible century (``birth``: in the
    past).  Raises :class:`ValidationError` on ``field`` saying why the text
    is not a date; a ``birth`` date is also checked to be in the past and
    after 1900.
    """
    today = today or _dt.date.today()
    typed = ascii_digits(clean_text(text or "")).strip()
    if not typed:
        return None
    bare = _YEAR_WORD.sub("", typed).strip()
    readings = [p for p in (_parts(s.strip()) for s in date_spellings(bare)) if p is not None]
    if not readings:
        raise _not_a_date(field, typed)
    found = next((p for p in readings if _plausible(p)), readings[0])
    day, month, digits = found
    year = _full_year(digits, birth, today)
    if year is None:
        raise _not_a_date(field, typed)
    if not 1 <= month <= 12:
        raise ValidationError(field, Msg(
            "Validation", "The date “{text}” has no month {month}: months go from 01 to 12.",
            text=typed, month=f"{month:02d}"))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(field, Msg(
            "Validation", "The date “{text}” has the year {year}; write a year from {first} to {last}.",
            text=typed, year=year, first=FIRST_YEAR, last=LAST_YEAR))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValidationError(field, Msg(
            "Validation", "The date “{text}” does not exist: month {month} of {year} has {days} days.",
            text=typed, month=f"{month:02d}", year=year, days=days))
    date = _dt.date(year, month, day)
    if birth:
        check_birth_date(date, field, today)
    return date


def _plausible(parts: tuple[int, int, str]) -> bool:
    """Day and month in range: of two readings of Kazakh-layout text, the one that is a date."""
    day, month, _ = parts
    return 1 <= day <= 31 and 1 <= month <= 12
