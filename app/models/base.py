"""Base models: every record that travels carries the sync fields of DESIGN §2."""
from __future__ import annotations

from typing import Any

from peewee import BigIntegerField, BooleanField, CharField, Model

from app.db.store import current_store, database
from app.errors import UsageError
from app.i18n import Msg
from app.ids import new_uid


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SyncedModel(BaseModel):
    """A record with a uid, its origin installation, a change stamp and a tombstone.

    ``save`` stamps every change; ``delete_softly`` marks instead of deleting,
    so that deletions travel in bundles like any other change.
    """

    uid = CharField(primary_key=True)
    origin = CharField()
    stamp = BigIntegerField()
    deleted = BooleanField(default=False)

    def before_save(self) -> None:
        """Hook for derived columns (search text) before each save."""

    def save(self, force_insert: bool = False, only: Any = None) -> int:
        store = current_store()
        if store.installation_id is None:
            raise UsageError(Msg("Database", "This database is not set up yet: run set-up "
                                 "(tirkeu init) first."))
        if not self.uid:
            self.uid = new_uid()
            force_insert = True
        self.origin = self.origin if force_insert and self.origin else store.installation_id
        self.stamp = store.clock.now()
        self.before_save()
        return super().save(force_insert=force_insert, only=only)

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
        return {"uid": new_uid(), "origin": store.installation_id, "stamp": store.clock.now(),
                "deleted": False}
