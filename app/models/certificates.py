"""The register of issued diplomas, certificates and letters of thanks."""
from __future__ import annotations

from peewee import CharField, DateField, ForeignKeyField, IntegerField, TextField

from app.models.base import SyncedModel
from app.models.events import Event
from app.models.organisations import Organisation
from app.models.people import Person
from app.models.teams import Team


class Certificate(SyncedModel):
    serial = CharField(unique=True)
    kind = CharField()
    person = ForeignKeyField(Person, column_name="person_uid", null=True)
    person_uid: str | None
    organisation = ForeignKeyField(Organisation, column_name="organisation_uid", null=True)
    organisation_uid: str | None
    event = ForeignKeyField(Event, column_name="event_uid", null=True)
    event_uid: str | None
    team = ForeignKeyField(Team, column_name="team_uid", null=True)
    team_uid: str | None
    recipient_name = CharField()
    reason = TextField(null=True)
    language = CharField(default="kk")
    issued_date = DateField()
    status = CharField(default="issued")
    replaces_uid = CharField(null=True)
    times_printed = IntegerField(default=0)
    code = CharField(null=True)  # schema v4: Ed25519 signature, base32 (app.certificates.signing)
