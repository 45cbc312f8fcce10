"""Finding the people already registered that a new one may be: same IIN, or same name and birth date.

Names are compared folded (:func:`app.text.fold`): «Нурмагамбетов Ерасыл» is
«Нұрмағамбетов Ерасыл», whatever the case and whichever keyboard typed it.
A patronymic counts only when both have one.  Two different IINs are two
different people, whatever the names say.

Fast at 100,000 people: the folded surname and name begin the indexed
``person.search`` column (schema v7), so the name look-up is one index range,
and the IIN has its own index.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from app.db.store import current_store
from app.models import Organisation, Person
from app.text import fold

if TYPE_CHECKING:
    from app.people.records import PersonInput

Reason = Literal["iin", "name"]

# ``search`` is fold("surname name [patronymic] [iin]"): the rows whose search is the key itself or
# the key and a space then more.  "!" is the character after the space: the range ends before any
# longer surname or name ("ахмет" does not reach "ахметов").  "+deleted": SQLite would otherwise walk
# the people list's index (deleted, sort, …) over every live person instead of this short range.
# A common name («Ахметов Ерлан») is shared by hundreds in a region: the birth date is compared by
# SQLite, and only the few columns compared here are read, not whole records.
_BY_NAME = ("SELECT uid, surname, name, patronymic, iin FROM person WHERE search >= ? AND search < ?"
            " AND +deleted = 0 AND (? = 1 OR birth_date IS ?) LIMIT 200")
_BY_UIDS = "SELECT * FROM person WHERE uid IN ({marks})"
_BY_IIN = "SELECT * FROM person WHERE iin = ? AND +deleted = 0 LIMIT 20"


@dataclass(frozen=True)
class Candidate:
    """A registered person the new one may be, with what the window shows of them."""

    uid: str
    full_name: str
    birth_date: dt.date | None
    iin: str | None
    school: str | None
    reason: Reason  # what matched: the IIN, or the folded name and birth date


def same_name(person: PersonInput, surname: str, name: str, patronymic: str | None) -> bool:
    """True when surname and name fold alike, and the patronymics too if both have one."""
    if fold(person.surname) != fold(surname) or fold(person.name) != fold(name):
        return False
    return not (person.patronymic and patronymic) or fold(person.patronymic) == fold(patronymic)


def _name_matches(person: PersonInput, any_birth_date: bool) -> list[Person]:
    key = fold(f"{person.surname} {person.name}")
    every_date = any_birth_date and person.birth_date is None
    birth = person.birth_date.isoformat() if person.birth_date else None
    uids = [uid for uid, surname, name, patronymic, iin in current_store().db.execute_sql(
                _BY_NAME, (key, key + "!", int(every_date), birth)).fetchall()
            if same_name(person, surname, name, patronymic)
            and not (person.iin and iin and person.iin != iin)]  # two IINs: two people
    if not uids:
        return []
    return list(Person.raw(_BY_UIDS.format(marks=", ".join("?" * len(uids))), *uids))


def matching_people(person: PersonInput, exclude_uid: str | None = None, any_birth_date: bool = False,
                    enough_with_iin: bool = False) -> list[tuple[Person, Reason]]:
    """Live people ``person`` may be: same IIN first, then same folded name and birth date.

    Without a birth date nobody matches by name, unless ``any_birth_date``
    (an imported row with no birth date is the person of that name, as a
    second import of the same file must find them).  ``enough_with_iin``
    skips the names when the IIN found someone.  Oldest record first.
    """
    found: dict[str, tuple[Person, Reason]] = {}
    if person.iin:
        for other in Person.raw(_BY_IIN, person.iin):
            found[other.uid] = (other, "iin")
    found.pop(exclude_uid or "", None)
    by_name = person.birth_date is not None or any_birth_date
    if by_name and not (found and enough_with_iin):
        for other in _name_matches(person, any_birth_date):
            found.setdefault(other.uid, (other, "name"))
        found.pop(exclude_uid or "", None)
    order = {"iin": 0, "name": 1}
    return sorted(found.values(), key=lambda pair: (order[pair[1]], pair[0].uid))  # uid: UUIDv7, oldest first


def find_duplicates(person: PersonInput, exclude_uid: str | None = None) -> list[Candidate]:
    """The registered people a new person may be, described for the question the window asks."""
    pairs = matching_people(person, exclude_uid)
    schools = {o.uid: o.name for o in Organisation.select(Organisation.uid, Organisation.name)
               .where(Organisation.uid.in_([p.school_uid for p, _ in pairs if p.school_uid]))} if pairs else {}
    return [Candidate(uid=p.uid, full_name=p.full_name, birth_date=p.birth_date, iin=p.iin,
                      school=schools.get(p.school_uid or ""), reason=reason) for p, reason in pairs]
