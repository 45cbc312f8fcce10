"""Base models: every record that travels carries the sync fields uid, origin, stamp and deleted."""
from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from peewee import BigIntegerField, BooleanField, CharField, Model

from app.db.changes import next_seen
from app.db.schema_v7 import search_text
from app.db.store import current_store, database
from app.errors import NotSetUp, UsageError
from app.i18n import Msg
from app.ids import new_uid
from app.text import clean_record_text, fold

_INSERTS: dict[type, tuple[str, list]] = {}
_F = TypeVar("_F")


def _inherited(field: _F) -> _F:
    """``field``, copied shallowly when a model inherits it.

    Peewee deep-copies each inherited field into every model class: five fields of ~25 models, 2-3 ms
    of every start.  These hold nothing mutable of their own (model and name are set again when the
    copy is bound), so a shallow copy is the same field; their class stays peewee's own, which the
    fast paths of app/records.py compare exactly.
    """
    setattr(field, "__deepcopy__", lambda memo: copy.copy(field))  # noqa: B010 - copy.deepcopy asks the instance
    return field


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SyncedModel(BaseModel):
    """A record with a uid, its origin installation, a change stamp and a tombstone.

    ``save`` stamps every change; ``delete_softly`` marks instead of deleting,
    so that deletions travel in bundles like any other change.
    """

    uid = _inherited(CharField(primary_key=True))
    origin = _inherited(CharField())  # the installation that created it and owns it; never changes
    stamp = _inherited(BigIntegerField())
    deleted = _inherited(BooleanField(default=False))
    seen = _inherited(BigIntegerField(default=0))  # local clock of the last write here (exports pick by it)
    _dirty: set[str]  # peewee's own record of changed fields (its stubs leave it out); see _insert_fast

    #: The columns a table's derived ``search`` text is made of (app.db.schema_v7.SEARCHED); none: no search.
    search_columns: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def search_of(cls, values: Mapping[str, Any]) -> str:
        """The ``search`` text of a record given as ``{column: value}`` (a saved row or a bundle's record)."""
        return search_text(fold, values, cls.search_columns)

    def before_save(self) -> None:
        """Hook for derived columns (search text) before each save."""

    def save(self, force_insert: bool = False, only: Any = None) -> int:
        store = current_store()
        if store.installation_id is None:
            raise NotSetUp()
        if not self.uid:
            self.uid = new_uid()
            force_insert = True
        if force_insert:
            self.origin = self.origin or store.installation_id
        elif self.origin != store.installation_id:
            # Records are owned by the installation that made them (docs/bundle-format.md): an office
            # holds schools' records but does not edit them.
            raise UsageError(Msg("Sync", "This record was made by another installation; "
                                 "only that installation can change it."))
        self.stamp = store.clock.now()
        clean_record_text(self)  # NFC, no control or invisible characters, IIN digits only
        self.before_save()
        # The change number is taken in the same transaction as the row (app/db/changes.py).
        if store.db.in_transaction():
            return self._write(store, force_insert, only)
        with store.db.atomic():
            return self._write(store, force_insert, only)

    def _write(self, store: Any, force_insert: bool, only: Any) -> int:
        self.seen = next_seen(store.db)
        if force_insert and only is None:
            return self._insert_fast()
        return super().save(force_insert=force_insert, only=only)

    def _insert_fast(self) -> int:
        """INSERT with a statement built once per model.

        Peewee builds each statement anew; for an import of thousands of rows
        that costs several times more than SQLite's own work.
        """
        cls = type(self)
        cached = _INSERTS.get(cls)
        if cached is None:
            fields = list(cls._meta.sorted_fields)
            columns = ", ".join(f'"{f.column_name}"' for f in fields)
            marks = ", ".join("?" for _ in fields)
            cached = (f'INSERT INTO "{cls._meta.table_name}" ({columns}) VALUES ({marks})', fields)
            _INSERTS[cls] = cached
        sql, fields = cached
        data = self.__data__
        self._meta.database.execute_sql(sql, [f.db_value(data.get(f.name)) for f in fields])
        self._dirty.clear()
        return 1

    def delete_softly(self) -> None:
        """Mark the record deleted (a tombstone that travels)."""
        self.deleted = True
        self.save()

    @classmethod
    def live(cls, *fields: Any):
        """A select over the records not deleted."""
        return cls.select(*fields).where(cls.deleted == False)  # noqa: E712

    @classmethod
    def sync_defaults(cls) -> dict[str, Any]:
        """Sync fields for a bulk insert made outside ``save`` (one clock tick each)."""
        store = current_store()
        stamp = store.clock.now()
        return {"uid": new_uid(), "origin": store.installation_id, "stamp": stamp,
                "deleted": False, "seen": next_seen(store.db)}
