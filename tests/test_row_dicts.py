"""A file's rows seen as {field: cell} dicts without making one per row (app/importing/row_dicts.py)."""
from __future__ import annotations

import datetime as dt

from app.importing.person_rows import PeopleChecker
from app.importing.row_dicts import RowDicts
from app.validation.iin import make_iin

ROWS = [["Әлиев", "Нұрлан", "12"], ["Қасымова", "Аружан", None], ["Ілияс", "", "x"]]


def test_rows_read_as_the_dicts_they_stand_for():
    rows = RowDicts(ROWS, {"surname": 0, "name": 1, "grade": 2})
    assert len(rows) == 3
    assert rows[1] == {"surname": "Қасымова", "name": "Аружан", "grade": None}
    assert list(rows) == [dict(zip(("surname", "name", "grade"), row)) for row in ROWS]
    assert rows.keys == {"surname", "name", "grade"}
    assert rows.column("surname") == ["Әлиев", "Қасымова", "Ілияс"]
    part = rows[1:]
    assert isinstance(part, RowDicts) and part.column("grade") == [None, "x"] and part[0]["name"] == "Аружан"
    one = RowDicts(ROWS, {"name": 1})  # a single column: still a dict per row
    assert list(one) == [{"name": "Нұрлан"}, {"name": "Аружан"}, {"name": ""}]


def test_checked_by_column_the_same_as_row_by_row():
    """The same people and the same refusals whether the checker is given dicts or the rows' columns."""
    good = make_iin(dt.date(2012, 2, 1), "M", 15)
    rows = [["Әлиев", "Нұрлан", "01.02.2012", "M", good],
            ["Қасымова", "Аружан", "31.02.2012", "F", ""],  # no such day
            ["Ілиясов", "", "05.06.2011", "M", ""],  # no name
            ["Серікова", "Әйгерім", "05.06.2012", "F", make_iin(dt.date(2011, 6, 5), "F", 11)]]  # another date
    places = {"surname": 0, "name": 1, "birth_date": 2, "sex": 3, "iin": 4}
    by_column = PeopleChecker().check(RowDicts(rows, places))
    by_dict = PeopleChecker().check([dict(zip(places, row)) for row in rows])
    assert [repr(x) if not isinstance(x, Exception) else type(x).__name__ + str(x.msg.render(None))
            for x in by_column] == \
        [repr(x) if not isinstance(x, Exception) else type(x).__name__ + str(x.msg.render(None)) for x in by_dict]
    assert not isinstance(by_column[0], Exception) and by_column[0].iin == good
    assert all(isinstance(x, Exception) for x in by_column[1:])


def _verdicts(checked) -> list[str]:
    return [repr(x) if not isinstance(x, Exception) else type(x).__name__ + str(x.msg.render(None)) for x in checked]


def test_a_value_refused_in_a_later_chunk_is_found_in_every_column():
    """One checker over two chunks: the first clean, the second with a refused value in each column the
    checker reads (the refused rows are looked for only in the columns where something was refused)."""
    from app.importing.person_rows import _by_row_path

    places = {"surname": 0, "name": 1, "birth_date": 2, "sex": 3, "iin": 4, "category": 5, "phone": 6,
              "region": 7}
    clean = [[f"Әлиев{i}", "Нұрлан", "01.02.2012", "M", make_iin(dt.date(2012, 2, 1), "M", i), None, None, None]
             for i in range(5)]
    later = [["Қасымова", "Аружан", "31.02.2012", "F", None, None, None, None],  # no such day
             ["Ілиясов", "Ерұлан", "05.06.2011", "X", None, None, None, None],  # no such sex
             ["Серік", "Әйгерім", "05.06.2011", "F", "12345x", None, None, None],  # not an IIN
             ["Оспан", "Ұлан", "05.06.2011", "M", None, "no such category", None, None],
             ["Жанова", "Гүлім", "05.06.2011", "F", None, None, "12", None],  # a phone too short
             ["Бек", "Дәурен", "05.06.2011", "M", None, None, None, "Atlantis"],  # no such region
             ["=Бек", "Дәурен", "05.06.2011", "M", None, None, None, None],  # a formula for a surname
             ["Бек", "Д?урен", "05.06.2011", "M", None, None, None, None],  # a letter lost to a code page
             ["Әбіл", "Дана", "05.06.2011", "F", None, None, None, None]]  # a good row among them
    checker = PeopleChecker()
    got = _verdicts(checker.check(RowDicts(clean, places))) + _verdicts(checker.check(RowDicts(later, places)))
    expected = _verdicts(_by_row_path(dict(zip(places, row))) for row in clean + later)
    assert got == expected
    assert sum(v.startswith("PersonInput") for v in got) == 6  # the five clean rows and the good one


def test_a_full_name_that_cannot_be_split_is_refused_as_the_row_way_says():
    from app.importing.person_rows import _by_row_path

    places = {"full_name": 0, "birth_date": 1}
    rows = [["Әлиев Нұрлан", "01.02.2012"], ["Қасымова", "01.02.2012"], ["Серікова Әйгерім Болатқызы", None]]
    checker = PeopleChecker()
    got = _verdicts(checker.check(RowDicts(rows[:1], places))) + _verdicts(checker.check(RowDicts(rows[1:], places)))
    assert got == _verdicts(_by_row_path(dict(zip(places, row))) for row in rows)
    assert got[1].startswith("ValidationError") or "Error" in got[1]
