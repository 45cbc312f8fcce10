"""The ``tournament`` verb up to the rounds: create, settings, register, draw, rooms and motions, results, paper
(standings to awards: tournament_result_commands; the arguments: tournament_parser)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.commands import _open, _require_setup, _say
from app.errors import ValidationError
from app.i18n import Msg
from app.installation import get_installation
from app.models import Person, Team, TeamMember
from app.text import fold
from app.validation.fields import parse_optional_date


def _tournament(args: argparse.Namespace):
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.setup import find_tournament

    store = _open(args)
    _require_setup(store)
    return find_tournament(args.tournament)


def _leagues(t, league: str | None) -> list[str]:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.setup import parse_leagues

    return parse_leagues(league) if league else t.league_list


def _team_uid(t, league: str, ref: str) -> str:
    for team in Team.live().where(Team.event == t.event_uid, Team.league == league):
        if ref in (team.uid,) or fold(team.name) == fold(ref):
            return team.uid
    raise ValidationError("team", Msg("Tournament", "There is no team {team} in the {league} league.", team=ref,
                                      league=league))


def cmd_create(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.results import parse_score
    from app.tournaments.setup import (
        TournamentSettings,
        create_tournament,
        find_tournament,
        parse_leagues,
        parse_score_range,
    )

    store = _open(args)
    _require_setup(store)
    low, high = parse_score_range(args.score_range)
    previous = find_tournament(args.previous).uid if args.previous else None
    settings = TournamentSettings(
        name=args.name, stage=args.stage, start=parse_optional_date(args.date, "date"),
        end=parse_optional_date(args.end, "end"), place=args.place, leagues=parse_leagues(args.leagues),
        rounds=args.rounds, break_size=args.break_size, score_min=low, score_max=high,
        score_step=parse_score(args.score_step, "score_step") or 0, low_point_wins=args.low_point_wins,
        tiebreaks=[x.strip() for x in args.tiebreaks.split(",") if x.strip()], speakers_rule=args.speakers_rule,
        seed=args.seed, previous_uid=previous, iron_person=args.iron_person,
        speaker_min_rounds=args.speaker_min_rounds, panel_size=args.panel_size,
        elim_panel_size=args.elim_panel_size, category_break_size=args.category_break_size)
    t = create_tournament(settings)
    if args.json:
        print(json.dumps({"uid": t.uid, "event_uid": t.event_uid, "leagues": t.league_list}, ensure_ascii=False))
    else:
        print(t.uid)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.listing import tournament_list

    _open(args)
    rows = [{k: r[k] for k in ("uid", "name", "date", "stage", "leagues", "teams")} for r in tournament_list()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            print(f"{r['uid']}  {r['date']}  {r['stage']:<9} {','.join(r['leagues']):<10} {r['teams']:>4}  {r['name']}")
    return 0


def _summary(args, summary, what: Msg) -> None:
    data = {k: v for k, v in vars(summary).items() if k != "problems"}
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        _say(args, Msg("CLI", "{what}: {created} new, {updated} updated, {unchanged} unchanged; {people} people "
                       "added to the register.", what=what, created=data.get("created", 0),
                       updated=data.get("updated", 0), unchanged=data.get("unchanged", 0),
                       people=data.get("people_created", 0)))


def cmd_import_teams(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.registration import import_teams

    t = _tournament(args)
    _summary(args, import_teams(t, Path(args.file)), Msg("CLI", "Teams"))
    return 0


def cmd_adjudicators(args: argparse.Namespace) -> int:
    """List the adjudicators: name, school, league, rating."""
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.listing import adjudicator_lines

    t = _tournament(args)
    rows = [{"uid": a.uid, "name": a.name, "school": a.school, "league": a.league, "rating": a.rating}
            for a in adjudicator_lines(t)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            print(f"{r['rating']:>4g}  {r['name']:<34} {r['league'] or '':<3} {r['school'] or ''}")
    return 0


def cmd_rate(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.registration import find_adjudicator, set_rating

    t = _tournament(args)
    adj = set_rating(find_adjudicator(t, args.adjudicator), args.rating)
    _say(args, Msg("CLI", "Saved: {name}, rating {rating}.", name=adj.person.full_name, rating=f"{adj.rating:g}"))
    return 0


def cmd_category(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.categories import set_speaker_category, set_team_category
    from app.tournaments.setup import parse_leagues

    t = _tournament(args)
    league = parse_leagues(args.league)[0]
    team = Team.get_by_id(_team_uid(t, league, args.team))
    if args.speaker:
        person = None
        for m in TeamMember.live().where(TeamMember.team == team.uid):
            p: Person = m.person
            if args.speaker == p.uid or fold(p.full_name) == fold(args.speaker):
                person = p.uid
        if person is None:
            raise ValidationError("speaker", Msg("Tournament", "{person} does not speak for team {team}.",
                                                 person=args.speaker, team=team.name))
        set_speaker_category(team, person, None if fold(args.category) == "team" else args.category)
    else:
        set_team_category(team, args.category)
    _say(args, Msg("CLI", "Saved."))
    return 0


def cmd_import_adjudicators(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.registration import import_adjudicators

    t = _tournament(args)
    _summary(args, import_adjudicators(t, Path(args.file)), Msg("CLI", "Adjudicators"))
    return 0


def _draw_json(t, league: str, round_no: int, elimination: bool = False) -> list[dict]:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.motions import motion_of
    from app.tournaments.rounds import draw_rows

    motion = motion_of(t, league, round_no)
    return [{"league": league, "round": round_no, "position": r.position, "code": r.code, "room": r.room,
             "debate": r.uid, "gov": r.gov, "gov_uid": r.gov_uid, "opp": r.opp, "opp_uid": r.opp_uid,
             "bye": r.opp_uid is None, "adjudicators": r.adjudicators,
             "chair": r.adjudicators[0] if r.chaired else None, "winner": r.winner, "forfeit": r.forfeit,
             "warnings": r.warnings,
             "motion": motion.text if motion else None, "info_slide": motion.info_slide if motion else None}
            for r in draw_rows(t, league, round_no, elimination)]


def _print_draw(args, rows: list[dict]) -> None:
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return
    bye = Msg("CLI", "bye").render(args.translate)
    shown: set[tuple[str, int]] = set()
    for r in rows:
        if r.get("motion") and (r["league"], r["round"]) not in shown:
            shown.add((r["league"], r["round"]))
            print(Msg("CLI", "{league} R{round} motion: {motion}", league=r["league"], round=r["round"],
                      motion=r["motion"]).render(args.translate))
        opp = r["opp"] if r["opp"] is not None else f"({bye})"
        judges = ", ".join(r["adjudicators"])
        print(f"{r['league']:<3} R{r['round']}  {r['room'] or '':>3}  {r['gov']}  —  {opp}"
              + (f"   [{judges}]" if judges else ""))


def cmd_draw(args: argparse.Namespace) -> int:
    """Draw the round in the league asked for, or in every league that can be drawn.

    Without --league a league already drawn is shown as it is and a league
    with fewer than two teams is skipped (with a note), so one command draws
    a whole tournament's round.
    """
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments import context as ctx
    from app.tournaments.rounds import drawn_rounds, make_draw

    t = _tournament(args)
    rows: list[dict] = []
    for league in _leagues(t, args.league):
        if not args.league and not args.redraw:
            if args.round in drawn_rounds(t, league):
                rows += _draw_json(t, league, args.round)
                continue
            if len(ctx.team_values(t, league)) < 2:
                print(Msg("CLI", "{league}: fewer than two teams, not drawn.", league=league).render(args.translate),
                      file=sys.stderr)
                continue
        make_draw(t, league, args.round, redraw=args.redraw)
        rows += _draw_json(t, league, args.round)
    _print_draw(args, rows)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print a drawn round again (to hand out, or to build a results file from its JSON)."""
    t = _tournament(args)
    rows: list[dict] = []
    for league in _leagues(t, args.league):
        rows += _draw_json(t, league, args.round, elimination=args.round > t.rounds)
    if not rows:
        raise ValidationError("round", Msg("Tournament", "Round {round} is not drawn yet.", round=args.round))
    _print_draw(args, rows)
    return 0


