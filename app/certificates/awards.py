"""Printing the awards of a debate tournament or a contest: one use case for the window and the command line.

``issue_awards`` issues and prints every award (each with its own kind and
reason) into one PDF; ``awards_of`` is the list it prints, with the one
"nothing to print" message when it is empty.
"""
from __future__ import annotations

from pathlib import Path

from app.certificates.generate import Result, generate
from app.certificates.layout import Progress, Style
from app.certificates.register import Award
from app.contests.core import certificate_awards as contest_awards
from app.contests.listing import find_contest
from app.errors import UsageError, ValidationError
from app.i18n import Msg
from app.tournaments.attendees import ROSTER_KINDS
from app.tournaments.setup import find_tournament
from app.tournaments.tab import certificate_awards as tournament_awards


def awards_of(tournament_uid: str | None = None, contest_uid: str | None = None, language: str = "kk",
              kind: str | None = None) -> tuple[list[Award], str | None]:
    """(awards, event uid) of the tournament or contest, only ``kind`` if given; ValidationError when empty.

    A tournament's certificates of participation (every debater) and letters
    of thanks (every coach and adjudicator) follow the registration, not the
    award list: they can be printed before or without results.
    """
    if tournament_uid and kind in ROSTER_KINDS:  # given for taking part: no results needed
        t = find_tournament(tournament_uid)
        awards, event_uid = ROSTER_KINDS[kind](t), t.event_uid
        if not awards:
            raise ValidationError("tournament", Msg("Certificates", "There is nobody to print for yet: register "
                                                    "the teams (and their coaches) and the adjudicators first."))
        return awards, event_uid
    if tournament_uid:
        t = find_tournament(tournament_uid)
        awards, event_uid, field = tournament_awards(t, language), t.event_uid, "tournament"
    elif contest_uid:
        c = find_contest(contest_uid)
        awards, event_uid, field = contest_awards(c), c.event_uid, "contest"
    else:
        raise UsageError(Msg("Certificates", "Choose whom to issue certificates to: an event or a person."))
    if kind:
        awards = [a for a in awards if a.kind == kind]
    if not awards:
        raise ValidationError(field, Msg("Certificates", "There is nothing to print yet: the award list is empty "
                                                         "(enter the results or the works first)."))
    return awards, event_uid


def issue_awards(out: Path, *, tournament_uid: str | None = None, contest_uid: str | None = None,
                 language: str = "kk", kind: str | None = None, style: Style | None = None,
                 progress: Progress | None = None) -> Result:
    """Issue and print the tournament's or contest's awards into ``out`` (one PDF)."""
    awards, event_uid = awards_of(tournament_uid, contest_uid, language, kind)
    return generate(Path(out), kind=awards[0].kind, language=language, event_uid=event_uid, awards=awards,
                    style=style, progress=progress)
