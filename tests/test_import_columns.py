"""Participants' rows checked a column at a time (app/importing/person_rows.py): the same people and the
same reasons as a row checked alone, from CSV and XLSX, with a full name in one column too."""
from __future__ import annotations

import datetime as dt
import gc

import openpyxl
import pytest

from app.errors import KnownError
from app.importing import import_file
from app.importing.participants import CHUNK
from app.importing.person_rows import PeopleChecker
from app.models import Person
from app.people.records import clean_person
from app.tables.values import prepare_row
from app.validation.iin import make_iin
from tests.conftest import write_csv

BORN = dt.date(2009, 8, 19)
IIN = make_iin(BORN, "F", 12)
IIN_2000S = make_iin(dt.date(2005, 3, 1), "M", 7)  # begins with 0: Excel drops it
BAD_CHECK = IIN[:-1] + str((int(IIN[-1]) + 1) % 10)

# Each value a row may hold, in the forms lists really have: good ones and wrong ones.
ROWS = [
    {"surname": "ӘЛІБЕКОВА", "name": "айгерім", "birth_date": "19.08.2009", "sex": "әйел", "iin": IIN},
    {"surname": "Әлібекова", "name": "Айгерім", "birth_date": "19.08.09", "sex": "F", "iin": f"{IIN[:6]} {IIN[6:]}"},
    {"surname": "Әлібекова", "name": "Айгерім", "birth_date": "19082009", "sex": "ж", "iin": None},
    {"surname": "Әлібекова", "name": "Айгерім", "birth_date": "39679", "sex": None, "iin": None},
    {"surname": "Сейітов", "name": "Арман", "birth_date": "01.03.2005", "sex": "M", "iin": IIN_2000S[1:]},
    {"surname": "Сейітов", "name": "Арман", "birth_date": "31.02.2005", "sex": "M", "iin": None},  # no such day
    {"surname": "Сейітов", "name": "Арман", "birth_date": "19.08.2009", "sex": "M", "iin": IIN_2000S},  # disagrees
    {"surname": "Сейітов", "name": "Арман", "birth_date": None, "sex": "F", "iin": IIN_2000S},  # sex disagrees
    {"surname": "Сейітов", "name": "Арман", "birth_date": None, "sex": None, "iin": BAD_CHECK},
    {"surname": "Сейітов", "name": "Арман", "birth_date": None, "sex": None, "iin": "1.20101E+11"},
    {"surname": "?ажыбек", "name": "Арман", "birth_date": None, "sex": None, "iin": None},  # letters lost
    {"surname": "   ", "name": "Арман", "birth_date": None, "sex": None, "iin": None},  # no surname
    {"surname": "Сейітов", "name": "Арман", "birth_date": "01.01.2099", "sex": None, "iin": None},  # future
    {"surname": "Сейітов", "name": "Арман", "birth_date": None, "sex": "x", "iin": None},  # not a sex
    {"surname": "Сейітов", "name": "Арман", "birth_date": None, "sex": None, "iin": None, "phone": "123"},
    {"surname": "Сейітов", "name": "Арман", "birth_date": None, "sex": None, "iin": None, "region": "Марс"},
    {"surname": "Сейітов", "name": "Арман", "birth_date": None, "sex": None, "iin": None,
     "phone": "8 701 234 56 78", "region": "Түркістан облысы", "district": "Сайрам", "grade": "8 А"},
]


def _row_path(raw: dict) -> object:
    try:
        return clean_person(prepare_row(dict(raw)))
    except KnownError as exc:
        return (exc.field, exc.msg.render(None))


def _column_path(results: list) -> list:
    return [(r.field, r.msg.render(None)) if isinstance(r, KnownError) else r for r in results]


