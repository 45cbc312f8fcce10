"""Participants imported a chunk of rows at a time.

Row by row, an import of 10,000 pupils spent most of its time on round trips
to the database (a savepoint, two look-ups, a change number and an insert for
every row) and on peewee building each statement.  Here every row of a chunk
is checked as before (its own messages), the people the chunk's rows may be
are fetched with one query by IIN and one by folded name and birth date, and
the new and changed people are written with one ``executemany`` each.

The matching is :func:`app.people.records.find_match`'s: same IIN first (the
oldest record), else the same folded names (patronymics compared when both
have one) and birth date, never someone with another IIN.  Rows of one chunk
may name each other (a pupil listed twice): the people made or changed by
earlier rows are looked up as they are now, not as the database had them.

If the chunk's write fails (a constraint the checks did not foresee) it is
undone and the chunk is imported again row by row, each row in its own
savepoint, as before: that path says which row was wrong.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any

from peewee import BigIntegerField, CharField, DateField, Field, ForeignKeyField, IntegerField, TextField

from app.db.schema_v2 import person_sort
from app.db.store import current_store
from app.errors import KnownError
from app.ids import new_uids
from app.importing.person_rows import kept
from app.models import Organisation, Person
from app.people.duplicates import same_name
from app.people.records import PersonInput, person_values, spelled_differently
from app.records import BulkWriter, changed_values, not_ours, set_values
from app.text import fold, fold_joined, known_clean, sort_text

if TYPE_CHECKING:
    from app.importing.run import _Context

#: Rows checked, looked up and written together: few enough for one statement's parameters on both engines.
CHUNK = 500

# One row's result: its outcome (created, updated, unchanged) and whom it named differently, or why it failed.
RowResult = tuple[str | None, tuple[str, str] | None, KnownError | None]

# A row is compared with the columns it can change (and whose the record is): a re-import reads the whole
# list, and the rest (search, sort, notes, …) is read only for the people a row changes (see ``_whole``).
_COMPARED = ", ".join(Person._meta.fields[name].column_name
                      for name in ("uid", "origin", "deleted", *PersonInput(surname="", name="").values(), "school"))
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
# A row of _BY_IINS: its uid, and from _TYPED_AT on the columns a row gives (PersonInput.values(), the school).
_COMPARED_NAMES = [_BY_COLUMN[column.strip()].name for column in _COMPARED.split(",")]
_TYPED = (*PersonInput(surname="", name="").values(), "school")
_TYPED_AT = _COMPARED_NAMES.index(_TYPED[0])
_IIN_AT = _COMPARED_NAMES.index("iin")
_BORN_TYPED = _TYPED.index("birth_date")
_typed_values = attrgetter(*_TYPED[:-1])
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
        typed = _typed_values(person)
        born = typed[_BORN_TYPED]
        if born is not None:
            if type(born) is not dt.date:
                return False
            typed = (*typed[:_BORN_TYPED], born.isoformat(), *typed[_BORN_TYPED + 1:])
        held = rows[0]
        for value, was in zip(typed, held[_TYPED_AT:]):
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


_SCHOOL = Person.school.name


def _new_person(values: dict[str, Any]) -> Person:
    """``Person(**values)`` without peewee's attribute-by-attribute setting (a tenth of a first import)."""
    data = Person._meta.get_default_dict()
    data.update(values)
    school = data[_SCHOOL]
    person = Person.__new__(Person)
    person.__rel__ = {}
    if isinstance(school, Organisation):  # as the reference's accessor keeps it: its key, and the school
        data[_SCHOOL] = school.uid
        person.__rel__[_SCHOOL] = school
    person.__data__ = data
    person._dirty = set(data)
    return person


# A new person's row in the order _created makes it, and the writer's order of the columns.
_MADE = ("uid", "origin", "stamp", "surname", "name", "patronymic", "birth_date", "sex", "iin", "category",
         _SCHOOL, "grade", "phone", "region", "district", "search", "sort")
_DEFAULTS = {**{f.name: None for f in Person._meta.sorted_fields}, **Person._meta.get_default_dict()}
_FIXED = tuple(name for name in _DEFAULTS if name not in _MADE)  # as a new Person has them (seen: see write)
_ROW_ORDER = itemgetter(*(([*_MADE, *_FIXED]).index(f.name) for f in Person._meta.sorted_fields))
_FIXED_VALUES = tuple(_DEFAULTS[name] for name in _FIXED)


@lru_cache(maxsize=16384)
def _names_of(surname: str, name: str, patronymic: str | None) -> tuple[tuple[str, str], str, str]:
    """A name's key for matching, the search text it begins (fold_joined of the names) and its sort text:
    a list of 10,000 pupils holds a few thousand names at most."""
    return _name_key(surname, name), fold_joined((surname, name, patronymic)), \
        person_sort(sort_text, surname, name, patronymic)


