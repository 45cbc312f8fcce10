"""Contests (байқау): nominations, age groups and the works submitted."""
from __future__ import annotations

from peewee import CharField, DateField, FloatField, ForeignKeyField, IntegerField, TextField

from app.models.base import SyncedModel
from app.models.events import Event
from app.models.people import Person


class Contest(SyncedModel):
    event = ForeignKeyField(Event, column_name="event_uid", backref="contests")
    event_uid: str
    nominations = TextField(default="")  # one per line
    age_groups = CharField(default="7-10,11-13,14-17")
    scoring = CharField(default="places")  # places | scores
    winners_up_to = IntegerField(default=3)  # places 1..N are winners


class ContestWork(SyncedModel):
    contest = ForeignKeyField(Contest, column_name="contest_uid", backref="works")
    contest_uid: str
    person = ForeignKeyField(Person, column_name="person_uid", backref="contest_works")
    person_uid: str
    nomination = CharField()
    title = CharField(null=True)
    submitted = DateField(null=True)
    score = FloatField(null=True)
    place = IntegerField(null=True)
    notes = TextField(null=True)
