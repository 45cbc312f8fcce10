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
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any

from app.db.schema_v2 import person_sort
from app.db.store import current_store
from app.errors import KnownError
from app.ids import new_uids
from app.importing.person_rows import kept
from app.importing.registered import _WHOLE, CHUNK, Registered, _name_key, _read_people
from app.models import Organisation, Person
from app.people.records import PersonInput, person_values, spelled_differently
from app.records import BulkWriter, changed_values, not_ours, set_values
from app.text import fold_joined, known_clean, sort_text

if TYPE_CHECKING:
    from app.importing.run import _Context


# One row's result: its outcome (created, updated, unchanged) and whom it named differently, or why it failed.
RowResult = tuple[str | None, tuple[str, str] | None, KnownError | None]

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
