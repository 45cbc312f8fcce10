"""Making, changing and reading a league's draw; who adjudicates which debate."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.db.store import current_store
from app.errors import ValidationError
from app.i18n import Msg
from app.models import Debate, DebateAdjudicator, Team, Tournament
from app.tournaments import context as ctx
from app.tournaments import types as T
from app.tournaments.adjudicators import allocate_adjudicators
from app.tournaments.availability import absent_in
from app.tournaments.codes import debate_code, league_letters
from app.tournaments.draw import check_pairings, draw_round
from app.tournaments.panels import by_standing, panel_size
from app.tournaments.rooms import rooms_for


@dataclass
class DrawRow:
    """One line of a printed draw."""

    uid: str
    position: int
    room: str | None
    gov: str
    gov_uid: str
    opp: str | None
    opp_uid: str | None
    adjudicators: list[str]  # the chair first (when the panel has one)
    winner: str | None
    warnings: list[str]  # in English (the command line's JSON); the window shows ``warning_msgs``
    code: str = ""  # the short code printed on ballots (R2-K-07)
    chaired: bool = False  # the first adjudicator is the chair
    forfeit: bool = False  # won by forfeit: the other team did not come
    warning_msgs: list[Msg] = field(default_factory=list)


def warnings_json(msgs: list[Msg]) -> str | None:
    """A debate's warnings as kept on it: each message's source and values, so every window (and the
    office's) shows them in its own language."""
    if not msgs:
        return None
    return json.dumps([{"context": m.context, "source": m.source, "params": m.params} for m in msgs],
                      ensure_ascii=False, default=str)


def warnings_of(text: str | None) -> list[Msg]:
    """The messages :func:`warnings_json` kept (a debate drawn before then holds plain English texts)."""
    try:
        entries = json.loads(text) if text else []
    except ValueError:
        entries = [text]
    out = []
    for entry in entries if isinstance(entries, list) else [entries]:
        if isinstance(entry, dict) and isinstance(entry.get("source"), str):
            params = entry["params"] if isinstance(entry.get("params"), dict) else {}
            out.append(Msg(str(entry.get("context") or "Tournament"), entry["source"], **params))  # i18n: ignore
        else:
            out.append(Msg("Tournament", "{text}", text=str(entry)))  # i18n: ignore
    return out


def _league(t: Tournament, league: str) -> str:
    if league not in t.league_list:
        raise ValidationError("league", Msg("Tournament", "The league {league} is not one of this tournament's "
                                            "leagues ({leagues}).", league=league, leagues=", ".join(t.league_list)))
    return league


def missing_results(t: Tournament, league: str, round_no: int) -> list[Debate]:
    """The debates of ``round_no`` that have no winner yet (byes need none)."""
    return [d for d in ctx.debates(t, league, round_no) if d.opp_uid is not None and d.winner is None]


def make_draw(t: Tournament, league: str, round_no: int, redraw: bool = False) -> list[Debate]:
    """Draw a qualifying round of one league and save it with its adjudicators.

    Round 1 is random (reproducible from the tournament's seed); later rounds
    are power-paired on the results so far, so the previous round must be
    complete.  A round already drawn is drawn again only with ``redraw`` and
    only while it has no results.
    """
    _league(t, league)
    if not 1 <= round_no <= t.rounds:
        raise ValidationError("round", Msg("Tournament", "Round {round} is not a qualifying round of this "
                                           "tournament (1–{rounds}).", round=round_no, rounds=t.rounds))
    if round_no > 1:
        if not ctx.debates(t, league, round_no - 1):
            raise ValidationError("round", Msg("Tournament", "Round {previous} of the {league} league is not "
                                               "drawn yet.", previous=round_no - 1, league=league))
        missing = missing_results(t, league, round_no - 1)
        if missing:
            names = "; ".join(f"{_name(d.gov)} — {_name(d.opp)}" for d in missing[:5])
            raise ValidationError("round", Msg("Tournament", "Round {previous} still lacks {count} results "
                                               "({debates}); enter them before drawing round {round}.",
                                               previous=round_no - 1, count=len(missing), debates=names,
                                               round=round_no))
    existing = ctx.debates(t, league, round_no)
    if existing:
        if not redraw:
            raise ValidationError("round", Msg("Tournament", "Round {round} of the {league} league is already "
                                               "drawn.", round=round_no, league=league))
        if any(d.winner for d in existing if d.opp_uid):
            raise ValidationError("round", Msg("Tournament", "Round {round} already has results; correct the "
                                               "draw by hand instead of drawing it again.", round=round_no))
    away = absent_in(t, round_no)  # away this round only: left out of the draw, not withdrawn
    teams = [x for x in ctx.team_values(t, league) if x.uid not in away]
    if len(teams) < 2:
        raise ValidationError("teams", Msg("Tournament", "The {league} league needs at least two teams for a "
                                           "draw.", league=league))
    history = ctx.results(t, league, up_to_round=round_no - 1)
    pairings = draw_round(teams, history, round_no, seed=int(t.seed or 0))
    # What the draw could not avoid (a rematch in a league of two teams, say) is shown on the debate.

    problems_drawn = check_pairings(pairings, teams, history)
    adjudicators = ctx.adjudicator_values(t, league)
    # The strongest panels go to the debates of the highest combined standing so far.
    allocation = (allocate_adjudicators(pairings, teams, adjudicators, panel_size(t, elimination=False),
                                        seed=int(t.seed or 0) + round_no, order=by_standing(pairings, history))
                  if adjudicators else None)
    panels = allocation.panels if allocation else [[] for _ in pairings]
    problems = (allocation.problems if allocation else []) + problems_drawn
    with current_store().db.atomic():
        for d in existing:
            _drop(d)
        halls = iter(rooms_for(t, league, round_no, sum(1 for p in pairings if not p.is_bye)))
        made = []
        for position, (pairing, panel) in enumerate(zip(pairings, panels), start=1):
            # Conflicts the allocation could not avoid stay visible on the debate.
            mine = [p.msg for p in problems if set(p.teams) & set(pairing.teams)]
            d = Debate(tournament=t, league=league, round=round_no, position=position,
                       room=None if pairing.is_bye else next(halls), gov=pairing.gov, opp=pairing.opp,
                       warnings=warnings_json(mine))
            d.save()
            for i, adj in enumerate(panel):
                DebateAdjudicator(debate=d, adjudicator=adj, chair=i == 0).save()
            made.append(d)
    return made


def _drop(d: Debate) -> None:
    for p in DebateAdjudicator.live().where(DebateAdjudicator.debate == d.uid):
        p.delete_softly()
    d.delete_softly()


def _name(team: Team | None) -> str:
    return team.name if team is not None else "?"


def draw_rows(t: Tournament, league: str, round_no: int, elimination: bool = False) -> list[DrawRow]:
    """The draw of a round as the window and the printout show it."""
    rows = ctx.debates(t, league, round_no, elimination=elimination)
    names = {x.uid: x.name for x in Team.select(Team.uid, Team.name).where(Team.event == t.event_uid)}
    panels: dict[str, list[str]] = {}
    chaired: set[str] = set()
    for p in (DebateAdjudicator.live().where(DebateAdjudicator.debate.in_([d.uid for d in rows]))
              .order_by(DebateAdjudicator.chair.desc(), DebateAdjudicator.stamp)):
        panels.setdefault(p.debate_uid, []).append(p.adjudicator.person.full_name)
        if p.chair:
            chaired.add(p.debate_uid)
    letters = league_letters(t.league_list)
    return [DrawRow(uid=d.uid, position=d.position, room=d.room, gov=names.get(ctx.government(d), "?"),
                    gov_uid=ctx.government(d),
                    opp=names.get(d.opp_uid) if d.opp_uid else None, opp_uid=d.opp_uid,
                    adjudicators=panels.get(d.uid, []), winner=d.winner,
                    warnings=[str(m) for m in warnings_of(d.warnings)], warning_msgs=warnings_of(d.warnings),
                    code=debate_code(letters, d.league, d.round, d.position), chaired=d.uid in chaired,
                    forfeit=d.decided == "forfeit")
            for d in rows]


def drawn_rounds(t: Tournament, league: str) -> list[int]:
    """The qualifying rounds of a league that have a draw."""
    return sorted({d.round for d in ctx.debates(t, league)})


def _pairings(rows: list[Debate]) -> list[T.Pairing]:
    return [T.Pairing(gov=ctx.government(d), opp=d.opp_uid) for d in rows]


def problems_after_swap(t: Tournament, league: str, round_no: int, a: tuple[str, str],
                        b: tuple[str, str]) -> list[T.Problem]:
    """The rules the draw would break if team slots ``a`` and ``b`` swapped (nothing is saved).

    A slot is (debate uid, "gov" | "opp").
    """
    rows = ctx.debates(t, league, round_no)
    return check_pairings(_pairings(_swapped(rows, a, b)), ctx.team_values(t, league),
                          ctx.results(t, league, up_to_round=round_no - 1))


def _swapped(rows: list[Debate], a: tuple[str, str], b: tuple[str, str]) -> list[Debate]:
    by_uid = {d.uid: d for d in rows}
    for uid, side in (a, b):
        if uid not in by_uid or side not in ("gov", "opp"):
            raise ValidationError("draw", Msg("Tournament", "That debate is not in this round's draw."))
    copies = {d.uid: Debate(uid=d.uid, gov=d.gov_uid, opp=d.opp_uid) for d in rows}
    da, db = copies[a[0]], copies[b[0]]
    va, vb = getattr(da, f"{a[1]}_uid"), getattr(db, f"{b[1]}_uid")
    if va is None or vb is None:
        raise ValidationError("draw", Msg("Tournament", "A bye has no opposition to swap."))
    setattr(da, f"{a[1]}_uid", vb)
    setattr(db, f"{b[1]}_uid", va)
    return [copies[d.uid] for d in rows]


def swap(t: Tournament, league: str, round_no: int, a: tuple[str, str], b: tuple[str, str],
         accept: bool = False) -> list[T.Problem]:
    """Swap two team slots of a drawn round (e.g. both sides of one debate, or teams of two debates).

    Returns the rules the new draw breaks; unless ``accept`` is true nothing is
    saved when there are any, so the window can ask first.  Accepted warnings
    are kept with the debates.  Refused once either debate has a result.
    """
    rows = ctx.debates(t, league, round_no)
    problems = problems_after_swap(t, league, round_no, a, b)
    if problems and not accept:
        return problems
    by_uid = {d.uid: d for d in rows}
    if any(by_uid[uid].winner for uid in (a[0], b[0])):
        raise ValidationError("draw", Msg("Tournament", "The debate already has a result; correct the result "
                                          "first."))
    new = {d.uid: d for d in _swapped(rows, a, b)}
    with current_store().db.atomic():
        for uid in {a[0], b[0]}:
            d = by_uid[uid]
            d.gov_uid, d.opp_uid = new[uid].gov_uid, new[uid].opp_uid
            mine = [p for p in problems if set(p.teams) & {d.gov_uid, d.opp_uid}]
            d.warnings = warnings_json([p.msg for p in mine])
            d.save()
    return problems
