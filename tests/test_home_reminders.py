"""The overview's reminders: the USB stick, this month's targets, recent events to finish."""
from __future__ import annotations

import datetime as dt

from app.events.attendance import add_attendee
from app.events.forms import save_event
from app.home.reminders import BUNDLE_DAYS, MAX_NAMED_EVENTS, reminders, unsent_changes
from app.models import ExportLog, Person
from app.sync.export import export_bundle

TODAY = dt.date(2026, 11, 20)


def lecture(day: dt.date, title: str = "Құқықтық сауаттылық", **kw):
    raw = {"title": title, "kind": "lecture", "programme": "legal_culture",
           "start_date": day.strftime("%d.%m.%Y"), "duration_minutes": "50", **kw}
    return save_event(raw)


def people(n: int) -> list[Person]:
    out = []
    for i in range(n):
        p = Person(surname=f"Қасымов{i}", name="Әлі")
        p.save()
        out.append(p)
    return out


def keys(found) -> list[str]:
    return [r.key for r in found]


def texts(found) -> list[str]:
    return [r.msg.render() for r in found]


def test_a_fresh_installation_is_reminded_only_of_the_targets(store):
    found = reminders(TODAY, "en")
    assert "bundle" not in keys(found)  # nothing recorded yet: nothing to send
    assert "target:legal_culture.lectures" in keys(found)
    lectures = next(r for r in found if r.key == "target:legal_culture.lectures")
    assert lectures.msg.render() == "Lectures and meetings a month: 0 this month (target: ≥ 5)."
    assert lectures.action == "new_event"
    consultations = next(r for r in found if r.key == "target:legal_culture.consultations")
    assert "this week" in consultations.msg.render()


def test_records_never_sent_are_the_first_reminder(store):
    lecture(TODAY)
    found = reminders(TODAY, "en")
    assert found[0].key == "bundle" and found[0].urgent and found[0].action == "write_bundle"
    assert "No bundle has been written yet" in found[0].msg.render()
    assert unsent_changes() >= 1


def test_a_recent_bundle_is_quiet_an_old_one_is_urgent(store, tmp_path):
    lecture(TODAY)
    export_bundle(tmp_path / "usb", plaintext=True)
    assert unsent_changes() == 0
    assert "bundle" not in keys(reminders(TODAY, "en"))
    lecture(TODAY, title="Екінші дәріс")
    written = dt.date.fromisoformat(ExportLog.get().created_at[:10])
    soon = reminders(written + dt.timedelta(days=1), "en")
    bundle = next(r for r in soon if r.key == "bundle")
    assert not bundle.urgent and bundle.msg.render() == "1 records have changed since the last bundle."
    late = reminders(written + dt.timedelta(days=BUNDLE_DAYS), "en")
    bundle = next(r for r in late if r.key == "bundle")
    assert bundle.urgent and f"{BUNDLE_DAYS} days ago" in bundle.msg.render()


def test_this_months_lectures_are_counted_against_the_target(store):
    for day in (1, 5, 19):
        lecture(TODAY.replace(day=day))
    lecture(dt.date(2026, 10, 30))  # last month: not counted
    found = reminders(TODAY, "kk")
    lectures = next(r for r in found if r.key == "target:legal_culture.lectures")
    assert lectures.msg.params["count"] == 3
    assert "айына" in lectures.msg.params["title"]  # the target's own name in the interface language


def test_recent_events_without_participants_or_breaking_rules_are_named(store):
    empty = lecture(TODAY - dt.timedelta(days=2), title="Бос дәріс")
    small = lecture(TODAY - dt.timedelta(days=3), title="Шағын дәріс")
    for p in people(12):
        add_attendee(small.uid, p.uid)
    full = lecture(TODAY - dt.timedelta(days=4), title="Толық дәріс")
    for p in people(20):
        add_attendee(full.uid, p.uid)
    lecture(TODAY - dt.timedelta(days=60), title="Ескі дәріс")  # too old to remind of
    found = reminders(TODAY, "en")
    by_event = {r.event_uid: r for r in found if r.event_uid}
    assert set(by_event) == {empty.uid, small.uid}
    assert by_event[empty.uid].key == "no_participants" and by_event[empty.uid].urgent
    assert by_event[empty.uid].action == "open_event"
    assert by_event[small.uid].msg.render() == (
        "«Шағын дәріс» (17.11.2026): 12 participants; at least 20 are needed.")
    # Urgent first: the empty event before the rule note and the targets.
    assert found.index(by_event[empty.uid]) < found.index(by_event[small.uid])


def test_many_events_are_named_a_few_and_counted_the_rest(store):
    for i in range(MAX_NAMED_EVENTS + 3):
        lecture(TODAY - dt.timedelta(days=i), title=f"Дәріс {i}")
    found = reminders(TODAY, "en")
    assert sum(1 for r in found if r.event_uid) == MAX_NAMED_EVENTS
    more = next(r for r in found if r.key == "more_events")
    assert more.msg.params["count"] == 3


def test_an_office_is_reminded_of_its_regions_targets_not_of_school_events(empty_store):
    from app.installation import init_installation

    init_installation("office", "Түркістан облысы", "KZ-61", None, "Сейітова Ә.", "kk")
    lecture(TODAY - dt.timedelta(days=1), region="KZ-61")
    found = reminders(TODAY, "en")
    assert not [r for r in found if r.event_uid]
    lectures = next(r for r in found if r.key == "target:legal_culture.lectures")
    assert lectures.urgent  # 1 of 5: the office answers for its region


def test_add_participants_opens_the_latest_event_held(store):
    from app.home.reminders import latest_event_uid

    assert latest_event_uid(TODAY) is None
    coming = lecture(TODAY + dt.timedelta(days=3), title="Келесі")
    assert latest_event_uid(TODAY) == coming.uid  # nothing held yet: the coming one
    lecture(TODAY - dt.timedelta(days=9), title="Ерте")
    held = lecture(TODAY - dt.timedelta(days=1), title="Кеше")
    assert latest_event_uid(TODAY) == held.uid


def test_a_tournaments_event_is_not_reminded_of_attendances(store):
    from app.tournaments.setup import TournamentSettings, create_tournament

    day = TODAY - dt.timedelta(days=2)
    tournament = create_tournament(TournamentSettings(name="Аудандық пікірсайыс", start=day, end=day))
    empty = lecture(day, title="Бос дәріс")
    found = reminders(TODAY, "en")
    assert tournament.event_uid not in {r.event_uid for r in found}
    assert empty.uid in {r.event_uid for r in found}
