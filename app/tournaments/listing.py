"""What the tournaments window shows: the list of tournaments, team lines, debaters of a league.

Small read-only helpers over the saved tournament for the window (the core
modules stay as they are); every change still goes through setup,
registration, rounds, results and tab.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.i18n import Msg
from app.listing import Column, ListSource
from app.models import Award, Debate, DebateAdjudicator, Person, TeamMember, Tournament
from app.text import fold
from app.tournaments import context as ctx
from app.tournaments.ballots import panel_decision
from app.tournaments.categories import stored
from app.tournaments.panels import rating_of
from app.tournaments.registration import PeopleFinder, adjudicators_of, teams_of

TEAMS_COUNT = ("(SELECT count(*) FROM team x WHERE x.event_uid = t.event_uid AND x.deleted = 0)")

TOURNAMENTS = ListSource(
    table="tournament t",
    key="t.uid",
    joins="JOIN event e ON e.uid = t.event_uid",
    deleted_col="t.deleted",
    search_col="e.search",
    base_where="e.deleted = 0",
    default_sort="-julianday(e.start_date), e.title COLLATE KAZAKH",
    columns=[
        Column("name", Msg("Tournament", "Tournament"), "e.title", "e.title COLLATE KAZAKH", width=36),
        Column("date", Msg("Tournament", "Date"), "e.start_date", "e.start_date", kind="date", width=10),
        Column("stage", Msg("Tournament", "Stage"), "t.stage", "t.stage", kind="tournament_stage", width=14),
        Column("leagues", Msg("Tournament", "Leagues"), "t.leagues", "t.leagues", kind="tournament_leagues",
               width=24),
        Column("teams", Msg("Tournament", "Teams"), TEAMS_COUNT, TEAMS_COUNT, kind="int", width=8),
        Column("place", Msg("Tournament", "Place"), "e.place", "e.place COLLATE KAZAKH", width=20),
    ],
)


def tournament_list() -> list[dict]:
    """Every live tournament as the window's list shows it (newest first), as plain data for the command line.

    uid, name, date (ISO text), stage, leagues (codes in their order), teams (live count), place.
    """
    keys = TOURNAMENTS.ids()
    rows = TOURNAMENTS.fetch(keys)
    names = [c.key for c in TOURNAMENTS.columns]
    out = []
    for uid in keys:
        row = dict(zip(names, rows[uid], strict=True))
        out.append({"uid": uid, "name": row["name"], "date": str(row["date"]), "stage": row["stage"],
                    "leagues": [code for code in (row["leagues"] or "").split(",") if code],
                    "teams": row["teams"], "place": row["place"]})
    return out


def debate_points(row_uids: list[str]) -> dict[str, tuple[float, float]]:
    """(government points, opposition points) of each decided debate of ``row_uids`` from its current ballots."""
    out = {}
    for uid, mine in ctx.active_ballots(row_uids).items():
        d = Debate.get_by_id(uid)
        values = [ctx.ballot_value(d, b) for b in mine]
        if not values:
            continue
        _, scores = panel_decision(values)
        out[uid] = (sum(s.score for s in scores if s.team == d.gov_uid),
                    sum(s.score for s in scores if s.team == d.opp_uid))
    return out


@dataclass
class TeamLine:
    """A team as the registration table shows it."""

    uid: str
    league: str
    name: str
    school: str | None
    speakers: list[str]
    speaker_uids: list[str]
    coach: str | None
    coach_uid: str | None
    drawn: bool
    category: str | None = None  # novice | junior; None: open
    speaker_categories: list[str | None] = field(default_factory=list)  # each speaker's own (None: the team's)


def team_lines(t: Tournament, league: str | None = None) -> list[TeamLine]:
    """The live teams of the tournament (one league or all) with speakers and coach, in few queries."""
    teams = teams_of(t, league)
    uids = [x.uid for x in teams]
    members: dict[str, list[str]] = {}
    own: dict[str, str | None] = {}
    for m in (TeamMember.live().where(TeamMember.team.in_(uids)).order_by(TeamMember.team, TeamMember.position)):
        members.setdefault(m.team_uid, []).append(m.person_uid)
        own[m.person_uid] = stored(m.category)
    wanted = {u for v in members.values() for u in v} | {x.coach_uid for x in teams if x.coach_uid}
    people = {p.uid: p for p in Person.select().where(Person.uid.in_(list(wanted)))}
    drawn: set[str] = set()
    for d in Debate.live().where(Debate.tournament == t.uid).select(Debate.gov, Debate.opp):
        drawn.update(x for x in (d.gov_uid, d.opp_uid) if x)
    out = []
    for x in teams:
        speakers = [u for u in members.get(x.uid, []) if u in people and not people[u].deleted]
        out.append(TeamLine(uid=x.uid, league=x.league, name=x.name,
                            school=x.school.name if x.school_uid and x.school is not None else None,
                            speakers=[people[u].full_name for u in speakers], speaker_uids=speakers,
                            coach=people[x.coach_uid].full_name if x.coach_uid in people else None,
                            coach_uid=x.coach_uid, drawn=x.uid in drawn, category=stored(x.category),
                            speaker_categories=[own.get(u) for u in speakers]))
    return out


@dataclass
class AdjudicatorLine:
    """An adjudicator as the registration table shows them."""

    uid: str
    name: str
    school: str | None
    league: str | None
    rating: float = 5.0


def adjudicator_lines(t: Tournament) -> list[AdjudicatorLine]:
    """The tournament's adjudicators by name."""
    return [AdjudicatorLine(uid=a.uid, name=a.person.full_name,
                            school=a.school.name if a.school_uid and a.school is not None else None,
                            league=a.league, rating=rating_of(a.rating)) for a in adjudicators_of(t)]


