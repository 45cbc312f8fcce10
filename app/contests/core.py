"""Setting a contest up, entering works and jury results, and counting it as seed 001 reports it.

A participant's age group comes from their birth date on the contest's first
day (e.g. 7–10, 11–13, 14–17).  Winners: with places, every work placed
1..``winners_up_to``; with scores, the best ``winners_up_to`` distinct scores
of each nomination and age group (equal scores share the place).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.certificates.register import Award
from app.db.store import current_store
from app.errors import ValidationError
from app.i18n import Msg
from app.installation import get_installation
from app.models import Contest, ContestWork, Event, Person
from app.organisations import OrganisationCache
from app.people.records import clean_person, upsert_person
from app.tables.headers import Column, TableSpec, match_headers
from app.tables.reader import read_table
from app.tables.row_errors import row_error_params
from app.text import fold
from app.validation.fields import clean_text

OUTSIDE = "—"  # the age group of a participant outside every group (or without a birth date)


@dataclass(frozen=True)
class AgeGroup:
    """An age group, both ends included."""

    low: int
    high: int

    @property
    def label(self) -> str:
        return f"{self.low}–{self.high}"


def parse_age_groups(text: str) -> list[AgeGroup]:
    """"7-10,11-13,14-17" as groups; refused when they overlap or are reversed."""
    groups: list[AgeGroup] = []
    for part in str(text or "").replace(";", ",").split(","):
        part = part.strip().replace("–", "-").replace("—", "-")
        if not part:
            continue
        try:
            low, high = (int(x) for x in part.split("-"))
        except ValueError:
            raise ValidationError("age_groups", Msg("Contests", "Write age groups like 7-10, 11-13, 14-17 "
                                                    "(not {part}).", part=part)) from None
        if not 3 <= low <= high <= 99:
            raise ValidationError("age_groups", Msg("Contests", "The age group {part} is not possible.", part=part))
        groups.append(AgeGroup(low, high))
    groups.sort(key=lambda g: g.low)
    for a, b in zip(groups, groups[1:]):
        if b.low <= a.high:
            raise ValidationError("age_groups", Msg("Contests", "The age groups {a} and {b} overlap.", a=a.label,
                                                    b=b.label))
    return groups


def age_on(birth: dt.date, day: dt.date) -> int:
    """Full years of age on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_group(birth: dt.date | None, day: dt.date, groups: list[AgeGroup]) -> str:
    """The label of the group a participant born on ``birth`` is in on ``day``."""
    if birth is None:
        return OUTSIDE
    age = age_on(birth, day)
    return next((g.label for g in groups if g.low <= age <= g.high), OUTSIDE)


def nominations_of(c: Contest) -> list[str]:
    """The contest's nominations in their set order."""
    return [n for n in (x.strip() for x in (c.nominations or "").splitlines()) if n]


def create_contest(title: str, nominations: list[str], age_groups: str = "7-10,11-13,14-17",
                   start: dt.date | None = None, end: dt.date | None = None, scoring: str = "places",
                   winners_up_to: int = 3, remote: bool = True, event_uid: str | None = None) -> Contest:
    """A contest and its event (kind contest) in one transaction."""
    noms = [" ".join(n.split()) for n in nominations if n and n.strip()]
    if not noms:
        raise ValidationError("nominations", Msg("Contests", "Name at least one nomination."))
    if len({fold(n) for n in noms}) != len(noms):
        raise ValidationError("nominations", Msg("Contests", "A nomination is listed twice."))
    parse_age_groups(age_groups)
    if scoring not in ("places", "scores"):
        raise ValidationError("scoring", Msg("Contests", "The jury gives places or scores."))
    if not 1 <= int(winners_up_to) <= 50:
        raise ValidationError("winners_up_to", Msg("Contests", "Winners are places 1 to N, N from 1 to 50."))
    title = " ".join((title or "").split())
    if not title and not event_uid:
        raise ValidationError("title", Msg("Contests", "Name the contest."))
    inst = get_installation()
    with current_store().db.atomic():
        if event_uid:
            event = Event.get_or_none(Event.uid == event_uid, Event.deleted == False)  # noqa: E712
            if event is None:
                raise ValidationError("event", Msg("Events", "The event was not found (it may have been deleted)."))
        else:
            start = start or dt.date.today()
            event = Event(title=title, programme="youth_movement", kind="contest", start_date=start,
                          end_date=end or start, format="remote" if remote else "in_person",
                          region=inst.region if inst else None, district=inst.district if inst else None)
            event.save()
        c = Contest(event=event, nominations="\n".join(noms), age_groups=age_groups, scoring=scoring,
                    winners_up_to=int(winners_up_to))
        c.save()
    return c


