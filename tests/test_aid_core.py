"""«Мектепке жол»: aid records, sponsors, the social passport, the child's form, the lists."""
from __future__ import annotations

import datetime as dt

import pytest

from app.aid.forms import delete_recipient, recipient_values, restore_recipient, save_recipient
from app.aid.given import (
    add_aid,
    advance_status,
    aid_rows,
    campaign_year,
    delete_aid,
    earlier_aid_in_campaign,
    update_aid,
)
from app.aid.listing import AID_GIVEN, RECIPIENTS
from app.aid.passport import passport, passport_all, set_total
from app.aid.sponsors import sponsor_summary
from app.errors import ValidationError
from app.installation import get_installation
from app.models import AidRecipient, Organisation, Person, SocialPassport
from app.validation.iin import make_iin

BIRTH = dt.date(2014, 3, 15)


def org(name: str, kind: str = "sponsor") -> Organisation:
    o = Organisation(kind=kind, name=name)
    o.save()
    return o


def child(surname: str = "Серікова", name: str = "Аружан", **kw) -> AidRecipient:
    raw = {"surname": surname, "name": name, "family_categories": ["low_income"], **kw}
    return save_recipient(raw)


def my_school() -> str:
    return get_installation().organisation_uid


@pytest.mark.parametrize("kwargs, field", [
    ({"item": "planet"}, "item"),
    ({"value_tenge": -5}, "value_tenge"),
    ({"value_tenge": 2**62}, "value_tenge"),  # would overflow the region report's sums
    ({"quantity": 0}, "quantity"),
    ({"quantity": 10**9}, "quantity"),
    ({"status": "lost"}, "status"),
    ({"given_date": "31.02.2024"}, "given_date"),
    ({"sponsor_uid": "no-such-uid"}, "sponsor_uid"),
])
def test_bad_aid_names_the_field_and_saves_nothing(store, kwargs, field):
    r = child()
    args = {"item": "uniform", "given_date": "15.08.2024", **kwargs}
    with pytest.raises(ValidationError) as err:
        add_aid(r.uid, **args)
    assert err.value.field == field
    assert aid_rows(r.uid) == []


def test_item_by_name_in_any_language_and_money_typed_with_spaces(store):
    r = child()
    a = add_aid(r.uid, "Мектеп формасы", "2024-08-15", value_tenge="25 000 ₸")
    b = add_aid(r.uid, "обувь", dt.date(2024, 8, 16), quantity="2", value_tenge="")
    assert (a.item, a.value_tenge, a.status) == ("uniform", 25000, "identified")
    assert (b.item, b.quantity, b.value_tenge) == ("shoes", 2, None)
    assert [row.item for row in aid_rows(r.uid)] == ["uniform", "shoes"]


def test_status_advances_to_delivered_and_stops(store):
    a = add_aid(child().uid, "bag", "01.09.2024")
    assert [advance_status(a.uid).status for _ in range(3)] == ["approved", "delivered", "delivered"]


def test_update_aid_checks_and_clears(store):
    sponsor = org("«Береке» ЖШС")
    a = add_aid(child().uid, "bag", "01.09.2024", value_tenge=8000, sponsor_uid=sponsor.uid)
    with pytest.raises(ValidationError) as err:
        update_aid(a.uid, quantity=-1)
    assert err.value.field == "quantity"
    a = update_aid(a.uid, value_tenge=None, sponsor_uid="", status="approved")
    assert (a.value_tenge, a.sponsor_uid, a.status, a.item) == (None, None, "approved", "bag")


def test_earlier_aid_in_the_same_campaign_only(store):
    r = child()
    old = add_aid(r.uid, "uniform", "20.08.2023")
    first = add_aid(r.uid, "bag", "10.08.2024")
    second = add_aid(r.uid, "shoes", "05.09.2024")
    assert campaign_year("05.09.2024") == 2024
    assert [a.uid for a in earlier_aid_in_campaign(r.uid, 2024)] == [first.uid, second.uid]
    assert [a.uid for a in earlier_aid_in_campaign(r.uid, 2024, exclude_uid=second.uid)] == [first.uid]
    assert [a.uid for a in earlier_aid_in_campaign(r.uid, 2023)] == [old.uid]
    assert earlier_aid_in_campaign(r.uid, 2022) == []
    delete_aid(first.uid)
    assert [a.uid for a in earlier_aid_in_campaign(r.uid, 2024)] == [second.uid]


