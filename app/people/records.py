"""Turning typed or imported values into a valid person, and saving it once.

The same rules serve the person form, the CSV/XLSX import and the demo data:
IIN checksum, IIN vs typed birth date and sex, plausible birth dates, known
categories.  A person is matched by IIN when there is one, otherwise by
surname, name, patronymic and birth date compared folded (app/people/duplicates.py:
«Нурмагамбетов» is «Нұрмағамбетов»), so importing a file twice, or a list
typed without Kazakh letters, creates nobody new.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from functools import lru_cache
from operator import attrgetter
from typing import Any, Literal, overload

from app.errors import ValidationError
from app.i18n import Msg
from app.models import Organisation, Person
from app.people.duplicates import matching_people
from app.records import Outcome, upsert
from app.reference import find_code, find_region
from app.tables.cells import FORMULA_START
from app.text import clean_text as clean_chars
from app.text import fold
from app.validation.fields import check_birth_date, clean_text, parse_optional_date, parse_phone, parse_sex, require
from app.validation.iin import check_iin_agrees


@overload
def normalise_name(value: Any, field: str, required: Literal[True] = ...) -> str: ...
@overload
def normalise_name(value: Any, field: str, required: bool) -> str | None: ...


def normalise_name(value: Any, field: str, required: bool = True) -> str | None:
    """Clean and collapse spaces; fix ALL-CAPS or all-lower names to Title case (Әлібеков)."""
    text = _tidy_name(value if type(value) is str else str(value)) if value is not None else ""
    if not text:
        if required:
            require(field, text)  # raises: nothing is left once cleaned (invisible characters only, say)
        return None
    if text.startswith(FORMULA_START):
        # =HYPERLINK(…), +7…, @…: what a spreadsheet would run, never a person's name (and not stored to be
        # exported, quoted, and imported again as the same formula)
        raise ValidationError(field, Msg("Validation", "“{text}” looks like a spreadsheet formula, not a name: "
                                         "type the name itself.", text=text))
    return text


@lru_cache(maxsize=65536)
def _tidy_name(value: str) -> str:
    # Cached: a list of 10,000 pupils has a few hundred surnames and names.
    text = " ".join(clean_chars(value).split())
    if text and (text.isupper() or text.islower()):
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
        # Not dataclasses.asdict: it deep-copies every value, a tenth of an import's time.
        return dict(zip(_VALUE_FIELDS, _value_getter(self)))


_VALUE_FIELDS = tuple(f.name for f in fields(PersonInput) if f.name != "school_name")
_value_getter = attrgetter(*_VALUE_FIELDS)


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


def person_or_none(uid: str | None) -> Person | None:
    """The person ``uid`` (a deleted one too), or None if there is none."""
    return Person.get_or_none(Person.uid == uid)


def find_match(person: PersonInput) -> Person | None:
    """The live person this input describes: same IIN, else same folded names and birth date.

    A row without a birth date is the person of that name (any birth date), so
    importing such a list again finds the people it made.  Two indexed look-ups:
    this runs once per imported row.
    """
    found = matching_people(person, any_birth_date=True, enough_with_iin=True)
    return found[0][0] if found else None


_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_NAME_FIELDS = ("surname", "name", "patronymic")


def _kazakh_letters(text: str) -> int:
    return sum(ch in _KAZAKH_LETTERS for ch in text)


def spelled_differently(person: PersonInput, match: Person) -> bool:
    """True when ``person`` names ``match`` with other letters (Нурмагамбетов for Нұрмағамбетов)."""
    data = match.__data__  # (the names as the record holds them, without peewee's descriptors)
    for field in _NAME_FIELDS:
        typed = getattr(person, field)
        if typed and typed != (data.get(field) or ""):
            return True
    return False


def upsert_person(person: PersonInput, school: Organisation | None = None,
                  existing: Person | None = None, looked_up: bool = False) -> tuple[Person, Outcome]:
    """Create the person or fill in what changed; an identical row changes nothing.

    ``existing`` is the person to update; without it :func:`find_match` finds
    them, unless ``looked_up`` says the caller already did (and found nobody).

    A name that folds alike is the same name: the spelling with more Kazakh
    letters is kept (a list typed without the Kazakh layout never turns
    «Нұрмағамбетов» into «Нурмагамбетов»; one typed with it corrects the reverse).
    """
    match = existing if existing is not None or looked_up else find_match(person)
    return upsert(Person, match, person_values(person, school, match))


def person_values(person: PersonInput, school: Organisation | None, match: Person | None) -> dict[str, Any]:
    """The model values ``person`` gives ``match`` (or a new person): names folding alike kept as registered
    unless the new spelling has more Kazakh letters (see :func:`upsert_person`)."""
    values = person.values()
    values["school"] = school
    if match is not None:
        data = match.__data__
        for key in _NAME_FIELDS:
            new, old = values.get(key), data.get(key)
            if new and old and new != old and fold(new) == fold(old) \
                    and _kazakh_letters(new) <= _kazakh_letters(old):
                values[key] = old
    return values
