"""The Kazakh individual identification number (ИИН / ЖСН / IIN).

Twelve digits: YYMMDD birth date, one digit for century and sex
(1/2: 1800s male/female, 3/4: 1900s, 5/6: 2000s), a four-digit serial and
a check digit.  The check digit is the sum of the first eleven digits
weighted 1…11, modulo 11; if that is 10, the weights 3…11, 1, 2 are used
instead; if it is 10 again, no valid check digit exists and the number is
not valid.
"""
from __future__ import annotations

import datetime as _dt
import operator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.errors import ValidationError
from app.i18n import Msg
from app.text import ascii_digits, clean_text
from app.validation.fields import format_date, parse_sex, sex_word

WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

# Digit 7: (century start, sex) and back.
_CENTURY_SEX = {
    1: (1800, "M"), 2: (1800, "F"),
    3: (1900, "M"), 4: (1900, "F"),
    5: (2000, "M"), 6: (2000, "F"),
}
_DIGIT_FOR = {value: digit for digit, value in _CENTURY_SEX.items()}


@dataclass(frozen=True)
class IinInfo:
    """What a valid IIN says: the number itself, birth date and sex ('M'/'F')."""

    iin: str
    birth_date: _dt.date
    sex: str


_DIGIT_SUM = 48 * sum(WEIGHTS_1)  # sum(WEIGHTS_2) is the same: the weighted sum of "0" * 11


def check_digit(first11: str) -> int | None:
    """The check digit for eleven digits, or ``None`` when none exists."""
    if len(first11) == 11 and first11.isascii():  # the character codes, weighed in C: an import checks thousands
        codes = first11.encode()
        value = (sum(map(operator.mul, WEIGHTS_1, codes)) - _DIGIT_SUM) % 11
        if value == 10:
            value = (sum(map(operator.mul, WEIGHTS_2, codes)) - _DIGIT_SUM) % 11
            if value == 10:
                return None
        return value
    digits = [ord(c) - 48 for c in first11]
    value = sum(map(operator.mul, WEIGHTS_1, digits)) % 11
    if value == 10:
        value = sum(map(operator.mul, WEIGHTS_2, digits)) % 11
        if value == 10:
            return None
    return value


def _clean(text: Any) -> str:
    if text is None:
        return ""
    if type(text) is str and text.isascii() and text.isdigit():
        return text  # already only digits (what the rest would leave of it)
    if isinstance(text, int) and not isinstance(text, bool):
        # A spreadsheet cell read as a number loses the leading zero of
        # people born in 2000–2009 (IIN 05…); put it back.
        return str(text).zfill(12)
    # Invisible characters (a zero-width space) go, full-width digits become ASCII.
    return ascii_digits("".join(clean_text(str(text)).split()))


_HEADS: dict[str, tuple[_dt.date, str]] = {}  # digits 1–7 already read: a list has a few thousand birth dates


def _head_of(iin: str) -> tuple[_dt.date, str]:
    """The birth date and sex of an IIN's first seven digits; raises as :func:`parse_iin` says."""
    century_sex = _CENTURY_SEX.get(int(iin[6]))
    if century_sex is None:
        raise ValidationError("iin", Msg(
            "Validation",
            "The IIN “{text}” is not valid: its 7th digit is {digit}, but it must be 1–6 "
            "(century and sex).", text=iin, digit=iin[6]))
    century, sex = century_sex
    try:
        birth = _dt.date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        raise ValidationError("iin", Msg(
            "Validation",
            "The IIN “{text}” is not valid: its first six digits ({yymmdd}) are not a real "
            "birth date (YYMMDD).", text=iin, yymmdd=iin[:6])) from None
    if len(_HEADS) >= 65536:
        _HEADS.clear()
    _HEADS[iin[:7]] = (birth, sex)
    return birth, sex


def parse_iin(text: Any) -> IinInfo:
    """Check an IIN and return its birth date and sex.

    Spaces and invisible characters anywhere are ignored, full-width digits
    read as digits.  Raises :class:`ValidationError` on field
    ``"iin"`` with a message saying what is wrong.
    """
    iin = _clean(text)
    if not iin:
        raise ValidationError("iin", Msg("Validation", "The IIN is empty; it must have 12 digits."))
    if not (iin.isascii() and iin.isdigit()):
        raise ValidationError("iin", Msg(
            "Validation", "The IIN “{text}” must contain only digits (12 digits).", text=iin))
    if len(iin) != 12:
        raise ValidationError("iin", Msg(
            "Validation", "The IIN “{text}” has {count} digits; it must have exactly 12.",
            text=iin, count=len(iin)))
    known = _HEADS.get(iin[:7])
    if known is None:
        known = _head_of(iin)
    birth, sex = known
    expected = check_digit(iin[:11])
    if expected is None:
        raise ValidationError("iin", Msg(
            "Validation",
            "The IIN “{text}” is not valid: no check digit is possible for its first 11 digits. "
            "Check that it was typed correctly.", text=iin))
    if expected != int(iin[11]):
        raise ValidationError("iin", Msg(
            "Validation",
            "The IIN “{text}” is not valid: the check digit (last digit) is wrong. "
            "Check that it was typed correctly.", text=iin))
    return IinInfo(iin=iin, birth_date=birth, sex=sex)


