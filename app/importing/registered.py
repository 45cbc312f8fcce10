"""The people a chunk of participant rows may be: fetched with one query by IIN and one by folded
name and birth date, and matched as :func:`app.people.records.find_match` does (see
:mod:`app.importing.participants`, which writes them)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Any

from peewee import BigIntegerField, CharField, DateField, Field, ForeignKeyField, IntegerField, TextField

from app.db.store import current_store
from app.models import Organisation, Person
from app.people.duplicates import same_name
from app.people.records import PersonInput
from app.records import BulkWriter
from app.text import fold

#: Rows checked, looked up and written together: few enough for one statement's parameters on both engines.
CHUNK = 2000

# A row is compared with the columns it can change (and whose the record is): a re-import reads the whole
# list, and the rest (search, sort, notes, …) is read only for the people a row changes (see ``_whole``).
# The birth date and the school come last: they are compared on their own (a date with the text kept).
_TYPED = (*(name for name in PersonInput(surname="", name="").values() if name != "birth_date"),
          "birth_date", "school")
_COMPARED = ", ".join(Person._meta.fields[name].column_name for name in ("uid", "origin", "deleted", *_TYPED))
_BY_IINS = f"SELECT {_COMPARED} FROM person WHERE iin IN ({{marks}}) AND +deleted = 0"
# ``search`` is fold("surname name [patronymic] [iin]"): a key's rows are the key itself or the key, a
# space and more ("!" is the character after the space).  The keys drive the join (CROSS JOIN keeps SQLite
# from walking the people list's index instead), each one range of the ``search`` index.
_BY_NAMES = ("WITH k(lo, hi, born) AS (VALUES {values}) "
             "SELECT p.uid, p.surname, p.name, p.patronymic, p.iin, p.birth_date, p.search "
             "FROM k CROSS JOIN person p WHERE p.search >= k.lo AND p.search < k.hi AND +p.deleted = 0 "
             "AND (k.born IS NULL OR p.birth_date = k.born)")
_BY_UIDS = f"SELECT {_COMPARED} FROM person WHERE uid IN ({{marks}})"
_WHOLE = "SELECT * FROM person WHERE uid = ?"
# The people registered without an IIN, counted on the IIN's index (the deleted among them too).
_COUNT_WITHOUT_IIN = "SELECT count(*) FROM person WHERE iin IS NULL OR iin = ''"
_WITHOUT_IIN = ("SELECT uid, surname, name, patronymic, iin, birth_date, search FROM person "
                "WHERE (iin IS NULL OR iin = '') AND +deleted = 0")
_FEW_WITHOUT_IIN = 2 * CHUNK


_BY_COLUMN = {f.column_name: f for f in Person._meta.sorted_fields}
# A row of _BY_IINS: its uid, and from _TYPED_AT on the columns a row gives (PersonInput.values()), the birth
# date second last and the school last.
_COMPARED_NAMES = [_BY_COLUMN[column.strip()].name for column in _COMPARED.split(",")]
_TYPED_AT = _COMPARED_NAMES.index(_TYPED[0])
_IIN_AT = _COMPARED_NAMES.index("iin")
_typed_values = attrgetter(*_TYPED[:-2])  # (the birth date and the school aside)
assert tuple(_COMPARED_NAMES[_TYPED_AT:]) == _TYPED  # (what same_as_registered compares, in this order)


def _converter(field: Field) -> Callable[[Any], Any] | None:
    """How a column's value becomes the attribute's (None: as read); dates parsed once per text."""
    if type(field) in (CharField, TextField, BigIntegerField, IntegerField) or isinstance(field, ForeignKeyField):
        return None  # text, whole numbers and references to a text key come back as they are kept
    if isinstance(field, DateField):
        return lru_cache(maxsize=8192)(field.python_value)  # a few thousand birth dates among 10,000 pupils
    return field.python_value


_CONVERTERS = {field.name: _converter(field) for field in Person._meta.sorted_fields}


def _read_people(sql: str, params: Sequence[Any]) -> list[Person]:
    """People as ``Person.raw`` reads them, without its attribute-by-attribute setting.

    A re-import reads every person of the list; peewee's constructor took a third of its time.
    """
    cursor = current_store().db.execute_sql(sql, params)
    names = [_BY_COLUMN[column[0]].name for column in cursor.description]
    return [_person_of(names, row) for row in cursor.fetchall()]


def _person_of(names: Sequence[str], row: Sequence[Any]) -> Person:
    """The person whose columns ``names`` hold ``row`` (as the database gives them)."""
    data = dict(zip(names, row))
    for name, value in data.items():
        if value is not None and (convert := _CONVERTERS[name]) is not None:
            data[name] = convert(value)
    person = Person.__new__(Person)
    person.__data__ = data
    person._dirty = set()
    person.__rel__ = {}
    return person


def _name_key(surname: str | None, name: str | None) -> tuple[str, str]:
    return fold(surname), fold(name)


def _marks(count: int) -> str:
    return ", ".join("?" * count)


class Registered:
    """The people a chunk's rows may be: as the database had them, and as earlier rows left them."""

    def __init__(self, people: Sequence[PersonInput]) -> None:
        db = current_store().db
        # The people registered with the rows' IINs, as rows of _BY_IINS: a re-import finds every row's
        # person here, and most are unchanged (see same_as_registered); a record is made for the others.
        self.by_iin: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        self._records: dict[str, Person] = {}
        iins = sorted({p.iin for p in people if p.iin})
        if iins:
            for row in db.execute_sql(_BY_IINS.format(marks=_marks(len(iins))), iins).fetchall():
                self.by_iin[row[_IIN_AT] or ""].append(row)
        # The name look-up serves the rows their IIN did not find.  Such a row with an IIN can only be someone
        # registered without one (two IINs: two people): when those are few they are read all at once, and
        # the rows with IINs (most of a school's list) need no look-up by name.
        unfound = [p for p in people if not (p.iin and p.iin in self.by_iin)]
        without_iin: list[tuple[Any, ...]] | None = None
        if any(p.iin for p in unfound) and db.execute_sql(_COUNT_WITHOUT_IIN).fetchone()[0] <= _FEW_WITHOUT_IIN:
            without_iin = db.execute_sql(_WITHOUT_IIN).fetchall()
            unfound = [p for p in unfound if not p.iin]
        asked = sorted({(fold(f"{p.surname} {p.name}"), p.birth_date.isoformat() if p.birth_date else None)
                        for p in unfound})
        self.by_name: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        found: list[tuple[Any, ...]] = without_iin or []
        if asked:
            params: list[Any] = []
            for key, born in asked:
                params += (key, key + "!", born)
            found += db.execute_sql(_BY_NAMES.format(values=", ".join(["(?, ?, ?)"] * len(asked))), params).fetchall()
        keys = {fold(f"{p.surname} {p.name}") for p in people} if found else set()  # (nothing to file: none)
        seen_uids: set[str] = set()
        for row in found:
            if row[0] in seen_uids:
                continue  # reached twice (two birth dates of one name, or without an IIN and by name)
            seen_uids.add(row[0])
            search = row[6]
            for at in range(len(search) + 1):  # the keys this search text begins with, up to a space
                if (at == len(search) or search[at] == " ") and search[:at] in keys:
                    self.by_name[search[:at]].append(row)
        self._people: dict[str, Person] = {}
        # People made or changed by this chunk's earlier rows, as they are now: the record, or the row of
        # a person made by :func:`_created` (a record is made of it in ``writer`` if a later row needs one).
        self.touched: dict[str, Person | list[Any]] = {}
        self._touched_iin: dict[str, set[str]] = defaultdict(set)
        self._touched_name: dict[tuple[str, str], set[str]] = defaultdict(set)
        # (folded surname, folded name, birth date) of every person in ``touched`` (never taken out: a key
        # left over only sends a row the whole way through :meth:`match`).
        self._touched_born: set[tuple[str, str, Any]] = set()
        self.writer: BulkWriter | None = None  # holds the rows of ``touched``

    def _name_rows(self, person: PersonInput) -> list[str]:
        """Uids of the people registered (before this chunk) by ``person``'s name and birth date."""
        if not self.by_name:
            return []  # nobody was looked for by name (a list with IINs, none registered without one)
        born = person.birth_date.isoformat() if person.birth_date else None
        return [uid for uid, surname, name, patronymic, iin, birth, _ in
                self.by_name.get(fold(f"{person.surname} {person.name}"), ())
                if (born is None or str(birth) == born) and uid not in self.touched
                and same_name(person, surname, name, patronymic)
                and not (person.iin and iin and person.iin != iin)]  # two IINs: two people

    def fetch_named(self, people: Sequence[PersonInput]) -> None:
        """Read whole the people the rows found by name (only their compared columns were read)."""
        wanted = sorted({uid for p in people if not (p.iin and p.iin in self.by_iin) for uid in self._name_rows(p)})
        if wanted:
            for other in _read_people(_BY_UIDS.format(marks=_marks(len(wanted))), wanted):
                self._people[other.uid] = other

    def _touched(self, uid: str) -> Person:
        """The person ``uid`` of ``touched`` as a record."""
        found = self.touched[uid]
        if isinstance(found, list):
            assert self.writer is not None  # (a row is only ever remembered with its writer)
            found = self.touched[uid] = self.writer.record(uid)  # type: ignore[assignment]
        return found  # type: ignore[return-value]

    def _record(self, row: tuple[Any, ...]) -> Person:
        """The registered person of a row of ``by_iin`` as a record (one per person)."""
        found = self._records.get(row[0])
        if found is None:
            found = self._records[row[0]] = _person_of(_COMPARED_NAMES, row)
        return found

    def same_as_registered(self, person: PersonInput, school: Organisation | None) -> bool:
        """True when ``person``'s IIN finds one registered person, whom the row leaves unchanged and names
        with the same letters (what :func:`_row_outcome` finds the long way); False: it decides.

        A re-import's every row: compared with the registered person's columns as read, no record made.
        """
        iin = person.iin
        if not iin or self._touched_iin.get(iin):
            return False
        rows = self.by_iin.get(iin)
        if not rows or len(rows) != 1 or rows[0][0] in self.touched:
            return False
        held = rows[0]
        born = person.birth_date
        if born is not None and (type(born) is not dt.date or born.isoformat() != held[-2]):
            return False  # (the database keeps the date as ISO text)
        typed = _typed_values(person)
        if typed != held[_TYPED_AT:-2]:  # (the usual re-imported row: equal as a whole, compared in C)
            for value, was in zip(typed, held[_TYPED_AT:-2]):
                if value is not None and value != was:
                    return False  # (a blank cell changes nothing: changed_values keeps what is known)
        return school is None or school.uid == held[-1]

    def is_new(self, person: PersonInput, name_key: tuple[str, str]) -> bool:
        """True when :meth:`match` finds nobody for ``person`` for certain (without looking at anyone).

        Most of a first import's rows: nobody with the IIN, nobody registered by the name, nobody of this
        chunk with the name and birth date.  Otherwise :meth:`match` decides.
        """
        iin = person.iin
        if iin and (self.by_iin.get(iin) or self._touched_iin.get(iin)):
            return False
        if self.by_name and fold(f"{person.surname} {person.name}") in self.by_name:
            return False
        born = person.birth_date
        if born is None:
            return not self._touched_name.get(name_key)
        return (*name_key, born) not in self._touched_born

    def remember_row(self, uid: str, iin: str | None, name_key: tuple[str, str], born: Any, row: list[Any]) -> None:
        """A new person's ``row`` (added to ``writer``) as :meth:`remember` remembers a record."""
        self.touched[uid] = row
        if iin:
            self._touched_iin[iin].add(uid)
        self._touched_name[name_key].add(uid)
        self._touched_born.add((*name_key, born))

    def match(self, person: PersonInput) -> Person | None:
        """The person ``person`` is, as :func:`app.people.records.find_match` finds them."""
        iin = person.iin
        if iin:
            registered = self.by_iin.get(iin)
            found = [self._record(row) for row in registered if row[0] not in self.touched] if registered else []
            touched = self._touched_iin.get(iin)
            if touched:
                found += [self._touched(uid) for uid in touched]
            if found:
                return min(found, key=lambda p: p.uid)  # uid: UUIDv7, the oldest record first
        # (.get: on a server another desktop may have deleted someone between the two reads)
        found = [other for other in map(self._people.get, self._name_rows(person)) if other is not None]
        born = person.birth_date
        for uid in self._touched_name.get(_name_key(person.surname, person.name)) or ():
            other = self._touched(uid)
            if (born is None or other.birth_date == born) \
                    and same_name(person, other.surname, other.name, other.patronymic) \
                    and not (person.iin and other.iin and person.iin != other.iin):
                found.append(other)
        return min(found, key=lambda p: p.uid) if found else None

    def forget(self, record: Person) -> None:
        """Take ``record`` out of the indexes before a row changes it (see :meth:`remember`)."""
        if record.uid in self.touched:
            if record.iin:
                self._touched_iin[record.iin].discard(record.uid)
            self._touched_name[_name_key(record.surname, record.name)].discard(record.uid)

    def remember(self, record: Person) -> None:
        """``record`` as a row of this chunk left it: later rows find it as it is now."""
        data = record.__data__  # (the plain fields' values, without their descriptors)
        uid, iin = data["uid"], data.get("iin")
        self.touched[uid] = record
        if iin:
            self._touched_iin[iin].add(uid)
        name_key = _name_key(data["surname"], data["name"])
        self._touched_name[name_key].add(uid)
        self._touched_born.add((*name_key, data.get("birth_date")))



