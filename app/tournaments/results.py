"""Ballots: entering, correcting (the old ballot is kept, marked corrected) and loading from a file."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.db.store import current_store
from app.errors import ValidationError
from app.i18n import Msg
from app.models import Adjudicator, Ballot, Debate, Person, Team, Tournament
from app.tables.headers import Column, TableSpec, match_headers
from app.tables.reader import read_table
from app.tables.row_errors import join_msgs, row_error_params
from app.text import fold
from app.tournaments import context as ctx
from app.tournaments import types as T
from app.tournaments.ballots import check_ballot, panel_decision
from app.tournaments.setup import parse_leagues

#: The results file's columns (their titles are the keys).
RESULT_COLUMNS = TableSpec("results", (
    *(Column(key, required=True) for key in ("round", "league", "gov_team", "opp_team", "winner")),
    *(Column(key) for key in ("pm", "pm_score", "mg", "mg_score", "lo", "lo_score", "mo", "mo_score")),
))
_WINNER_WORDS = {"gov": ("gov", "government", "үкімет", "правительство", "п", "ү", "g"),
                 "opp": ("opp", "opposition", "оппозиция", "о", "o")}


@dataclass
class BallotInput:
    """A ballot as typed: the winner and each role's speaker and score (scores optional in eliminations)."""

    winner: str
    speakers: dict[str, str | None] = field(default_factory=dict)  # role -> person uid
    scores: dict[str, float | None] = field(default_factory=dict)  # role -> score
    adjudicator_uid: str | None = None


@dataclass
class ResultsSummary:
    """What loading a results file did."""

    entered: int = 0
    corrected: int = 0
    unchanged: int = 0


def get_debate(uid: str) -> Debate:
    """The debate ``uid`` as saved now (raises ``Debate.DoesNotExist`` if there is none)."""
    return Debate.get_by_id(uid)


def _where(debate: Debate) -> Msg:
    gov = debate.gov.name if debate.gov_uid and debate.gov is not None else "?"
    opp = debate.opp.name if debate.opp_uid and debate.opp is not None else "?"
    return Msg("Tournament", "round {round}, {gov} — {opp}", round=debate.round, gov=gov, opp=opp)


def check(t: Tournament, debate: Debate, data: BallotInput) -> list[Msg]:
    """Everything wrong with a ballot for ``debate`` (empty when it can be saved)."""
    if debate.opp_uid is None:
        return [Msg("Tournament", "A bye has no ballot.")]
    if data.winner not in ("gov", "opp"):
        return [Msg("Tournament", "Choose the winner: government or opposition.")]
    if debate.elimination and not any(data.scores.values()):
        return []  # the organisers may record only the winner of an elimination debate
    gov, opp = ctx.government(debate), ctx.opposition(debate)
    speakers = ctx.speakers_by_team([gov, opp])
    ballot = _value(debate, data)
    return check_ballot(ballot, ctx.rule_settings(t), speakers.get(gov, []), speakers.get(opp, []))


def _value(debate: Debate, data: BallotInput) -> T.Ballot:
    scores = []
    for role in T.ROLES:
        speaker, score = data.speakers.get(role), data.scores.get(role)
        team = ctx.government(debate) if T.ROLE_SIDE[role] == "gov" else ctx.opposition(debate)
        if speaker is not None or score is not None:
            scores.append(T.SpeakerScore(speaker=speaker or "", team=team, role=role,
                                         score=float(score) if score is not None else float("nan")))
    return T.Ballot(gov=ctx.government(debate), opp=ctx.opposition(debate), winner=ctx.as_side(data.winner),
                    scores=tuple(scores), adjudicator=data.adjudicator_uid)


def _same(b: Ballot, data: BallotInput) -> bool:
    if b.winner != data.winner:
        return False
    for role in T.ROLES:
        if getattr(b, f"{role}_uid") != data.speakers.get(role):
            return False
        old, new = getattr(b, f"{role}_score"), data.scores.get(role)
        if (old is None) != (new is None):
            return False
        if old is not None and new is not None and abs(float(old) - float(new)) > 1e-9:
            return False
    return True