def add_work(c: Contest, person_uid: str, nomination: str, title: str | None = None,
             submitted: dt.date | None = None, place: int | None = None, score: float | None = None) -> ContestWork:
    """Register one work of a participant (a participant may send several)."""
    noms = {fold(n): n for n in nominations_of(c)}
    chosen = noms.get(fold(" ".join((nomination or "").split())))
    if chosen is None:
        raise ValidationError("nomination", Msg("Contests", "The nomination must be one of: {noms}.",
                                                noms=", ".join(nominations_of(c))))
    person = Person.get_or_none(Person.uid == person_uid, Person.deleted == False)  # noqa: E712
    if person is None:
        raise ValidationError("person", Msg("Contests", "The participant was not found."))
    work = ContestWork(contest=c, person=person, nomination=chosen, title=clean_text(title),
                       submitted=submitted)
    _set_result(c, work, place, score)
    work.save()
    return work


def _set_result(c: Contest, work: ContestWork, place: int | None, score: float | None) -> None:
    if place is not None and not 1 <= int(place) <= 1000:
        raise ValidationError("place", Msg("Contests", "A place is a number from 1."))
    if score is not None and not 0 <= float(score) <= 1000:
        raise ValidationError("score", Msg("Contests", "A score is a number from 0 to 1000."))
    work.place = int(place) if place is not None else None
    work.score = float(score) if score is not None else None


def remove_work(work: ContestWork) -> None:
    """Withdraw a work (a tombstone that travels, like every deletion)."""
    work.delete_softly()


def set_result(work: ContestWork, place: int | None = None, score: float | None = None) -> None:
    """The jury's place or score for a work."""
    _set_result(work.contest, work, place, score)
    work.save()


@dataclass
class SummaryRow:
    """Counts of one nomination and age group."""

    nomination: str
    age_group: str
    participants: int
    works: int
    winners: int


@dataclass
class ContestSummary:
    """A contest counted as the seeds report it: by nomination and age group, and in all."""

    rows: list[SummaryRow] = field(default_factory=list)
    participants: int = 0
    works: int = 0
    winners: int = 0
    winner_works: list[ContestWork] = field(default_factory=list)


def _works(c: Contest) -> list[tuple[ContestWork, Person]]:
    rows = (ContestWork.live().join(Person).where(ContestWork.contest == c.uid, Person.deleted == False)  # noqa: E712
            .select(ContestWork, Person))
    return [(w, w.person) for w in rows]


def winner_places(c: Contest) -> dict[str, int]:
    """The winning works (uid → place): placed 1..N, or the best N distinct scores per nomination and age group."""
    groups = parse_age_groups(c.age_groups)
    day = c.event.start_date
    if c.scoring == "places":
        return {w.uid: w.place for w, _ in _works(c) if w.place is not None and w.place <= c.winners_up_to}
    by_cell: dict[tuple[str, str], list[ContestWork]] = defaultdict(list)
    for w, p in _works(c):
        if w.score is not None:
            by_cell[(w.nomination, age_group(p.birth_date, day, groups))].append(w)
    out: dict[str, int] = {}
    for cell in by_cell.values():
        best = sorted({w.score for w in cell if w.score is not None}, reverse=True)[:c.winners_up_to]
        out.update({w.uid: best.index(w.score) + 1 for w in cell if w.score in best})
    return out


def winners(c: Contest) -> list[ContestWork]:
    """The winning works (see :func:`winner_places`)."""
    places = winner_places(c)
    return [w for w, _ in _works(c) if w.uid in places]


def summary(c: Contest) -> ContestSummary:
    """Participants (unique people), works and winners by nomination and age group, and in all."""
    groups = parse_age_groups(c.age_groups)
    day = c.event.start_date
    won = {w.uid for w in winners(c)}
    people: dict[tuple[str, str], set[str]] = defaultdict(set)
    works: dict[tuple[str, str], int] = defaultdict(int)
    champs: dict[tuple[str, str], set[str]] = defaultdict(set)
    out = ContestSummary()
    all_people, all_winners = set(), set()
    for w, p in _works(c):
        cell = (w.nomination, age_group(p.birth_date, day, groups))
        people[cell].add(p.uid)
        works[cell] += 1
        all_people.add(p.uid)
        out.works += 1
        if w.uid in won:
            champs[cell].add(p.uid)
            all_winners.add(p.uid)
            out.winner_works.append(w)
    labels = [g.label for g in groups] + [OUTSIDE]
    for nom in nominations_of(c):
        for label in labels:
            cell = (nom, label)
            if cell in works or label != OUTSIDE:
                out.rows.append(SummaryRow(nom, label, len(people[cell]), works.get(cell, 0), len(champs[cell])))
    out.participants, out.winners = len(all_people), len(all_winners)
    return out


