"""Events, their partner organisations, attendance and consultation appointments."""
from __future__ import annotations

from peewee import CharField, DateField, ForeignKeyField, IntegerField, TextField

from app.db.schema_v7 import SEARCHED
from app.models.base import SyncedModel
from app.models.organisations import Organisation
from app.models.people import Person

FORMATS = ("in_person", "online", "remote")
ATTENDANCE_STATUSES = ("attended", "applicant", "selected", "not_selected", "registered")
APPOINTMENT_STATUSES = ("booked", "held", "missed")


class Event(SyncedModel):
    search_columns = SEARCHED["event"]
    title = CharField()
    programme = CharField()
    kind = CharField()
    start_date = DateField()
    end_date = DateField()
    start_time = CharField(null=True)
    duration_minutes = IntegerField(null=True)
    place = CharField(null=True)
    format = CharField(default="in_person")
    language = CharField(null=True)
    region = CharField(null=True)
    district = CharField(null=True)
    organiser = ForeignKeyField(Organisation, column_name="organiser_uid", null=True, backref="events")
    organiser_uid: str | None
    audience = CharField(null=True)
    notes = TextField(null=True)
    headcount = IntegerField(null=True)
    hc_pupils = IntegerField(null=True)
    hc_teachers = IntegerField(null=True)
    hc_parents = IntegerField(null=True)
    hc_others = IntegerField(null=True)
    hc_girls = IntegerField(null=True)
    hc_boys = IntegerField(null=True)
    search = CharField(default="")

    def before_save(self) -> None:
        self.search = self.search_of(self.__data__)


class EventPartner(SyncedModel):
    event = ForeignKeyField(Event, column_name="event_uid", backref="partners")
    event_uid: str
    organisation = ForeignKeyField(Organisation, column_name="organisation_uid")
    organisation_uid: str


class Attendance(SyncedModel):
    event = ForeignKeyField(Event, column_name="event_uid", backref="attendance")
    event_uid: str
    person = ForeignKeyField(Person, column_name="person_uid", backref="attendance")
    person_uid: str
    role = CharField(default="participant")
    status = CharField(default="attended")
    notes = TextField(null=True)


class Appointment(SyncedModel):
    """A consultation booked in advance (Legal Culture wave 3)."""

    event = ForeignKeyField(Event, column_name="event_uid", backref="appointments")
    event_uid: str
    person = ForeignKeyField(Person, column_name="person_uid", null=True)
    person_uid: str | None
    date = DateField()
    time_slot = CharField(null=True)
    topic = CharField(null=True)
    status = CharField(default="booked")