def enter_ballot(t: Tournament, debate: Debate, data: BallotInput, reason: str | None = None) -> tuple[Ballot, str]:
    """Save a ballot; a second ballot of the same adjudicator corrects the first (kept, marked corrected).

    Returns the ballot and "entered", "corrected" or "unchanged".  The debate's
    winner follows the panel's majority.  Raises ValidationError listing every
    problem; nothing is written then.
    """
    _refuse_if_next_round_drawn(debate)
    problems = check(t, debate, data)
    if problems:
        raise ValidationError("ballot", Msg("Tournament", "The ballot of {debate} is not accepted: {problems}",
                                            debate=_where(debate),
                                            problems=join_msgs(problems)))
    with current_store().db.atomic():
        old = (Ballot.live().where(Ballot.debate == debate.uid, Ballot.status == "active",
                                   (Ballot.adjudicator == data.adjudicator_uid) if data.adjudicator_uid
                                   else Ballot.adjudicator.is_null()).first())
        if old is not None and _same(old, data):
            return old, "unchanged"
        new = Ballot(debate=debate, adjudicator=data.adjudicator_uid, winner=data.winner,
                     entered_at=dt.datetime.now().isoformat(timespec="seconds"),
                     replaces_uid=old.uid if old else None, reason=(reason or "").strip() or None)
        for role in T.ROLES:
            setattr(new, f"{role}_uid", data.speakers.get(role))
            score = data.scores.get(role)
            setattr(new, f"{role}_score", float(score) if score is not None else None)
        if old is not None:
            old.status = "corrected"
            old.save()
        new.save()
        _decide(debate)
    return new, "corrected" if old is not None else "entered"


def _decide(debate: Debate) -> None:
    """The debate's winner from its current ballots (the panel's majority)."""
    ballots = ctx.active_ballots([debate.uid]).get(debate.uid, [])
    if not ballots:
        winner = None
    else:
        winner, _ = panel_decision([ctx.ballot_value(debate, b) for b in ballots])
    if winner != debate.winner or debate.decided != "ballots":
        debate.winner, debate.decided = winner, "ballots" if winner else None
        debate.save()


def _refuse_if_next_round_drawn(debate: Debate) -> None:
    """An elimination result is fixed once the next elimination round is drawn from it."""
    if not debate.elimination:
        return
    later = Debate.live().where(Debate.tournament == debate.tournament_uid, Debate.league == debate.league,
                                Debate.elimination == True, Debate.round > debate.round).exists()  # noqa: E712
    if later:
        raise ValidationError("winner", Msg("Tournament", "The next elimination round is already drawn from this "
                                            "result; it can no longer change."))


def set_winner(debate: Debate, winner: str) -> None:
    """Record only the winner of an elimination debate (the organisers' choice)."""
    _refuse_if_next_round_drawn(debate)
    if winner not in ("gov", "opp"):
        raise ValidationError("winner", Msg("Tournament", "Choose the winner: government or opposition."))
    if not debate.elimination:
        raise ValidationError("winner", Msg("Tournament", "A qualifying debate needs a ballot with speaker "
                                            "points."))
    debate.winner, debate.decided = winner, "organisers"
    debate.save()


def record_forfeit(debate: Debate, winner: str) -> None:
    """Record that ``winner``'s side won because the other team did not come: no ballot, no speaker scores.

    Refused while the debate has ballots (a debate that took place is decided by them); a ballot
    entered afterwards replaces the forfeit.
    """
    if debate.opp_uid is None:
        raise ValidationError("winner", Msg("Tournament", "A bye has no ballot."))
    if winner not in ("gov", "opp"):
        raise ValidationError("winner", Msg("Tournament", "Choose the winner: government or opposition."))
    _refuse_if_next_round_drawn(debate)
    if ctx.active_ballots([debate.uid]).get(debate.uid):
        raise ValidationError("winner", Msg("Tournament", "This debate already has ballots: it took place and "
                                            "cannot be a forfeit."))
    debate.winner, debate.decided = winner, "forfeit"
    debate.save()


def ballot_history(debate: Debate) -> list[Ballot]:
    """Every ballot of the debate, corrected ones included, oldest first."""
    return list(Ballot.live().where(Ballot.debate == debate.uid).order_by(Ballot.stamp))


def parse_winner(value: Any) -> str:
    """gov / opp from the words a results file may use."""
    text = fold(str(value or "").strip())
    for code, words in _WINNER_WORDS.items():
        if text in {fold(w) for w in words}:  # fold() also folds Kazakh letters: compare folded words
            return code
    raise ValidationError("winner", Msg("Tournament", "The winner must be gov or opp, not {value}.",
                                        value=str(value)))


