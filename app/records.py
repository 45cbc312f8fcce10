"""Generic create-or-update of synced records, shared by forms, imports and demo data."""
from __future__ import annotations

from operator import itemgetter
from typing import Any, Literal, TypeVar

from peewee import BigIntegerField, CharField, Field, ForeignKeyField, IntegerField, Model, TextField

from app.db.changes import next_seen
from app.db.store import current_store
from app.errors import NotSetUp, UsageError
from app.i18n import Msg
from app.ids import new_uid
from app.models.base import SyncedModel
from app.text import clean_record_text

Outcome = Literal["created", "updated", "unchanged"]
M = TypeVar("M", bound=SyncedModel)


def changed_values(record: SyncedModel, values: dict[str, Any], keep_known: bool = True) -> dict[str, Any]:
    """The ``values`` that differ from ``record``'s (the record is left as it is).

    With ``keep_known`` a None value never erases what is known: a blank cell
    in an imported file means "not given", not "delete".
    """
    changes: dict[str, Any] = {}
    fields = record._meta.fields
    data = record.__data__  # what a field's attribute (a reference's id too) reads, without its descriptor
    for key, value in values.items():
        if value is None and keep_known:
            continue
        if isinstance(fields[key], ForeignKeyField):
            new_id = value.get_id() if isinstance(value, Model) else value
            if data.get(key) != new_id:
                changes[key] = value
        elif data.get(key) != value:
            changes[key] = value
    return changes


def set_values(record: SyncedModel, changes: dict[str, Any]) -> None:
    """Set ``changes`` (from :func:`changed_values`) on ``record``; references by their id."""
    fields = record._meta.fields
    for key, value in changes.items():
        field = fields[key]
        if isinstance(field, ForeignKeyField):
            setattr(record, field.object_id_name, value.get_id() if isinstance(value, Model) else value)
        else:
            setattr(record, key, value)


def apply_values(record: SyncedModel, values: dict[str, Any], keep_known: bool = True) -> bool:
    """Set ``values`` on ``record``; True when something changed.

    With ``keep_known`` a None value never erases what is known: a blank cell
    in an imported file means "not given", not "delete".
    """
    changes = changed_values(record, values, keep_known)
    set_values(record, changes)
    return bool(changes)


def not_ours() -> UsageError:
    """The refusal to change a record another installation made (as ``SyncedModel.save`` words it)."""
    # Records are owned by the installation that made them (docs/bundle-format.md).
    return UsageError(Msg("Sync", "This record was made by another installation; "
                          "only that installation can change it."))


def upsert(model: type[M], match: M | None, values: dict[str, Any]) -> tuple[M, Outcome]:
    """Create a ``model`` record from ``values`` or update ``match``; saves only on change."""
    if match is None:
        record = model(**values)
        record.save()
        return record, "created"
    if apply_values(match, values):
        match.save()
        return match, "updated"
    return match, "unchanged"


def soft_delete(model: type[SyncedModel], uid: str) -> None:
    """Mark a record deleted (a tombstone that travels); it can be restored."""
    record = model.get_by_id(uid)
    if not record.deleted:
        record.deleted = True
        record.save()


def restore(model: type[SyncedModel], uid: str) -> None:
    """Bring a deleted record back (a newer change than its deletion)."""
    record = model.get_by_id(uid)
    if record.deleted:
        record.deleted = False
        record.save()


_TEXT = (CharField, TextField)
_WHOLE = (BigIntegerField, IntegerField)
_TEXT_TYPES = frozenset((str, type(None)))
_WHOLE_TYPES = frozenset((int, type(None)))


def _getter(indexes: list[int]) -> Any:
    """A function giving the items at ``indexes`` of a list, as a tuple."""
    if not indexes:
        return lambda _: ()
    if len(indexes) == 1:
        return lambda row: (row[indexes[0]],)
    return itemgetter(*indexes)


_NULL_BY_DEFAULT: dict[str, frozenset[str]] = {}  # table: its columns that are NULL unless given


