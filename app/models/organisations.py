"""Schools, colleges, NGOs, partners, sponsors, offices."""
from __future__ import annotations

from peewee import CharField, IntegerField, TextField

from app.db.schema_v7 import SEARCHED
from app.models.base import SyncedModel


class Organisation(SyncedModel):
    search_columns = SEARCHED["organisation"]
    kind = CharField()
    name = CharField()
    region = CharField(null=True)
    district = CharField(null=True)
    locality = CharField(null=True)
    address = CharField(null=True)
    phone = CharField(null=True)
    notes = TextField(null=True)
    search = CharField(default="")
    activity = CharField(null=True)  # what it does (trainings on fake news, …)
    frequency = CharField(null=True)  # how often it works with schools
    members = IntegerField(null=True)  # members of a club (debate clubs)

    def before_save(self) -> None:
        self.search = self.search_of(self.__data__)
