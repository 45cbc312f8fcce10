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
