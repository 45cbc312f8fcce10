"""Team and speaker categories (novice, junior) and the category breaks beside the open break.

A team may be *novice* or *junior* (no category: open).  A speaker is in the
category set for them, else in their team's.  Each category has its own
break, of the tournament's ``category_break_size`` teams, following
Tabbycat's rule for break categories of lower priority than the open break: a
team that breaks in the open break does not break in its category, so the
category break is the best teams of that category *not in the open break*,
in the order of the team standings.  Teams tied at its cut all break (no
chance decides, and nothing waits for a decision).  Category breaks have no
elimination rounds of their own here: their places are the standings' order,
and the awards give the first places of each category break their diplomas.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.errors import ValidationError
from app.i18n import Msg
from app.models import BreakTeam, Team, TeamMember, Tournament
from app.text import fold

CATEGORIES: tuple[str, ...] = ("novice", "junior")
CATEGORY_NAMES = {"novice": Msg("Tournament", "novice"), "junior": Msg("Tournament", "junior")}
_WORDS = {
    "novice": ("novice", "novices", "жаңадан бастаушы", "жаңадан бастаушылар", "бастаушы", "новичок", "новички",
               "начинающие", "начинающий"),
    "junior": ("junior", "juniors", "кіші", "кішілер", "жасөспірім", "юниор", "юниоры", "младшие", "младший"),
    None: ("", "open", "ашық", "открытая", "открытый", "-", "—"),
}


def category_name(code: str | None) -> Msg:
    """"novice" / "junior" / "open" as a translatable word."""
    return CATEGORY_NAMES.get(code or "") or Msg("Tournament", "open")


def parse_category(value: Any) -> str | None:
    """novice / junior / None (open) from the words a user or a file may use, in kk, ru or en."""
    text = fold(" ".join(str(value if value is not None else "").split()))
    for code, words in _WORDS.items():
        if text in {fold(w) for w in words}:
            return code
    raise ValidationError("category", Msg("Tournament", "“{value}” is not a category: use novice, junior or open.",
                                          value=str(value)))


def stored(value: str | None) -> str | None:
    """A category as saved, or None (open) for anything else (a damaged value from a bundle)."""
    return value if value in CATEGORIES else None


def set_team_category(team: Team, category: Any) -> None:
    """Put a team in a category (``None``, "" or "open": the open category only)."""
    code = parse_category(category)
    if team.category != code:
        team.category = code
        team.save()


def set_speaker_category(team: Team, person_uid: str, category: Any) -> None:
    """A speaker's own category; ``None`` (or "") follows the team's again."""
    code = parse_category(category) if category not in (None, "") else None
    member = TeamMember.get_or_none(TeamMember.team == team.uid, TeamMember.person == person_uid,
                                    TeamMember.deleted == False)  # noqa: E712
    if member is None:
        raise ValidationError("speaker", Msg("Tournament", "This person does not speak for team {team}.",
                                             team=team.name))
    if member.category != code:
        member.category = code
        member.save()


def speaker_categories(team_uids: list[str]) -> dict[str, str | None]:
    """Each speaker of these teams → their category (their own, else the team's; None: open)."""
    teams = {x.uid: stored(x.category) for x in Team.select(Team.uid, Team.category).where(Team.uid.in_(team_uids))}
    out: dict[str, str | None] = {}
    for m in TeamMember.live().where(TeamMember.team.in_(team_uids)):
        out[m.person_uid] = stored(m.category) or teams.get(m.team_uid)
    return out


def categories_used(t: Tournament, league: str) -> list[str]:
    """The categories some team or speaker of the league is in, in the order of :data:`CATEGORIES`."""
    teams = [x.uid for x in Team.live().where(Team.event == t.event_uid, Team.league == league)]
    used = set(speaker_categories(teams).values()) | {stored(x.category) for x in
                                                      Team.select(Team.category).where(Team.uid.in_(teams))}
    return [c for c in CATEGORIES if c in used]


@dataclass
class CategoryBreak:
    """The break of one category of a league: (place, uid, name) in standings order; ``provisional`` while the
    open break is not confirmed (a team may still move between the two)."""

    league: str
    category: str
    size: int
    teams: list[tuple[int, str, str]]
    provisional: bool


def category_breaks(t: Tournament, league: str, standings: list[Any], open_break: list[str],
                    open_saved: bool) -> list[CategoryBreak]:
    """Each category's break of the league from the team standings and the open break's teams.

    ``standings``: team standings (rank, uid) best first; the category break
    takes the first ``category_break_size`` teams of the category not in
    ``open_break``, and every team tied with the last of them.  Places are
    1, 2, … within the category (tied teams share the place).
    """
    size = max(0, min(64, int(t.category_break_size or 0)))
    if size < 1:
        return []
    teams = {x.uid: x for x in Team.live().where(Team.event == t.event_uid, Team.league == league)}
    out = []
    excluded = set(open_break)
    for category in CATEGORIES:
        mine = [s for s in standings if s.uid in teams and stored(teams[s.uid].category) == category
                and s.uid not in excluded]
        if not mine:
            continue
        chosen = mine[:size]
        if len(mine) > size:  # every team tied with the last one breaks too
            chosen += [s for s in mine[size:] if s.rank == chosen[-1].rank]
        placed = []
        for s in chosen:
            place = next(i for i, x in enumerate(chosen, start=1) if x.rank == s.rank)
            placed.append((place, s.uid, teams[s.uid].name))
        out.append(CategoryBreak(league, category, size, placed, not open_saved))
    return out


def saved_open_break(t: Tournament, league: str) -> list[str] | None:
    """The confirmed open break's teams, or None while it is not confirmed."""
    rows = list(BreakTeam.live().where(BreakTeam.tournament == t.uid, BreakTeam.league == league))
    return [b.team_uid for b in rows] if rows else None
