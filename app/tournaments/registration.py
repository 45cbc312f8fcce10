"""Registration: teams (two speakers and a coach), adjudicators, from the window or a file.

Speakers, coaches and adjudicators are people of the people register: a name
in a file is matched to a live person of that school (else anywhere, when it is
unique), and a person is created only when nobody matches.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.db.store import current_store
from app.errors import FileFormatError, ValidationError
from app.i18n import Msg
from app.models import Adjudicator, Debate, DebateAdjudicator, Organisation, Person, Team, TeamMember, Tournament
from app.organisations import OrganisationCache
from app.tables.headers import Column, TableSpec, match_headers
from app.tables.reader import read_table
from app.tables.row_errors import row_error_params
from app.text import fold, sort_key
from app.tournaments.attendees import adjudicator_took_part, refresh_attendance, team_took_part
from app.tournaments.categories import parse_category
from app.tournaments.panels import parse_rating
from app.tournaments.setup import parse_leagues

SPEAKERS_PER_TEAM = 2

_LEAGUE = Column("league", "тіл", "лига", ("language", "язык"))
_SCHOOL = Column("school", "мектеп", "школа", ("organisation", "ұйым"))
#: The teams file's columns (titles in en / kk / ru).
TEAM_COLUMNS = TableSpec("teams", (
    replace(_LEAGUE, required=True),
    Column("team", "команда атауы", "команда", ("название команды", "team name"), required=True),
    _SCHOOL,
    Column("speaker1", "бірінші спикер", "первый спикер", ("speaker 1", "1 спикер", "спикер 1"), required=True),
    Column("speaker2", "екінші спикер", "второй спикер", ("speaker 2", "2 спикер", "спикер 2"), required=True),
    Column("coach", "жаттықтырушы", "тренер", ("жетекші", "руководитель")),
    Column("category", "санат", "категория", ("лига санаты", "разряд")),
))
#: The adjudicators file's columns.
ADJUDICATOR_COLUMNS = TableSpec("adjudicators", (
    Column("name", "аты-жөні", "фио", ("adjudicator", "full name", "төреші", "судья"), required=True),
    _SCHOOL,
    _LEAGUE,
    Column("rating", "рейтинг", "рейтинг", ("бағасы", "оценка", "rank")),
))


@dataclass
class TeamInput:
    """A team as typed or read from a file: names, not yet people."""

    league: str
    name: str
    school: str | None
    speakers: list[str]
    coach: str | None = None
    row: int | None = None  # its row in the file (for messages)
    category: str | None = None  # novice / junior / open as typed; None: not given (the saved one stays)


@dataclass
class ImportSummary:
    """What an import of teams or adjudicators did."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    people_created: int = 0
    problems: list[Msg] = field(default_factory=list)


def split_name(full: str) -> tuple[str, str, str | None]:
    """"Surname Name Patronymic" as its three parts (a single word is a surname with no name)."""
    parts = full.split()
    if len(parts) < 2:
        raise ValidationError("name", Msg("Tournament", "Write the full name (surname and name): {name}",
                                          name=full))
    return parts[0], parts[1], " ".join(parts[2:]) or None


class PeopleFinder:
    """Finds people by full name, preferring the given school; creates the missing ones."""

    def __init__(self) -> None:
        self.created = 0
        self._schools = OrganisationCache()

    def school(self, name: str | None) -> Organisation | None:
        """The school named (created if new)."""
        return self._schools.get("school", name) if name and name.strip() else None

    def person(self, full: str, school: Organisation | None, category: str, anywhere: bool = False) -> Person:
        """The live person with this full name (same school first).

        ``anywhere``: for coaches and adjudicators, who work with teams of
        several schools — the one person of that name is reused whatever
        their school (pupils stay matched within their school).
        """
        surname, name, patronymic = split_name(full)
        key = fold(" ".join(p for p in (surname, name, patronymic or "") if p))
        candidates = [p for p in Person.live().where(Person.search.startswith(key))
                      if fold(" ".join(x for x in (p.surname, p.name, p.patronymic or "") if x)) == key]
        if school is not None:
            same_school = [p for p in candidates if p.school_uid == school.uid]
            if same_school:
                return same_school[0]
        if len(candidates) == 1 and (anywhere or school is None or candidates[0].school_uid is None):
            return candidates[0]
        person = Person(surname=surname, name=name, patronymic=patronymic, category=category,
                        school=school, region=school.region if school else None)
        person.save()
        self.created += 1
        return person