def test_every_row_is_what_the_row_alone_gives(store):
    # The same values in every combination a chunk meets: repeated (remembered) and new ones.
    raws = [{**a, "name": b["name"], "birth_date": b["birth_date"], "sex": b["sex"]} for a in ROWS for b in ROWS]
    checker = PeopleChecker()
    first, again = checker.check(raws), checker.check(raws)  # the second time every value is known
    expected = [_row_path(raw) for raw in raws]
    assert _column_path(first) == expected and _column_path(again) == expected
    # The reasons a user reads, among them: each names the field that is wrong first.
    reasons = {r for r in expected if isinstance(r, tuple)}
    assert ("birth_date", "The date “31.02.2005” does not exist: there is no such day in that month "
                          "(check the day and the month).") in reasons
    assert any(field == "iin" and "check digit" in text for field, text in reasons)
    assert any(field == "surname" and "«?»" in text for field, text in reasons)
    assert sum(not isinstance(r, tuple) for r in expected) > 50  # and many good rows


def test_a_full_name_column_is_split_as_before(store):
    raws = [{"full_name": "Әлібеков Серік Болатұлы", "birth_date": "01.03.2010"},
            {"full_name": "Әлібеков Серік Болатұлы", "birth_date": "02.03.2010"},
            {"full_name": "Әлібеков", "birth_date": "02.03.2010"},  # one word: refused
            {"full_name": "Әлібеков Серік", "surname": "Жанов", "name": "Ерлан"},  # own names win
            {"full_name": "Сейітов Арман ұлы", "patronymic": "Нұрланұлы"},
            {"full_name": "?ейітов Арман"}]
    results = PeopleChecker().check(raws)
    assert _column_path(results) == [_row_path(raw) for raw in raws]
    assert (results[0].surname, results[0].name, results[0].patronymic) == ("Әлібеков", "Серік", "Болатұлы")
    assert isinstance(results[2], KnownError) and results[2].field == "full_name"


def test_a_list_imports_the_same_people_from_csv_and_from_a_workbook(store, tmp_path):
    people = [("Әлібекова", "Айгерім", BORN, "F", IIN), ("Сейітов", "Арман", dt.date(2005, 3, 1), "M", IIN_2000S)]
    people += [(f"Оқушы{i:04d}", "Ерлан", BORN + dt.timedelta(days=i), "M",
                make_iin(BORN + dt.timedelta(days=i), "M", i)) for i in range(CHUNK)]
    csv = write_csv(tmp_path / "list.csv", "Тегі,Аты,Туған күні,Жынысы,ЖСН\n" + "".join(
        f"{s},{n},{b:%d.%m.%Y},{x},{i}\n" for s, n, b, x, i in people) + "Сейітов,Арман,31.02.2005,M,\n")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Тегі", "Аты", "Туған күні", "Жынысы", "ЖСН"])
    for s, n, b, x, i in people:
        sheet.append([s, n, b, x, int(i)])  # a date cell, and the IIN as a number (its leading 0 lost)
    sheet.append(["Сейітов", "Арман", "31.02.2005", "M", None])
    book.save(tmp_path / "list.xlsx")

    from_csv = import_file("participants", csv, dry_run=True)
    from_book = import_file("participants", tmp_path / "list.xlsx")

    for summary in (from_csv, from_book):
        assert (summary.created, summary.rejected) == (len(people), 1)
        assert summary.errors == [(len(people) + 2, "Туған күні: The date “31.02.2005” does not exist: "
                                                    "there is no such day in that month (check the day and the month).")]
    stored = {(p.surname, p.name, p.birth_date, p.sex, p.iin) for p in Person.select()}
    assert stored == set(people)
    assert import_file("participants", csv).unchanged == len(people)  # the CSV names the people the book made


def test_the_collector_runs_again_after_an_import_and_nothing_waits_for_it(store, tmp_path):
    rows = "".join(f"Оқушы{i:04d},Ерлан,,{make_iin(BORN, 'M', i)}\n" for i in range(50)) + "Жоқ,Ерлан,,123\n"
    path = write_csv(tmp_path / "list.csv", "surname,name,patronymic,iin\n" + rows)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what the collector finds is kept in gc.garbage instead of freed
    try:
        summary = import_file("participants", path)
        assert gc.isenabled()
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, (Person, KnownError))]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert (summary.created, summary.rejected) == (50, 1)
    assert left == []  # the rows and the kept errors were freed as the import let go of them
    with pytest.raises(KnownError):
        import_file("participants", tmp_path / "missing.csv")
    assert gc.isenabled()
