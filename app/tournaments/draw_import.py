"""A draw made elsewhere (on paper, in Excel, in another program) loaded from a file.

Columns: round, league, gov_team, opp_team, and optionally room, adjudicators
(the chair first, separated by ; or ,) and motion.  Other columns are ignored,
so a results file is also its own draw file.  An empty opp_team is a bye.

The file is checked as a whole before anything is saved (all or nothing, every
bad row named): an unknown league or team, a round outside the qualifying
rounds, a team twice in a round, and a round that already has results are
refused.  Every rule a hand-made swap is checked against (rematch, same
school, sides, byes, a team left out, an adjudicator judging their own school)
is reported as a warning and kept on the debate, as a swap accepted anyway is.
A round already drawn differently is replaced only when asked (``replace``);
a round drawn exactly as in the file is left as it is.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.db.store import current_store
from app.errors import FileFormatError, ValidationError
from app.i18n import Msg
from app.models import Adjudicator, Debate, DebateAdjudicator, Team, Tournament
from app.tables.headers import Column, TableSpec, match_headers
from app.tables.reader import read_table
from app.tables.row_errors import row_error_params
from app.text import fold
from app.tournaments import context as ctx
from app.tournaments import types as T
from app.tournaments.adjudicators import check_adjudicators
from app.tournaments.draw import check_pairings
from app.tournaments.motions import MAX_MOTION, set_motion
from app.tournaments.registration import PeopleFinder, add_adjudicator, split_name
from app.tournaments.rooms import clean_room, rooms_for
from app.tournaments.rounds import warnings_json
from app.tournaments.setup import parse_leagues

#: The draw file's columns (titles in en / kk / ru); a results file's titles match the first four.
DRAW_COLUMNS = TableSpec("draw", (
    Column("round", "раунд", "раунд", ("тур", "round no", "раунд нөмірі", "номер раунда"), required=True),
    Column("league", "тіл", "лига", ("language", "язык", "лига тілі"), required=True),
    Column("gov_team", "үкімет", "правительство", ("government", "gov", "үкімет командасы",
                                                    "команда правительства"), required=True),
    Column("opp_team", "оппозиция", "оппозиция", ("opposition", "opp", "оппозиция командасы",
                                                   "команда оппозиции"), required=True),
    Column("room", "аудитория", "аудитория", ("бөлме", "кабинет", "room no", "venue")),
    Column("adjudicators", "төрешілер", "судьи", ("adjudicator", "judges", "төреші", "судья", "panel")),
    Column("motion", "тақырып", "тема", ("резолюция", "motion text", "тема раунда", "раунд тақырыбы")),
))
_SEPARATORS = re.compile(r"[;,\n]")


@dataclass
class DrawRoundImport:
    """One league's round of the file and what loading it did (created, replaced or unchanged)."""

    league: str
    round: int
    debates: int
    outcome: str


@dataclass
class DrawImportSummary:
    """What loading a draw file did, with the rules the loaded draws break."""

    rounds: list[DrawRoundImport] = field(default_factory=list)
    warnings: list[Msg] = field(default_factory=list)
    adjudicators_added: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for ``--json`` (messages in English)."""
        return {"rounds": [vars(r) for r in self.rounds], "warnings": [str(w) for w in self.warnings],
                "adjudicators_added": self.adjudicators_added}


@dataclass
class _Row:
    number: int
    gov: Team
    opp: Team | None
    room: str | None
    judges: list[str]
    motion: str | None


@dataclass
class _Plan:
    league: str
    round: int
    rows: list[_Row]
    existing: list[Debate]
    outcome: str = "created"
    problems: list[T.Problem] = field(default_factory=list)


def _text(value: Any) -> str:
    return " ".join(str(value if value is not None else "").split())


def _round_number(value: Any) -> int:
    text = _text(value)
    number = float(text.replace(",", "."))
    if number != int(number):
        raise ValueError(text)
    return int(number)


def _adjudicator_names(value: Any) -> list[str]:
    return [n for n in (_text(x) for x in _SEPARATORS.split(str(value or ""))) if n]


def _same_draw(rows: list[_Row], existing: list[Debate]) -> bool:
    """The file's pairings (with sides) are those already saved."""
    mine = {(r.gov.uid, r.opp.uid if r.opp else None) for r in rows}
    saved = {(d.gov_uid, d.opp_uid) for d in existing}
    return len(rows) == len(existing) and mine == saved


