"""Events core: programme rules, attendance, selection, head-counts, appointments, form, list."""
from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.events.appointments import (
    add_appointment,
    appointment_rows,
    parse_time,
    remove_appointment,
    update_appointment,
)
from app.events.attendance import add_attendee, attendance_rows, remove_attendee, set_role, set_selection, set_status
from app.events.forms import delete_event, event_values, restore_event, save_event
from app.events.headcount import clean_headcount
from app.events.listing import EVENTS
from app.events.records import EventInput
from app.events.rules import check_event, participant_count, rule_hints
from app.models import Attendance, Event, EventPartner, Organisation, Person

D = dt.date


def person(surname: str, name: str = "Тест", **kw) -> Person:
    p = Person(surname=surname, name=name, **kw)
    p.save()
    return p


def org(name: str, kind: str = "ngo") -> Organisation:
    o = Organisation(kind=kind, name=name)
    o.save()
    return o


def lecture(**kw) -> Event:
    raw = {"title": "Құқықтық сауаттылық", "kind": "lecture", "programme": "legal_culture",
           "start_date": "12.09.2024", "duration_minutes": "50", **kw}
    return save_event(raw)


def fields(issues) -> list[str]:
    return [i.field for i in issues]


# --- rules -------------------------------------------------------------------------------

def test_rule_hints_come_from_the_reference_data():
    texts = [m.render() for m in rule_hints("lecture")]
    assert "The event should last 40–60 minutes." in texts
    assert "At least 20 participants." in texts
    assert "The event lasts 2 days." in [m.render() for m in rule_hints("seminar")]
    assert "The event should last at most 60 minutes." in [m.render() for m in rule_hints("master_class")]
    assert rule_hints("meeting") == []


def test_check_event_lists_every_unmet_rule_and_never_raises():
    long = EventInput("Дәріс", "lecture", "legal_culture", D(2024, 9, 12), D(2024, 9, 12), duration_minutes=75)
    issues = check_event(long, 25)
    assert fields(issues) == ["duration_minutes"]
    assert "75 minutes" in issues[0].msg.render()
    ok = EventInput("Дәріс", "lecture", "legal_culture", D(2024, 9, 12), D(2024, 9, 12), duration_minutes=45)
    assert fields(check_event(ok, 15)) == ["participants"]
    assert "15 participants" in check_event(ok, 15)[0].msg.render()
    assert check_event(ok, 20) == []
    seminar = EventInput("Семинар", "seminar", "legal_culture", D(2024, 10, 1), D(2024, 10, 1))
    assert fields(check_event(seminar, 30)) == ["end_date"]
    seminar.end_date = D(2024, 10, 2)
    assert check_event(seminar, 30) == []
    class Odd:  # anything event-like, even with rubbish in it
        kind = "lecture"
        start_date = "not a date"
        duration_minutes = "??"
    assert fields(check_event(Odd(), 0)) == ["duration_minutes", "participants"]
    assert check_event(Odd(), 0)[0].msg.render().startswith("The duration is not given")


def test_a_saved_valid_lecture_has_no_issues(store):
    ev = lecture()
    for i in range(20):
        add_attendee(ev.uid, person(f"Қатысушы{i:02d}").uid)
    assert participant_count(ev.uid) == 20
    assert check_event(Event.get_by_id(ev.uid), participant_count(ev.uid)) == []


def test_participant_count_uses_head_count_for_mass_actions(store):
    flash = save_event({"title": "Флешмоб", "kind": "flash_mob", "start_date": "01.06.2024",
                        "headcount": "1 288 772"})
    assert participant_count(flash.uid) == 1_288_772
    ev = lecture()
    a, b, c = (person(s) for s in ("Ақан", "Бекен", "Сәкен"))
    add_attendee(ev.uid, a.uid)
    add_attendee(ev.uid, b.uid, status="registered")  # registered but did not come
    row = add_attendee(ev.uid, c.uid)
    remove_attendee(row.uid)
    assert participant_count(ev.uid) == 1


# --- attendance --------------------------------------------------------------------------

