"""A row's values as spreadsheets really leave them, made ready for the records' checks.

- Dates: Excel serial numbers (``39679`` is 19.08.2008), in a CSV as text
  or in a workbook as a number without a date format; LibreOffice's
  two-digit years (``19.08.09``); eight digits typed without dots
  (``19082009``).  A birth date's two-digit year is the latest one not in
  the future (``09`` → 2009, ``75`` → 1975); an event's is in the 2000s.
- IIN: a number that lost its leading zero (born 2000–2009: 11 digits) gets
  it back when that makes a valid IIN; an IIN that Excel rounded to
  ``1.20101E+11`` is refused, saying why (its last digits are gone).
- Names with «?» where a letter was (Excel saving Kazakh letters into a
  one-byte CSV) are refused: such a name must never be stored.
- A full name in one column («ФИО») is split into surname, name and
  patronymic (app/tables/names.py).

These are the table files' own habits; the checks of a record's fields
stay with the records (app/people, app/events, app/validation).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.errors import ValidationError
from app.i18n import Msg
from app.tables.names import split_full_name
from app.validation import is_valid_iin

CTX = "Tables"
PAST_DATES = ("birth_date",)  # a two-digit year goes to the latest year not in the future
EVENT_DATES = ("start_date", "end_date")  # a two-digit year goes to the 2000s
NAME_FIELDS = ("surname", "name", "patronymic", "guardian")
_SERIAL_MIN, _SERIAL_MAX = 10_000, 99_999  # 18.05.1927 … 2173: a real date's number, not a year or a count
_SERIAL_TEXT = re.compile(r"\d{5}(?:[.,]\d+)?")
_SHORT_YEAR = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2})")
_DIGITS8 = re.compile(r"(\d{2})(\d{2})(\d{4})")
_ROUNDED = re.compile(r"\d(?:[.,]\d+)?[eE]\+?\d{1,2}")
_LOST = ("?", "\ufffd")


def excel_serial_date(serial: float) -> dt.date:
    """The date of an Excel serial day number (Windows 1900 date system).

    Excel counts 1900 as a leap year (a Lotus 1-2-3 bug kept for
    compatibility): day 60 is the non-existent 29.02.1900, so from day 61 on
    the days are counted from 30.12.1899, before it from 31.12.1899.
    Raises ValueError for day 60 and for numbers outside Excel's range.
    """
    day = int(serial)
    if day == 60 or not 1 <= day <= 2_958_465:
        raise ValueError(f"not an Excel date: {serial!r}")
    base = dt.date(1899, 12, 30) if day > 60 else dt.date(1899, 12, 31)
    return base + dt.timedelta(days=day)


def _bad_date(field: str, text: str) -> ValidationError:
    return ValidationError(field, Msg(
        "Validation", "The date “{text}” does not exist: there is no such day in that month "
        "(check the day and the month).", text=text))


_PLAIN_DATES: set[str] = set()  # texts none of the forms above: passed on as they are


def date_value(value: Any, field: str, today: dt.date | None = None) -> Any:
    """``value`` as a date when it is one of the spreadsheet forms above; otherwise unchanged."""
    if isinstance(value, (dt.date, bool)) or value is None:
        return value
    if isinstance(value, (int, float)):
        if _SERIAL_MIN <= value <= _SERIAL_MAX:
            return excel_serial_date(value)
        value = str(value)
    text = " ".join(str(value).split())
    if text in _PLAIN_DATES:
        return value
    if _SERIAL_TEXT.fullmatch(text):
        serial = float(text.replace(",", "."))
        if _SERIAL_MIN <= serial <= _SERIAL_MAX:
            return excel_serial_date(serial)
    match = _SHORT_YEAR.fullmatch(text) or _DIGITS8.fullmatch(text)
    if match is None:
        if len(_PLAIN_DATES) < 65536:
            _PLAIN_DATES.add(text)  # a list of 10,000 pupils has a few thousand birth dates, each many times
        return value  # the records' own date check judges it
    day, month, year = (int(g) for g in match.groups())
    if match.re is _SHORT_YEAR:
        year += 2000
        if field in PAST_DATES:
            today = today or dt.date.today()
            try:
                if dt.date(year, month, day) > today:
                    year -= 100
            except ValueError:
                raise _bad_date(field, text) from None
    try:
        return dt.date(year, month, day)
    except ValueError:
        if match.re is _DIGITS8:
            return value  # eight digits that are not a date: said so by the date check
        raise _bad_date(field, text) from None


def iin_value(value: Any) -> Any:
    """An IIN cell with a lost leading zero put back (only when that makes a valid IIN)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, float):  # a whole number was made an int when read: this one has a fraction
        raise _rounded(f"{value:g}")
    text = "".join(str(value).split())
    if _ROUNDED.fullmatch(text):
        raise _rounded(text)
    if text.isdigit() and len(text) == 11 and is_valid_iin("0" + text):
        return "0" + text
    return text if isinstance(value, int) else value


def _rounded(text: str) -> ValidationError:
    return ValidationError("iin", Msg(
        CTX, "The IIN “{text}” was turned by Excel into a rounded number: its last digits are lost. "
             "In the file, format the IIN column as Text and type the IINs again (or copy them from the "
             "original list), or correct it here.", text=text))


def prepare_row(raw: dict[str, Any], today: dt.date | None = None) -> dict[str, Any]:
    """A row's values by field, with the spreadsheet habits above undone.

    Raises :class:`ValidationError` naming the field for a value that cannot
    be right (a rounded IIN, «?» in a name, a one-word full name).
    """
    out = dict(raw)
    full = out.pop("full_name", None)
    if full is not None and str(full).strip() and not (out.get("surname") or out.get("name")):
        surname, name, patronymic = split_full_name(" ".join(str(full).split()))
        out["surname"], out["name"] = surname, name
        if patronymic and not out.get("patronymic"):
            out["patronymic"] = patronymic
    for field in NAME_FIELDS:
        value = out.get(field)
        if isinstance(value, str) and (_LOST[0] in value or _LOST[1] in value):
            raise ValidationError(field, Msg(
                CTX, "“{text}” has «?» where letters should be: the list was saved in a way that lost "
                     "the Kazakh letters. Type the name with its letters.", text=value))
    for field in (*PAST_DATES, *EVENT_DATES):
        if field in out:
            out[field] = date_value(out[field], field, today)
    if "iin" in out:
        out["iin"] = iin_value(out["iin"])
    return out