def panel_of(debate_uid: str) -> list[tuple[str, str, bool]]:
    """(adjudicator uid, name, chair) of a debate's panel, the chair first."""
    rows = (DebateAdjudicator.live().where(DebateAdjudicator.debate == debate_uid)
            .order_by(DebateAdjudicator.chair.desc(), DebateAdjudicator.stamp))
    return [(p.adjudicator_uid, p.adjudicator.person.full_name, bool(p.chair)) for p in rows]


def debaters(t: Tournament, league: str) -> list[tuple[str, str, str]]:
    """(person uid, full name, team name) of every debater of a league, by team then order."""
    out = []
    for line in team_lines(t, league):
        for uid, name in zip(line.speaker_uids, line.speakers):
            out.append((uid, name, line.name))
    return out


def nominations(t: Tournament, league: str) -> list[tuple[str, str, str | None]]:
    """(title code or text, person name, team) of the nominations given in a league."""
    rows = (Award.live().where(Award.tournament == t.uid, Award.league == league, Award.kind == "nomination")
            .order_by(Award.title))
    return [(a.title or "", a.person.full_name if a.person_uid else "", a.team.name if a.team_uid else None)
            for a in rows]


def elimination_rounds_drawn(t: Tournament, league: str) -> list[int]:
    """The elimination rounds of a league that have a draw, in order."""
    return sorted({d.round for d in ctx.debates(t, league, elimination=True)})



class ChosenPeopleFinder(PeopleFinder):
    """The core's people finder, but a name the user picked from the register is that very person."""

    def __init__(self, chosen: dict[str, str]) -> None:
        super().__init__()
        self.chosen = chosen  # folded full name -> person uid

    def person(self, full: str, school, category: str, anywhere: bool = False) -> Person:
        uid = self.chosen.get(fold(" ".join((full or "").split())))
        if uid:
            person = Person.get_or_none(Person.uid == uid, Person.deleted == False)  # noqa: E712
            if person is not None:
                return person
        return super().person(full, school, category, anywhere)