def read_draw(t: Tournament, path: Path | str, replace: bool = False) -> list[_Plan]:
    """Check a draw file against the tournament; every bad row is named at once (ValidationError)."""
    path = Path(path)
    table = read_table(path)
    cols = match_headers(table.headers, DRAW_COLUMNS, path)
    teams = {(x.league, fold(x.name)): x for x in Team.live().where(Team.event == t.event_uid)}
    groups: dict[tuple[str, int], list[_Row]] = defaultdict(list)
    errors: list[Msg] = []

    def one_row(number: int, row: list[Any]) -> None:
        raw_league = _text(cols.get(row, "league"))
        try:
            league = parse_leagues(raw_league)[0]
        except ValidationError:
            league = raw_league
        if league not in t.league_list:
            raise ValidationError("league", Msg("Tournament", "row {row}: the league {league} is not one of this "
                                                "tournament's leagues ({leagues}).", row=number,
                                                league=raw_league or "—", leagues=", ".join(t.league_list)))
        try:
            round_no = _round_number(cols.get(row, "round"))
        except ValueError:
            round_no = 0
        if not 1 <= round_no <= t.rounds:
            raise ValidationError("round", Msg("Tournament", "row {row}: round {round} is not a qualifying round "
                                               "of this tournament (1–{rounds}).", row=number,
                                               round=_text(cols.get(row, "round")) or "—", rounds=t.rounds))
        found: list[Team | None] = []
        for key in ("gov_team", "opp_team"):
            name = _text(cols.get(row, key))
            team = teams.get((league, fold(name))) if name else None
            if name and team is None:
                raise ValidationError("team", Msg("Tournament", "row {row}: there is no team {team} in the {league} "
                                                  "league.", row=number, team=name, league=league))
            found.append(team)
        gov, opp = found
        if gov is None:
            raise ValidationError("team", Msg("Tournament", "row {row}: the government team is missing.",
                                              row=number))
        if opp is not None and opp.uid == gov.uid:
            raise ValidationError("team", Msg("Tournament", "row {row}: team {team} cannot debate itself.",
                                              row=number, team=gov.name))
        room = clean_room(cols.get(row, "room"))
        judges = _adjudicator_names(cols.get(row, "adjudicators"))
        for name in judges:
            split_name(name)
        motion = _text(cols.get(row, "motion")) or None
        if motion and len(motion) > MAX_MOTION:
            raise ValidationError("motion", Msg("Tournament", "row {row}: the motion is longer than {limit} "
                                                "characters.", row=number, limit=MAX_MOTION))
        groups[(league, round_no)].append(_Row(number, gov, opp, room, judges, motion))

    for number, row in zip(table.row_numbers, table.rows):
        if not any(_text(v) for v in row):
            continue
        try:
            one_row(number, row)
        except ValidationError as exc:
            msg = exc.msg
            if exc.field == "name" or exc.field == "room":  # raised without the row's number
                msg = Msg("Tournament", "row {row}: {problem}", row=number, problem=exc.msg)
            errors.append(msg)
    plans = []
    for (league, round_no), rows in sorted(groups.items(), key=lambda kv: (t.league_list.index(kv[0][0]), kv[0][1])):
        errors.extend(_group_errors(league, round_no, rows))
        existing = ctx.debates(t, league, round_no)
        plan = _Plan(league, round_no, rows, existing)
        if existing:
            decided = [d for d in existing if d.opp_uid and d.winner]
            if _same_draw(rows, existing):
                plan.outcome = "unchanged"
            elif decided:
                errors.append(Msg("Tournament", "rows {rows}: round {round} of the {league} league already has "
                                  "results ({count} debates); its draw can no longer be replaced.",
                                  rows=_row_span(rows), round=round_no, league=league, count=len(decided)))
            elif not replace:
                errors.append(Msg("Tournament", "rows {rows}: round {round} of the {league} league is already "
                                  "drawn differently; load the file with “replace the draw” to replace it.",
                                  rows=_row_span(rows), round=round_no, league=league))
            else:
                plan.outcome = "replaced"
        plans.append(plan)
    if errors:
        raise ValidationError("file", Msg("Tournament", "Nothing was loaded: {count} rows need correcting — "
                                          "{problems}{more}", **row_error_params(errors)))
    if not plans:
        raise FileFormatError(Msg("Tournament", "{file} has no debates.", file=path.name))
    _warn(t, plans)
    return plans


def _row_span(rows: list[_Row]) -> str:
    numbers = [r.number for r in rows]
    return f"{min(numbers)}–{max(numbers)}" if len(numbers) > 1 else str(numbers[0])


def _group_errors(league: str, round_no: int, rows: list[_Row]) -> list[Msg]:
    """A team twice in one round, or two different motions for it."""
    errors: list[Msg] = []
    seen: dict[str, int] = {}
    for r in rows:
        for team in (r.gov, r.opp):
            if team is None:
                continue
            if team.uid in seen:
                errors.append(Msg("Tournament", "rows {first} and {row}: team {team} is drawn twice in round "
                                  "{round}.", first=seen[team.uid], row=r.number, team=team.name, round=round_no))
            else:
                seen[team.uid] = r.number
    motions = {fold(r.motion): r for r in rows if r.motion}
    if len(motions) > 1:
        first, *others = motions.values()
        errors.append(Msg("Tournament", "rows {first} and {row}: round {round} of the {league} league has two "
                          "different motions.", first=first.number, row=others[0].number, round=round_no,
                          league=league))
    return errors