def _created(person: PersonInput, school: Organisation | None, origin: str, uid: str, stamp: int,
             registered: Registered, writer: BulkWriter) -> bool:
    """Add the row of a new person ``person``, as :func:`_row_outcome` would make and
    :meth:`BulkWriter.add` stamp it; False (nothing done) when a text would need cleaning first.

    10,000 new pupils were 10,000 model objects, each filled, stamped, cleaned and read out again
    column by column: a third of a first import.
    """
    surname, name, patronymic, iin = person.surname, person.name, person.patronymic, person.iin
    sex, category, grade, phone, region, district = (person.sex, person.category, person.grade, person.phone,
                                                     person.region, person.district)
    born = person.birth_date
    if not (known_clean((origin, surname, name, patronymic, sex, category, grade, phone, region, district))
            and (iin is None or (iin.isdigit() and iin.isascii())) and (born is None or type(born) is dt.date)):
        return False  # (clean_record_text's own way, once: the texts it finds clean are known after)
    name_key, search, sort = _names_of(surname, name, patronymic)  # Person.before_save's search and sort
    if iin:  # fold_joined((surname, name, patronymic, iin)): an IIN's digits fold to themselves
        search = f"{search} {iin}" if search else iin
    made = (uid, origin, stamp, surname, name, patronymic, born.isoformat() if born is not None else None,
            sex, iin, category, school.uid if school is not None else None, grade, phone, region, district,
            search, sort)
    row = list(_ROW_ORDER(made + _FIXED_VALUES))
    writer.add_row(uid, row)
    registered.remember_row(uid, iin, name_key, born, row)
    return True


def _row_outcome(person: PersonInput, ctx: _Context, registered: Registered, writer: BulkWriter,
                 installation_id: str | None) -> RowResult:
    """Match one checked row and change the people in memory; raises KnownError as the row's save would."""
    school = ctx.school(person.school_name, person.region, person.district)
    match = registered.match(person)
    named = None
    if match is not None and spelled_differently(person, match):
        name = " ".join(p for p in (person.surname, person.name, person.patronymic) if p)
        named = (name, ctx.registered(match))
    if school is None and match is None:
        school = ctx.own_school()
    values = person_values(person, school, match)
    if match is None:
        record = _new_person(values)
        writer.add(record)
        registered.remember(record)
        return "created", named, None
    changes = changed_values(match, values)
    if not changes:
        return "unchanged", named, None
    if match.origin != installation_id:
        raise not_ours()
    if "stamp" not in match.__data__:  # read with the compared columns only: the write needs them all
        match = _read_people(_WHOLE, [match.uid])[0]  # (records are only ever marked deleted: it is there)
    registered.forget(match)
    set_values(match, changes)
    writer.add(match)
    registered.remember(match)
    return "updated", named, None


_NAMES = attrgetter("surname", "name", "patronymic")
_CREATED: RowResult = ("created", None, None)
_UNCHANGED: RowResult = ("unchanged", None, None)


def import_chunk(raws: Sequence[dict[str, Any]], ctx: _Context,
                 one_row: Callable[[dict[str, Any]], RowResult]) -> list[RowResult]:
    """Import a chunk of participants' rows (``{field: cell}``); one result per row, in order.

    ``one_row`` imports a single row the old way, in its own savepoint: the
    chunk falls back to it when its write fails.
    """
    store = current_store()
    db = store.db
    results: list[RowResult | None] = [None] * len(raws)
    checked: list[tuple[int, PersonInput]] = []
    for index, person in enumerate(ctx.checker.check(raws)):  # clean_person(prepare_row(raw)) of each
        if isinstance(person, KnownError):
            results[index] = (None, None, person)
        else:
            checked.append((index, person))
    people = [person for _, person in checked]
    registered = Registered(people)
    registered.fetch_named(people)
    writer = registered.writer = BulkWriter(Person, at_most=len(checked))
    origin = store.installation_id
    uids: list[str] = []
    for index, person in checked:
        try:
            if ctx.knows_school(person.school_name):
                school = ctx.school(person.school_name, person.region, person.district)
                if registered.same_as_registered(person, school):
                    results[index] = _UNCHANGED
                    continue
                if origin is not None and registered.is_new(person, _names_of(*_NAMES(person))[0]):
                    if school is None:
                        school = ctx.own_school()
                    uids = uids or new_uids(len(checked))  # (what a chunk leaves unused is never seen)
                    if _created(person, school, origin, uids[-1], writer.stamp(), registered, writer):
                        uids.pop()
                        results[index] = _CREATED
                        continue
                results[index] = _row_outcome(person, ctx, registered, writer, store.installation_id)
            else:  # a school this import has not used yet may be made: undone with a row that fails
                with db.atomic() as savepoint:
                    try:
                        results[index] = _row_outcome(person, ctx, registered, writer, store.installation_id)
                    except KnownError:
                        savepoint.rollback()
                        ctx.forget_schools()
                        raise
                ctx.learn_school(person.school_name)
        except KnownError as exc:
            results[index] = (None, None, kept(exc))
    try:
        with db.atomic():
            writer.write()
    except Exception:  # noqa: BLE001 - whatever it was, the row-by-row path below meets it row by row and says so
        return [one_row(raw) for raw in raws]
    return [result for result in results if result is not None]


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[tuple[int, Sequence[Any]]]:
    """(first index, the items) of each run of ``size`` items."""
    for start in range(0, len(items), size):
        yield start, items[start:start + size]


__all__ = ["CHUNK", "RowResult", "chunks", "import_chunk"]