def test_add_attendee_reuses_live_and_deleted_rows(store):
    ev = lecture()
    p = person("Әлібеков", "Нұрлан")
    first = add_attendee(ev.uid, p.uid)
    again = add_attendee(ev.uid, p.uid, role="speaker")
    assert again.uid == first.uid and Attendance.get_by_id(first.uid).role == "speaker"
    remove_attendee(first.uid)
    assert attendance_rows(ev.uid) == []
    back = add_attendee(ev.uid, p.uid, role="Қатысушы", status="registered")  # role by its name
    assert back.uid == first.uid
    row = Attendance.get_by_id(first.uid)
    assert (row.deleted, row.role, row.status) == (False, "participant", "registered")
    assert Attendance.select().count() == 1


def test_attendee_role_and_status_are_validated(store):
    ev = lecture()
    p = person("Бекова")
    with pytest.raises(ValidationError) as e:
        add_attendee(ev.uid, p.uid, role="king")
    assert e.value.field == "role"
    with pytest.raises(ValidationError) as e:
        add_attendee(ev.uid, p.uid, status="came")
    assert e.value.field == "status"
    row = add_attendee(ev.uid, p.uid)
    assert set_role(row.uid, "trainer").role == "trainer"
    assert set_status(row.uid, "registered").status == "registered"
    with pytest.raises(ValidationError):
        set_status(row.uid, "gone")
    delete_event(ev.uid)
    with pytest.raises(ValidationError) as e:
        add_attendee(ev.uid, person("Жаңа").uid)
    assert e.value.field == "event"


def test_attendance_rows_in_kazakh_order_with_school(store):
    ev = lecture()
    school = org("№7 мектеп", "school")
    for s in ("Іздібаев", "Ысқақов", "Әлібеков", "Ақанов"):
        add_attendee(ev.uid, person(s, iin=None, school=school, birth_date=D(2010, 5, 1)).uid)
    rows = attendance_rows(ev.uid)
    assert [r.full_name.split()[0] for r in rows] == ["Ақанов", "Әлібеков", "Ысқақов", "Іздібаев"]
    assert rows[0].school == "№7 мектеп" and rows[0].birth_date == D(2010, 5, 1)
    assert rows[0].role == "participant" and rows[0].status == "attended"


def test_selection_marks_applicants(store):
    ev = save_event({"title": "Семинар", "kind": "seminar", "start_date": "01.10.2024",
                     "end_date": "02.10.2024"})
    people = [person(f"Өтініш{i}") for i in range(4)]
    for p in people:
        add_attendee(ev.uid, p.uid, role="applicant", status="applicant")
    speaker = person("Спикер")
    add_attendee(ev.uid, speaker.uid, role="speaker")
    counts = set_selection(ev.uid, [people[0].uid, people[2].uid])
    assert counts == {"selected": 2, "not_selected": 2}
    status = {r.person_uid: r.status for r in attendance_rows(ev.uid)}
    assert [status[p.uid] for p in people] == ["selected", "not_selected", "selected", "not_selected"]
    assert status[speaker.uid] == "attended"
    set_selection(ev.uid, [people[1].uid])  # a second round changes the choice
    assert participant_count(ev.uid) == 2  # the selected applicant and the speaker
    with pytest.raises(ValidationError) as e:
        set_selection(ev.uid, [speaker.uid])
    assert e.value.field == "selection" and "Спикер" in str(e.value)


# --- head-counts -------------------------------------------------------------------------

def test_headcount_total_from_breakdown_and_spaced_numbers():
    got = clean_headcount({"headcount": "", "hc_pupils": "150", "hc_teachers": 30, "hc_parents": "50",
                           "hc_others": "10", "hc_girls": "80", "hc_boys": "70"})
    assert got["headcount"] == 240 and got["hc_pupils"] == 150
    assert clean_headcount({"headcount": "1 288 772"})["headcount"] == 1_288_772
    assert clean_headcount({}) == {k: None for k in clean_headcount({})}
    # A partial breakdown within the total is fine: the rest is unknown.
    assert clean_headcount({"headcount": "300", "hc_pupils": "150"})["headcount"] == 300


