"""What the person form calls: save with every rule, give values back, history."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.errors import ValidationError
from app.i18n import Msg
from app.installation import get_installation
from app.models import AidGiven, AidRecipient, Attendance, Certificate, Event, Organisation, Person
from app.organisations import find_or_create
from app.people.duplicates import Candidate, find_duplicates
from app.people.records import clean_person
from app.records import apply_values, restore, soft_delete
from app.validation.fields import parse_optional_date

CONSENT_BY = ("self", "parent")
QUALIFICATIONS = ("trainer", "consultant")


def _school(raw: dict[str, Any]) -> Organisation | None:
    if raw.get("school_uid"):
        return Organisation.get_by_id(raw["school_uid"])
    name = (raw.get("school") or "").strip()
    return find_or_create("school", name) if name else None


def save_person(raw: dict[str, Any], uid: str | None = None) -> Person:
    """Create or update a person from the form's values (blank fields clear the value)."""
    data = clean_person(raw)
    consent_date = parse_optional_date(raw.get("consent_date"), "consent_date")
    if consent_date and consent_date > dt.date.today():
        raise ValidationError("consent_date", Msg("Validation", "The consent date is in the future."))
    consent_by = raw.get("consent_by") or None
    if consent_by not in (None, *CONSENT_BY):
        raise ValidationError("consent_by", Msg("Validation", "Choose who gave the consent."))
    quals = [q for q in raw.get("qualifications") or [] if q in QUALIFICATIONS]
    values = data.values()
    values.update(school=_school(raw), consent_date=consent_date, consent_by=consent_by,
                  qualifications=",".join(quals) or None, notes=(raw.get("notes") or "").strip() or None)
    if uid is None:
        person = Person(**values)
        person.save()
        return person
    person = Person.get_by_id(uid)
    if apply_values(person, values, keep_known=False):
        person.save()
    return person


def duplicates_of(raw: dict[str, Any], uid: str | None = None) -> list[Candidate]:
    """People who may already be this one: same IIN, or same folded names and birth date.

    Values that are not valid yet find nobody (saving says what is wrong first).
    """
    try:
        data = clean_person(raw)
    except ValidationError:
        return []
    return find_duplicates(data, exclude_uid=uid)


def new_person_defaults() -> dict[str, Any]:
    """What a new person's form starts with: at a school, the school itself (most who come are its own)."""
    inst = get_installation()
    if inst is None or inst.role != "school" or not inst.organisation_uid:
        return {}
    school = Organisation.get_or_none(Organisation.uid == inst.organisation_uid)
    return {"school": school.name} if school is not None else {}


def person_values(uid: str) -> dict[str, Any]:
    """The form's values of a saved person."""
    p = Person.get_by_id(uid)
    school = Organisation.get_or_none(Organisation.uid == p.school_uid) if p.school_uid else None
    return {"surname": p.surname, "name": p.name, "patronymic": p.patronymic,
            "birth_date": p.birth_date, "sex": p.sex, "iin": p.iin, "category": p.category,
            "school": school.name if school else None, "grade": p.grade, "phone": p.phone,
            "consent_date": p.consent_date, "consent_by": p.consent_by,
            "qualifications": [q for q in (p.qualifications or "").split(",") if q], "notes": p.notes}


@dataclass
class HistoryRow:
    """One line of a person's history."""

    date: dt.date | None
    what: str  # event | certificate | aid
    title: str
    detail: str


def person_history(uid: str) -> list[HistoryRow]:
    """Events attended, certificates received and aid given to a person, newest first."""
    rows: list[HistoryRow] = []
    query = (Attendance.select(Attendance, Event).join(Event)
             .where(Attendance.person == uid, Attendance.deleted == False, Event.deleted == False))  # noqa: E712
    for a in query:
        rows.append(HistoryRow(a.event.start_date, "event", a.event.title, a.role))
    for c in Certificate.select().where(Certificate.person == uid, Certificate.deleted == False):  # noqa: E712
        rows.append(HistoryRow(c.issued_date, "certificate", c.kind, c.serial))
    aid = (AidGiven.select(AidGiven).join(AidRecipient)
           .where(AidRecipient.person == uid, AidGiven.deleted == False))  # noqa: E712
    for g in aid:
        rows.append(HistoryRow(g.given_date, "aid", g.item, str(g.value_tenge or "")))
    rows.sort(key=lambda r: r.date or dt.date.min, reverse=True)
    return rows


def delete_person(uid: str) -> None:
    """Delete a person (a tombstone; restorable)."""
    soft_delete(Person, uid)


def restore_person(uid: str) -> None:
    """Bring a deleted person back."""
    restore(Person, uid)