def get_team(uid: str) -> Team:
    """The team ``uid`` as saved now (raises ``Team.DoesNotExist`` if there is none)."""
    return Team.get_by_id(uid)


def get_adjudicator(uid: str) -> Adjudicator:
    """The adjudicator ``uid`` as saved now (raises ``Adjudicator.DoesNotExist`` if there is none)."""
    return Adjudicator.get_by_id(uid)


def teams_of(t: Tournament, league: str | None = None) -> list[Team]:
    """The live teams of the tournament (one league or all), by league and name."""
    q = Team.live().where(Team.event == t.event_uid)
    if league:
        q = q.where(Team.league == league)

    return sorted(q, key=lambda team: (t.league_list.index(team.league) if team.league in t.league_list else 99,
                                       sort_key(team.name)))


def speakers_of(team: Team) -> list[Person]:
    """The team's speakers in their order."""
    rows = (TeamMember.live().where(TeamMember.team == team.uid).order_by(TeamMember.position))
    return [m.person for m in rows if not m.person.deleted]


def _check_team(t: Tournament, data: TeamInput, taken: dict[str, str], exclude: str | None) -> None:
    where = Msg("Tournament", "row {row}: ", row=data.row) if data.row else ""
    name = " ".join((data.name or "").split())
    if not name:
        raise ValidationError("team", Msg("Tournament", "{where}the team has no name.", where=where))
    if data.league not in t.league_list:
        raise ValidationError("league", Msg("Tournament", "{where}the league {league} is not one of this "
                                            "tournament's leagues ({leagues}).", where=where,
                                            league=data.league, leagues=", ".join(t.league_list)))
    key = fold(name)
    if key in taken and taken[key] != exclude:
        raise ValidationError("team", Msg("Tournament", "{where}there is already a team named {team} in "
                                          "this tournament.", where=where, team=name))
    speakers = [s for s in (" ".join((x or "").split()) for x in data.speakers) if s]
    if len(speakers) != SPEAKERS_PER_TEAM:
        raise ValidationError("speakers", Msg("Tournament", "{where}team {team} needs exactly two speakers.",
                                              where=where, team=name))
    if fold(speakers[0]) == fold(speakers[1]):
        raise ValidationError("speakers", Msg("Tournament", "{where}team {team} names the same speaker twice.",
                                              where=where, team=name))
    for s in speakers:
        split_name(s)
    if data.category is not None:
        try:
            parse_category(data.category)
        except ValidationError as exc:
            raise ValidationError("category", Msg("Tournament", "{where}{problem}", where=where,
                                                  problem=exc.msg)) from None


def save_team(t: Tournament, data: TeamInput, uid: str | None = None,
              finder: PeopleFinder | None = None) -> tuple[Team, str]:
    """Create or update a team; returns it and "created", "updated" or "unchanged"."""
    finder = finder or PeopleFinder()
    data.league = parse_leagues(data.league)[0] if data.league else ""
    existing = {fold(x.name): x.uid for x in Team.live().where(Team.event == t.event_uid)}
    name = " ".join((data.name or "").split())
    team = Team.get_by_id(uid) if uid else Team.get_or_none(Team.uid == existing.get(fold(name), ""))
    _check_team(t, data, existing, team.uid if team else None)
    with current_store().db.atomic():
        school = finder.school(data.school)
        speakers = [finder.person(s, school, "pupil") for s in data.speakers if s and s.strip()]
        _refuse_double_membership(t, speakers, team.uid if team else None, name)
        coach = (finder.person(data.coach, school, "teacher", anywhere=True)
                 if data.coach and data.coach.strip() else None)
        values = {"name": name, "league": data.league, "school_uid": school.uid if school else None,
                  "coach_uid": coach.uid if coach else None}
        if data.category is not None:
            values["category"] = parse_category(data.category)
        outcome = "created"
        if team is None:
            team = Team(event=t.event_uid, **values)
            team.save()
        else:
            changed = {k: v for k, v in values.items() if getattr(team, k) != v}
            outcome = "updated" if changed else "unchanged"
            if changed:
                for k, v in changed.items():
                    setattr(team, k, v)
                team.save()
        current = list(TeamMember.live().where(TeamMember.team == team.uid).order_by(TeamMember.position))
        if [m.person_uid for m in current] != [p.uid for p in speakers]:
            for m in current:
                m.delete_softly()
            for pos, person in enumerate(speakers, start=1):
                TeamMember(team=team, person=person, position=pos).save()
            outcome = "updated" if outcome == "unchanged" else outcome
        # A replaced speaker who has not debated leaves the event's list; the new ones are on it.
        gone = [] if team_took_part(team.uid) else [m.person_uid for m in current]
        refresh_attendance(t.event_uid, gone + [p.uid for p in speakers])
    return team, outcome