@pytest.mark.parametrize("raw, field, words", [
    ({"headcount": "250", "hc_pupils": "150", "hc_teachers": "30", "hc_parents": "50", "hc_others": "10"},
     "headcount", ["250", "240"]),
    ({"headcount": "100", "hc_pupils": "150"}, "headcount", ["100", "150"]),
    ({"headcount": "100", "hc_girls": "60", "hc_boys": "50"}, "hc_girls", ["110", "100"]),
    ({"headcount": "-5"}, "headcount", []),
    ({"hc_pupils": "көп"}, "hc_pupils", []),
])
def test_headcount_mismatches_are_refused(raw, field, words):
    with pytest.raises(ValidationError) as e:
        clean_headcount(raw)
    assert e.value.field == field
    assert all(w in str(e.value) for w in words)


# --- appointments ------------------------------------------------------------------------

def consultation() -> Event:
    return save_event({"title": "Құқықтық кеңес", "kind": "consultation", "start_date": "02.09.2024",
                       "end_date": "30.09.2024"})


def test_appointments_are_ordered_and_a_slot_holds_one_booking(store):
    ev = consultation()
    p, q = person("Қасымова"), person("Оспанов")
    add_appointment(ev.uid, "03.09.2024", "14:00", p.uid, topic="Еңбек құқығы")
    first = add_appointment(ev.uid, D(2024, 9, 3), "9.30", q.uid)
    add_appointment(ev.uid, "02.09.2024", "10:00")
    rows = appointment_rows(ev.uid)
    assert [(r.date.day, r.time_slot) for r in rows] == [(2, "10:00"), (3, "09:30"), (3, "14:00")]
    assert rows[1].full_name == "Оспанов Тест"
    with pytest.raises(ValidationError) as e:
        add_appointment(ev.uid, "03.09.2024", "09:30", p.uid)
    assert e.value.field == "time_slot" and "09:30" in str(e.value)
    add_appointment(ev.uid, "04.09.2024", "09:30")  # same time, another day
    # Moving a booking onto a taken slot is refused; onto itself is fine.
    with pytest.raises(ValidationError):
        update_appointment(rows[0].uid, date="03.09.2024", time_slot="14:00")
    assert update_appointment(first.uid, time_slot="09:30", status="held").status == "held"
    # A missed booking frees its slot; a cancelled one too.
    update_appointment(first.uid, status="missed")
    walk_in = add_appointment(ev.uid, "03.09.2024", "09:30", p.uid, status="held")
    remove_appointment(walk_in.uid)
    assert walk_in.uid not in [r.uid for r in appointment_rows(ev.uid)]


@pytest.mark.parametrize("text", ["25:00", "9:7", "half past nine", "09:60"])
def test_bad_time_slots_are_refused(store, text):
    ev = consultation()
    with pytest.raises(ValidationError) as e:
        add_appointment(ev.uid, "03.09.2024", text)
    assert e.value.field == "time_slot"


def test_appointment_values_are_checked(store):
    assert parse_time("9:30") == "09:30" and parse_time(" 18.05 ") == "18:05" and parse_time("") is None
    ev = consultation()
    for kwargs, field in (({"status": "cancelled"}, "status"), ({"person_uid": "nobody"}, "person_uid")):
        with pytest.raises(ValidationError) as e:
            add_appointment(ev.uid, "03.09.2024", "10:00", **kwargs)
        assert e.value.field == field
    with pytest.raises(ValidationError) as e:
        add_appointment(ev.uid, "01.10.2024", "10:00")
    assert e.value.field == "date"


# --- the form ----------------------------------------------------------------------------

