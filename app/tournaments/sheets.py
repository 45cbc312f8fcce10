"""What a printed draw sheet, a ballot and the projector show of a round: plain values, no database rows.

One reading of the saved round serves the PDF writer (:mod:`app.tournaments.paper`)
and the projector window, so both always agree with the window's draw table.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import ValidationError
from app.i18n import Msg
from app.models import Person, Tournament
from app.tournaments import context as ctx
from app.tournaments import types as T
from app.tournaments.motions import MotionText, motion_of
from app.tournaments.rounds import draw_rows
from app.tournaments.setup import league_name
from app.tournaments.tab import elimination_label


@dataclass
class SheetDebate:
    """One debate as printed: code, room, teams, their speakers, the panel (chair first)."""

    code: str
    room: str | None
    gov: str
    opp: str
    gov_speakers: list[str]
    opp_speakers: list[str]
    panel: list[str]
    chaired: bool
    roles: dict[str, str] = field(default_factory=dict)  # role -> speaker, when a ballot already says


@dataclass
class SheetRound:
    """One league's round as printed or projected."""

    league: str
    league_name: Msg | str
    round: int
    title: Msg
    motion: MotionText | None
    debates: list[SheetDebate]
    byes: list[str]


def round_title(t: Tournament, round_no: int) -> Msg:
    """"Round 3", or the elimination round's name ("Semifinal")."""
    if round_no > t.rounds:
        return elimination_label(t, round_no)
    return Msg("Tournament", "Round {round}", round=round_no)


def sheet_round(t: Tournament, league: str, round_no: int) -> SheetRound:
    """One league's drawn round (empty ``debates`` and ``byes`` when it is not drawn)."""
    rows = draw_rows(t, league, round_no, elimination=round_no > t.rounds)
    teams = [u for r in rows for u in (r.gov_uid, r.opp_uid) if u]
    speakers = ctx.speakers_by_team(teams)
    people = {p.uid: p.full_name for p in Person.select(Person.uid, Person.surname, Person.name, Person.patronymic)
              .where(Person.uid.in_([u for uids in speakers.values() for u in uids]))}
    ballots = ctx.active_ballots([r.uid for r in rows if r.opp_uid])
    debates = []
    for r in rows:
        if r.opp_uid is None or r.opp is None:
            continue
        roles = {}
        for b in ballots.get(r.uid, [])[:1]:
            roles = {role: people.get(getattr(b, f"{role}_uid"), "") for role in T.ROLES
                     if getattr(b, f"{role}_uid")}
        debates.append(SheetDebate(code=r.code, room=r.room, gov=r.gov, opp=r.opp,
                                   gov_speakers=[people.get(u, "?") for u in speakers.get(r.gov_uid, [])],
                                   opp_speakers=[people.get(u, "?") for u in speakers.get(r.opp_uid, [])],
                                   panel=list(r.adjudicators), chaired=r.chaired, roles=roles))
    return SheetRound(league=league, league_name=league_name(league), round=round_no,
                      title=round_title(t, round_no), motion=motion_of(t, league, round_no), debates=debates,
                      byes=[r.gov for r in rows if r.opp_uid is None])


def sheet_rounds(t: Tournament, round_no: int, leagues: list[str] | None = None) -> list[SheetRound]:
    """The drawn round in each league asked for (every league by default); refused when none is drawn."""
    for league in leagues or []:
        if league not in t.league_list:
            raise ValidationError("league", Msg("Tournament", "The league {league} is not one of this "
                                                "tournament's leagues ({leagues}).", league=league,
                                                leagues=", ".join(t.league_list)))
    out = [s for s in (sheet_round(t, lg, round_no) for lg in (leagues or t.league_list)) if s.debates or s.byes]
    if not out:
        raise ValidationError("round", Msg("Tournament", "Round {round} is not drawn yet.", round=round_no))
    return out
