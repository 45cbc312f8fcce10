"""Debate teams of a tournament (an event of kind debate_tournament)."""
from __future__ import annotations

from peewee import CharField, ForeignKeyField, IntegerField, TextField

from app.models.base import SyncedModel
from app.models.events import Event
from app.models.organisations import Organisation
from app.models.people import Person


class Team(SyncedModel):
    event = ForeignKeyField(Event, column_name="event_uid", backref="teams")
    event_uid: str
    name = CharField()
    league = CharField()
    school = ForeignKeyField(Organisation, column_name="school_uid", null=True)
    school_uid: str | None
    coach = ForeignKeyField(Person, column_name="coach_uid", null=True)
    coach_uid: str | None
    notes = TextField(null=True)
    source_uid = CharField(null=True)  # the team of the earlier stage it was carried from
    category = CharField(null=True)  # novice | junior; NULL: open (v11)


class TeamMember(SyncedModel):
    team = ForeignKeyField(Team, column_name="team_uid", backref="members")
    team_uid: str
    person = ForeignKeyField(Person, column_name="person_uid")
    person_uid: str
    position = IntegerField(default=1)
    category = CharField(null=True)  # the speaker's own category (novice | junior); NULL: the team's (v11)