def test_save_event_creates_with_form_fields(store):
    a, b = org("Заңгерлер одағы"), org("Жастар ресурстық орталығы")
    ev = lecture(format="онлайн", language="қазақша", audience=["pupil", "Мұғалім"], start_time="9.00",
                 organiser_uid=a.uid, partner_uids=[a.uid, b.uid], notes="Сұрақ-жауап")
    values = event_values(ev.uid)
    assert values["start_date"] == D(2024, 9, 12) == values["end_date"]
    assert (values["format"], values["language"], values["start_time"]) == ("online", "kk", "09:00")
    assert values["audience"] == ["pupil", "teacher"] and ev.audience == "pupil,teacher"
    assert values["organiser_uid"] == a.uid and values["partner_uids"] == [a.uid, b.uid]
    assert values["region"] == "KZ-61"  # the school's own region by default
    assert values["duration_minutes"] == 50 and values["hc_pupils"] is None


def test_save_event_refuses_bad_form_values(store):
    for extra, field in (({"audience": ["aliens"]}, "audience"), ({"organiser_uid": "x"}, "organiser_uid"),
                         ({"partner_uids": ["x"]}, "partner_uids"), ({"start_time": "25:00"}, "start_time"),
                         ({"format": "by pigeon"}, "format"), ({"title": " "}, "title")):
        with pytest.raises(ValidationError) as e:
            lecture(**extra)
        assert e.value.field == field
    assert Event.select().count() == 0


def test_save_event_edits_only_what_changed_and_replaces_partners(store):
    a, b, c = org("А ұйымы"), org("Б ұйымы"), org("В ұйымы")
    ev = lecture(partner_uids=[a.uid, b.uid])
    stamp = Event.get_by_id(ev.uid).stamp
    save_event(event_values(ev.uid), ev.uid)  # the form saved as it was opened
    assert Event.get_by_id(ev.uid).stamp == stamp
    edited = save_event({"duration_minutes": "55", "partner_uids": [b.uid, c.uid], "place": ""}, ev.uid)
    assert edited.stamp > stamp and edited.duration_minutes == 55 and edited.place is None
    assert edited.title == "Құқықтық сауаттылық"  # keys not given keep their values
    assert event_values(ev.uid)["partner_uids"] == [b.uid, c.uid]
    links = {link.organisation_uid: link.deleted for link in EventPartner.select()}
    assert links == {a.uid: True, b.uid: False, c.uid: False}  # removed ones are tombstones
    save_event({"partner_uids": [a.uid]}, ev.uid)  # a removed partner comes back on its old link
    assert EventPartner.select().count() == 3 and event_values(ev.uid)["partner_uids"] == [a.uid]


def test_mass_event_form_checks_the_breakdown(store):
    ev = save_event({"title": "Челлендж", "kind": "challenge", "start_date": "01.06.2024",
                     "hc_pupils": "100", "hc_teachers": "20", "hc_parents": "0", "hc_others": "0"})
    assert ev.headcount == 120
    with pytest.raises(ValidationError) as e:
        save_event({"headcount": "130"}, ev.uid)
    assert e.value.field == "headcount" and "130" in str(e.value) and "120" in str(e.value)
    # Turned into a named event, the breakdown goes; the total stays.
    again = save_event({"kind": "meeting"}, ev.uid)
    assert again.hc_pupils is None and again.headcount == 120


def test_delete_and_restore_keep_attendance(store):
    ev = lecture()
    add_attendee(ev.uid, person("Қалды").uid)
    delete_event(ev.uid)
    assert EVENTS.ids() == [] and EVENTS.ids(deleted=True) == [ev.uid]
    restore_event(ev.uid)
    assert EVENTS.ids() == [ev.uid] and len(attendance_rows(ev.uid)) == 1


# --- the list ----------------------------------------------------------------------------

def titles(uids) -> list[str]:
    rows = EVENTS.fetch(uids)
    return [rows[u][0] for u in uids]


