"""Turning the database's rows into the plain values the tournament rules work on."""
from __future__ import annotations

from collections import defaultdict
from typing import cast

from app.models import Adjudicator, Ballot, Debate, DebateAdjudicator, Team, TeamMember, Tournament
from app.tournaments import types as T
from app.tournaments.ballots import panel_decision
from app.tournaments.panels import rating_of


def government(d: Debate) -> str:
    """A drawn debate's government team: every debate has one (only a bye's opposition is empty)."""
    if d.gov_uid is None:
        raise ValueError(f"debate {d.uid} has no government team")
    return d.gov_uid


def opposition(d: Debate) -> str:
    """A debate's opposition team; not for a bye."""
    if d.opp_uid is None:
        raise ValueError(f"debate {d.uid} is a bye: it has no opposition")
    return d.opp_uid


def as_side(value: str | None) -> T.Side | None:
    """A winner as stored or typed ("gov", "opp" or None), typed as the rules take it (not checked here)."""
    return cast("T.Side | None", value)


def rule_settings(t: Tournament) -> T.TournamentSettings:
    """The scoring and ranking rules of a saved tournament."""
    return T.TournamentSettings(score_min=float(t.score_min), score_max=float(t.score_max),
                                score_step=float(t.score_step), low_point_wins=bool(t.low_point_wins),
                                iron_person=bool(t.iron_person), tiebreaks=tiebreaks_of(t),
                                speaker_ranking=t.speakers_rule or "total",
                                speaker_min_rounds=int(t.speaker_min_rounds or 0), seed=int(t.seed or 0))


def tiebreaks_of(t: Tournament) -> tuple[str, ...]:
    """The tournament's tie-break order (the default when none is stored)."""
    return tuple(x for x in (t.tiebreaks or "").split(",") if x) or T.DEFAULT_TIEBREAKS


def team_values(t: Tournament, league: str) -> list[T.Team]:
    """The league's live teams; a team's school marks who it must not meet."""
    rows = (Team.live().where(Team.event == t.event_uid, Team.league == league).order_by(Team.uid))
    return [T.Team(uid=x.uid, name=x.name, school=x.school_uid, league=x.league) for x in rows]


def speakers_by_team(team_uids: list[str]) -> dict[str, list[str]]:
    """Each team's speakers (person uids) in order."""
    out: dict[str, list[str]] = defaultdict(list)
    rows = (TeamMember.live().where(TeamMember.team.in_(team_uids)).order_by(TeamMember.team, TeamMember.position))
    for m in rows:
        out[m.team_uid].append(m.person_uid)
    return out


def adjudicator_values(t: Tournament, league: str | None = None) -> list[T.Adjudicator]:
    """The tournament's adjudicators (those of ``league`` and those of no league)."""
    rows = Adjudicator.live().where(Adjudicator.tournament == t.uid).order_by(Adjudicator.uid)
    return [T.Adjudicator(uid=a.uid, name=a.person.full_name, school=a.school_uid, rating=rating_of(a.rating))
            for a in rows if not league or not a.league or a.league == league]


def debates(t: Tournament, league: str, round_no: int | None = None, elimination: bool = False) -> list[Debate]:
    """The live debates of a league (one round or all), in draw order."""
    q = Debate.live().where(Debate.tournament == t.uid, Debate.league == league,
                            Debate.elimination == elimination)
    if round_no is not None:
        q = q.where(Debate.round == round_no)
    return list(q.order_by(Debate.round, Debate.position))


def active_ballots(debate_uids: list[str]) -> dict[str, list[Ballot]]:
    """The current (not corrected) ballots of each debate, the chair's first."""
    out: dict[str, list[Ballot]] = defaultdict(list)
    if debate_uids:
        chairs = {(p.debate_uid, p.adjudicator_uid) for p in DebateAdjudicator.live().where(
            DebateAdjudicator.debate.in_(debate_uids), DebateAdjudicator.chair == True)}  # noqa: E712
        rows = Ballot.live().where(Ballot.debate.in_(debate_uids), Ballot.status == "active")
        for b in rows.order_by(Ballot.stamp):
            out[b.debate_uid].append(b)
        for uid, ballots in out.items():
            ballots.sort(key=lambda b: (uid, b.adjudicator_uid) not in chairs)
    return out


def ballot_value(debate: Debate, b: Ballot) -> T.Ballot:
    """A saved ballot as the rules see it."""
    scores = []
    for role in T.ROLES:
        speaker, score = getattr(b, f"{role}_uid"), getattr(b, f"{role}_score")
        if speaker and score is not None:
            team = government(debate) if T.ROLE_SIDE[role] == "gov" else opposition(debate)
            scores.append(T.SpeakerScore(speaker=speaker, team=team, role=role, score=float(score)))
    return T.Ballot(gov=government(debate), opp=opposition(debate), winner=as_side(b.winner),
                    scores=tuple(scores), adjudicator=b.adjudicator_uid)


def results(t: Tournament, league: str, up_to_round: int | None = None) -> list[T.Result]:
    """The decided qualifying debates of a league (byes included), as the rules see them."""
    rows = [d for d in debates(t, league) if up_to_round is None or d.round <= up_to_round]
    ballots = active_ballots([d.uid for d in rows])
    out = []
    for d in rows:
        if d.opp_uid is None:
            out.append(T.Result(round_no=d.round, gov=government(d), opp=None))
            continue
        if d.winner is None:
            continue
        if d.decided == "forfeit":
            out.append(T.Result(round_no=d.round, gov=government(d), opp=d.opp_uid, winner=as_side(d.winner),
                                forfeit=True))
            continue
        scores: tuple[T.SpeakerScore, ...] = ()
        mine = [ballot_value(d, b) for b in ballots.get(d.uid, [])]
        if mine:
            _, scores = panel_decision(mine)
        out.append(T.Result(round_no=d.round, gov=government(d), opp=d.opp_uid, winner=as_side(d.winner),
                            scores=tuple(scores)))
    return out
