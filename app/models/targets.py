"""A region's own target values (the defaults are data in resources/reference/targets.json)."""
from __future__ import annotations

from peewee import CharField, FloatField, TextField

from app.models.base import SyncedModel


class Target(SyncedModel):
    indicator = CharField()
    region = CharField(null=True)  # None: the whole country
    value = FloatField()
    notes = TextField(null=True)