def test_sponsor_totals_count_children_once_and_sort_by_tenge(store):
    big, small = org("Береке"), org("Алтын")
    a, b = child(), child("Бекова", "Айша")
    add_aid(a.uid, "uniform", "15.08.2024", value_tenge=20000, sponsor_uid=big.uid, status="delivered")
    add_aid(a.uid, "shoes", "16.08.2024", quantity=2, value_tenge=15000, sponsor_uid=big.uid)
    add_aid(b.uid, "bag", "16.08.2024", value_tenge=40000, sponsor_uid=big.uid, status="delivered")
    add_aid(b.uid, "stationery", "16.08.2024", value_tenge=5000, sponsor_uid=small.uid)
    add_aid(b.uid, "money", "16.08.2023", value_tenge=90000, sponsor_uid=small.uid)
    rows = sponsor_summary(2024)
    assert [(r.name, r.children, r.items, r.total_tenge, r.delivered) for r in rows] == [
        ("Береке", 2, 4, 75000, 2), ("Алтын", 1, 1, 5000, 0)]
    assert [r.name for r in sponsor_summary()] == ["Алтын", "Береке"]  # 95 000 over 75 000
    delete_recipient(b.uid)  # a deleted child's aid is left out
    assert [(r.name, r.children, r.total_tenge) for r in sponsor_summary(2024)] == [("Береке", 1, 35000)]


def test_passport_from_records_and_entered_totals(store):
    school = my_school()
    for i in range(3):
        Person(surname=f"Оқушы{i}", name="Аты", category="pupil", school=school).save()
    child(school=school, family_categories=["low_income", "large_family"], identified_date="01.08.2024")
    child("Бекова", "Айша", school=school, family_categories="көп балалы отбасы",
          identified_date="02.08.2024")
    child("Кейін", "Келген", school=school, family_categories=["orphan"], identified_date="01.08.2025")
    rows = {r.category: r for r in passport(school, 2024)}
    assert rows["pupils"].from_records == 6  # three pupils and the three children (category pupil)
    assert (rows["large_family"].from_records, rows["large_family"].shown) == (2, 2)
    assert rows["low_income"].from_records == 1
    assert rows["orphan"].shown == 0  # identified in 2025: not in the 2024 passport
    assert {r.category: r.shown for r in passport(school, 2025)}["orphan"] == 1

    set_total(school, 2024, "large_family", "7")
    set_total(school, 2024, "pupils", 640)
    with pytest.raises(ValidationError) as err:
        set_total(school, 2024, "orphan", -1)
    assert err.value.field == "count"
    with pytest.raises(ValidationError) as err:
        set_total(school, 2024, "teachers", 3)
    assert err.value.field == "category"
    rows = {r.category: r for r in passport(school, 2024)}
    large = rows["large_family"]
    assert (large.from_records, large.entered, large.shown, large.difference) == (2, 7, 7, 5)
    assert large.hint() is not None and rows["orphan"].hint() is None
    assert rows["pupils"].shown == 640
    assert {r.category: r.entered for r in passport(school, 2023)}["large_family"] is None

    set_total(school, 2024, "large_family", None)  # cleared: back to the records
    assert {r.category: r.shown for r in passport(school, 2024)}["large_family"] == 2
    set_total(school, 2024, "large_family", 3)  # the tombstone comes back, no twin
    assert SocialPassport.select().where(SocialPassport.category == "large_family").count() == 1
    assert passport_all(2024)[school][0].shown == 640


def test_new_child_with_a_wrong_iin_saves_nothing_then_corrected_saves(store):
    raw = {"surname": "АХМЕТОВ", "name": "ерлан", "birth_date": "15.03.2014", "sex": "M",
           "iin": "140315500001", "family_categories": ["orphan"], "guardian": "Ахметова Сәуле",
           "guardian_phone": "8 701 234 56 78", "school": my_school(), "grade": "4Ә"}
    people = Person.select().count()
    with pytest.raises(ValidationError) as err:
        save_recipient(raw)
    assert err.value.field == "iin"
    assert Person.select().count() == people and AidRecipient.select().count() == 0

    raw["iin"] = make_iin(BIRTH, "M", 1)
    r = save_recipient(raw)
    values = recipient_values(r.uid)
    assert (values["surname"], values["name"], values["iin"]) == ("Ахметов", "Ерлан", raw["iin"])
    assert values["family_categories"] == ["orphan"] and values["guardian_phone"] == "+77012345678"
    assert values["identified_date"] == dt.date.today()
    person = Person.get_by_id(values["person_uid"])
    assert (person.category, person.school_uid, person.grade) == ("pupil", my_school(), "4Ә")

    # Saving the form unchanged changes nothing; an edit changes what was edited.
    stamp = r.stamp
    assert save_recipient(values, r.uid).stamp == stamp
    values.update(family_categories=["orphan", "low_income"], guardian_phone="")
    save_recipient(values, r.uid)
    assert recipient_values(r.uid)["family_categories"] == ["orphan", "low_income"]
    assert recipient_values(r.uid)["guardian_phone"] is None

    # The same IIN typed again is the same child: one record, categories added.
    again = save_recipient({"surname": "Ахметов", "name": "Ерлан", "iin": raw["iin"],
                            "family_categories": ["large_family"]})
    assert again.uid == r.uid and AidRecipient.select().count() == 1
    assert again.categories == ["orphan", "low_income", "large_family"]


