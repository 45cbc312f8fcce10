"""Generic create-or-update of synced records, shared by forms, imports and demo data."""
from __future__ import annotations

from typing import Any, Literal, TypeVar

from peewee import ForeignKeyField, Model

from app.models.base import SyncedModel

Outcome = Literal["created", "updated", "unchanged"]
M = TypeVar("M", bound=SyncedModel)


def apply_values(record: SyncedModel, values: dict[str, Any], keep_known: bool = True) -> bool:
    """Set ``values`` on ``record``; True when something changed.

    With ``keep_known`` a None value never erases what is known: a blank cell
    in an imported file means "not given", not "delete".
    """
    changed = False
    for key, value in values.items():
        if value is None and keep_known:
            continue
        field = record._meta.fields[key]
        if isinstance(field, ForeignKeyField):
            new_id = value.get_id() if isinstance(value, Model) else value
            if getattr(record, field.object_id_name) != new_id:
                setattr(record, field.object_id_name, new_id)
                changed = True
        elif getattr(record, key) != value:
            setattr(record, key, value)
            changed = True
    return changed


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
