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


TYPED = ["н", "нұ", "нұр", "нұрм", "нурмаг", "нұрмағамбет", "нұр ай", "ай нұр", "ай", "а", "ә", "әл", "әлі",
         "0512", "05125", "нұр 0512", "жоқ", "ж", "қ", ""]


def test_typing_on_gives_what_sqlite_gives(store):
    """Each keystroke's list (narrowed in memory on a file) equals SQLite's own instr() query, in order."""
    for surname, name, iin in (("Нұрмағамбетов", "Айбек", "100512500123"), ("НҰРЛАНОВА", "Айгерім", None),
                               ("Әлібеков", "Нұрсұлтан", "090512400111"), ("Жұмабаев", "Ерлан", None),
                               ("Қасымова", "Әйгерім", None), ("Нұрмағамбетова", "Ләззат", None)):
        add(surname, name, iin=iin)
    PEOPLE.ids()  # the list opened
    for typed in TYPED:
        expected = PEOPLE.ids(typed, limit=100)  # a limit always asks the database
        assert PEOPLE.ids(typed) == expected, typed
    assert names(PEOPLE.ids("нурмаг")) == ["Нұрмағамбетов", "Нұрмағамбетова"]
    assert names(PEOPLE.ids("ай нұр")) == ["НҰРЛАНОВА", "Нұрмағамбетов"]  # Kazakh alphabetical


def test_search_sees_an_edit_at_once(store):
    """Added, renamed and deleted people show in the very next search (the kept rows are read again)."""
    add("Иванов", "Пётр")
    assert PEOPLE.ids("нурмаг") == []
    p = add("Нұрмағамбетов", "Айбек")
    assert PEOPLE.ids("нурмаг") == [p.uid]
    p.surname = "Сейітов"
    p.save()
    assert PEOPLE.ids("нурмаг") == [] and PEOPLE.ids("сейіт") == [p.uid]
    soft_delete(Person, p.uid)
    assert PEOPLE.ids("сейіт") == [] and PEOPLE.ids("сейіт", deleted=True) == [p.uid]


def test_search_sees_another_programs_change(store):
    """A change written to the file by another connection (the command line, say) shows in the next search."""
    import sqlite3

    import pytest

    from app.text import fold

    if store.engine != "sqlite":
        pytest.skip("a server's lists always ask the server")
    p = add("Иванов", "Пётр")
    assert PEOPLE.ids("иван") == [p.uid]
    other = sqlite3.connect(store.path)
    with other:
        other.execute("UPDATE person SET surname = ?, search = ? WHERE uid = ?",
                      ("Нұрмағамбетов", fold("Нұрмағамбетов Пётр"), p.uid))
    other.close()
    assert PEOPLE.ids("иван") == [] and PEOPLE.ids("нурмаг") == [p.uid]


def test_a_list_too_long_to_keep_is_searched_by_the_database(store, monkeypatch):
    """Past KEEP_AT_MOST rows nothing is kept; the search still finds the same people in the same order."""
    import app.listing

    for surname in ("Нұрмағамбетов", "Нұрланов", "Әлібеков"):
        add(surname, "Айбек")
    monkeypatch.setattr(app.listing, "KEEP_AT_MOST", 2)
    assert names(PEOPLE.ids()) == ["Әлібеков", "Нұрланов", "Нұрмағамбетов"]
    assert names(PEOPLE.ids("нұр")) == ["Нұрланов", "Нұрмағамбетов"]
    assert all(kept.conn is not store.db.connection() for kept in PEOPLE._loaded.values())  # nothing kept
