"""The frozen values the tournament rules work on; ids are strings (uids).

The database layer (:mod:`app.tournaments.context`) builds these from its rows;
the rule modules (draw, adjudicators, ballots, standings, elimination) take and
return only these, plain strings and numbers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from app.i18n import Msg

Side = Literal["gov", "opp"]
SIDES: tuple[str, str] = ("gov", "opp")
# APF speeches: Prime Minister and Member of Government for the government,
# Leader and Member of the Opposition for the opposition.
ROLES: tuple[str, ...] = ("pm", "mg", "lo", "mo")
ROLE_SIDE: dict[str, str] = {"pm": "gov", "mg": "gov", "lo": "opp", "mo": "opp"}

TIEBREAKS: tuple[str, ...] = ("wins", "points", "head_to_head", "draw_strength", "margins", "average_points")
DEFAULT_TIEBREAKS: tuple[str, ...] = ("wins", "points", "head_to_head", "draw_strength", "margins")
SPEAKER_RANKINGS: tuple[str, ...] = ("total", "average")


@dataclass(frozen=True)
class Team:
    """A team of one league; ``school`` (an organisation uid or name) marks conflicts."""

    uid: str
    name: str
    school: str | None = None
    league: str = ""


@dataclass(frozen=True)
class Adjudicator:
    """An adjudicator; higher ``rating`` chairs first; ``school`` marks conflicts."""

    uid: str
    name: str
    school: str | None = None
    rating: float = 0.0


@dataclass(frozen=True)
class SpeakerScore:
    """One speech: who gave it, for which team, in which role, and its score."""

    speaker: str
    team: str
    role: str
    score: float


@dataclass(frozen=True)
class Result:
    """A finished qualifying debate (or a bye: ``opp`` is None, no winner, no scores).

    ``forfeit``: the loser did not come; the winner wins with no speaker scores.
    """

    round_no: int
    gov: str
    opp: str | None
    winner: Side | None = None
    scores: tuple[SpeakerScore, ...] = ()
    forfeit: bool = False

    @property
    def is_bye(self) -> bool:
        return self.opp is None

    @property
    def winner_uid(self) -> str | None:
        """The winning team (a bye's team wins its bye)."""
        if self.opp is None:
            return self.gov
        return self.gov if self.winner == "gov" else self.opp if self.winner == "opp" else None

    @property
    def teams(self) -> tuple[str, ...]:
        return (self.gov,) if self.opp is None else (self.gov, self.opp)

    def team_points(self, team: str) -> float:
        """The sum of ``team``'s speaker scores in this debate."""
        return sum(s.score for s in self.scores if s.team == team)


@dataclass(frozen=True)
class Ballot:
    """One adjudicator's ballot for one debate; the chair's comes first in a panel."""

    gov: str
    opp: str
    winner: Side | None
    scores: tuple[SpeakerScore, ...]
    adjudicator: str | None = None


@dataclass(frozen=True)
class Pairing:
    """One debate of a draw; a bye has ``opp`` None."""

    gov: str
    opp: str | None

    @property
    def is_bye(self) -> bool:
        return self.opp is None

    @property
    def teams(self) -> tuple[str, ...]:
        return (self.gov,) if self.opp is None else (self.gov, self.opp)


@dataclass(frozen=True)
class Problem:
    """A rule a draw or an allocation breaks: a stable ``code``, the teams, a message."""

    code: str
    msg: Msg
    teams: tuple[str, ...] = ()


@dataclass(frozen=True)
class TournamentSettings:
    """A tournament's scoring and ranking rules (defaults in docs/tournaments.md)."""

    score_min: float = 60.0
    score_max: float = 80.0
    score_step: float = 1.0
    low_point_wins: bool = False
    iron_person: bool = False
    tiebreaks: tuple[str, ...] = DEFAULT_TIEBREAKS
    speaker_ranking: str = "total"
    speaker_min_rounds: int = 0
    seed: int = 0


@dataclass(frozen=True)
class TeamStanding:
    """A team's place: equal ``rank`` and ``tied`` for teams no tie-break separates."""

    rank: int
    tied: bool
    uid: str
    wins: int
    points: float
    debates: int
    byes: int
    figures: dict[str, float] = field(default_factory=dict)

    def rank_label(self) -> str:
        """'3' or '3=' for a shared place."""
        return f"{self.rank}=" if self.tied else str(self.rank)


@dataclass(frozen=True)
class SpeakerStanding:
    """A speaker's place; ``rank`` None when they spoke too few rounds to be ranked."""

    rank: int | None
    tied: bool
    speaker: str
    team: str
    total: float
    rounds_spoken: int
    average: float
    scores: dict[int, float] = field(default_factory=dict)
    credited: tuple[int, ...] = ()  # rounds of a bye or a forfeit win: ``scores`` holds the speaker's own average

    def rank_label(self) -> str:
        if self.rank is None:
            return "—"
        return f"{self.rank}=" if self.tied else str(self.rank)


def role_name(role: str) -> Msg:
    """The translatable name of an APF speech."""
    names = {
        "pm": Msg("Tournament", "Prime Minister"),
        "mg": Msg("Tournament", "Member of the Government"),
        "lo": Msg("Tournament", "Leader of the Opposition"),
        "mo": Msg("Tournament", "Member of the Opposition"),
    }
    return names.get(role) or Msg("Tournament", "unknown role “{role}”", role=role)


def side_name(side: str) -> Msg:
    """'government' / 'opposition' as a translatable word."""
    return Msg("Tournament", "government") if side == "gov" else Msg("Tournament", "opposition")


def check_settings(settings: TournamentSettings) -> list[Msg]:
    """What is wrong with a tournament's settings (empty when they can be used)."""
    out: list[Msg] = []
    if not settings.score_step > 0:
        out.append(Msg("Tournament", "The score step must be greater than zero."))
    if not settings.score_min < settings.score_max:
        out.append(Msg("Tournament", "The lowest score must be below the highest ({low} – {high}).",
                       low=settings.score_min, high=settings.score_max))
    elif settings.score_step > 0:
        steps = (settings.score_max - settings.score_min) / settings.score_step
        if abs(steps - round(steps)) > 1e-6:
            out.append(Msg("Tournament", "The score range {low} – {high} is not a whole number of steps of {step}.",
                           low=settings.score_min, high=settings.score_max, step=settings.score_step))
    for code in settings.tiebreaks:
        if code not in TIEBREAKS:
            out.append(Msg("Tournament", "“{code}” is not a known tie-break.", code=code))
    if len(set(settings.tiebreaks)) != len(settings.tiebreaks):
        out.append(Msg("Tournament", "A tie-break is listed twice."))
    if settings.speaker_ranking not in SPEAKER_RANKINGS:
        out.append(Msg("Tournament", "“{code}” is not a known way to rank speakers.", code=settings.speaker_ranking))
    if settings.speaker_min_rounds < 0:
        out.append(Msg("Tournament", "The least number of rounds for a speaker cannot be negative."))
    return out
