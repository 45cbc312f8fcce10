"""Lists: ids in order, Kazakh search and sort, filters, deleted rows, fetch by chunk."""
from __future__ import annotations

import datetime as dt

from app.models import Person
from app.people.listing import PEOPLE
from app.records import restore, soft_delete


def add(surname, name, patronymic=None, **kw) -> Person:
    p = Person(surname=surname, name=name, patronymic=patronymic, **kw)
    p.save()
    return p


def names(uids):
    rows = PEOPLE.fetch(uids)
    return [rows[u][0] for u in uids]


def test_search_folds_kazakh_letters_and_matches_any_part(store):
    add("ӘЛІБЕКОВ", "Нұрсұлтан", "Серікұлы", iin="100512500123")
    add("Қасымова", "Әйгерім")
    add("Иванов", "Пётр")
    assert names(PEOPLE.ids("әлібек")) == ["ӘЛІБЕКОВ"]  # typed lower, stored upper
    assert names(PEOPLE.ids("ҚАСЫМ")) == ["Қасымова"]
    assert names(PEOPLE.ids("серік нұр")) == ["ӘЛІБЕКОВ"]  # several terms, any order
    assert names(PEOPLE.ids("0512")) == ["ӘЛІБЕКОВ"]  # part of the IIN
    assert names(PEOPLE.ids("петр")) == ["Иванов"]  # ё typed as е
    assert PEOPLE.ids("жоқ") == []


def test_default_order_is_kazakh_alphabetical(store):
    for s in ("Ысқақов", "Әлібеков", "Ақанов", "Іздібаев", "Бөкеев", "Өтепов", "Оспанов"):
        add(s, "Тест")
    assert names(PEOPLE.ids()) == ["Ақанов", "Әлібеков", "Бөкеев", "Оспанов", "Өтепов", "Ысқақов", "Іздібаев"]
    assert names(PEOPLE.ids(descending=True))[0] == "Іздібаев"


def test_sort_by_column_filters_and_count(store):
    add("А", "Б", birth_date=dt.date(2012, 1, 1), category="pupil")
    add("В", "Г", birth_date=dt.date(2010, 1, 1), category="teacher")
    assert names(PEOPLE.ids(sort="birth_date")) == ["В", "А"]
    assert names(PEOPLE.ids(filters={"category": "teacher"})) == ["В"]
    assert PEOPLE.count(filters={"category": "pupil"}) == 1


def test_deleted_people_are_listed_apart_and_can_be_restored(store):
    p = add("Жоғалған", "Адам")
    soft_delete(Person, p.uid)
    assert PEOPLE.ids() == [] and PEOPLE.ids(deleted=True) == [p.uid]
    restore(Person, p.uid)
    assert PEOPLE.ids() == [p.uid]


def test_fetch_returns_rows_of_many_keys(store):
    uids = [add(f"Тегі{i:04d}", "Аты").uid for i in range(1200)]
    rows = PEOPLE.fetch(uids)
    assert len(rows) == 1200 and rows[uids[5]][0] == "Тегі0005"
