"""Organisations (the map of seed 003) and trainers' qualifications."""
from __future__ import annotations

import datetime as dt

import pytest

from app.errors import UsageError, ValidationError
from app.installation import get_installation
from app.models import Event, EventPartner, Organisation, Person
from app.organisations.forms import delete_organisation, organisation_values, restore_organisation, save_organisation
from app.organisations.listing import ORGANISATIONS
from app.people.qualifications import set_qualifications, trainers


def ngo(name: str = "«Құқық әлемі» қоғамдық бірлестігі", **kw) -> Organisation:
    raw = {"kind": "ҮЕҰ", "name": name, "region": "Шымкент", "locality": "Шымкент",
           "activity": "Фейк жаңалықтар туралы тренингтер", "frequency": "айына бір рет",
           "phone": "8 (725) 255-12-34", **kw}
    return save_organisation(raw)


def names(uids):
    rows = ORGANISATIONS.fetch(uids)
    return [rows[u][0] for u in uids]


def test_save_checks_kind_name_region_phone(store):
    o = ngo()
    values = organisation_values(o.uid)
    assert (values["kind"], values["region"], values["phone"]) == ("ngo", "KZ-79", "+77252551234")
    assert values["locality"] == "Шымкент" and values["deleted"] is False
    for raw, field in [({"kind": "ғарыш станциясы"}, "kind"), ({"name": "  "}, "name"),
                       ({"region": "Марс"}, "region"), ({"phone": "12-34"}, "phone")]:
        with pytest.raises(ValidationError) as err:
            ngo(**{"name": "Басқа ұйым", **raw})
        assert err.value.field == field
    with pytest.raises(ValidationError) as err:  # the same organisation twice
        ngo("«ҚҰҚЫҚ ӘЛЕМІ»  қоғамдық бірлестігі")
    assert err.value.field == "name"
    ngo(locality="Арыс")  # the same name in another town is another organisation


def test_edit_updates_and_clears(store):
    o = ngo()
    values = organisation_values(o.uid)
    stamp = o.stamp
    assert save_organisation(values, o.uid).stamp == stamp  # unchanged: not saved
    values.update(phone="", frequency="аптасына екі рет", kind="partner")
    save_organisation(values, o.uid)
    values = organisation_values(o.uid)
    assert (values["phone"], values["frequency"], values["kind"]) == (None, "аптасына екі рет", "partner")


def test_list_search_filter_sort_and_event_count(store):
    a = ngo()
    b = ngo("Әділет орталығы", kind="partner", region="Алматы облысы", locality="Қонаев")
    c = ngo("Ақпарат медиа мектебі", kind="business", region="", locality="Түркістан")
    own = get_installation().organisation_uid
    assert names(ORGANISATIONS.ids("ҚҰҚЫҚ")) == ["«Құқық әлемі» қоғамдық бірлестігі"]
    assert ORGANISATIONS.ids("әділет") == [b.uid] and ORGANISATIONS.ids("ӘДІЛ") == [b.uid]
    assert ORGANISATIONS.ids(filters={"kind": "partner"}) == [b.uid]
    assert ORGANISATIONS.ids(filters={"region": "KZ-79"}) == [a.uid]
    assert ORGANISATIONS.ids(filters={"locality": "Түркістан"}) == [c.uid]
    assert ORGANISATIONS.ids(filters={"kind": "ngo"}) == [a.uid]
    assert names(ORGANISATIONS.ids())[:2] == ["Ақпарат медиа мектебі", "Әділет орталығы"]
    assert set(ORGANISATIONS.ids()) == {a.uid, b.uid, c.uid, own}

    day = dt.date(2024, 10, 1)
    e1 = Event(title="Фейкке қарсы", programme="media", kind="training", start_date=day, end_date=day,
               organiser=a.uid)
    e1.save()
    e2 = Event(title="Кибер қауіпсіздік", programme="media", kind="seminar", start_date=day,
               end_date=day, organiser=b.uid)
    e2.save()
    EventPartner(event=e2.uid, organisation=a.uid).save()
    EventPartner(event=e1.uid, organisation=a.uid).save()  # organiser and partner: counted once
    events = ORGANISATIONS.columns.index(ORGANISATIONS.column("events"))
    rows = ORGANISATIONS.fetch([a.uid, b.uid, c.uid])
    assert [rows[u][events] for u in (a.uid, b.uid, c.uid)] == [2, 1, 0]
    assert ORGANISATIONS.ids(sort="events", descending=True)[:2] == [a.uid, b.uid]


def test_delete_and_restore(store):
    o = ngo()
    delete_organisation(o.uid)
    assert ORGANISATIONS.ids("құқық") == [] and ORGANISATIONS.ids("құқық", deleted=True) == [o.uid]
    assert organisation_values(o.uid)["deleted"] is True
    restore_organisation(o.uid)
    assert ORGANISATIONS.ids("құқық") == [o.uid]
    with pytest.raises(UsageError):
        delete_organisation(get_installation().organisation_uid)


def test_qualifications_and_trainers_by_region(store):
    school = get_installation().organisation_uid  # in KZ-61 (Turkistan region)
    a = Person(surname="Бекова", name="Айгүл", school=school)
    b = Person(surname="Әлиев", name="Марат", region="KZ-79")
    c = Person(surname="Ахметов", name="Ержан", region="KZ-79")
    for p in (a, b, c):
        p.save()
    set_qualifications(a.uid, ["trainer", "consultant"])
    set_qualifications(b.uid, ["Тренер"])
    set_qualifications(c.uid, ["consultant"])
    assert [p.surname for p in trainers()] == ["Әлиев", "Бекова"]
    assert [p.surname for p in trainers("Түркістан облысы")] == ["Бекова"]
    assert [p.surname for p in trainers(qualification="consultant")] == ["Ахметов", "Бекова"]
    assert Person.get_by_id(a.uid).qualifications == "trainer,consultant"
    set_qualifications(a.uid, [])
    assert Person.get_by_id(a.uid).qualifications is None
    with pytest.raises(ValidationError) as err:
        set_qualifications(a.uid, ["astronaut"])
    assert err.value.field == "qualifications"


def test_a_debate_club_keeps_its_members_count(store):
    from app.errors import ValidationError
    from app.organisations.forms import organisation_values, save_organisation

    club = save_organisation({"kind": "debate_club", "name": "«Шешен» пікірсайыс клубы", "members": "24"})
    assert organisation_values(club.uid)["members"] == 24
    save_organisation({**organisation_values(club.uid), "members": ""}, club.uid)
    assert organisation_values(club.uid)["members"] is None
    import pytest
    with pytest.raises(ValidationError):
        save_organisation({"kind": "debate_club", "name": "Басқа клуб", "members": "-3"})
