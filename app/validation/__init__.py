"""Checks for values entering the core: IIN, dates, sex, numbers, phones.

Each check returns the clean value or raises
:class:`~app.errors.ValidationError` naming the field.
"""
from __future__ import annotations

from app.validation.fields import (
    MAX_AGE_YEARS,
    MIN_BIRTH_DATE,
    check_birth_date,
    check_date_range,
    format_date,
    parse_date,
    parse_int,
    parse_optional_date,
    parse_phone,
    parse_sex,
    require,
    sex_word,
)
from app.validation.iin import (
    IinInfo,
    check_digit,
    check_iin_agrees,
    is_valid_iin,
    make_iin,
    parse_iin,
)

__all__ = [
    "IinInfo",
    "MAX_AGE_YEARS",
    "MIN_BIRTH_DATE",
    "check_birth_date",
    "check_date_range",
    "check_digit",
    "check_iin_agrees",
    "format_date",
    "is_valid_iin",
    "make_iin",
    "parse_date",
    "parse_iin",
    "parse_int",
    "parse_optional_date",
    "parse_phone",
    "parse_sex",
    "require",
    "sex_word",
]
