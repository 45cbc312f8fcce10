"""Checking an adjudicator's ballot and deciding a panel (pure; no database).

A ballot names the winning side and scores the four APF speeches: Prime
Minister and Member of the Government, Leader and Member of the Opposition.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Sequence

from app.errors import ValidationError
from app.i18n import Msg
from app.tournaments.types import (
    ROLE_SIDE,
    ROLES,
    SIDES,
    Ballot,
    Side,
    SpeakerScore,
    TournamentSettings,
    role_name,
    side_name,
)

# Scores are typed as decimals (70.5); a float off by this much is still on the step.
_EPS = 1e-6


def _fmt(value: float) -> str:
    """70.0 → '70', 70.5 → '70.5' for messages."""
    return f"{value:g}"


def on_step(score: float, settings: TournamentSettings) -> bool:
    """Whether ``score`` is the lowest score plus a whole number of steps (float-safe)."""
    steps = (score - settings.score_min) / settings.score_step
    return abs(steps - round(steps)) < _EPS


def check_ballot(ballot: Ballot, settings: TournamentSettings, gov_speakers: Collection[str],
                 opp_speakers: Collection[str]) -> list[Msg]:
    """Everything wrong with ``ballot`` (empty when it can be accepted).

    ``gov_speakers`` / ``opp_speakers``: the members of the government and
    opposition teams.  One speaker giving two speeches (iron person) is
    refused unless ``settings.iron_person``; the two speeches must then be
    for their own team.  Equal totals are refused (a debate has a winner);
    a winner with the lower total is refused unless
    ``settings.low_point_wins``.
    """
    out: list[Msg] = []
    if ballot.winner not in SIDES:
        out.append(Msg("Tournament", "Choose the winning side."))
    roles = Counter(s.role for s in ballot.scores)
    for role in ROLES:
        if roles[role] == 0:
            out.append(Msg("Tournament", "The {role} has no score.", role=role_name(role)))
        elif roles[role] > 1:
            out.append(Msg("Tournament", "The {role} is scored {count} times.", role=role_name(role),
                           count=roles[role]))
    for role in roles:
        if role not in ROLE_SIDE:
            out.append(Msg("Tournament", "“{role}” is not an APF speech.", role=role))
    members = {"gov": set(gov_speakers), "opp": set(opp_speakers)}
    team_of_side = {"gov": ballot.gov, "opp": ballot.opp}
    for s in ballot.scores:
        if s.role not in ROLE_SIDE:
            continue
        side = ROLE_SIDE[s.role]
        if not (settings.score_min - _EPS <= s.score <= settings.score_max + _EPS):
            out.append(Msg("Tournament", "The score {score} of the {role} is outside {low} – {high}.",
                           score=_fmt(s.score), role=role_name(s.role), low=_fmt(settings.score_min),
                           high=_fmt(settings.score_max)))
        elif not on_step(s.score, settings):
            out.append(Msg("Tournament", "The score {score} of the {role} is not in steps of {step}.",
                           score=_fmt(s.score), role=role_name(s.role), step=_fmt(settings.score_step)))
        if s.team != team_of_side[side] or s.speaker not in members[side]:
            out.append(Msg("Tournament", "The {role} must be a speaker of the {side} team.",
                           role=role_name(s.role), side=side_name(side)))
    speeches = Counter(s.speaker for s in ballot.scores)
    for _speaker, count in speeches.items():
        if count > 1 and not settings.iron_person:
            out.append(Msg("Tournament", "One speaker gave {count} speeches; this tournament does not allow it.",
                           count=count))
    if ballot.winner in SIDES and all(roles[r] == 1 for r in ROLES):
        gov = sum(s.score for s in ballot.scores if ROLE_SIDE.get(s.role) == "gov")
        opp = sum(s.score for s in ballot.scores if ROLE_SIDE.get(s.role) == "opp")
        if abs(gov - opp) < _EPS:
            out.append(Msg("Tournament", "Both teams total {total}; a debate cannot end in a tie.",
                           total=_fmt(gov)))
        elif not settings.low_point_wins:
            mine, theirs = (gov, opp) if ballot.winner == "gov" else (opp, gov)
            if mine < theirs:
                out.append(Msg("Tournament", "The winner ({side}) has fewer points: {mine} against {theirs}.",
                               side=side_name(ballot.winner), mine=_fmt(mine), theirs=_fmt(theirs)))
    return out


def panel_decision(ballots: Sequence[Ballot]) -> tuple[str, tuple[SpeakerScore, ...]]:
    """The panel's winner and speaker scores; the chair's ballot comes first.

    The side most ballots chose wins (in an even split the chair's side).
    Each speech's score is the average of the majority's ballots only, so
    the winner keeps the higher total.  Every ballot must be for the same
    debate and name the same speaker for each speech.
    """
    if not ballots:
        raise ValidationError("ballots", Msg("Tournament", "The debate has no ballot yet."))
    first = ballots[0]
    votes = Counter(b.winner for b in ballots)
    if any(b.winner not in SIDES for b in ballots):
        raise ValidationError("ballots", Msg("Tournament", "A ballot has no winner."))
    if any((b.gov, b.opp) != (first.gov, first.opp) for b in ballots):
        raise ValidationError("ballots", Msg("Tournament", "The ballots are for different debates."))
    winner: Side
    if votes["gov"] != votes["opp"]:
        winner = "gov" if votes["gov"] > votes["opp"] else "opp"
    else:
        assert first.winner is not None  # every ballot names a side (checked above)
        winner = first.winner
    speakers: dict[str, tuple[str, str]] = {}
    scores: dict[str, list[float]] = defaultdict(list)
    for b in ballots:
        for s in b.scores:
            if speakers.setdefault(s.role, (s.speaker, s.team)) != (s.speaker, s.team):
                raise ValidationError("ballots", Msg(
                    "Tournament", "The ballots name different speakers for the {role}.", role=role_name(s.role)))
            if b.winner == winner:
                scores[s.role].append(s.score)
    out = tuple(SpeakerScore(speakers[role][0], speakers[role][1], role, round(sum(v) / len(v), 6))
                for role in ROLES if (v := scores.get(role)))
    return winner, out
