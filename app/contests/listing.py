"""What the contests window and command line show: the list of contests, finding one, the works table.

Read-only helpers over the saved contests; every change still goes through
``app.contests.core`` (create_contest, add_work, set_result, import_works).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.contests.core import age_group, age_on, nominations_of, parse_age_groups, winner_places
from app.errors import ValidationError
from app.i18n import Msg
from app.listing import Column, ListSource
from app.models import Contest, ContestWork, Event, Person
from app.text import fold, sort_key

_LIVE_WORKS = ("FROM contest_work w JOIN person p ON p.uid = w.person_uid "
               "WHERE w.contest_uid = c.uid AND w.deleted = 0 AND p.deleted = 0")
PARTICIPANTS = f"(SELECT count(DISTINCT w.person_uid) {_LIVE_WORKS})"
WORKS = f"(SELECT count(*) {_LIVE_WORKS})"
NOMINATIONS = ("(CASE WHEN trim(c.nominations) = '' THEN 0 ELSE length(trim(c.nominations)) - "
               "length(replace(trim(c.nominations), char(10), '')) + 1 END)")

CONTESTS = ListSource(
    table="contest c",
    key="c.uid",
    joins="JOIN event e ON e.uid = c.event_uid",
    deleted_col="c.deleted",
    search_col="e.search",
    base_where="e.deleted = 0",
    default_sort="-julianday(e.start_date), e.title COLLATE KAZAKH",
    columns=[
        Column("title", Msg("Contests", "Contest"), "e.title", "e.title COLLATE KAZAKH", width=34),
        Column("dates", Msg("Contests", "Dates"), "e.start_date || '|' || coalesce(e.end_date, '')",
               "e.start_date", kind="date_range", width=20),
        Column("format", Msg("Contests", "Format"), "e.format", "e.format", kind="contest_format", width=10),
        Column("nominations", Msg("Contests", "Nominations"), NOMINATIONS, NOMINATIONS, kind="int", width=10),
        Column("participants", Msg("Contests", "Participants"), PARTICIPANTS, PARTICIPANTS, kind="int", width=10),
        Column("works", Msg("Contests", "Works"), WORKS, WORKS, kind="int", width=8),
        # Winners depend on scores per nomination and age group: counted in Python (winner_count).
        Column("winners", Msg("Contests", "Winners"), "c.uid", None, kind="contest_winners", width=8),
    ],
)


def find_contest(ref: str) -> Contest:
    """A live contest by uid, a unique uid prefix (6+ characters), its event's uid or its exact title."""
    ref = (ref or "").strip()
    live = Contest.live().join(Event).where(Event.deleted == False)  # noqa: E712
    found = live.where(Contest.uid == ref).first() if ref else None
    if found is None and ref:
        found = live.where(Contest.event == ref).first()
    if found is None and len(ref) >= 6:
        matches = list(live.where(Contest.uid.startswith(ref.lower())).limit(2))
        found = matches[0] if len(matches) == 1 else None
    if found is None and ref:
        key = fold(" ".join(ref.split()))
        matches = [c for c in live if fold(c.event.title) == key]
        found = matches[0] if len(matches) == 1 else None
    if found is None:
        raise ValidationError("contest", Msg("Contests", "There is no contest {ref}.", ref=ref))
    return found


def get_contest(uid: str) -> Contest:
    """The live contest ``uid`` (ValidationError when it is gone)."""
    c = Contest.get_or_none(Contest.uid == uid, Contest.deleted == False)  # noqa: E712
    if c is None or c.event.deleted:
        raise ValidationError("contest", Msg("Contests", "There is no contest {ref}.", ref=uid))
    return c


def work_or_none(uid: str) -> ContestWork | None:
    """The contest work ``uid`` (a removed one too), or None if there is none."""
    return ContestWork.get_or_none(ContestWork.uid == uid)


def winner_count(uid: str) -> int:
    """How many people won in the contest ``uid`` (0 when it is gone)."""
    c = Contest.get_or_none(Contest.uid == uid)
    if c is None:
        return 0
    places = winner_places(c)
    if not places:
        return 0
    rows = (ContestWork.select(ContestWork.person).join(Person)
            .where(ContestWork.uid.in_(list(places)), Person.deleted == False).distinct())  # noqa: E712
    return rows.count()


@dataclass
class WorkLine:
    """A work as the contest's works table shows it."""

    uid: str
    person_uid: str
    participant: str
    birth_date: dt.date | None
    age: int | None
    age_group: str
    nomination: str
    title: str | None
    place: int | None
    score: float | None
    winner_place: int | None  # the place it wins (scores: its rank in the cell), None when not a winner


def work_lines(c: Contest) -> list[WorkLine]:
    """The live works of the contest: by nomination (set order), age group, then participant's name."""
    groups = parse_age_groups(c.age_groups)
    day = c.event.start_date
    won = winner_places(c)
    order = {n: i for i, n in enumerate(nominations_of(c))}
    group_order = {g.label: i for i, g in enumerate(groups)}
    rows = (ContestWork.live().join(Person).where(ContestWork.contest == c.uid, Person.deleted == False)  # noqa: E712
            .select(ContestWork, Person))
    out = []
    for w in rows:
        p = w.person
        out.append(WorkLine(uid=w.uid, person_uid=p.uid, participant=p.full_name, birth_date=p.birth_date,
                            age=age_on(p.birth_date, day) if p.birth_date else None,
                            age_group=age_group(p.birth_date, day, groups), nomination=w.nomination,
                            title=w.title, place=w.place, score=w.score, winner_place=won.get(w.uid)))
    out.sort(key=lambda x: (order.get(x.nomination, len(order)), group_order.get(x.age_group, len(group_order)),
                            sort_key(x.participant), sort_key(x.title or "")))
    return out


def age_group_labels(c: Contest) -> list[str]:
    """The contest's age groups as labels ("7–10", "11–13", …)."""
    return [g.label for g in parse_age_groups(c.age_groups)]


def nomination_choices(c: Contest) -> list[str]:
    """The contest's nominations in their set order (for a combo)."""
    return nominations_of(c)