def is_valid_iin(text: Any) -> bool:
    """True if ``text`` is a valid IIN."""
    try:
        parse_iin(text)
    except ValidationError:
        return False
    return True


def agreeing_iin(iin: str, birth_date: Any, sex: Any) -> tuple[_dt.date, str] | None:
    """The birth date and sex of ``iin`` when it is 12 valid digits agreeing with a typed ``birth_date``
    and ``sex`` ('M', 'F' or None: not typed); None when :func:`check_iin_agrees` must be asked (it says
    what is wrong, or reads other forms of these values).

    Nothing but the checks of :func:`check_iin_agrees`, without its record and its messages: an import
    checks an IIN on every row.
    """
    if not (len(iin) == 12 and iin.isdigit() and iin.isascii()):
        return None
    known = _HEADS.get(iin[:7])
    if known is None:
        try:
            known = _head_of(iin)
        except ValidationError:
            return None
    # check_digit's sums, written out: the weights stop the sums at the 11th digit (no slice, no call)
    codes = iin.encode()
    value = (sum(map(operator.mul, WEIGHTS_1, codes)) - _DIGIT_SUM) % 11
    if value == 10:
        value = (sum(map(operator.mul, WEIGHTS_2, codes)) - _DIGIT_SUM) % 11
    if value != codes[11] - 48:  # (10 twice: no check digit is possible, and no digit is 10)
        return None
    if (birth_date is None or birth_date == known[0]) and (sex is None or sex == known[1]):
        return known
    return None


def check_iin_agrees(iin: Any, birth_date: _dt.date | None, sex: str | None) -> IinInfo:
    """Check that a typed birth date and sex agree with the IIN.

    ``None`` (or empty) values are not compared.  Raises
    :class:`ValidationError` on field ``"iin"`` for a bad IIN, on
    ``"birth_date"`` or ``"sex"`` when the typed value differs from the IIN.
    """
    info = parse_iin(iin)
    if birth_date is not None:
        if isinstance(birth_date, _dt.datetime):
            birth_date = birth_date.date()
        if birth_date != info.birth_date:
            raise ValidationError("birth_date", Msg(
                "Validation",
                "The birth date {typed} does not agree with the IIN {iin}, which gives {from_iin}.",
                typed=format_date(birth_date), iin=info.iin, from_iin=format_date(info.birth_date)))
    if sex not in (None, ""):
        typed = sex if sex == "M" or sex == "F" else parse_sex(sex)
        if typed != info.sex:
            raise ValidationError("sex", Msg(
                "Validation",
                "The sex “{typed}” does not agree with the IIN {iin}, which gives “{from_iin}”.",
                typed=sex_word(typed), iin=info.iin, from_iin=sex_word(info.sex)))
    return info


@lru_cache(maxsize=8192)
def _head(birth_date: _dt.date, sex: str) -> tuple[str, int, int]:
    """Digits 1–7 for a birth date and sex, with their two weighted sums."""
    digit7 = _DIGIT_FOR.get((birth_date.year // 100 * 100, sex))
    if digit7 is None:
        raise ValueError(f"cannot make an IIN for {birth_date!r}, sex {sex!r}")
    head = f"{birth_date.year % 100:02d}{birth_date.month:02d}{birth_date.day:02d}{digit7}"
    digits = [ord(c) - 48 for c in head]
    return (head, sum(w * d for w, d in zip(WEIGHTS_1, digits)),
            sum(w * d for w, d in zip(WEIGHTS_2, digits)))


def make_iin(birth_date: _dt.date, sex: str, serial: int = 0) -> str:
    """Build a valid IIN for ``birth_date`` and ``sex`` ('M'/'F').

    ``serial`` (taken modulo 10000) fills digits 8–11; if no check digit is
    possible for it, the next serial is used.  For demo data and tests.
    """
    if isinstance(birth_date, _dt.datetime):
        birth_date = birth_date.date()
    head, s1, s2 = _head(birth_date, sex)
    serial %= 10000
    while True:  # ends within a few steps: the second sum moves by 2 per serial step
        a, b, c, d = serial // 1000, serial // 100 % 10, serial // 10 % 10, serial % 10
        value = (s1 + 8 * a + 9 * b + 10 * c + 11 * d) % 11
        if value == 10:
            value = (s2 + 10 * a + 11 * b + c + 2 * d) % 11
        if value != 10:
            return f"{head}{serial:04d}{value}"
        serial = (serial + 1) % 10000
