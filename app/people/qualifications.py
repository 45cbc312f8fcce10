"""Trained trainers and consultants (Legal Culture: at least 2 consultants per region,
over 500 trainers nationwide)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from peewee import JOIN, Value, fn

from app.errors import ValidationError
from app.i18n import Msg
from app.models import Organisation, Person
from app.reference import find_region
from app.text import fold

QUALIFICATIONS = ("trainer", "consultant")
# Words a coordinator may type instead of the code, in the three languages.
_WORDS = {
    "trainer": {"trainer", "тренер"},
    "consultant": {"consultant", "консультант", "кеңесші"},
}


def _code(value: Any) -> str:
    text = fold(str(value or ""))
    for code, words in _WORDS.items():
        if text in {fold(w) for w in words}:  # fold() writes Kazakh letters as Russian: fold the words too
            return code
    raise ValidationError("qualifications", Msg(
        "Validation", "“{text}” is not in the list of allowed values ({allowed}).",
        text=str(value or ""), allowed=", ".join(QUALIFICATIONS)))


def set_qualifications(person_uid: str, codes: Iterable[Any]) -> Person:
    """Give a person exactly these qualifications (trainer, consultant); empty clears them."""
    wanted = {_code(c) for c in codes if str(c or "").strip()}
    person = Person.get_by_id(person_uid)
    text = ",".join(c for c in QUALIFICATIONS if c in wanted) or None  # fixed order
    if person.qualifications != text:
        person.qualifications = text
        person.save()
    return person


def qualifications(person: Person) -> list[str]:
    """The person's qualification codes."""
    return [c for c in (person.qualifications or "").split(",") if c]


def trainers(region: Any = None, qualification: str = "trainer") -> list[Person]:
    """Live people with ``qualification``, in Kazakh name order; optionally of one region.

    A person's region is their own, else their school's (pupils and teachers
    imported with a school often have no region of their own).
    """
    code = _code(qualification)
    query = (Person.live()
             .join(Organisation, JOIN.LEFT_OUTER, on=(Person.school == Organisation.uid))
             .where(fn.instr(Value(",").concat(fn.coalesce(Person.qualifications, "")).concat(","),
                             f",{code},") > 0))
    if region is not None and str(region).strip():
        query = query.where(fn.coalesce(Person.region, Organisation.region) == find_region(region))
    return list(query.order_by(Person.sort, Person.uid))
