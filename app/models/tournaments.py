"""Debate tournaments: settings, adjudicators, the draw, ballots, the break and awards."""
from __future__ import annotations

from peewee import BooleanField, CharField, FloatField, ForeignKeyField, IntegerField, TextField

from app.models.base import SyncedModel
from app.models.events import Event
from app.models.organisations import Organisation
from app.models.people import Person
from app.models.teams import Team

STAGES = ("school", "district", "city", "region", "republic")
SIDES = ("gov", "opp")
ROLES = ("pm", "mg", "lo", "mo")
BALLOT_STATUSES = ("active", "corrected")


class Tournament(SyncedModel):
    """A debate tournament's settings; the tournament itself is an event."""

    event = ForeignKeyField(Event, column_name="event_uid", backref="tournaments")
    event_uid: str
    stage = CharField(default="school")
    leagues = CharField(default="kk,ru,en")  # comma-separated codes
    rounds = IntegerField(default=4)
    break_size = IntegerField(default=8)
    score_min = FloatField(default=60)
    score_max = FloatField(default=80)
    score_step = FloatField(default=1)
    low_point_wins = BooleanField(default=False)
    tiebreaks = CharField(default="wins,points,head_to_head,draw_strength")
    speakers_rule = CharField(default="total")
    awards = TextField(null=True)  # JSON: how results map to diplomas
    seed = IntegerField(default=1)
    previous_uid = CharField(null=True)  # the tournament of the earlier stage
    rooms = TextField(null=True)  # the named rooms, one per line, in the order they are given out (v8)
    iron_person = BooleanField(default=False)  # one speaker may give both speeches of a team (v9)
    speaker_min_rounds = IntegerField(default=0)  # rounds spoken to be ranked by average (v9)
    absences = TextField(null=True)  # JSON {team uid: [round, …]}: rounds a team misses, left out of the draw (v10)
    panel_size = IntegerField(default=1)  # adjudicators per qualifying debate: 1 or 3 (v11)
    elim_panel_size = IntegerField(default=3)  # adjudicators per elimination debate: 1, 3 or 5 (v11)
    category_break_size = IntegerField(default=0)  # teams of each category (novice, junior) in its own break (v11)

    @property
    def league_list(self) -> list[str]:
        """The league codes in their set order."""
        return [code for code in (self.leagues or "").split(",") if code]


class Adjudicator(SyncedModel):
    tournament = ForeignKeyField(Tournament, column_name="tournament_uid", backref="adjudicators")
    tournament_uid: str
    person = ForeignKeyField(Person, column_name="person_uid")
    person_uid: str
    school = ForeignKeyField(Organisation, column_name="school_uid", null=True)
    school_uid: str | None
    league = CharField(null=True)
    notes = TextField(null=True)
    rating = FloatField(default=5.0)  # 0–10 in steps of 0.5: chairs and top brackets first (v11)


class Debate(SyncedModel):
    """One pairing of a round (or a bye when ``opp`` is empty)."""

    tournament = ForeignKeyField(Tournament, column_name="tournament_uid", backref="debates")
    tournament_uid: str
    league = CharField()
    round = IntegerField()
    elimination = BooleanField(default=False)
    position = IntegerField(default=0)
    room = CharField(null=True)
    gov = ForeignKeyField(Team, column_name="gov_uid", null=True)
    gov_uid: str | None
    opp = ForeignKeyField(Team, column_name="opp_uid", null=True)
    opp_uid: str | None
    winner = CharField(null=True)  # gov | opp, once decided
    decided = CharField(null=True)  # ballots | organisers
    warnings = TextField(null=True)  # rules a manual change broke, as the organisers accepted


class DebateAdjudicator(SyncedModel):
    debate = ForeignKeyField(Debate, column_name="debate_uid", backref="panel")
    debate_uid: str
    adjudicator = ForeignKeyField(Adjudicator, column_name="adjudicator_uid")
    adjudicator_uid: str
    chair = BooleanField(default=False)


class Ballot(SyncedModel):
    """One adjudicator's (or the whole panel's) result of a debate."""

    debate = ForeignKeyField(Debate, column_name="debate_uid", backref="ballots")
    debate_uid: str
    adjudicator = ForeignKeyField(Adjudicator, column_name="adjudicator_uid", null=True)
    adjudicator_uid: str | None
    winner = CharField()
    pm = ForeignKeyField(Person, column_name="pm_uid", null=True)
    pm_uid: str | None
    pm_score = FloatField(null=True)
    mg = ForeignKeyField(Person, column_name="mg_uid", null=True)
    mg_uid: str | None
    mg_score = FloatField(null=True)
    lo = ForeignKeyField(Person, column_name="lo_uid", null=True)
    lo_uid: str | None
    lo_score = FloatField(null=True)
    mo = ForeignKeyField(Person, column_name="mo_uid", null=True)
    mo_uid: str | None
    mo_score = FloatField(null=True)
    status = CharField(default="active")
    replaces_uid = CharField(null=True)  # the ballot this one corrects
    reason = TextField(null=True)
    entered_at = CharField(null=True)


class Motion(SyncedModel):
    """The motion of one round of one league, with its optional info slide (v8)."""

    tournament = ForeignKeyField(Tournament, column_name="tournament_uid", backref="motions")
    tournament_uid: str
    league = CharField()
    round = IntegerField()
    text = TextField()
    info_slide = TextField(null=True)


class BreakTeam(SyncedModel):
    tournament = ForeignKeyField(Tournament, column_name="tournament_uid", backref="break_teams")
    tournament_uid: str
    league = CharField()
    team = ForeignKeyField(Team, column_name="team_uid")
    team_uid: str
    seed = IntegerField()
    reason = TextField(null=True)  # the organisers' reason when a tie at the bubble was decided


class Award(SyncedModel):
    """Who gets which diploma, nomination or letter (tournaments and contests)."""

    event = ForeignKeyField(Event, column_name="event_uid", backref="awards")
    event_uid: str
    tournament = ForeignKeyField(Tournament, column_name="tournament_uid", null=True, backref="award_rows")
    tournament_uid: str | None
    league = CharField(null=True)
    kind = CharField()  # a certificate kind: diploma_1, best_speaker, nomination, thanks, …
    title = CharField(null=True)  # nomination name or place wording
    rank = IntegerField(null=True)
    person = ForeignKeyField(Person, column_name="person_uid", null=True)
    person_uid: str | None
    team = ForeignKeyField(Team, column_name="team_uid", null=True)
    team_uid: str | None
    reason = TextField(null=True)
    certificate_uid = CharField(null=True)
