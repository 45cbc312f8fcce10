"""Per-round availability: a team known to miss one qualifying round is left out of that round's draw.

The team is not withdrawn: it stays registered, keeps its results and is drawn
again in the rounds it comes to.  Kept on the tournament (``absences``, JSON
{team uid: [round, …]}).
"""
from __future__ import annotations

import json

from app.errors import ValidationError
from app.i18n import Msg
from app.models import Team, Tournament
from app.tournaments import context as ctx

#: No tournament has more qualifying rounds than this; a larger number from a file is ignored.
MAX_ROUND = 50


def absences(t: Tournament) -> dict[str, list[int]]:
    """Each team's rounds away, as saved (team uid → sorted rounds)."""
    try:
        data = json.loads(t.absences or "{}")
    except ValueError:  # a damaged value must not stop a draw: nobody is away
        return {}
    if not isinstance(data, dict):
        return {}  # a bundle may carry any text here: only {team: [rounds]} is read
    out: dict[str, list[int]] = {}
    for uid, rounds in data.items():
        if isinstance(rounds, list):
            kept = sorted({r for r in rounds if type(r) is int and 1 <= r <= MAX_ROUND})
            if kept:
                out[str(uid)] = kept
    return out


def absent_in(t: Tournament, round_no: int) -> set[str]:
    """The teams away in qualifying round ``round_no``."""
    return {uid for uid, rounds in absences(t).items() if round_no in rounds}


def set_absent(t: Tournament, team: Team, round_no: int, absent: bool = True) -> None:
    """Mark ``team`` away from (or back for) qualifying round ``round_no``.

    Refused for a round outside 1…rounds and for a round of the team's league
    already drawn (draw it again after the change).
    """
    if not 1 <= round_no <= t.rounds:
        raise ValidationError("round", Msg("Tournament", "Round {round} is not a qualifying round of this "
                                           "tournament (1–{rounds}).", round=round_no, rounds=t.rounds))
    if ctx.debates(t, team.league, round_no):
        raise ValidationError("round", Msg("Tournament", "Round {round} of the {league} league is already drawn; "
                                           "a team's absence is set before the draw.",
                                           round=round_no, league=team.league))
    data = absences(t)
    rounds = set(data.get(team.uid, []))
    if absent:
        rounds.add(round_no)
    else:
        rounds.discard(round_no)
    if rounds:
        data[team.uid] = sorted(rounds)
    else:
        data.pop(team.uid, None)
    t.absences = json.dumps(data, sort_keys=True) if data else None
    t.save()