def test_list_order_filters_and_search(store):
    o = org("Облыстық штаб", "office")
    save_event({"title": "Ақпан дәрісі", "kind": "lecture", "start_date": "10.02.2024",
                "programme": "legal_culture", "organiser_uid": o.uid, "language": "ru"})
    save_event({"title": "Өтпелі семинар", "kind": "seminar", "start_date": "31.03.2024",
                "end_date": "01.04.2024", "programme": "media_literacy", "place": "Шымкент"})
    save_event({"title": "Әлем флешмобы", "kind": "flash_mob", "start_date": "15.04.2024",
                "headcount": "1 000"})
    save_event({"title": "Ақпарат", "kind": "lecture", "start_date": "15.04.2024"})
    assert titles(EVENTS.ids()) == ["Ақпарат", "Әлем флешмобы", "Өтпелі семинар", "Ақпан дәрісі"]
    assert titles(EVENTS.ids(descending=True))[0] == "Ақпан дәрісі"
    assert titles(EVENTS.ids(sort="title")) == ["Ақпан дәрісі", "Ақпарат", "Әлем флешмобы", "Өтпелі семинар"]
    # The seminar runs across two months: it belongs to both March and April.
    april = {"date_from": D(2024, 4, 1), "date_to": D(2024, 4, 30)}
    assert titles(EVENTS.ids(filters=april)) == ["Ақпарат", "Әлем флешмобы", "Өтпелі семинар"]
    march = {"date_from": "2024-03-01", "date_to": "2024-03-31"}
    assert titles(EVENTS.ids(filters=march)) == ["Өтпелі семинар"]
    assert titles(EVENTS.ids(filters={"programme": "media_literacy"})) == ["Өтпелі семинар"]
    assert EVENTS.count(filters={"programme": "legal_culture", "kind": "lecture"}) == 2
    assert titles(EVENTS.ids(filters={"organiser": o.uid, "language": "ru"})) == ["Ақпан дәрісі"]
    assert EVENTS.count(filters={"region": "KZ-61"}) == 4 and EVENTS.count(filters={"region": "KZ-75"}) == 0
    # Kazakh letters, any case; the place is searched too.
    assert titles(EVENTS.ids("ӘЛЕМ")) == ["Әлем флешмобы"]
    assert titles(EVENTS.ids("өтпелі шымкент")) == ["Өтпелі семинар"]
    # Typed without the Kazakh layout (А for Ә, О for Ө) the events are found all the same.
    assert titles(EVENTS.ids("алем")) == ["Әлем флешмобы"]
    assert titles(EVENTS.ids("отпели")) == ["Өтпелі семинар"]
    assert EVENTS.ids("алемдер") == []


def test_list_participants_column_counts_names_or_the_head_count(store):
    flash = save_event({"title": "Флешмоб", "kind": "flash_mob", "start_date": "01.06.2024",
                        "headcount": "1 288 772"})
    ev = lecture()
    for s in ("Ақан", "Бекен"):
        add_attendee(ev.uid, person(s).uid)
    gone = person("Жоқ")
    add_attendee(ev.uid, gone.uid)
    gone.delete_softly()  # a person in the bin does not count
    imported = save_event({"title": "Ескі дәріс", "kind": "lecture", "start_date": "01.02.2024",
                           "headcount": "35"})
    empty = save_event({"title": "Бос", "kind": "meeting", "start_date": "01.01.2024"})
    col = [c.key for c in EVENTS.columns].index("participants")
    rows = EVENTS.fetch([flash.uid, ev.uid, imported.uid, empty.uid])
    got = [rows[u][col] for u in (flash.uid, ev.uid, imported.uid, empty.uid)]
    assert got == [1_288_772, 2, 35, 0]
    assert got == [participant_count(u) for u in (flash.uid, ev.uid, imported.uid, empty.uid)]
    order = EVENTS.ids(sort="participants", descending=True)
    assert order == [flash.uid, imported.uid, ev.uid, empty.uid]
    assert EVENTS.ids(sort="participants") == order[::-1]


def test_a_time_typed_as_digits_alone_is_read():
    # «1430» was refused although dates typed as 19082009 are read (the new user's walkthrough).
    assert [parse_time(t) for t in ("1430", "930", "14 30", "0905")] == ["14:30", "09:30", "14:30", "09:05"]
    for wrong in ("2460", "12345", "7", "99:00"):
        with pytest.raises(ValidationError):
            parse_time(wrong)