def parse_score(value: Any, field: str) -> float | None:
    """A score cell: empty, a number, or a number with a decimal comma."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError:
        raise ValidationError(field, Msg("Tournament", "{field} must be a number, not {value}.", field=field,
                                         value=str(value))) from None


def _speaker(name: Any, team: Team, role: str, row: int) -> str | None:
    if name in (None, ""):
        return None
    key = fold(" ".join(str(name).split()))
    for uid in ctx.speakers_by_team([team.uid]).get(team.uid, []):
        p = Person.get_by_id(uid)
        full = fold(" ".join(x for x in (p.surname, p.name, p.patronymic or "") if x))
        short = fold(f"{p.surname} {p.name}")
        if key in (full, short, fold(f"{p.name} {p.surname}")):
            return uid
    # The caller adds "row N: " (the row was named twice before).
    raise ValidationError(role, Msg("Tournament", "{person} is not a speaker of team {team}.",
                                    person=str(name), team=team.name))


def import_results(t: Tournament, path: Path | str) -> ResultsSummary:
    """Load qualifying-round results from CSV/XLSX; every row must match a debate of the draw.

    Columns: round, league, gov_team, opp_team, winner (gov|opp), pm, pm_score,
    mg, mg_score, lo, lo_score, mo, mo_score.  Any bad row refuses the whole
    file (the message names the row); a row already entered with the same
    values changes nothing; different values correct the earlier ballot.
    """
    path = Path(path)
    table = read_table(path)
    cols = match_headers(table.headers, RESULT_COLUMNS, path).columns
    teams = {(x.league, fold(x.name)): x for x in Team.live().where(Team.event == t.event_uid)}
    planned: list[tuple[Debate, BallotInput, int]] = []
    seen: dict[str, int] = {}
    errors: list[Msg] = []

    def one_row(number: int, row: list[Any]) -> None:
        cell = lambda k: row[cols[k]] if k in cols and cols[k] < len(row) else None  # noqa: E731
        try:
            league = parse_leagues(cell("league"))[0]
            round_no = int(float(str(cell("round")).strip()))
        except (ValidationError, ValueError):
            raise ValidationError("round", Msg("Tournament", "row {row}: the round or league is not "
                                               "understood.", row=number)) from None
        gov = teams.get((league, fold(" ".join(str(cell("gov_team") or "").split()))))
        opp = teams.get((league, fold(" ".join(str(cell("opp_team") or "").split()))))
        if gov is None or opp is None:
            name = cell("gov_team") if gov is None else cell("opp_team")
            raise ValidationError("team", Msg("Tournament", "row {row}: there is no team {team} in the {league} "
                                              "league.", row=number, team=str(name),
                                              league=league))
        debate = next((d for d in ctx.debates(t, league, round_no) if {d.gov_uid, d.opp_uid} == {gov.uid, opp.uid}),
                      None)
        if debate is None:
            raise ValidationError("debate", Msg("Tournament", "row {row}: {gov} — {opp} is not in the draw of "
                                                "round {round}.", row=number, gov=gov.name,
                                                opp=opp.name, round=round_no))
        if debate.gov_uid != gov.uid:
            raise ValidationError("debate", Msg("Tournament", "row {row}: in the draw {gov} is the opposition, "
                                                "not the government.", row=number,
                                                gov=gov.name))
        if debate.uid in seen:
            raise ValidationError("debate", Msg("Tournament", "rows {first} and {row} give two results for "
                                                "{gov} — {opp}.", first=seen[debate.uid],
                                                row=number, gov=gov.name, opp=opp.name))
        seen[debate.uid] = number
        try:
            data = BallotInput(winner=parse_winner(cell("winner")))
            for role in T.ROLES:
                team = gov if T.ROLE_SIDE[role] == "gov" else opp
                data.speakers[role] = _speaker(cell(role), team, role, number)
                data.scores[role] = parse_score(cell(f"{role}_score"), f"{role}_score")
        except ValidationError as exc:
            raise ValidationError(exc.field, Msg("Tournament", "row {row}: {problem}",
                                                 row=number, problem=exc.msg)) from None
        problems = check(t, debate, data)
        if problems:
            raise ValidationError("ballot", Msg("Tournament", "row {row}: {problems}",
                                                row=number, problems=join_msgs(problems)))
        planned.append((debate, data, number))

    for number, row in zip(table.row_numbers, table.rows):
        if not any(str(v or "").strip() for v in row):
            continue
        try:
            one_row(number, row)
        except ValidationError as exc:  # every bad row is reported at once, then nothing is loaded
            errors.append(exc.msg)
    if errors:
        raise ValidationError("file", Msg("Tournament", "Nothing was loaded: {count} rows need correcting — "
                                          "{problems}{more}", **row_error_params(errors)))
    summary = ResultsSummary()
    with current_store().db.atomic():
        for debate, data, _number in planned:
            _, outcome = enter_ballot(t, debate, data, reason=str(Msg("Tournament", "loaded from {file}",
                                                                      file=path.name)))
            setattr(summary, outcome, getattr(summary, outcome) + 1)
    return summary


def adjudicator_of(uid: str | None) -> Adjudicator | None:
    """The adjudicator with ``uid`` (None for a panel-level ballot)."""
    return Adjudicator.get_or_none(Adjudicator.uid == uid) if uid else None