#: The works file's columns (titles in en / kk / ru).
WORK_COLUMNS = TableSpec("works", (
    Column("nomination", "номинациясы", "номинация", required=True),
    Column("surname", "тегі", "фамилия", required=True),
    Column("name", "аты", "имя", required=True),
    Column("patronymic", "әкесінің аты", "отчество"),
    Column("birth_date", "туған күні", "дата рождения", ("birth date",)),
    Column("iin", "жсн", "иин"),
    Column("school", "мектеп", "школа"),
    Column("grade", "сынып", "класс"),
    Column("title", "жұмыс атауы", "название работы", ("work",)),
    Column("place", "орын", "место"),
    Column("score", "ұпай", "балл"),
), full_name_hint=True)


def _number(value: Any, field: str) -> float | None:
    if value in (None, ""):
        return None
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError:
        raise ValidationError(field, Msg("Contests", "{field} must be a number, not {value}.", field=field,
                                         value=str(value))) from None


def _same_work(c: Contest, person_uid: str, nomination: str, title: Any, place: int | None,
               score: float | None) -> bool:
    """True when the participant already has this work (same nomination and title); its result is updated."""
    key = (fold(" ".join(nomination.split())), fold(clean_text(title) or ""))
    for work in ContestWork.live().where(ContestWork.contest == c.uid, ContestWork.person == person_uid):
        if (fold(work.nomination), fold(work.title or "")) == key:
            if (place, score) != (None, None) and (work.place, work.score) != (place, score):
                set_result(work, place, score)
            return True
    return False


def import_works(c: Contest, path: Path | str) -> tuple[int, int]:
    """Works from CSV/XLSX (nomination, surname, name, patronymic, birth_date, iin, school, grade, title, place,
    score); all or nothing.  Returns (works added, people added to the register)."""
    path = Path(path)
    table = read_table(path)
    cols = match_headers(table.headers, WORK_COLUMNS, path).columns
    added = created = 0
    errors: list[Msg] = []
    schools = OrganisationCache()
    with current_store().db.atomic():
        for number, row in zip(table.row_numbers, table.rows):
            raw = {k: (row[i] if i < len(row) else None) for k, i in cols.items()}
            if not any(str(v or "").strip() for v in raw.values()):
                continue
            try:
                person = clean_person(raw)
                school = schools.get("school", person.school_name) if person.school_name else None
                saved, outcome = upsert_person(person, school)
                created += outcome == "created"
                place = _number(raw.get("place"), "place")
                score = _number(raw.get("score"), "score")
                place = int(place) if place is not None else None
                if _same_work(c, saved.uid, str(raw.get("nomination") or ""), raw.get("title"), place, score):
                    continue  # the same row again (the same file twice): nothing new
                add_work(c, saved.uid, str(raw.get("nomination") or ""), raw.get("title"), None, place, score)
            except ValidationError as exc:  # every bad row is named; raising below rolls all back
                errors.append(Msg("Contests", "row {row}: {problem}", row=number, problem=exc.msg))
                continue
            added += 1
        if errors:
            raise ValidationError("file", Msg("Contests", "Nothing was imported: {count} rows need correcting — "
                                              "{problems}{more}", **row_error_params(errors)))
    return added, created


def certificate_awards(c: Contest):
    """Diplomas for the winners (place 1 → I degree …) and certificates of participation for the others."""
    kinds = {1: "diploma_1", 2: "diploma_2", 3: "diploma_3"}
    won = winner_places(c)
    out = []
    seen: set[tuple[str, str, str]] = set()
    for w, p in _works(c):
        if w.uid in won:
            rank = won[w.uid]
            out.append(Award(kind=kinds.get(rank or 0, "nomination"), person_uid=p.uid,
                             reason=f"{w.nomination}" + (f" — {w.title}" if w.title else "")))
        elif (p.uid, "participation", w.nomination) not in seen:  # one certificate per nomination
            seen.add((p.uid, "participation", w.nomination))
            out.append(Award(kind="participation", person_uid=p.uid, reason=w.nomination))
    return out
