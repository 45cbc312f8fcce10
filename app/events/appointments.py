"""Consultation appointments: the list of people booked by time (Legal Culture wave 3).

Consultations are held by prior registration, so each booking has a date
and a time slot, and one slot of one consultation event holds one person.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from app.db.rows import tuples
from app.errors import ValidationError
from app.i18n import Msg
from app.models import Appointment, Event, Person
from app.models.events import APPOINTMENT_STATUSES
from app.records import apply_values, soft_delete
from app.validation.fields import clean_text, format_date, parse_date

# "9:30", "09:30", "9.30" (typed with the number pad), "9 : 30".
# 14:30, 14.30, 14 30, and the digits alone (1430, 930) as typed on a number pad.
_TIME = re.compile(r"^(\d{1,2})\s*[:. ]?\s*(\d{2})$")
_FIELDS = ("date", "time_slot", "person_uid", "topic", "status")
# A missed booking no longer holds its slot: a walk-in may take it.
_HOLDS_SLOT = tuple(s for s in APPOINTMENT_STATUSES if s != "missed")


@dataclass(frozen=True)
class AppointmentRow:
    """One line of a consultation's appointment list."""

    uid: str
    date: dt.date
    time_slot: str | None
    person_uid: str | None
    full_name: str | None
    topic: str | None
    status: str


def parse_time(value: Any, field: str = "time_slot") -> str | None:
    """A time of day as 'HH:MM' from '9:30', '09:30', '9.30', '1430' or '930'; blank gives None."""
    text = clean_text(value)
    if text is None:
        return None
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    m = _TIME.match(text)
    if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    raise ValidationError(field, Msg(
        "Validation", "“{text}” is not a time; write it as HH:MM, for example 09:30.", text=text))


def _clean_status(status: Any) -> str:
    value = clean_text(status) or "booked"
    if value not in APPOINTMENT_STATUSES:
        raise ValidationError("status", Msg(
            "Validation", "“{text}” is not in the list of allowed values ({allowed}).",
            text=value, allowed=", ".join(APPOINTMENT_STATUSES)))
    return value


def _clean(event: Event, values: dict[str, Any]) -> dict[str, Any]:
    """Validated model values from the appointment's raw values."""
    date = parse_date(values.get("date"), "date")
    if not event.start_date <= date <= event.end_date:
        raise ValidationError("date", Msg(
            "Events", "The date {date} is outside the event's dates ({start} – {end}).",
            date=format_date(date), start=format_date(event.start_date), end=format_date(event.end_date)))
    person_uid = clean_text(values.get("person_uid"))
    if person_uid is not None:
        person = Person.get_or_none(Person.uid == person_uid)
        if person is None or person.deleted:
            raise ValidationError("person_uid", Msg(
                "Events", "The person was not found (they may have been deleted)."))
    return {"date": date, "time_slot": parse_time(values.get("time_slot")), "person": person_uid,
            "topic": clean_text(values.get("topic")), "status": _clean_status(values.get("status"))}


def _check_slot_free(event_uid: str, values: dict[str, Any], own_uid: str | None) -> None:
    if values["time_slot"] is None or values["status"] not in _HOLDS_SLOT:
        return
    query = Appointment.live().where(
        Appointment.event == event_uid, Appointment.date == values["date"],
        Appointment.time_slot == values["time_slot"], Appointment.status.in_(_HOLDS_SLOT))
    if own_uid is not None:
        query = query.where(Appointment.uid != own_uid)
    if query.exists():
        raise ValidationError("time_slot", Msg(
            "Events", "The slot {slot} on {date} is already taken; choose another time.",
            slot=values["time_slot"], date=format_date(values["date"])))


def _event(event_uid: str) -> Event:
    event = Event.get_or_none(Event.uid == event_uid)
    if event is None or event.deleted:
        raise ValidationError("event", Msg("Events", "The event was not found (it may have been deleted)."))
    return event


def add_appointment(event_uid: str, date: Any, time_slot: Any, person_uid: str | None = None,
                    topic: str | None = None, status: str = "booked") -> Appointment:
    """Book a consultation; ValidationError on ``time_slot`` if the slot is taken."""
    event = _event(event_uid)
    values = _clean(event, {"date": date, "time_slot": time_slot, "person_uid": person_uid,
                            "topic": topic, "status": status})
    _check_slot_free(event_uid, values, None)
    record = Appointment(event=event_uid, **values)
    record.save()
    return record


def update_appointment(uid: str, **changes: Any) -> Appointment:
    """Change some of date, time_slot, person_uid, topic, status; saves only on change."""
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise TypeError(f"update_appointment: unknown fields {sorted(unknown)}")
    record = Appointment.get_by_id(uid)
    current = {"date": record.date, "time_slot": record.time_slot, "person_uid": record.person_uid,
               "topic": record.topic, "status": record.status}
    event = _event(record.event_uid)
    values = _clean(event, {**current, **changes})
    _check_slot_free(record.event_uid, values, uid)
    if apply_values(record, values, keep_known=False):
        record.save()
    return record


def remove_appointment(uid: str) -> None:
    """Cancel a booking (a tombstone, so the cancellation travels)."""
    soft_delete(Appointment, uid)


def appointment_rows(event_uid: str) -> list[AppointmentRow]:
    """The live appointments of an event by date and time slot (slot-less ones last in a day)."""
    query = (Appointment
             .select(Appointment.uid, Appointment.date, Appointment.time_slot, Appointment.person,
                     Person.surname, Person.name, Person.patronymic, Appointment.topic, Appointment.status)
             .join(Person, join_type=JOIN.LEFT_OUTER, on=(Appointment.person == Person.uid))
             .where(Appointment.event == event_uid, Appointment.deleted == False)  # noqa: E712
             .order_by(Appointment.date, Appointment.time_slot.is_null(), Appointment.time_slot,
                       Appointment.stamp))
    rows = []
    for uid, date, slot, person_uid, surname, name, patronymic, topic, status in tuples(query):
        full_name = " ".join(p for p in (surname, name, patronymic) if p) or None
        rows.append(AppointmentRow(uid=uid, date=Appointment.date.python_value(date), time_slot=slot,
                                   person_uid=person_uid, full_name=full_name, topic=topic, status=status))
    return rows
