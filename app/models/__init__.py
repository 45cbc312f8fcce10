"""The data model (peewee). Every synced table carries uid, origin, stamp, deleted.

Each ``ForeignKeyField`` is followed by an annotation of the id attribute peewee creates for it
at run time (``event_uid: str`` beside ``event``): reading it costs no query, and mypy knows it.
An annotation without a value creates no class attribute, so peewee's own accessor stays in place.
"""

from app.models.aid import AidGiven, AidRecipient, SocialPassport
from app.models.base import BaseModel, SyncedModel
from app.models.certificates import Certificate
from app.models.contests import Contest, ContestWork
from app.models.events import Appointment, Attendance, Event, EventPartner
from app.models.installation import BundleLog, ExportLog, ImportLog, Installation, Peer, ReferenceItem, Setting
from app.models.organisations import Organisation
from app.models.people import Person
from app.models.targets import Target
from app.models.teams import Team, TeamMember
from app.models.tournaments import (
    Adjudicator,
    Award,
    Ballot,
    BreakTeam,
    Debate,
    DebateAdjudicator,
    Motion,
    Tournament,
)

SYNCED_MODELS = [Organisation, Person, Event, EventPartner, Attendance, Appointment,
                 AidRecipient, AidGiven, Team, TeamMember, Certificate, SocialPassport,
                 Tournament, Adjudicator, Debate, DebateAdjudicator, Ballot, BreakTeam, Award,
                 Contest, ContestWork, Target, Motion]
ALL_MODELS = [Setting, Installation, ReferenceItem, ImportLog, Peer, ExportLog, BundleLog,
              *SYNCED_MODELS]

__all__ = [m.__name__ for m in ALL_MODELS] + ["BaseModel", "SyncedModel", "SYNCED_MODELS", "ALL_MODELS"]