def _history(t: Tournament, plans: list[_Plan], league: str, round_no: int) -> list[T.Result]:
    """What the league had before ``round_no``: saved results, then saved or loaded pairings not yet decided."""
    history = ctx.results(t, league, up_to_round=round_no - 1)
    decided = {r.round_no for r in history}
    loaded = {p.round: p for p in plans if p.league == league and p.round < round_no and p.outcome != "unchanged"}
    for d in ctx.debates(t, league):
        if d.round < round_no and d.round not in loaded and d.opp_uid and not d.winner:
            history.append(T.Result(round_no=d.round, gov=ctx.government(d), opp=d.opp_uid))
    for n, plan in loaded.items():
        if n in decided:
            continue
        history.extend(T.Result(round_no=n, gov=r.gov.uid, opp=r.opp.uid if r.opp else None) for r in plan.rows)
    return history


def _warn(t: Tournament, plans: list[_Plan]) -> None:
    """The rules of the draw each loaded round breaks (as a swap would be warned of)."""
    for plan in plans:
        if plan.outcome == "unchanged":
            continue
        teams = ctx.team_values(t, plan.league)
        pairings = [T.Pairing(gov=r.gov.uid, opp=r.opp.uid if r.opp else None) for r in plan.rows]
        plan.problems = check_pairings(pairings, teams, _history(t, plans, plan.league, plan.round))
        known = _adjudicators_by_name(t)
        panels = [[known[fold(n)].uid for n in r.judges if fold(n) in known] for r in plan.rows]
        plan.problems += [p for p in check_adjudicators(pairings, teams, ctx.adjudicator_values(t), panels)
                          if p.code != "unknown_adjudicator"]


def _adjudicators_by_name(t: Tournament) -> dict[str, Adjudicator]:
    """The tournament's adjudicators by folded full name and by "surname name" (files often drop the patronymic)."""
    out: dict[str, Adjudicator] = {}
    for a in Adjudicator.live().where(Adjudicator.tournament == t.uid).order_by(Adjudicator.uid):
        p = a.person
        for key in (p.full_name, f"{p.surname} {p.name}", f"{p.name} {p.surname}"):
            out.setdefault(fold(key), a)
    return out


def rounds_to_replace(t: Tournament, path: Path | str) -> list[tuple[str, int]]:
    """The (league, round) pairs the file would replace: drawn differently, without results.

    The window asks before loading with ``replace``; a file with bad rows raises as :func:`import_draw` does.
    """
    return [(p.league, p.round) for p in read_draw(t, path, replace=True) if p.outcome == "replaced"]


def import_draw(t: Tournament, path: Path | str, replace: bool = False) -> DrawImportSummary:
    """Load the draws of a file (all or nothing); returns what was done and the warnings kept on the debates.

    Adjudicators named in the file and not yet registered are registered (and
    listed in the summary).  A motion in the file becomes its round's motion.
    """
    plans = read_draw(t, path, replace)
    summary = DrawImportSummary()
    finder = PeopleFinder()
    known = _adjudicators_by_name(t)
    with current_store().db.atomic():
        for plan in plans:
            summary.rounds.append(DrawRoundImport(plan.league, plan.round, sum(1 for r in plan.rows if r.opp),
                                                  plan.outcome))
            motion = next((r.motion for r in plan.rows if r.motion), None)
            if motion:
                set_motion(t, plan.league, plan.round, motion)
            if plan.outcome == "unchanged":
                _update_rooms(plan)
                continue
            summary.warnings.extend(p.msg for p in plan.problems)
            for d in plan.existing:
                for seat in DebateAdjudicator.live().where(DebateAdjudicator.debate == d.uid):
                    seat.delete_softly()
                d.delete_softly()
            ordered = [r for r in plan.rows if r.opp] + [r for r in plan.rows if not r.opp]  # byes last
            given = {r.room for r in ordered if r.room}
            free = iter(x for x in rooms_for(t, plan.league, plan.round, len(ordered) + len(given))
                        if x not in given)
            for position, r in enumerate(ordered, start=1):
                mine = [p.msg for p in plan.problems if set(p.teams) & {r.gov.uid, r.opp.uid if r.opp else ""}]
                room = r.room or (next(free) if r.opp else None)
                d = Debate(tournament=t, league=plan.league, round=plan.round, position=position, room=room,
                           gov=r.gov.uid, opp=r.opp.uid if r.opp else None,
                           warnings=warnings_json(mine))
                d.save()
                for i, name in enumerate(r.judges):
                    adj = known.get(fold(name))
                    if adj is None:
                        adj, _ = add_adjudicator(t, name, finder=finder)
                        known[fold(name)] = adj
                        summary.adjudicators_added.append(name)
                    DebateAdjudicator(debate=d, adjudicator=adj, chair=i == 0).save()
    return summary


def _update_rooms(plan: _Plan) -> None:
    """A round loaded again as it is: rooms the file names are taken over."""
    by_pair = {(d.gov_uid, d.opp_uid): d for d in plan.existing}
    for r in plan.rows:
        d = by_pair.get((r.gov.uid, r.opp.uid if r.opp else None))
        if d is not None and r.room and d.room != r.room:
            d.room = r.room
            d.save()