def _refuse_double_membership(t: Tournament, speakers: list[Person], team_uid: str | None, name: str) -> None:
    uids = [p.uid for p in speakers]
    rows = (TeamMember.live().join(Team).where(Team.event == t.event_uid, Team.deleted == False,  # noqa: E712
                                               TeamMember.person.in_(uids)))
    for m in rows:
        if m.team_uid != team_uid:
            raise ValidationError("speakers", Msg("Tournament", "{person} already speaks for team {other}; "
                                                  "a debater is in one team of a tournament.",
                                                  person=m.person.full_name, other=m.team.name))


def delete_team(team: Team) -> None:
    """Withdraw a team: it leaves the next draws; the debates it had keep their results.

    Refused while the team is in a debate still without a result (enter the
    result, or draw that round again, first).
    """
    pending = Debate.live().where(((Debate.gov == team.uid) | (Debate.opp == team.uid)),
                                  Debate.winner.is_null(), Debate.opp.is_null(False)).exists()
    if pending:
        raise ValidationError("team", Msg("Tournament", "Team {team} is in a debate that has no result yet; "
                                          "enter the result or draw that round again, then withdraw the team.",
                                          team=team.name))
    with current_store().db.atomic():
        members = [m.person_uid for m in TeamMember.live().where(TeamMember.team == team.uid)]
        came = team_took_part(team.uid)
        for m in TeamMember.live().where(TeamMember.team == team.uid):
            m.delete_softly()
        team.delete_softly()
        if not came:  # a team withdrawn after debating was there: its debaters stay on the event's list
            refresh_attendance(team.event_uid, members)


def read_teams(path: Path | str) -> list[TeamInput]:
    """The teams of a CSV/XLSX file (columns league, team, school, speaker1, speaker2, coach)."""
    table = read_table(path)
    cols = match_headers(table.headers, TEAM_COLUMNS, path).columns

    def cell(row: list[Any], key: str) -> str | None:
        idx = cols.get(key)
        value = row[idx] if idx is not None and idx < len(row) else None
        return " ".join(str(value).split()) if value not in (None, "") else None

    out = []
    for number, row in zip(table.row_numbers, table.rows):
        if not any(str(v or "").strip() for v in row):
            continue
        out.append(TeamInput(league=cell(row, "league") or "", name=cell(row, "team") or "",
                             school=cell(row, "school"),
                             speakers=[cell(row, "speaker1") or "", cell(row, "speaker2") or ""],
                             coach=cell(row, "coach"), row=number,
                             category=(cell(row, "category") or "") if "category" in cols else None))
    return out


def import_teams(t: Tournament, path: Path | str) -> ImportSummary:
    """Register every team of the file, or none: any bad row refuses the whole file.

    The same file again changes nothing; a team already registered under the
    same name is updated (its speakers or coach corrected).
    """
    teams = read_teams(path)
    if not teams:
        raise FileFormatError(Msg("Tournament", "{file} has no teams.", file=Path(path).name))
    errors: list[Msg] = []  # every bad row is named at once
    seen: dict[str, int] = {}
    for data in teams:
        try:
            data.league = parse_leagues(data.league)[0] if data.league else ""
        except ValidationError:
            data.league = data.league or ""
        key = fold(data.name)
        if key and key in seen:
            errors.append(Msg("Tournament", "rows {first} and {row}: the team name {team} is used twice in the "
                                            "file.", first=seen[key], row=data.row, team=data.name))
            continue
        seen[key] = data.row or 0
        try:
            _check_team(t, data, {}, None)
        except ValidationError as exc:
            errors.append(exc.msg)
    speakers: dict[str, int] = {}
    for data in teams:
        for s in data.speakers:
            key = fold(f"{s}|{data.school or ''}")
            if s and key in speakers:
                errors.append(Msg("Tournament", "rows {first} and {row}: {person} is named in two teams.",
                                  first=speakers[key], row=data.row, person=s))
            speakers[key] = data.row or 0
    if errors:
        raise ValidationError("file", Msg("Tournament", "Nothing was imported: {count} rows need correcting — "
                                          "{problems}{more}", **row_error_params(errors)))
    summary = ImportSummary()
    finder = PeopleFinder()
    with current_store().db.atomic():
        for data in teams:
            _, outcome = save_team(t, data, finder=finder)
            setattr(summary, outcome, getattr(summary, outcome) + 1)
    summary.people_created = finder.created
    return summary


