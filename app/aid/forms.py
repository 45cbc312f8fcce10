"""What the child's form in the data bank calls: check everything, then save once.

The form holds the child (a new person, or one chosen from the people
list), the family's categories, the guardian and the school.  Everything is
checked before anything is written, and the writing happens in one
transaction, so a wrong IIN leaves no half-made child behind.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.db.store import current_store
from app.errors import ValidationError
from app.i18n import Msg
from app.models import AidRecipient, Organisation, Person
from app.people.forms import person_values
from app.people.records import PersonInput, clean_person
from app.records import apply_values, restore, soft_delete
from app.reference import find_code
from app.validation.fields import clean_text, parse_optional_date, parse_phone

# The person fields the form shows; only these are written to an existing person,
# so the form never erases what it does not show (phone, region, consent…).
PERSON_KEYS = ("surname", "name", "patronymic", "birth_date", "sex", "iin")
RECIPIENT_KEYS = ("guardian", "guardian_phone", "address", "grade", "needs", "notes")


def _gone(field: str) -> ValidationError:
    return ValidationError(field, Msg("Aid", "The chosen record no longer exists; choose again."))


def _family_categories(value: Any) -> list[str]:
    """Codes from a list of codes/names or from text split by , ; or /."""
    if value is None:
        return []
    parts = re.split(r"[,;/]", value) if isinstance(value, str) else list(value)
    found: list[str] = []
    for part in parts:
        text = clean_text(part)
        if text:
            code = find_code("family_categories", text, "family_categories")
            if code not in found:
                found.append(code)
    return found


def _school(value: Any) -> str | None:
    uid = clean_text(value)
    if uid is not None and not Organisation.live().where(Organisation.uid == uid).exists():
        raise _gone("school")
    return uid


def _clean_recipient(raw: dict[str, Any]) -> dict[str, Any]:
    phone = clean_text(raw.get("guardian_phone"))
    values: dict[str, Any] = {key: clean_text(raw.get(key)) for key in RECIPIENT_KEYS}
    values.update(
        family_categories=",".join(_family_categories(raw.get("family_categories"))),
        guardian_phone=parse_phone(phone, "guardian_phone") if phone else None,
        school=_school(raw.get("school")),
        identified_date=parse_optional_date(raw.get("identified_date"), "identified_date"))
    return values


def _person_input(raw: dict[str, Any]) -> PersonInput:
    # The form's "school" is an organisation uid, not a school name to look up.
    data = clean_person({k: v for k, v in raw.items() if k != "school"})
    data.category = data.category or "pupil"
    return data


def _save_person(person: Person | None, data: PersonInput | None, school: str | None,
                 grade: str | None, keep_known: bool) -> Person:
    if person is None:
        assert data is not None
        person = Person(**data.values(), school=school)
        person.save()
        return person
    values: dict[str, Any] = {}
    if data is not None:
        values = {key: getattr(data, key) for key in PERSON_KEYS}
        if person.category is None:
            values["category"] = data.category
    # The child's school and grade follow the data bank's, when it names them.
    if school is not None:
        values["school"] = school
    if grade is not None:
        values["grade"] = grade
    if apply_values(person, values, keep_known=keep_known):
        person.save()
    return person


def _check_iin_free(data: PersonInput | None, person: Person | None) -> None:
    """Refuse to give the child an IIN that another live person already has."""
    if data is None or not data.iin or person is None:
        return
    other = Person.live().where(Person.iin == data.iin, Person.uid != person.uid).first()
    if other is not None:
        raise ValidationError("iin", Msg("Aid", "Another person already has the IIN {iin}: {name}.",
                                         iin=data.iin, name=other.full_name))


def save_recipient(raw: dict[str, Any], uid: str | None = None,
                   person_uid: str | None = None) -> AidRecipient:
    """Create (``uid`` None) or update a child in the data bank from the form's values.

    ``raw`` holds the person fields (surname, name, patronymic, birth_date, sex,
    iin), ``family_categories`` (codes), guardian, guardian_phone, address,
    school (organisation uid), grade, needs, identified_date, notes.  With
    ``person_uid`` the child is an existing person; their fields are updated
    only if ``raw`` has a ``surname`` key.  A new child whose IIN is already known is
    that person, and a person already in the data bank keeps one record.
    Raises ValidationError naming the field; then nothing is saved.
    """
    record = AidRecipient.get_by_id(uid) if uid else None
    person: Person | None = None
    if record is not None:
        person = Person.get_by_id(record.person_uid)
    elif person_uid:
        person = Person.live().where(Person.uid == person_uid).first()
        if person is None:
            raise _gone("person")
    data = _person_input(raw) if person is None or "surname" in raw else None
    values = _clean_recipient(raw)
    _check_iin_free(data, person)
    # The form's blanks erase (the user cleared a field), except on a person found
    # only by IIN: there a blank means "not typed", not "no patronymic".
    keep_known = False
    if person is None and data is not None and data.iin:
        person = Person.live().where(Person.iin == data.iin).first()
        keep_known = person is not None
    if record is None and person is not None:
        record = AidRecipient.live().where(AidRecipient.person == person.uid).first()
    with current_store().db.atomic():
        person = _save_person(person, data, values["school"], values["grade"], keep_known)
        if record is None:
            values["identified_date"] = values["identified_date"] or dt.date.today()
            record = AidRecipient(person=person.uid, **values)
            record.save()
        else:
            if values["identified_date"] is None:
                values["identified_date"] = record.identified_date  # never erased by the form
            # Not the record the form opened (the child was already in the data bank):
            # the user never saw its values, so fill in and add categories, never erase.
            merge = uid is None
            if merge:
                new = [c for c in values["family_categories"].split(",") if c]
                values["family_categories"] = ",".join(
                    record.categories + [c for c in new if c not in record.categories])
            if apply_values(record, values, keep_known=merge):
                record.save()
    return record


def recipient_values(uid: str) -> dict[str, Any]:
    """The form's values of a child in the data bank (dates as dates, categories as a list)."""
    record = AidRecipient.get_by_id(uid)
    person = Person.get_by_id(record.person_uid)
    values: dict[str, Any] = {key: getattr(person, key) for key in PERSON_KEYS}
    values.update({key: getattr(record, key) for key in RECIPIENT_KEYS})
    values.update(person_uid=person.uid, family_categories=record.categories,
                  school=record.school_uid, identified_date=record.identified_date,
                  deleted=record.deleted)
    return values


def delete_recipient(uid: str) -> None:
    """Take the child out of the data bank (a tombstone; the person and aid stay)."""
    soft_delete(AidRecipient, uid)


def restore_recipient(uid: str) -> None:
    """Bring a deleted child back into the data bank."""
    restore(AidRecipient, uid)


def form_for_person(person_uid: str, default_school: str | None = None) -> tuple[str | None, dict[str, Any], str]:
    """The aid form when a registered person is picked: (record uid or None, values, the person's name).

    A person already in the data bank gets their own record (never a twin);
    anyone else a new record from their details, at their school (else
    ``default_school``).
    """
    record = AidRecipient.live().where(AidRecipient.person == person_uid).first()
    if record is not None:
        return record.uid, recipient_values(record.uid), record.person.full_name
    person = Person.get_by_id(person_uid)
    values = person_values(person_uid)
    values["school"] = person.school_uid or default_school
    return None, values, person.full_name
