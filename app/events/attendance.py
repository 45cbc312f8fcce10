"""Who came to an event, in what role, and who was selected for a seminar.

The attendance table holds one row per (event, person), tombstones included
(a UNIQUE index): adding a person again revives their row instead of making
a second one, so the sync sees one record with a newer change, not two.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import JOIN

from app.db.rows import tuples
from app.db.store import current_store
from app.errors import ValidationError
from app.i18n import Msg
from app.models import Attendance, Event, Organisation, Person
from app.models.events import ATTENDANCE_STATUSES
from app.records import apply_values, soft_delete
from app.reference import find_code

#: Statuses of people in a competitive selection (seminars).
SELECTION_STATUSES = ("applicant", "selected", "not_selected")


@dataclass(frozen=True)
class AttendanceRow:
    """One line of an event's attendance list."""

    uid: str
    person_uid: str
    full_name: str
    iin: str | None
    birth_date: dt.date | None
    school: str | None
    role: str
    status: str


def clean_role(role: str | None) -> str:
    """An attendance role code (participant, speaker, trainer…), by code or name."""
    return find_code("attendance_roles", role or "participant", "role")


def clean_status(status: str | None) -> str:
    """An attendance status code; ValidationError on ``status`` if unknown."""
    value = (status or "").strip()
    if value not in ATTENDANCE_STATUSES:
        raise ValidationError("status", Msg(
            "Validation", "“{text}” is not in the list of allowed values ({allowed}).",
            text=value, allowed=", ".join(ATTENDANCE_STATUSES)))
    return value


def _live_event(event_uid: str) -> Event:
    event = Event.get_or_none(Event.uid == event_uid)
    if event is None or event.deleted:
        raise ValidationError("event", Msg("Events", "The event was not found (it may have been deleted)."))
    return event


def _live_person(person_uid: str) -> Person:
    person = Person.get_or_none(Person.uid == person_uid)
    if person is None or person.deleted:
        raise ValidationError("person", Msg("Events", "The person was not found (they may have been deleted)."))
    return person


def add_attendee(event_uid: str, person_uid: str, role: str = "participant",
                 status: str = "attended") -> Attendance:
    """Put a person on an event's list; an existing or deleted row for them is reused."""
    role, status = clean_role(role), clean_status(status)
    _live_event(event_uid)
    _live_person(person_uid)
    # Deleted rows too: the UNIQUE index would refuse a second row for the pair.
    row = Attendance.get_or_none(Attendance.event == event_uid, Attendance.person == person_uid)
    if row is None:
        row = Attendance(event=event_uid, person=person_uid, role=role, status=status)
        row.save()
    elif apply_values(row, {"role": role, "status": status, "deleted": False}):
        row.save()
    return row


def remove_attendee(attendance_uid: str) -> None:
    """Take a person off the list (a tombstone; adding them again restores the row)."""
    soft_delete(Attendance, attendance_uid)


def _update(attendance_uid: str, values: dict) -> Attendance:
    row = Attendance.get_by_id(attendance_uid)
    if apply_values(row, values):
        row.save()
    return row


def set_role(attendance_uid: str, role: str) -> Attendance:
    """Change the role of one attendance row."""
    return _update(attendance_uid, {"role": clean_role(role)})


def set_status(attendance_uid: str, status: str) -> Attendance:
    """Change the status of one attendance row."""
    return _update(attendance_uid, {"status": clean_status(status)})


def attendance_rows(event_uid: str) -> list[AttendanceRow]:
    """The live attendance of an event with each person's details, in Kazakh name order."""
    query = (Attendance
             .select(Attendance.uid, Attendance.role, Attendance.status, Person.uid, Person.surname,
                     Person.name, Person.patronymic, Person.iin, Person.birth_date, Organisation.name)
             .join(Person, on=(Attendance.person == Person.uid))
             .join(Organisation, join_type=JOIN.LEFT_OUTER, on=(Person.school == Organisation.uid))
             .where(Attendance.event == event_uid, Attendance.deleted == False,  # noqa: E712
                    Person.deleted == False)  # noqa: E712
             # person.sort is the name in Kazakh alphabetical order (Ә after А, І after Ы).
             .order_by(Person.sort, Person.uid))
    rows = []
    for uid, role, status, p_uid, surname, name, patronymic, iin, birth, school in tuples(query):
        rows.append(AttendanceRow(
            uid=uid, person_uid=p_uid, full_name=" ".join(p for p in (surname, name, patronymic) if p),
            iin=iin, birth_date=Person.birth_date.python_value(birth), school=school,
            role=role, status=status))
    return rows


def set_selection(event_uid: str, selected_person_uids: Iterable[str]) -> dict[str, int]:
    """Mark the event's applicants selected (those given) or not selected (the rest).

    Only people already recorded as applicants (or earlier selected/not
    selected) take part; anyone else in ``selected_person_uids`` is refused,
    so a slip of the list cannot silently add a stranger.  Returns how many
    are now selected and not selected.
    """
    _live_event(event_uid)
    chosen = set(selected_person_uids)
    pool = list(Attendance.live().where(Attendance.event == event_uid,
                                        Attendance.status.in_(SELECTION_STATUSES)))
    strangers = chosen - {row.person_uid for row in pool}
    if strangers:
        names = [p.full_name for p in Person.select().where(Person.uid.in_(list(strangers)))]
        raise ValidationError("selection", Msg(
            "Events", "Only applicants can be selected; not applicants: {names}.",
            names=", ".join(sorted(names)) or ", ".join(sorted(strangers))))
    counts = {"selected": 0, "not_selected": 0}
    with current_store().db.atomic():
        for row in pool:
            status = "selected" if row.person_uid in chosen else "not_selected"
            counts[status] += 1
            if apply_values(row, {"status": status}):
                row.save()
    return counts