class BulkWriter:
    """New and changed records of one model, written with one ``executemany`` each.

    The steps of :meth:`SyncedModel.save` (uid, origin, ownership, stamp,
    cleaned text, derived columns) happen in :meth:`add`, so the record reads
    as saved at once; :meth:`write` stores them all under one change number
    (``seen``), taken in the writing transaction as ``save`` takes it.  An
    import of 10,000 rows spent more on a statement per row than on SQLite.
    """

    def __init__(self, model: type[SyncedModel], at_most: int = 0) -> None:
        """``at_most``: how many records at most will be added; their stamps are then taken in one block."""
        self.model = model
        # New records: the record, or its row as :meth:`add_row` was given it (made a record on demand).
        self.new: dict[str, SyncedModel | list[Any]] = {}
        self.changed: dict[str, SyncedModel] = {}
        self._at_most = at_most
        self._next_stamp = self._stamps_left = 0
        fields = list(model._meta.sorted_fields)
        self.names = [f.name for f in fields]  # the columns of a row given to add_row, in this order
        self._seen_at = self.names.index("seen")
        pk: Any = model._meta.primary_key
        self._fields = fields
        self._kept = [f for f in fields if f is not pk]
        table = model._meta.table_name
        columns = [f'"{f.column_name}"' for f in fields]
        self._insert = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join("?" for _ in fields)})'
        sets = ", ".join(f'"{f.column_name}" = ?' for f in self._kept)
        self._update = f'UPDATE "{table}" SET {sets} WHERE "{pk.column_name}" = ?'
        self._insert_plan = self._plan(fields)
        self._update_plan = self._plan(self._kept)

    @staticmethod
    def _plan(fields: list[Field]) -> tuple[list[str], Any, Any, list[tuple[int, Field]]]:
        """How :meth:`_values` reads ``fields``: their names, the text and whole-number columns (each one
        getter), and the rest with their index (flags, dates: through ``db_value``)."""
        def plain(field: Field) -> type | None:
            if type(field) in _TEXT or (isinstance(field, ForeignKeyField) and type(field.rel_field) in _TEXT):
                return str
            return int if type(field) in _WHOLE else None
        texts = [i for i, f in enumerate(fields) if plain(f) is str]
        wholes = [i for i, f in enumerate(fields) if plain(f) is int]
        return ([f.name for f in fields], _getter(texts), _getter(wholes),
                [(i, f) for i, f in enumerate(fields) if plain(f) is None])

    @staticmethod
    def _values(data: dict[str, Any], fields: list[Field], plan: Any = None) -> list[Any]:
        """The columns' values as peewee's ``db_value`` gives them (text and whole numbers as they are)."""
        if plan is not None:
            # Text and whole numbers are the usual values: checked a group at a time, in C (this runs for
            # every row of an import); a value of another type goes the column by column way below.
            names, texts, wholes, others = plan
            out = list(map(data.get, names))
            if set(map(type, texts(out))) <= _TEXT_TYPES and set(map(type, wholes(out))) <= _WHOLE_TYPES:
                for index, field in others:
                    value = out[index]
                    if value is not None:
                        out[index] = field.db_value(value)
                return out
        out = []
        for field in fields:
            value = data.get(field.name)
            kind = type(value)
            if value is None or (kind is str and type(field) in _TEXT) or (kind is int and type(field) in _WHOLE):
                out.append(value)
            else:
                out.append(field.db_value(value))
        return out

    def add(self, record: SyncedModel) -> None:
        """Stamp and clean ``record`` as ``save`` would; a record without a uid is new."""
        store = current_store()
        installation = store.installation_id
        if installation is None:
            raise NotSetUp()
        # The sync fields through the record's data (its descriptors cost a tenth of an import's adding):
        # the same values; peewee's list of changed fields is emptied by write() either way.
        data = record.__data__
        uid = data.get("uid")
        if not uid:
            uid = data["uid"] = new_uid()
            data["origin"] = data.get("origin") or installation
            self.new[uid] = record
        elif uid not in self.new:
            if data.get("origin") != installation:
                raise not_ours()
            self.changed[uid] = record
        data["stamp"] = self.stamp()
        clean_record_text(record)
        record.before_save()

    def stamp(self) -> int:
        """The next change stamp: from the block reserved for this writer's records, or the clock's next."""
        if not self._stamps_left:
            clock = current_store().clock
            if self._at_most <= 1:
                return int(clock.now())
            # One block for the chunk's records (on a server: one round trip instead of one per record).
            self._next_stamp, self._stamps_left = clock.reserve(self._at_most), self._at_most
            self._at_most = 0
        self._stamps_left -= 1
        self._next_stamp += 1
        return self._next_stamp - 1

    def add_row(self, uid: str, row: list[Any]) -> None:
        """A new record given as its row of database values (the columns of :attr:`names`, stamped, cleaned,
        derived columns made; ``seen`` is set by :meth:`write`): an import's new people without a model
        object each."""
        self.new[uid] = row

    def record(self, uid: str) -> SyncedModel:
        """The new record ``uid`` as a model object (made from its row if it was added as one)."""
        found = self.new[uid]
        if not isinstance(found, list):
            return found
        record = self.model.__new__(self.model)
        data = dict(zip(self.names, found))
        for _, field in self._insert_plan[3]:  # flags and dates as the record's attributes hold them
            if data[field.name] is not None:
                data[field.name] = field.python_value(data[field.name])
        record.__data__ = data
        record._dirty = set(record.__data__)
        record.__rel__ = {}
        self.new[uid] = record
        return record

    def __len__(self) -> int:
        return len(self.new) + len(self.changed)

    def _insert_of(self, conn: Any, rows: list[list[Any]]) -> tuple[str, list[Any]]:
        """The insert of new ``rows`` and the rows to give it, without the columns that are NULL in every
        row and NULL by the table's default too.

        Python's sqlite3 looks an adapter up for every None it binds: a new pupil's empty contact,
        consent and notes columns cost a seventh of the whole first import of a list.
        """
        if getattr(conn, "tirkeu_engine", "sqlite") != "sqlite" or not rows:
            return self._insert, rows
        first = rows[0]
        empty = [i for i in self._null_by_default(conn)
                 if first[i] is None and set(map(itemgetter(i), rows)) == {None}]
        if not empty:
            return self._insert, rows
        kept = [i for i in range(len(self._fields)) if i not in empty]
        columns = ", ".join(f'"{self._fields[i].column_name}"' for i in kept)
        table = self.model._meta.table_name
        return (f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" for _ in kept)})',
                list(map(itemgetter(*kept), rows)))

    def _null_by_default(self, conn: Any) -> list[int]:
        """Where in a row the columns are that the table fills with NULL when an insert leaves them out."""
        table = self.model._meta.table_name
        nulls = _NULL_BY_DEFAULT.get(table)
        if nulls is None:  # (the program's schema: the same in every database it opens)
            found = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            nulls = _NULL_BY_DEFAULT[table] = frozenset(
                name for _, name, _, notnull, default, pk in found if not notnull and default is None and not pk)
        return [i for i, field in enumerate(self._fields) if field.column_name in nulls]

    def write(self) -> None:
        """Write what was added (call inside a transaction), then start empty."""
        if not self:
            return
        db = current_store().db
        seen = next_seen(db)
        conn = db.connection()
        if self.new:
            rows = []
            for record in self.new.values():
                if isinstance(record, list):
                    record[self._seen_at] = seen
                    rows.append(record)
                    continue
                record.seen = seen
                rows.append(self._values(record.__data__, self._fields, self._insert_plan))
                record._dirty.clear()
            conn.executemany(*self._insert_of(conn, rows))
        if self.changed:
            rows = []
            for record in self.changed.values():
                record.seen = seen
                rows.append([*self._values(record.__data__, self._kept, self._update_plan), record.uid])
                record._dirty.clear()
            conn.executemany(self._update, rows)
        self.new, self.changed = {}, {}
