"""Dates as people type them into the window's date fields, and the Kazakh number row."""
from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.validation.kazakh_keys import date_spellings, digits_from_keys, iin_from_keys
from app.validation.typed_dates import parse_typed_date

TODAY = dt.date(2026, 3, 10)
AUG_19 = dt.date(2009, 8, 19)


@pytest.mark.parametrize("text", [
    "19.08.2009", "19082009", "19.08.09", "2009-08-19", "19/08/2009", "19-08-2009", "19/8/09",
    "19.8.2009", " 19 . 08 . 2009 ", "19 08 2009", "19,08,2009", "190809", "20090819",
    "19.08.2009 ж.", "19.08.2009 г.", "2009/08/19", "１９.０８.２００９",
])
def test_the_ways_people_write_a_date(text):
    assert parse_typed_date(text, "birth_date", birth=True, today=TODAY) == AUG_19
    assert parse_typed_date(text, "start_date", today=TODAY) == AUG_19


def test_typed_on_the_kazakh_number_row():
    # 1 9 [the Russian full-stop key, № on the Kazakh layout] 0 8 № 2 0 0 9
    assert parse_typed_date('"ұ№қү№әққұ', "d", today=TODAY) == AUG_19
    # the same digits with a full stop from the numeric pad
    assert parse_typed_date('"ұ.қү.әққұ', "d", today=TODAY) == AUG_19
    # 7 is «.» on the Kazakh number row: 17.07.2017 typed there
    assert parse_typed_date('".№қ.№әқ".', "d", today=TODAY) == dt.date(2017, 7, 17)
    # Caps Lock on: capital letters
    assert parse_typed_date('"Ұ№ҚҮ№ӘҚҚҰ', "d", today=TODAY) == AUG_19


def test_blank_is_no_date():
    assert parse_typed_date("", "d") is None
    assert parse_typed_date("   ", "d") is None
    assert parse_typed_date("\u200b", "d") is None


@pytest.mark.parametrize("text, says", [
    ("31.02.2010", "month 02 of 2010 has 28 days"),
    ("29.02.2023", "month 02 of 2023 has 28 days"),
    ("31.04.2024", "month 04 of 2024 has 30 days"),
    ("99.99.9999", "no month 99"),
    ("19.13.2009", "no month 13"),
    ("00.08.2009", "has 31 days"),
    ("19.08.1850", "year 1850"),
    ("19.08.2209", "year 2209"),
    ("19.08.209", "is not a date"),
    ("—19082009", "is not a date"),
    ("19.08", "is not a date"),
    ("завтра", "is not a date"),
    ("1908200", "is not a date"),
])
def test_impossible_dates_say_why(text, says):
    with pytest.raises(ValidationError) as caught:
        parse_typed_date(text, "start_date", today=TODAY)
    assert caught.value.field == "start_date"
    assert says in caught.value.msg.render()


def test_a_leap_day_exists_in_a_leap_year():
    assert parse_typed_date("29.02.2024", "d", today=TODAY) == dt.date(2024, 2, 29)


def test_two_digit_years_of_birth_are_in_the_past():
    assert parse_typed_date("19.08.09", "b", birth=True, today=TODAY) == dt.date(2009, 8, 19)
    assert parse_typed_date("01.02.26", "b", birth=True, today=TODAY) == dt.date(2026, 2, 1)
    assert parse_typed_date("19.08.27", "b", birth=True, today=TODAY) == dt.date(1927, 8, 19)
    assert parse_typed_date("05.05.95", "b", birth=True, today=TODAY) == dt.date(1995, 5, 5)


def test_two_digit_years_of_other_dates_are_near_today():
    assert parse_typed_date("01.09.26", "d", today=TODAY) == dt.date(2026, 9, 1)
    assert parse_typed_date("01.09.30", "d", today=TODAY) == dt.date(2030, 9, 1)
    assert parse_typed_date("01.09.95", "d", today=TODAY) == dt.date(1995, 9, 1)


def test_a_birth_date_in_the_future_is_refused():
    with pytest.raises(ValidationError) as caught:
        parse_typed_date("11.03.2026", "birth_date", birth=True, today=TODAY)
    assert caught.value.field == "birth_date" and "future" in caught.value.msg.render()
    # the same date is fine for an event
    assert parse_typed_date("11.03.2026", "start_date", today=TODAY) == dt.date(2026, 3, 11)


def test_the_kazakh_number_row_keys():
    # " ә і ң ғ , . ү ұ қ are the keys 1 2 3 4 5 6 7 8 9 0 (xkb kz basic, РСТ КазССР 903-90)
    assert digits_from_keys('"әіңғ,.үұқ') == "1234567890"
    assert digits_from_keys("ӘІҢҒҮҰҚ") == "2345890"
    assert digits_from_keys("090819501234") == "090819501234"
    assert date_spellings("19.08.2009") == ["19.08.2009"]


def test_an_iin_typed_in_a_search_box():
    assert iin_from_keys("құқү\"ұғқ\"әің") == "090819501234"
    assert iin_from_keys("құқ ү\"ұ") == "090819"
    assert iin_from_keys("Әлібекова") is None
    assert iin_from_keys("Ұлан") is None
    assert iin_from_keys("ұқ") is None  # too short to tell from a name's start
    assert iin_from_keys("0908") is None  # plain digits need no help
