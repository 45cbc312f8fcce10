"""Sync fields: time-ordered uids, monotonic change stamps, tombstones, origin."""
from __future__ import annotations

import datetime as dt
import uuid

from app.db.store import close_database, open_database
from app.ids import HybridClock, new_uid, uid_time_ms, unpack_stamp
from app.models import Organisation, Person


def test_uids_are_uuid7_and_time_ordered():
    uids = [new_uid(now_ms=1_700_000_000_000 + i) for i in range(100)]
    assert uids == sorted(uids)
    parsed = uuid.UUID(uids[0])
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert uid_time_ms(uids[5]) == 1_700_000_000_005
    assert len(set(new_uid(now_ms=1) for _ in range(1000))) == 1000  # random part differs


def test_clock_never_goes_back_even_when_the_wall_clock_does():
    wall = [10_000]
    clock = HybridClock(wall=lambda: wall[0])
    first = clock.now()
    wall[0] = 5_000  # someone set the laptop's clock back
    second = clock.now()
    assert second > first
    clock.observe(second + (100 << 16))
    assert clock.now() > second + (100 << 16)
    assert unpack_stamp(first) == (10_000, 0)


def test_every_save_stamps_origin_and_a_later_stamp(store):
    person = Person(surname="Қасымов", name="Ерлан", birth_date=dt.date(2010, 1, 1))
    person.save()
    assert person.origin == store.installation_id
    first = person.stamp
    person.grade = "7"
    person.save()
    assert person.stamp > first
    uid = person.uid
    person.delete_softly()
    again = Person.get_by_id(uid)
    assert again.deleted and again.stamp > first
    assert Person.live().where(Person.uid == uid).count() == 0


def test_stamps_keep_increasing_after_reopening(tmp_path, monkeypatch):
    path = tmp_path / "clock.sqlite3"
    from app.installation import init_installation

    store = open_database(path)
    init_installation("school", "School", "KZ-71")
    org = Organisation(kind="ngo", name="NGO")
    org.save()
    last = org.stamp
    close_database(store)
    monkeypatch.setattr("time.time", lambda: 1_000.0)  # the clock is now in 1970
    store = open_database(path)
    org = Organisation.get_by_id(org.uid)
    org.name = "NGO renamed"
    org.save()
    assert org.stamp > last
    close_database(store)
