"""«Мектепке жол»: children in need of aid and the aid they received."""
from __future__ import annotations

from peewee import CharField, DateField, ForeignKeyField, IntegerField, TextField

from app.models.base import SyncedModel
from app.models.events import Event
from app.models.organisations import Organisation
from app.models.people import Person


class AidRecipient(SyncedModel):
    """A child in the data bank; ``family_categories`` is a comma-separated code list."""

    person = ForeignKeyField(Person, column_name="person_uid", backref="aid_records")
    person_uid: str
    family_categories = CharField(default="")
    guardian = CharField(null=True)
    guardian_phone = CharField(null=True)
    address = CharField(null=True)
    school = ForeignKeyField(Organisation, column_name="school_uid", null=True)
    school_uid: str | None
    grade = CharField(null=True)
    needs = TextField(null=True)
    identified_date = DateField(null=True)
    notes = TextField(null=True)

    @property
    def categories(self) -> list[str]:
        """The family category codes."""
        return [c for c in (self.family_categories or "").split(",") if c]


class AidGiven(SyncedModel):
    recipient = ForeignKeyField(AidRecipient, column_name="recipient_uid", backref="aid")
    recipient_uid: str
    item = CharField()
    quantity = IntegerField(default=1)
    value_tenge = IntegerField(null=True)
    sponsor = ForeignKeyField(Organisation, column_name="sponsor_uid", null=True)
    sponsor_uid: str | None
    event = ForeignKeyField(Event, column_name="event_uid", null=True)
    event_uid: str | None
    given_date = DateField()
    notes = TextField(null=True)
    status = CharField(default="delivered")  # identified → approved → delivered


AID_STATUSES = ("identified", "approved", "delivered")


class SocialPassport(SyncedModel):
    """A school's own total of pupils in one social category for one year."""

    school = ForeignKeyField(Organisation, column_name="school_uid")
    school_uid: str
    year = IntegerField()
    category = CharField()
    count = IntegerField(default=0)
