"""Checking single values typed by a person or read from a file.

Every function either returns the clean value or raises
:class:`~app.errors.ValidationError` naming the field and, in the message,
the text that was not accepted.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any

from app.errors import ValidationError
from app.i18n import Msg
from app.text import clean_text as clean_chars
from app.text import fold

MIN_BIRTH_DATE = _dt.date(1900, 1, 1)
MAX_AGE_YEARS = 120

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
# DD.MM.YYYY, D.M.YYYY, DD/MM/YYYY, DD-MM-YYYY; an Excel-style time and the
# Kazakh/Russian "year" word after it ("25.05.2024 ж.", "25.05.2024 г.") are allowed.
_DMY = re.compile(
    r"^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:ж|жыл|г|год|года)\.?)?$",
    re.IGNORECASE,
)

# Folded as the typed word is (fold() writes Kazakh letters as Russian: «ұл» is «ул»).
_MALE = {fold(w) for w in (
    "m", "male", "man", "boy",
    "м", "муж", "мужской", "мужчина", "мальчик", "мужск",
    "е", "ер", "ер адам", "ұл", "ер бала", "ұл бала", "er", "ul",
)}
_FEMALE = {fold(w) for w in (
    "f", "female", "woman", "girl",
    "ж", "жен", "женский", "женщина", "девочка", "женск",
    "ә", "әйел", "қыз", "қыз бала", "әйел адам", "aiel", "ayel", "qyz",
)}


def format_date(d: _dt.date) -> str:
    """A date as it is written in Kazakhstan: DD.MM.YYYY."""
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def sex_word(sex: str) -> Msg:
    """'M'/'F' as a translatable word for messages."""
    return Msg("Validation", "male") if sex == "M" else Msg("Validation", "female")


def _text(value: Any) -> str:
    """``value`` as one line of text, cleaned (NFC, no control or invisible characters, stripped)."""
    return "" if value is None else clean_chars(str(value))


def parse_date(value: Any, field: str) -> _dt.date:
    """A date from a ``date``/``datetime`` or text 'YYYY-MM-DD' / 'DD.MM.YYYY'.

    Day and month may have one digit; '/' and '-' may separate them.
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if type(value) is str:
        known = _DATES.get(value)
        if known is not None:
            return known
    text = _text(value)
    if not text:
        raise ValidationError(field, Msg("Validation", "A date is required (DD.MM.YYYY)."))
    m = _ISO.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _DMY.match(text)
        if not m:
            raise ValidationError(field, Msg(
                "Validation", "“{text}” is not a date; write it as DD.MM.YYYY, for example 25.05.2024.",
                text=text))
        day, month, year = (int(g) for g in m.groups())
    try:
        date = _dt.date(year, month, day)
    except ValueError:
        raise ValidationError(field, Msg(
            "Validation", "The date “{text}” does not exist: there is no such day in that month "
            "(check the day and the month).", text=text)) from None
    if type(value) is str:
        if len(_DATES) >= 65536:
            _DATES.clear()
        _DATES[value] = date  # an import of 10,000 pupils has a few thousand birth dates
    return date


_DATES: dict[str, _dt.date] = {}  # texts already read as dates (only good ones: a bad one raises each time)


