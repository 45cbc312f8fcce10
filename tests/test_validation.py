"""IIN and field validation (app.validation), no Qt."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from app.errors import ValidationError
from app.validation import (
    check_birth_date,
    check_date_range,
    check_iin_agrees,
    make_iin,
    parse_date,
    parse_iin,
    parse_int,
    parse_optional_date,
    parse_phone,
    parse_sex,
    require,
)


def reference_check_digit(first11: str) -> int | None:
    """The IIN check digit computed independently of app code."""
    d = [int(c) for c in first11]
    s = sum(d[i] * (i + 1) for i in range(11)) % 11
    if s == 10:
        weights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(d[i] * weights[i] for i in range(11)) % 11
        if s == 10:
            return None
    return s


# Worked by hand:
# 900101 3 0123: 9*1 + 1*4 + 1*6 + 3*7 + 1*9 + 2*10 + 3*11 = 102; 102 % 11 = 3
# 050307 6 0001: 5*2 + 3*4 + 7*6 + 6*7 + 1*11 = 117; 117 % 11 = 7
# 851231 1 0000: 8 + 5*2 + 1*3 + 2*4 + 3*5 + 1*6 + 1*7 = 57; 57 % 11 = 2
VALID = [
    ("900101301233", dt.date(1990, 1, 1), "M"),
    ("050307600017", dt.date(2005, 3, 7), "F"),
    ("851231100002", dt.date(1885, 12, 31), "M"),
]
# 900101 3 0081: first sum 9+4+6+21+80+11 = 131, 131 % 11 = 10;
# second weights: 27+6+8+27+8+2 = 78, 78 % 11 = 1 → check digit 1.
SECOND_WEIGHTS = "900101300811"
# 900101 3 0080: first 120 % 11 = 10, second 76 % 11 = 10 → no valid IIN.
TEN_AGAIN_PREFIX = "90010130080"


@pytest.mark.parametrize("iin,birth,sex", VALID)
def test_valid_iins(iin, birth, sex):
    assert reference_check_digit(iin[:11]) == int(iin[11])
    info = parse_iin(iin)
    assert (info.iin, info.birth_date, info.sex) == (iin, birth, sex)


def test_spaces_are_ignored():
    assert parse_iin(" 900101 301 233 ").iin == "900101301233"


def test_int_from_spreadsheet_gets_leading_zero_back():
    assert parse_iin(50307600017).birth_date == dt.date(2005, 3, 7)


def test_second_weight_set():
    assert reference_check_digit(SECOND_WEIGHTS[:11]) == 1
    info = parse_iin(SECOND_WEIGHTS)
    assert info.birth_date == dt.date(1990, 1, 1) and info.sex == "M"
    # The first-weights digit would be 10 → a one-digit "0" is wrong.
    with pytest.raises(ValidationError):
        parse_iin(SECOND_WEIGHTS[:11] + "0")


def test_ten_again_is_invalid_for_every_last_digit():
    assert reference_check_digit(TEN_AGAIN_PREFIX) is None
    messages = set()
    for last in "0123456789":
        with pytest.raises(ValidationError) as err:
            parse_iin(TEN_AGAIN_PREFIX + last)
        assert err.value.field == "iin"
        messages.add(err.value.msg.source)
    assert len(messages) == 1


def test_the_import_fast_iin_check_accepts_what_the_reference_accepts():
    """agreeing_iin (every row of an import) writes the check digit's sums out: the same verdict for
    every last digit of valid prefixes, the second-weights one and the ten-again one."""
    from app.validation.iin import agreeing_iin

    rng = random.Random(7)
    prefixes = [SECOND_WEIGHTS[:11], TEN_AGAIN_PREFIX, *(iin[:11] for iin, _, _ in VALID)]
    prefixes += [f"{rng.randint(0, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
                 f"{rng.randint(1, 6)}{rng.randint(0, 9999):04d}" for _ in range(300)]
    for prefix in prefixes:
        for last in "0123456789":
            iin = prefix + last
            expected = reference_check_digit(prefix) == int(last)
            agreed = agreeing_iin(iin, None, None)
            assert (agreed is not None) == expected, iin
            if expected:
                info = parse_iin(iin)
                assert agreed == (info.birth_date, info.sex)
                assert agreeing_iin(iin, info.birth_date, "F" if info.sex == "M" else "M") is None


def test_wrong_check_digit():
    with pytest.raises(ValidationError) as err:
        parse_iin("900101301234")
    assert err.value.field == "iin"
    assert "check digit" in str(err.value)
    assert "900101301234" in str(err.value)


def test_distinct_messages_for_each_failure():
    bad = {
        "length": "90010130123",
        "digits": "90010130123A",
        "century": "900101701233",
        "date": "900231301233",       # 31 February
        "check": "900101301234",
        "again": TEN_AGAIN_PREFIX + "0",
    }
    sources = {}
    for what, text in bad.items():
        with pytest.raises(ValidationError) as err:
            parse_iin(text)
        assert err.value.field == "iin"
        sources[what] = err.value.msg.source
    assert len(set(sources.values())) == len(bad)
    with pytest.raises(ValidationError):
        parse_iin("")


def test_century_digit_zero_and_seven_rejected():
    for digit in "0789":
        iin = "900101" + digit + "01233"
        with pytest.raises(ValidationError, match="7th digit"):
            parse_iin(iin)


def test_feb_29_depends_on_century():
    # 1900 was not a leap year, 2000 was.
    with pytest.raises(ValidationError, match="birth date"):
        parse_iin(make_iin(dt.date(2000, 2, 29), "M", 1)[:6] + "3" + "00011")
    assert parse_iin(make_iin(dt.date(2000, 2, 29), "F", 1)).birth_date == dt.date(2000, 2, 29)


def test_typed_birth_date_disagrees():
    with pytest.raises(ValidationError) as err:
        check_iin_agrees("900101301233", dt.date(1990, 1, 2), "M")
    assert err.value.field == "birth_date"
    text = str(err.value)
    assert "02.01.1990" in text and "01.01.1990" in text


def test_typed_sex_disagrees():
    with pytest.raises(ValidationError) as err:
        check_iin_agrees("900101301233", dt.date(1990, 1, 1), "ж")
    assert err.value.field == "sex"
    assert "“female”" in str(err.value) and "“male”" in str(err.value)


def test_agreeing_values_and_missing_values():
    info = check_iin_agrees("050307600017", dt.date(2005, 3, 7), "қыз")
    assert info.sex == "F"
    assert check_iin_agrees("050307600017", None, None).birth_date == dt.date(2005, 3, 7)
    with pytest.raises(ValidationError) as err:
        check_iin_agrees("050307600018", dt.date(2005, 3, 7), "F")
    assert err.value.field == "iin"


def test_make_iin_skips_ten_again_serial():
    assert make_iin(dt.date(1990, 1, 1), "M", 80) == SECOND_WEIGHTS  # serial 80 → 81
    assert make_iin(dt.date(1990, 1, 1), "M", 123) == "900101301233"


def test_make_iin_round_trip():
    rng = random.Random(7)
    for _ in range(3000):
        birth = dt.date(1850, 1, 1) + dt.timedelta(days=rng.randrange(90000))
        sex = rng.choice("MF")
        iin = make_iin(birth, sex, rng.randrange(20000))
        assert reference_check_digit(iin[:11]) == int(iin[11])
        info = parse_iin(iin)
        assert (info.birth_date, info.sex) == (birth, sex)


# --- fields ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "2024-05-25", "25.05.2024", "25/05/2024", "25.5.2024", "2024-05-25T10:30:00",
    "25.05.2024 ж.", "25.05.2024 г.", dt.date(2024, 5, 25), dt.datetime(2024, 5, 25, 9, 0),
])
def test_parse_date_forms(text):
    assert parse_date(text, "date") == dt.date(2024, 5, 25)


def test_parse_date_single_digits():
    assert parse_date("1.2.2024", "date") == dt.date(2024, 2, 1)


def test_31_february():
    with pytest.raises(ValidationError) as err:
        parse_date("31.02.2024", "start_date")
    assert err.value.field == "start_date"
    assert "31.02.2024" in str(err.value) and "does not exist" in str(err.value)


@pytest.mark.parametrize("text", ["tomorrow", "2024/13", "25.05.24", "12345"])
def test_parse_date_not_a_date(text):
    with pytest.raises(ValidationError) as err:
        parse_date(text, "date")
    assert text in str(err.value)


def test_parse_optional_date():
    assert parse_optional_date(None, "d") is None
    assert parse_optional_date("  ", "d") is None
    assert parse_optional_date("01.09.2023", "d") == dt.date(2023, 9, 1)
    with pytest.raises(ValidationError):
        parse_date("", "d")


def test_check_birth_date():
    today = dt.date(2026, 5, 1)
    assert check_birth_date(dt.date(2010, 1, 1), today=today) == dt.date(2010, 1, 1)
    for bad in (dt.date(2026, 5, 2), dt.date(1899, 12, 31), dt.date(1905, 4, 30)):
        with pytest.raises(ValidationError) as err:
            check_birth_date(bad, field="child_birth", today=today)
        assert err.value.field == "child_birth"
    assert check_birth_date(dt.date(1906, 5, 1), today=today)  # exactly 120


def test_check_date_range():
    check_date_range(dt.date(2024, 1, 1), dt.date(2024, 1, 1))
    check_date_range(dt.date(2024, 1, 1), None)
    with pytest.raises(ValidationError) as err:
        check_date_range(dt.date(2024, 1, 2), dt.date(2024, 1, 1))
    assert err.value.field == "end_date"
    assert "01.01.2024" in str(err.value) and "02.01.2024" in str(err.value)


def test_require():
    assert require("surname", "  Әлібек ") == "Әлібек"
    for empty in (None, "", "   "):
        with pytest.raises(ValidationError) as err:
            require("surname", empty)
        assert err.value.field == "surname"


@pytest.mark.parametrize("word", [
    "M", "m", "male", "Male", "м", "М", "муж", "муж.", "Мужской", "мальчик",
    "е", "Ер", "ер адам", "ұл", "ҰЛ", "ер бала",
])
def test_male_words(word):
    assert parse_sex(word) == "M"


@pytest.mark.parametrize("word", [
    "F", "f", "female", "ж", "Ж", "жен", "женский", "ЖЕНСКИЙ", "девочка",
    "әйел", "ӘЙЕЛ", "қыз", "Қыз бала",
])
def test_female_words(word):
    assert parse_sex(word) == "F"


def test_unknown_sex():
    with pytest.raises(ValidationError) as err:
        parse_sex("x", field="pupil_sex")
    assert err.value.field == "pupil_sex" and "x" in str(err.value)


def test_parse_int():
    assert parse_int("1 288 772", "count") == 1288772
    assert parse_int(12.0, "count") == 12
    assert parse_int(" 7 ", "grade", minimum=1, maximum=11) == 7
    for bad in ("12.5", "abc", True, 3.5):
        with pytest.raises(ValidationError):
            parse_int(bad, "count")
    with pytest.raises(ValidationError, match="at least 1"):
        parse_int(0, "grade", minimum=1)
    with pytest.raises(ValidationError, match="at most 11"):
        parse_int("12", "grade", maximum=11)


@pytest.mark.parametrize("text", [
    "8 701 234 56 78", "+7 (701) 234-56-78", "87012345678", "+77012345678",
    "7012345678", "8-701-234-56-78", "77012345678",
])
def test_parse_phone(text):
    assert parse_phone(text) == "+77012345678"


@pytest.mark.parametrize("text", ["701 234 56", "+1 202 555 0101", "8 701 234 56 78 9", "call me", ""])
def test_bad_phone(text):
    with pytest.raises(ValidationError) as err:
        parse_phone(text, field="parent_phone")
    assert err.value.field == "parent_phone"