def add_adjudicator(t: Tournament, full_name: str, school: str | None = None, league: str | None = None,
                    finder: PeopleFinder | None = None, rating: Any = None) -> tuple[Adjudicator, str]:
    """Register an adjudicator (a person of the register, with the school they are conflicted with).

    ``rating``: 0–10 in steps of 0.5 (text or a number); None keeps the saved one (5.0 for a new one).
    """
    finder = finder or PeopleFinder()
    value = parse_rating(rating) if rating not in (None, "") else None
    if league:
        league = parse_leagues(league)[0]
        if league not in t.league_list:
            raise ValidationError("league", Msg("Tournament", "The league {league} is not one of this "
                                                "tournament's leagues ({leagues}).", league=league,
                                                leagues=", ".join(t.league_list)))
    with current_store().db.atomic():
        org = finder.school(school)
        person = finder.person(full_name, org, "teacher", anywhere=True)
        adj = Adjudicator.get_or_none(Adjudicator.tournament == t.uid, Adjudicator.person == person.uid,
                                      Adjudicator.deleted == False)  # noqa: E712
        values: dict[str, Any] = {"school_uid": org.uid if org else None, "league": league or None}
        if value is not None:
            values["rating"] = value
        if adj is None:
            adj = Adjudicator(tournament=t, person=person, **values)
            adj.save()
            refresh_attendance(t.event_uid, [person.uid])
            return adj, "created"
        if all(getattr(adj, k) == v for k, v in values.items()):
            return adj, "unchanged"
        for k, v in values.items():
            setattr(adj, k, v)
        adj.save()
        return adj, "updated"


def set_rating(adj: Adjudicator, rating: Any) -> Adjudicator:
    """Change an adjudicator's rating (0–10 in steps of 0.5); the next allocations use it."""
    value = parse_rating(rating)
    if float(adj.rating) != value:
        adj.rating = value
        adj.save()
    return adj


def find_adjudicator(t: Tournament, ref: str) -> Adjudicator:
    """A live adjudicator of ``t`` by uid or full name (any case, Kazakh letters folded alike)."""
    key = fold(" ".join((ref or "").split()))
    for adj in Adjudicator.live().where(Adjudicator.tournament == t.uid):
        if ref == adj.uid or fold(adj.person.full_name) == key:
            return adj
    raise ValidationError("adjudicator", Msg("Tournament", "There is no adjudicator {name} in this tournament.",
                                             name=ref))


def remove_adjudicator(adj: Adjudicator) -> None:
    """Withdraw an adjudicator: off the panels of debates without a result, kept on decided ones."""
    with current_store().db.atomic():
        came = adjudicator_took_part(adj.uid)
        for seat in DebateAdjudicator.live().where(DebateAdjudicator.adjudicator == adj.uid):
            if not seat.debate.winner:
                seat.delete_softly()
        adj.delete_softly()
        if not came:  # one who judged a decided debate was there: they stay on the event's list
            refresh_attendance(adj.tournament.event_uid, [adj.person_uid])


def adjudicators_of(t: Tournament) -> list[Adjudicator]:
    """The live adjudicators of the tournament, by name."""
    rows = Adjudicator.live().where(Adjudicator.tournament == t.uid)
    return sorted(rows, key=lambda a: sort_key(a.person.full_name))


def import_adjudicators(t: Tournament, path: Path | str) -> ImportSummary:
    """Register the adjudicators of a file (columns name, school, league, rating); all or nothing."""
    table = read_table(path, min_columns=1)
    cols = match_headers(table.headers, ADJUDICATOR_COLUMNS, path).columns
    summary = ImportSummary()
    finder = PeopleFinder()
    with current_store().db.atomic():
        for number, row in zip(table.row_numbers, table.rows):
            def get(k: str, row: list = row) -> str | None:
                if k not in cols or cols[k] >= len(row) or row[cols[k]] in (None, ""):
                    return None
                return str(row[cols[k]]).strip() or None
            name = get("name")
            if not name:
                continue
            try:
                _, outcome = add_adjudicator(t, name, get("school"), get("league"), finder, get("rating"))
            except ValidationError as exc:
                raise ValidationError(exc.field, Msg("Tournament", "row {row}: {problem}", row=number,
                                                     problem=exc.msg)) from None
            setattr(summary, outcome, getattr(summary, outcome) + 1)
    summary.people_created = finder.created
    return summary