def parse_optional_date(value: Any, field: str) -> _dt.date | None:
    """Like :func:`parse_date`, but ``None`` or blank text gives ``None``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(value, field)


def check_birth_date(d: _dt.date, field: str = "birth_date",
                     today: _dt.date | None = None) -> _dt.date:
    """Check a birth date: not in the future, not before 1900, age at most 120."""
    today = today or _dt.date.today()
    if d > today:
        raise ValidationError(field, Msg(
            "Validation", "The birth date {date} is in the future.", date=format_date(d)))
    if d < MIN_BIRTH_DATE:
        raise ValidationError(field, Msg(
            "Validation", "The birth date {date} is before 1900.", date=format_date(d)))
    age = today.year - d.year - ((today.month, today.day) < (d.month, d.day))
    if age > MAX_AGE_YEARS:
        raise ValidationError(field, Msg(
            "Validation", "The birth date {date} gives an age of {age} years; at most {limit} is possible.",
            date=format_date(d), age=age, limit=MAX_AGE_YEARS))
    return d


def check_date_range(start: _dt.date | None, end: _dt.date | None,
                     start_field: str = "start_date", end_field: str = "end_date") -> None:
    """Raise on ``end_field`` if ``end`` is before ``start`` (``None`` is not checked)."""
    if start is not None and end is not None and end < start:
        raise ValidationError(end_field, Msg(
            "Validation", "The end date {end} is before the start date {start}.",
            end=format_date(end), start=format_date(start)))


def require(field: str, value: Any) -> str:
    """``value`` as text without surrounding spaces; raises if that is empty."""
    text = _text(value)
    if not text:
        raise ValidationError(field, Msg("Validation", "This field must be filled in."))
    return text


def parse_sex(value: Any, field: str = "sex") -> str:
    """'M' or 'F' from M/F, male/female or a Russian or Kazakh word (any case)."""
    text = _text(value)
    if not text:
        raise ValidationError(field, Msg("Validation", "The sex is required (M or F)."))
    sex = _sex_of(text)
    if sex is not None:
        return sex
    raise ValidationError(field, Msg(
        "Validation", "“{text}” is not a sex; write M or F (ер / әйел, м / ж).", text=text))


@lru_cache(maxsize=1024)
def _sex_of(text: str) -> str | None:
    """'M', 'F' or None (not a sex) for a cleaned, non-empty text."""
    key = fold(text).rstrip(".").strip()
    key = re.sub(r"\s*\.\s*", " ", key).strip()
    if key in _MALE:
        return "M"
    if key in _FEMALE:
        return "F"
    return None


def parse_int(value: Any, field: str, minimum: int | None = None,
              maximum: int | None = None) -> int:
    """A whole number from an int, an integral float or text ("1 288 772")."""
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = re.sub(r"[\s\u00a0\u202f\u2009]", "", _text(value))
        if not text:
            raise ValidationError(field, Msg("Validation", "A number is required."))
        if re.fullmatch(r"[+-]?\d+", text):
            number = int(text)
        elif re.fullmatch(r"[+-]?\d+[.,]0*", text):
            number = int(re.split(r"[.,]", text)[0])
    if number is None:
        raise ValidationError(field, Msg(
            "Validation", "“{text}” is not a whole number.", text=_text(value)))
    if minimum is not None and number < minimum:
        raise ValidationError(field, Msg(
            "Validation", "The number {value} is too small: it must be at least {minimum}.",
            value=number, minimum=minimum))
    if maximum is not None and number > maximum:
        raise ValidationError(field, Msg(
            "Validation", "The number {value} is too large: it must be at most {maximum}.",
            value=number, maximum=maximum))
    return number


def parse_phone(value: Any, field: str = "phone") -> str:
    """A Kazakh phone number as +7XXXXXXXXXX.

    Accepts '8 701 234 56 78', '+7 (701) 234-56-78', '7012345678' and the like.
    """
    text = _text(value)
    if not text:
        raise ValidationError(field, Msg("Validation", "A phone number is required."))
    if not re.fullmatch(r"\+?[\d\s\u00a0().-]+", text):
        raise ValidationError(field, Msg(
            "Validation", "“{text}” is not a phone number: use only digits, spaces, +, -, ( ).",
            text=text))
    digits = re.sub(r"\D", "", text)
    national = None
    if text.startswith("+"):
        if len(digits) == 11 and digits[0] == "7":
            national = digits[1:]
    elif len(digits) == 11 and digits[0] in "78":
        national = digits[1:]
    elif len(digits) == 10:
        national = digits
    if national is None:
        raise ValidationError(field, Msg(
            "Validation",
            "The phone number “{text}” must have 10 digits after +7 or 8, for example +7 701 234 56 78.",
            text=text))
    return "+7" + national


def clean_text(value: Any) -> str | None:
    """A cell or field as tidy text: cleaned (:func:`app.text.clean_text`), spaces collapsed,
    Excel's 12.0 as 12, blank → None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(clean_chars(str(value)).split())
    return text or None
