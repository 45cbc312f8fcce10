"""Turning typed or imported values into a valid person, and saving it once.

The same rules serve the person form, the CSV/XLSX import and the demo data:
IIN checksum, IIN vs typed birth date and sex, plausible birth dates, known
categories.  A person is matched by IIN when there is one, otherwise by
surname, name, patronymic and birth date, so importing a file twice creates
nobody new.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Literal, overload

from app.models import Organisation, Person
from app.records import Outcome, upsert
from app.reference import find_code, find_region
from app.text import clean_text as clean_chars
from app.validation.fields import check_birth_date, clean_text, parse_optional_date, parse_phone, parse_sex, require
from app.validation.iin import check_iin_agrees


@overload
def normalise_name(value: Any, field: str, required: Literal[True] = ...) -> str: ...
@overload
def normalise_name(value: Any, field: str, required: bool) -> str | None: ...


def normalise_name(value: Any, field: str, required: bool = True) -> str | None:
    """Clean and collapse spaces; fix ALL-CAPS or all-lower names to Title case (Әлібеков)."""
    text = " ".join(clean_chars(str(value)).split()) if value is not None else ""
    if not text:
        if required:
            require(field, text)  # raises: nothing is left once cleaned (invisible characters only, say)
        return None
    if text.isupper() or text.islower():
        text = "-".join(part[:1].upper() + part[1:].lower() for part in text.split("-"))
        text = " ".join(w[:1].upper() + w[1:] for w in text.split(" "))
    return text


@dataclass
class PersonInput:
    """A validated person, before it is matched against the database."""

    surname: str
    name: str
    patronymic: str | None = None
    birth_date: dt.date | None = None
    sex: str | None = None
    iin: str | None = None
    category: str | None = None
    school_name: str | None = None
    grade: str | None = None
    phone: str | None = None
    region: str | None = None
    district: str | None = None

    def values(self) -> dict[str, Any]:
        """Model field values (without the school, which needs a lookup)."""
        data = asdict(self)
        data.pop("school_name")
        return data


def clean_person(raw: dict[str, Any], today: dt.date | None = None) -> PersonInput:
    """Validate a person's raw values (strings from a form or a file).

    Raises ValidationError naming the first field that is wrong.
    """
    surname = normalise_name(raw.get("surname"), "surname")
    name = normalise_name(raw.get("name"), "name")
    patronymic = normalise_name(raw.get("patronymic"), "patronymic", required=False)
    birth_date = parse_optional_date(raw.get("birth_date"), "birth_date")
    if birth_date is not None:
        check_birth_date(birth_date, "birth_date", today=today)
    sex = parse_sex(raw["sex"]) if clean_text(raw.get("sex")) else None
    iin = clean_text(raw.get("iin"))
    if iin:
        digits = iin.replace(" ", "")
        if digits.isdigit() and len(digits) == 11:
            digits = "0" + digits  # Excel drops the leading zero of IINs born 2000–2009
        info = check_iin_agrees(digits, birth_date, sex)
        iin, birth_date, sex = info.iin, info.birth_date, info.sex
    category = clean_text(raw.get("category"))
    if category:
        category = find_code("social_categories", category, "category")
    region = clean_text(raw.get("region"))
    phone = clean_text(raw.get("phone"))
    return PersonInput(
        surname=surname, name=name, patronymic=patronymic, birth_date=birth_date, sex=sex,
        iin=iin or None, category=category, school_name=clean_text(raw.get("school")),
        grade=clean_text(raw.get("grade")), phone=parse_phone(phone) if phone else None,
        region=find_region(region) if region else None, district=clean_text(raw.get("district")))


_BY_IIN = "SELECT * FROM person WHERE iin = ? AND deleted = 0 LIMIT 1"
_BY_NAMES = ("SELECT * FROM person WHERE surname = ? AND name = ? AND deleted = 0"
             " AND patronymic IS ? AND (? IS NULL OR birth_date = ?) LIMIT 5")


def person_or_none(uid: str | None) -> Person | None:
    """The person ``uid`` (a deleted one too), or None if there is none."""
    return Person.get_or_none(Person.uid == uid)


def find_match(person: PersonInput) -> Person | None:
    """The live person this input describes: same IIN, else same names and birth date.

    Raw SQL with fixed statements: this runs once per imported row.
    """
    if person.iin:
        found = next(iter(Person.raw(_BY_IIN, person.iin)), None)
        if found is not None:
            return found
    birth = person.birth_date.isoformat() if person.birth_date else None
    candidates = list(Person.raw(_BY_NAMES, person.surname, person.name, person.patronymic, birth, birth))
    if person.iin:
        # A different IIN means a different person, whatever the names say.
        candidates = [c for c in candidates if not c.iin or c.iin == person.iin]
    return candidates[0] if candidates else None


def find_duplicates(person: PersonInput, exclude_uid: str | None = None) -> list[Person]:
    """People who may be the same: same IIN, or same surname, name and birth date."""
    found: dict[str, Person] = {}
    if person.iin:
        for p in Person.live().where(Person.iin == person.iin):
            found[p.uid] = p
    if person.birth_date is not None:
        for p in Person.live().where(Person.surname == person.surname, Person.name == person.name,
                                     Person.birth_date == person.birth_date):
            found[p.uid] = p
    found.pop(exclude_uid or "", None)
    return list(found.values())


def upsert_person(person: PersonInput, school: Organisation | None = None,
                  existing: Person | None = None) -> tuple[Person, Outcome]:
    """Create the person or fill in what changed; an identical row changes nothing."""
    match = existing if existing is not None else find_match(person)
    values = person.values()
    values["school"] = school
    return upsert(Person, match, values)