def cmd_import_results(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.results import import_results

    t = _tournament(args)
    summary = import_results(t, Path(args.file))
    if args.json:
        print(json.dumps(vars(summary)))
    else:
        _say(args, Msg("CLI", "Results: {entered} entered, {corrected} corrected, {unchanged} unchanged.",
                       entered=summary.entered, corrected=summary.corrected, unchanged=summary.unchanged))
    return 0


def cmd_import_draw(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.draw_import import import_draw

    t = _tournament(args)
    summary = import_draw(t, Path(args.file), replace=args.replace)
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
        return 0
    outcomes = {"created": Msg("CLI", "loaded"), "replaced": Msg("CLI", "replaced"),
                "unchanged": Msg("CLI", "unchanged")}
    for r in summary.rounds:
        _say(args, Msg("CLI", "{league} round {round}: {debates} debates {outcome}.", league=r.league, round=r.round,
                       debates=r.debates, outcome=outcomes[r.outcome]))
    if summary.adjudicators_added:
        _say(args, Msg("CLI", "Adjudicators registered: {names}.", names=", ".join(summary.adjudicators_added)))
    for w in summary.warnings:
        print(Msg("CLI", "warning: {problem}", problem=w).render(args.translate), file=sys.stderr)
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    """print-draw / print-ballots: an A4 PDF of a drawn round."""
    # imported when the command runs: reportlab is loaded only to print
    from app.tournaments.paper import print_ballots, print_draw

    t = _tournament(args)
    inst = get_installation()
    write = print_draw if args.paper == "draw" else print_ballots
    summary = write(t, args.round, Path(args.out), _leagues(t, args.league) if args.league else None,
                    lang=args.paper_lang or args.lang or (inst.language if inst else "kk"))
    _say(args, Msg("CLI", "{path}: {pages} pages, {debates} debates.", path=str(summary.path),
                   pages=summary.pages, debates=summary.debates))
    return 0


def cmd_motion(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.motions import motion_of, set_motion
    from app.tournaments.setup import parse_leagues

    t = _tournament(args)
    league = parse_leagues(args.league)[0]
    if args.text is not None:
        set_motion(t, league, args.round, args.text, args.info_slide)
    elif args.info_slide is not None:
        current = motion_of(t, league, args.round)
        set_motion(t, league, args.round, current.text if current else "", args.info_slide)
    motion = motion_of(t, league, args.round)
    if args.json:
        print(json.dumps({"league": league, "round": args.round, "motion": motion.text if motion else None,
                          "info_slide": motion.info_slide if motion else None}, ensure_ascii=False))
    elif motion is None:
        _say(args, Msg("CLI", "No motion is set for this round."))
    else:
        print(motion.text)
        if motion.info_slide:
            print(motion.info_slide)
    return 0


def cmd_rooms(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.rooms import named_rooms, set_named_rooms

    t = _tournament(args)
    if args.rooms is not None:
        set_named_rooms(t, args.rooms.split(";"))
    rooms = named_rooms(t)
    if args.json:
        print(json.dumps(rooms, ensure_ascii=False))
    else:
        for room in rooms:
            print(room)
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.setup import settings_of, update_tournament

    t = _tournament(args)
    s = settings_of(t)
    numbers = ("speaker_min_rounds", "panel_size", "elim_panel_size", "category_break_size")
    if (args.iron_person is not None or args.speakers_rule is not None
            or any(getattr(args, k) is not None for k in numbers)):
        if args.iron_person is not None:
            s.iron_person = args.iron_person == "on"
        if args.speakers_rule is not None:
            s.speakers_rule = args.speakers_rule
        for key in numbers:
            if getattr(args, key) is not None:
                setattr(s, key, getattr(args, key))
        t = update_tournament(t, s)
        s = settings_of(t)
    shown = {"iron_person": s.iron_person, "speakers": s.speakers_rule, "speaker_min_rounds": s.speaker_min_rounds,
             "low_point_wins": s.low_point_wins, "score_range": f"{s.score_min:g}:{s.score_max:g}",
             "score_step": s.score_step, "tiebreaks": list(s.tiebreaks), "rounds": s.rounds,
             "panel": s.panel_size, "elim_panel": s.elim_panel_size, "category_break": s.category_break_size}
    if args.json:
        print(json.dumps(shown, ensure_ascii=False))
    else:
        for key, value in shown.items():
            print(f"{key}: {value}")
    return 0


def cmd_room(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.codes import find_by_code
    from app.tournaments.rooms import set_room

    t = _tournament(args)
    set_room(find_by_code(t, args.code), args.room)
    _say(args, Msg("CLI", "Saved."))
    return 0


def cmd_absent(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.availability import set_absent
    from app.tournaments.setup import parse_leagues

    t = _tournament(args)
    league = parse_leagues(args.league)[0]
    team = Team.get_by_id(_team_uid(t, league, args.team))
    set_absent(t, team, args.round_no, absent=not args.back)
    _say(args, Msg("CLI", "Saved."))
    return 0


def cmd_forfeit(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.codes import find_by_code
    from app.tournaments.results import record_forfeit

    t = _tournament(args)
    record_forfeit(find_by_code(t, args.code), args.winner)
    _say(args, Msg("CLI", "Saved."))
    return 0
