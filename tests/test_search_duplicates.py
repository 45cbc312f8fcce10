"""Search folds Kazakh letters to the Russian ones people type; the same person is never registered twice.

Real SQLite throughout: the list queries, the duplicate look-up and the
import run against a set-up database (the ``store`` fixture).
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app.db.store import current_store
from app.importing import import_file
from app.models import Attendance, Event, Organisation, Person
from app.people.duplicates import find_duplicates, matching_people
from app.people.forms import duplicates_of, save_person
from app.people.listing import PEOPLE
from app.people.records import clean_person, upsert_person
from app.sync.record_rules import check_record, specs
from app.text import fold, kazakh_sorted, sort_text
from tests.conftest import write_csv

BORN = dt.date(2009, 8, 19)


def add(surname: str, name: str, patronymic: str | None = None, **values) -> Person:
    person = Person(surname=surname, name=name, patronymic=patronymic, **values)
    person.save()
    return person


def surnames(uids: list[str]) -> list[str]:
    rows = PEOPLE.fetch(uids)
    return [rows[u][0] for u in uids]


# --- fold --------------------------------------------------------------------------


def test_fold_writes_kazakh_letters_as_the_russian_ones_typed_instead():
    assert fold("Нұрмағамбетов") == fold("НУРМАГАМБЕТОВ") == "нурмагамбетов"
    assert fold("ӘҒҚҢӨҰҮҺІ") == fold("әғқңөұүһі") == "агкноуухи"
    assert fold("Ёлкин  Пётр") == "елкин петр"
    assert fold("Strasse") == fold("STRASSE") and fold(None) == ""


def test_sorting_still_follows_the_kazakh_alphabet():
    # Folding is for finding only: Ә still sorts after А, Ұ after У, І after Ы.
    names = ["Ілияс", "Ұлан", "Ахмет", "Әлия", "Ырысбек", "Ураз", "Бота"]
    assert kazakh_sorted(names) == ["Ахмет", "Әлия", "Бота", "Ураз", "Ұлан", "Ырысбек", "Ілияс"]
    assert sort_text("Әлия") > sort_text("Ахмет") and sort_text("Әлия") < sort_text("Бота")


# --- search at the list level ----------------------------------------------------------


def test_russian_letters_typed_find_kazakh_names_and_back(store):
    add("Нұрмағамбетов", "Ерасыл")
    add("Нурмагамбетова", "Айгерим")
    add("Қасымов", "Әлібек", iin="090819500123")
    add("Иванов", "Пётр")
    assert surnames(PEOPLE.ids("нурмаг")) == ["Нурмагамбетова", "Нұрмағамбетов"]
    assert surnames(PEOPLE.ids("НҰРМАҒ")) == ["Нурмагамбетова", "Нұрмағамбетов"]
    assert surnames(PEOPLE.ids("касым алибек")) == ["Қасымов"]
    assert surnames(PEOPLE.ids("ерасыл")) == ["Нұрмағамбетов"]
    assert surnames(PEOPLE.ids("пётр")) == surnames(PEOPLE.ids("петр")) == ["Иванов"]
    assert surnames(PEOPLE.ids("0819")) == ["Қасымов"]
    assert PEOPLE.ids("нурмагх") == []
    assert PEOPLE.count("НУРМАГАМБЕТОВ") == 2


def test_events_organisations_and_certificates_are_found_the_same_way(store):
    from app.certificates.listing import CERTIFICATES
    from app.events.listing import EVENTS
    from app.organisations.listing import ORGANISATIONS

    org = Organisation(kind="ngo", name="«Заң және қоғам» бірлестігі")
    org.save()
    event = Event(title="Құқықтық мәдениет", programme="legal_culture", kind="lecture",
                  start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 9, 1), place="Акт залы")
    event.save()
    assert ORGANISATIONS.ids("заң жане когам") == [org.uid]
    assert EVENTS.ids("кукыктык") == [event.uid]
    assert CERTIFICATES.ids("нурмаг") == []  # nothing issued; the query itself runs


def test_a_saved_change_of_name_is_searched_by_its_new_form(store):
    person = add("Асанов", "Ерлан")
    person.surname = "Әсенов"
    person.save()
    assert PEOPLE.ids("асенов") == [person.uid] and PEOPLE.ids("асанов") == []


# --- finding duplicates --------------------------------------------------------------------


def test_same_folded_name_and_birth_date_is_a_duplicate(store):
    school = Organisation(kind="school", name="№12 мектеп")
    school.save()
    known = add("Нұрмағамбетов", "Ерасыл", birth_date=BORN, school=school)
    found = find_duplicates(clean_person({"surname": "НУРМАГАМБЕТОВ", "name": "ерасыл",
                                          "birth_date": "19.08.2009"}))
    assert [(c.uid, c.reason, c.school) for c in found] == [(known.uid, "name", "№12 мектеп")]
    assert found[0].full_name == "Нұрмағамбетов Ерасыл" and found[0].birth_date == BORN


@pytest.mark.parametrize("raw", [
    {"surname": "Нурмагамбетов", "name": "Ерасыл", "birth_date": "20.08.2009"},  # another day
    {"surname": "Нурмагамбетов", "name": "Ерасыл"},  # no birth date typed: nothing to compare
    {"surname": "Нурмагамбетова", "name": "Ерасыл", "birth_date": "19.08.2009"},  # longer surname
    {"surname": "Нурмагамбет", "name": "Ерасыл", "birth_date": "19.08.2009"},  # shorter surname
    {"surname": "Нурмагамбетов", "name": "Ерасыл", "patronymic": "Нурланович", "birth_date": "19.08.2009"},
])
def test_not_a_duplicate(store, raw):
    add("Нұрмағамбетов", "Ерасыл", "Серікұлы", birth_date=BORN)
    assert find_duplicates(clean_person(raw)) == []


def test_patronymic_counts_only_when_both_have_one(store):
    known = add("Нұрмағамбетов", "Ерасыл", birth_date=BORN)
    found = duplicates_of({"surname": "Нурмагамбетов", "name": "Ерасыл", "patronymic": "Серикович",
                           "birth_date": BORN})
    assert [c.uid for c in found] == [known.uid]


def test_same_iin_is_a_duplicate_whatever_the_name_and_another_iin_is_not(store):
    known = add("Қасымов", "Әлібек", birth_date=BORN, iin="090819500120")
    by_iin = find_duplicates(clean_person({"surname": "Другой", "name": "Человек", "iin": "090819500120"}))
    assert [(c.uid, c.reason) for c in by_iin] == [(known.uid, "iin")]
    other_iin = clean_person({"surname": "Касымов", "name": "Алибек", "iin": "090819500130"})
    assert other_iin.birth_date == BORN and find_duplicates(other_iin) == []


def test_deleted_people_and_the_person_itself_are_not_duplicates(store):
    gone = add("Сейітқали", "Нұрсұлтан", birth_date=BORN)
    gone.delete_softly()
    me = add("Сейітқали", "Нұрсұлтан", birth_date=BORN)
    raw = {"surname": "Сейиткали", "name": "Нурсултан", "birth_date": BORN}
    assert [c.uid for c in duplicates_of(raw)] == [me.uid]
    assert duplicates_of(raw, uid=me.uid) == []


def test_invalid_values_find_nobody(store):
    add("Сейітқали", "Нұрсұлтан", birth_date=BORN)
    assert duplicates_of({"surname": "", "name": "Нурсултан", "birth_date": BORN}) == []


@pytest.mark.sqlite_only  # the file itself
def test_the_name_look_up_uses_the_index(store):
    # 100,000 people must not be scanned for every keystroke or imported row.
    db = current_store().db
    from app.people import duplicates

    for sql, args, index in ((duplicates._BY_NAME, ("а", "а!", False, "2009-08-19"), "person_search"),
                             (duplicates._BY_IIN, ("090819500120",), "person_iin")):
        plan = db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", args).fetchall()
        assert [row[-1] for row in plan] == [f"SEARCH person USING INDEX {index} ({'search>? AND search<?' if index == 'person_search' else 'iin=?'})"], plan


def test_many_people_with_one_surname_still_find_the_right_one(store):
    with current_store().db.atomic():
        for day in range(300):
            add("Ахметов", "Ерлан", birth_date=dt.date(2008, 1, 1) + dt.timedelta(days=day))
    target = dt.date(2008, 1, 1) + dt.timedelta(days=123)
    pairs = matching_people(clean_person({"surname": "Ахметов", "name": "Ерлан", "birth_date": target}))
    assert [p.birth_date for p, _ in pairs] == [target]


# --- saving and importing ------------------------------------------------------------------------


def test_a_list_without_kazakh_letters_keeps_the_registered_spelling(store):
    known = add("Нұрмағамбетов", "Ерасыл", birth_date=BORN)
    person, outcome = upsert_person(clean_person({"surname": "Нурмагамбетов", "name": "Ерасыл",
                                                  "birth_date": "19.08.2009", "sex": "M"}))
    assert person.uid == known.uid and outcome == "updated"  # the sex was new
    assert Person.get_by_id(known.uid).surname == "Нұрмағамбетов"
    # The reverse: a list typed with the Kazakh layout corrects a name typed without it.
    plain = add("Кенжебаев", "Нурлан", birth_date=BORN)
    upsert_person(clean_person({"surname": "Кенжебаев", "name": "Нұрлан", "birth_date": BORN}))
    assert Person.get_by_id(plain.uid).name == "Нұрлан"


def test_import_of_a_list_with_duplicates_creates_no_second_person_and_says_so(store, tmp_path):
    school = Organisation(kind="school", name="№12 мектеп")
    school.save()
    known = add("Нұрмағамбетов", "Ерасыл", birth_date=BORN, school=school)
    by_iin = add("Төлеуова", "Іңкәр", birth_date=dt.date(2010, 3, 4), iin="100304600121")
    path = write_csv(tmp_path / "list.csv",
                     "surname,name,birth_date,iin\n"
                     "НУРМАГАМБЕТОВ,Ерасыл,19.08.2009,\n"      # folded name + birth date
                     "Толеуова,Инкар,,100304600121\n"           # the IIN
                     "Жаңа,Оқушы,01.02.2010,\n"                 # new
                     "Жана,Окушы,01.02.2010,\n")                # the same new one, typed again
    summary = import_file("participants", path)
    assert (summary.created, summary.rejected) == (1, 0)
    assert Person.select().where(Person.deleted == False).count() == 3  # noqa: E712
    assert [(row, name) for row, name, _ in summary.matched] == [
        (2, "Нурмагамбетов Ерасыл"), (3, "Толеуова Инкар"), (5, "Жана Окушы")]
    assert summary.matched[0][2] == "Нұрмағамбетов Ерасыл, 19.08.2009, №12 мектеп"
    assert Person.get_by_id(known.uid).surname == "Нұрмағамбетов"
    assert Person.get_by_id(by_iin.uid).name == "Іңкәр"
    text = summary.render()
    assert "row 2: Нурмагамбетов Ерасыл is Нұрмағамбетов Ерасыл, 19.08.2009, №12 мектеп" in text
    assert json.loads(json.dumps(summary.as_json()))["matched"][1] == {
        "row": 3, "name": "Толеуова Инкар", "registered": "Төлеуова Іңкәр, 04.03.2010"}
    again = import_file("participants", path)
    assert again.created == 0 and Person.select().count() == 3


def test_an_event_attended_by_the_existing_person_counts_them_once(store, tmp_path):
    # Attendance goes to the person the row names; typed without Kazakh letters it is still them.
    from app.events.attendance import add_attendee

    known = add("Нұрмағамбетов", "Ерасыл", birth_date=BORN)
    event = Event(title="Дәріс", programme="legal_culture", kind="lecture", start_date=dt.date(2026, 9, 1),
                  end_date=dt.date(2026, 9, 1))
    event.save()
    person, _ = upsert_person(clean_person({"surname": "Нурмагамбетов", "name": "Ерасыл", "birth_date": BORN}))
    add_attendee(event.uid, person.uid)
    assert [a.person_uid for a in Attendance.select()] == [known.uid]


def test_saving_from_the_form_keeps_two_people_when_asked_to(store):
    first = save_person({"surname": "Нұрмағамбетов", "name": "Ерасыл", "birth_date": BORN})
    second = save_person({"surname": "Нурмагамбетов", "name": "Ерасыл", "birth_date": BORN})
    assert first.uid != second.uid  # "save as a new person anyway" is the coordinator's choice


# --- bundles and the search column -------------------------------------------------------------


def test_a_bundle_record_gets_its_search_made_again(store):
    spec = specs()["person"]
    person = add("Нұрмағамбетов", "Ерасыл", iin="090819500123")
    record = {c: getattr(person, c if c != "school_uid" else "school_uid") for c in spec.columns
              if c not in ("seen",)}
    record["birth_date"] = None
    record["search"] = "нұрмағамбетов ерасыл 090819500123"  # as a v6 installation folded it
    assert check_record(spec, dict(record))["search"] == "нурмагамбетов ерасыл 090819500123"
    record["search"] = "anything at all"  # a forged value is not kept either
    assert check_record(spec, dict(record))["search"] == "нурмагамбетов ерасыл 090819500123"
    record["surname"] = "Нұрмағамбетов\u200b"  # goes the slow (cleaning) way
    assert check_record(spec, dict(record))["search"] == "нурмагамбетов ерасыл 090819500123"
