"""Short debate codes printed on ballots ("R2-K-07"): round, league letter, debate number.

A code is derived from what is saved (round, league, position), never stored,
so it stays right after a swap or a room change.  Within a tournament the
league letters are unique and positions are unique within a league's round,
so a code names one debate; typing it back finds that debate at once.
"""
from __future__ import annotations

import re

from app.errors import ValidationError
from app.i18n import Msg
from app.models import Debate, Tournament

_CODE = re.compile(r"^R?(\d{1,3})-?([^\W\d_]{1,6})-?(\d{1,4})$")


def league_letters(leagues: list[str]) -> dict[str, str]:
    """A short upper-case letter (or letters) for each league: kk → K, ru → R, en → E.

    Leagues whose first letters clash get as many letters as tell them apart,
    so two custom leagues "Junior" and "Jasóspirim" become JU and JA.
    """
    words = {code: "".join(ch for ch in code if ch.isalpha()).upper() or code.upper() for code in leagues}
    for length in range(1, 7):
        short = {code: word[:length] for code, word in words.items()}
        if len(set(short.values())) == len(short):
            return short
    return {code: f"L{i}" for i, code in enumerate(leagues, start=1)}  # no letters tell them apart


def debate_code(letters: dict[str, str], league: str, round_no: int, position: int) -> str:
    """The code of one debate, e.g. ``R2-K-07``."""
    return f"R{round_no}-{letters.get(league, league.upper())}-{position:02d}"


def code_of(t: Tournament, d: Debate) -> str:
    """The code of a saved debate of ``t``."""
    return debate_code(league_letters(t.league_list), d.league, d.round, d.position)


def find_by_code(t: Tournament, code: str) -> Debate:
    """The live debate of ``t`` with this code (case, spaces and dashes as typed do not matter)."""
    typed = "".join((code or "").split()).upper().replace("–", "-").replace("—", "-")
    match = _CODE.match(typed.replace("--", "-"))
    letters = league_letters(t.league_list)
    league = None
    if match:
        league = next((lg for lg, letter in letters.items() if letter == match.group(2)), None)
    if match is None or league is None:
        raise ValidationError("code", Msg("Tournament", "“{code}” is not a debate code of this tournament; a "
                                          "code looks like {example}.", code=code,
                                          example=debate_code(letters, t.league_list[0], 2, 7)))
    round_no, position = int(match.group(1)), int(match.group(3))
    found = (Debate.live().where(Debate.tournament == t.uid, Debate.league == league, Debate.round == round_no,
                                 Debate.position == position).first())
    if found is None:
        raise ValidationError("code", Msg("Tournament", "There is no debate {code}: round {round} of the {league} "
                                          "league has no debate number {number}.", code=code, round=round_no,
                                          league=league, number=position))
    return found