def test_existing_person_joins_the_data_bank(store):
    p = Person(surname="Омаров", name="Данияр", category="pupil")
    p.save()
    r = save_recipient({"family_categories": ["low_income"]}, person_uid=p.uid)
    assert r.person_uid == p.uid
    with pytest.raises(ValidationError) as err:
        save_recipient({"family_categories": ["unknown thing"]}, person_uid=p.uid)
    assert err.value.field == "family_categories"


def test_recipient_list_filters_and_columns(store):
    school = my_school()
    helped = child("Әлиева", "Дана", school=school, family_categories=["orphan"])
    waiting = child("Бекова", "Айша", family_categories=["low_income", "large_family"])
    a = add_aid(helped.uid, "uniform", "15.08.2024", value_tenge="20 000", status="delivered")
    add_aid(helped.uid, "bag", "20.08.2024", value_tenge=5000, status="approved")
    add_aid(waiting.uid, "bag", "20.08.2024", value_tenge=5000)

    assert RECIPIENTS.ids(filters={"helped": "yes"}) == [helped.uid]
    assert RECIPIENTS.ids(filters={"helped": "no"}) == [waiting.uid]
    assert RECIPIENTS.ids(filters={"category": "large_family"}) == [waiting.uid]
    assert RECIPIENTS.ids(filters={"category": "low_income"}) == [waiting.uid]
    assert RECIPIENTS.ids(filters={"school": school}) == [helped.uid]
    assert RECIPIENTS.ids("әли") == [helped.uid]
    assert RECIPIENTS.ids() == [helped.uid, waiting.uid]  # Ә before Б
    row = dict(zip([c.key for c in RECIPIENTS.columns], RECIPIENTS.fetch([helped.uid])[helped.uid]))
    assert (row["aid_count"], row["aid_total"], row["status"]) == (2, 25000, "approved")
    assert (row["categories"], row["school"]) == ("orphan", "№7 жалпы білім беретін мектеп")
    for key in ("aid_total", "status", "categories"):
        assert len(RECIPIENTS.ids(sort=key, descending=True)) == 2

    delete_aid(a.uid)  # the delivered aid gone: no longer helped
    assert RECIPIENTS.ids(filters={"helped": "yes"}) == []
    delete_recipient(waiting.uid)
    assert RECIPIENTS.ids(deleted=True) == [waiting.uid]
    assert AID_GIVEN.count() == 1  # the deleted child's aid goes with the child
    restore_recipient(waiting.uid)
    assert AID_GIVEN.count() == 2


def test_aid_list_filters(store):
    sponsor = org("«Қазына» қоры")
    r = child()
    a = add_aid(r.uid, "uniform", "15.08.2024", sponsor_uid=sponsor.uid, status="delivered")
    b = add_aid(r.uid, "textbooks", "15.08.2023")
    assert AID_GIVEN.ids() == [b.uid, a.uid]  # by date
    assert AID_GIVEN.ids(filters={"year": 2024}) == [a.uid]
    assert AID_GIVEN.ids(filters={"status": "identified"}) == [b.uid]
    assert AID_GIVEN.ids(filters={"sponsor": sponsor.uid}) == [a.uid]
    assert AID_GIVEN.ids(filters={"item": "textbooks"}) == [b.uid]
    assert AID_GIVEN.ids("қазына") == [a.uid]  # by sponsor
    assert sorted(AID_GIVEN.ids("СЕРІК", sort="value", descending=True)) == sorted([a.uid, b.uid])
    row = AID_GIVEN.fetch([a.uid])[a.uid]
    assert row[0] == "Серікова Аружан" and row[4] == "«Қазына» қоры"


def test_choosing_a_child_already_in_the_data_bank_fills_in_and_never_erases(store):
    first = child(guardian="Серікова Гүлнар", family_categories=["orphan"])
    person_uid = recipient_values(first.uid)["person_uid"]
    again = save_recipient({"family_categories": ["low_income"], "needs": "аяқ киім"},
                           person_uid=person_uid)
    values = recipient_values(first.uid)
    assert again.uid == first.uid and AidRecipient.select().count() == 1
    assert (values["guardian"], values["needs"]) == ("Серікова Гүлнар", "аяқ киім")
    assert values["family_categories"] == ["orphan", "low_income"]
