"""The ``tournament`` verb: create, register, draw, results, standings, break, elimination, awards."""
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


def add_parsers(sub) -> None:
    """Add ``tournament`` with its sub-verbs."""
    verbs = sub.add_parser("tournament", help="debate tournaments (American Parliamentary Format)").add_subparsers(
        dest="tournament_command", required=True, metavar="ACTION")
    p = verbs.add_parser("create", help="set up a tournament; prints its uid")
    p.add_argument("--name", required=True)
    p.add_argument("--stage", default="school", choices=["school", "district", "city", "region", "republic"])
    p.add_argument("--date", metavar="YYYY-MM-DD", help="first day (default today)")
    p.add_argument("--end", metavar="YYYY-MM-DD", help="last day")
    p.add_argument("--place")
    p.add_argument("--rounds", type=int, default=4, help="qualifying rounds (default 4)")
    p.add_argument("--break", dest="break_size", type=int, default=8, help="teams per league in the break (default 8)")
    p.add_argument("--leagues", default="kk,ru,en", help="league codes or names, comma-separated")
    p.add_argument("--score-range", default="60:80", metavar="MIN:MAX")
    p.add_argument("--score-step", default="1", metavar="S")
    p.add_argument("--low-point-wins", action="store_true", help="allow a winner with fewer points")
    p.add_argument("--tiebreaks", default="wins,points,head_to_head,draw_strength,margins",
                   help="order of tie-breaks (wins, points, head_to_head, draw_strength, margins, average_points)")
    p.add_argument("--speakers", dest="speakers_rule", default="total", choices=["total", "average"],
                   help="rank speakers by total (default) or average points")
    p.add_argument("--seed", type=int, default=1, help="seed of the random first round")
    p.add_argument("--iron-person", action="store_true",
                   help="allow one speaker to give both speeches of a team short of a speaker")
    p.add_argument("--speaker-min-rounds", type=int, default=0, metavar="N",
                   help="with --speakers average: rounds spoken to be ranked (default 0: everyone)")
    p.add_argument("--panel", dest="panel_size", type=int, default=1, choices=[1, 3],
                   help="adjudicators per qualifying debate (default 1)")
    p.add_argument("--elim-panel", dest="elim_panel_size", type=int, default=3, choices=[1, 3, 5],
                   help="adjudicators per elimination debate (default 3)")
    p.add_argument("--category-break", dest="category_break_size", type=int, default=0, metavar="N",
                   help="teams of each category (novice, junior) in its own break (default 0: none)")
    p.add_argument("--from", dest="previous", metavar="T", help="the earlier stage's tournament")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_create)

    p = verbs.add_parser("list", help="the tournaments of this database")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_list)

    p = verbs.add_parser("import-teams", help="register teams from CSV/XLSX (league, team, school, speaker1, "
                                              "speaker2, coach)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_import_teams)

    p = verbs.add_parser("import-adjudicators", help="register adjudicators from CSV/XLSX (name, school, league, "
                                                     "rating)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_import_adjudicators)

    p = verbs.add_parser("adjudicators", help="the adjudicators with their school, league and rating")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_adjudicators)

    p = verbs.add_parser("rate", help="set an adjudicator's rating (0 to 10 in steps of 0.5)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("adjudicator", help="the adjudicator's full name or uid")
    p.add_argument("rating")
    p.set_defaults(run=cmd_rate)

    p = verbs.add_parser("category", help="put a team (or one of its speakers) in a category: novice, junior, open")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league", required=True)
    p.add_argument("--team", required=True, help="the team (name or uid)")
    p.add_argument("--speaker", help="one speaker of the team (full name or uid); 'team' follows the team again")
    p.add_argument("category", help="novice, junior or open")
    p.set_defaults(run=cmd_category)

    p = verbs.add_parser("draw", help="draw a qualifying round (all leagues unless --league)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--round", type=int, required=True)
    p.add_argument("--league")
    p.add_argument("--redraw", action="store_true", help="draw a round again while it has no results")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_draw)

    p = verbs.add_parser("show", help="print a drawn round again (qualifying or elimination)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--round", type=int, required=True)
    p.add_argument("--league")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_show)

    p = verbs.add_parser("import-results", help="load ballots from CSV/XLSX (round, league, gov_team, opp_team, "
                                                "winner, pm, pm_score, mg, mg_score, lo, lo_score, mo, mo_score)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_import_results)

    p = verbs.add_parser("import-draw", help="load a draw made elsewhere from CSV/XLSX (round, league, gov_team, "
                                             "opp_team; optional room, adjudicators, motion); all or nothing")
    p.add_argument("tournament", metavar="T")
    p.add_argument("file")
    p.add_argument("--replace", action="store_true", help="replace a round already drawn (only while it has no "
                                                          "results)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_import_draw)

    for verb, helptext, run in (("print-draw", "the draw sheet of a round as an A4 PDF", "draw"),
                                ("print-ballots", "one ballot per adjudicator per debate of a round, A4 PDF",
                                 "ballots")):
        p = verbs.add_parser(verb, help=helptext)
        p.add_argument("tournament", metavar="T")
        p.add_argument("--round", type=int, required=True)
        p.add_argument("--league")
        p.add_argument("--out", required=True, metavar="F.pdf")
        p.add_argument("--paper-lang", dest="paper_lang", choices=["kk", "ru", "en"],
                       help="the language of the printed texts (default: --lang)")
        p.set_defaults(run=cmd_print, paper=run)

    p = verbs.add_parser("motion", help="set (or show) the motion of a round of a league; an empty text removes it")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--round", type=int, required=True)
    p.add_argument("--league", required=True)
    p.add_argument("--text", help="the motion (omit to show it)")
    p.add_argument("--info-slide", dest="info_slide", help="the info slide read out before the motion")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_motion)

    p = verbs.add_parser("rooms", help="set (or show) the tournament's named rooms, given out in this order")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--set", dest="rooms", metavar="ROOM;ROOM;…", help="the rooms, separated by ; (empty: none)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_rooms)

    p = verbs.add_parser("settings", help="show (or change) the real-life rules: iron person, speakers' ranking")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--iron-person", choices=["on", "off"],
                   help="whether one speaker may give both speeches of a team short of a speaker")
    p.add_argument("--speakers", dest="speakers_rule", choices=["total", "average"],
                   help="rank speakers by total or average points")
    p.add_argument("--speaker-min-rounds", type=int, metavar="N",
                   help="with average: rounds spoken to be ranked (0: everyone)")
    p.add_argument("--panel", dest="panel_size", type=int, metavar="N",
                   help="adjudicators per qualifying debate (1 or 3)")
    p.add_argument("--elim-panel", dest="elim_panel_size", type=int, metavar="N",
                   help="adjudicators per elimination debate (1, 3 or 5)")
    p.add_argument("--category-break", dest="category_break_size", type=int, metavar="N",
                   help="teams of each category (novice, junior) in its own break (0: none)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_settings)

    p = verbs.add_parser("room", help="put one debate in another room (the debate by its code, e.g. R2-K-07)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("code", help="the debate code printed on its ballots")
    p.add_argument("room")
    p.set_defaults(run=cmd_room)

    p = verbs.add_parser("absent", help="a team away for one round: left out of that round's draw, not withdrawn")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league", required=True)
    p.add_argument("--team", required=True, help="the team (name or uid)")
    p.add_argument("--round", type=int, required=True, dest="round_no")
    p.add_argument("--back", action="store_true", help="the team comes to that round after all")
    p.set_defaults(run=cmd_absent)

    p = verbs.add_parser("forfeit", help="record a debate (by its code) won by forfeit: the other team did not come")
    p.add_argument("tournament", metavar="T")
    p.add_argument("code", help="the debate code printed on its ballots")
    p.add_argument("--winner", required=True, choices=("gov", "opp"), help="the side that came")
    p.set_defaults(run=cmd_forfeit)

    p = verbs.add_parser("standings", help="team (or speaker) standings")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league")
    p.add_argument("--speakers", action="store_true")
    p.add_argument("--category", help="with --speakers: only this category's speakers (novice, junior), ranked "
                                      "among themselves")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_standings)

    p = verbs.add_parser("break", help="show the break; --confirm saves it (a tie at the cut needs --choose)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league")
    p.add_argument("--confirm", action="store_true")
    p.add_argument("--choose", action="append", default=[], metavar="TEAM",
                   help="a team tied at the cut that breaks (repeatable; name or uid)")
    p.add_argument("--reason", help="why the chosen teams break")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_break)

    p = verbs.add_parser("eliminate", help="draw the next elimination round of a league")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_eliminate)

    p = verbs.add_parser("winner", help="record the winner of an elimination debate")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league", required=True)
    p.add_argument("--team", required=True, help="the winning team (name or uid)")
    p.set_defaults(run=cmd_winner)

    p = verbs.add_parser("nominate", help="give a nomination (best_orator, best_analyst or your own) to a debater")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--person", required=True, help="the debater's uid or full name")
    p.set_defaults(run=cmd_nominate)

    p = verbs.add_parser("carry", help="register the qualified teams in the next stage's tournament")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--to", required=True, metavar="T2")
    p.add_argument("--top", type=int, help="the first N of each league's standings (default: the saved break)")
    p.set_defaults(run=cmd_carry)

    p = verbs.add_parser("awards", help="the award list (diplomas, best speakers, nominations, letters)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--lang", dest="award_lang", default="kk", choices=["kk", "ru", "en"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_awards)


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


def cmd_standings(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.categories import parse_category
    from app.tournaments.tab import speaker_rows, team_rows

    t = _tournament(args)
    out: list[dict] = []
    tiebreaks = [x for x in t.tiebreaks.split(",") if x not in ("wins", "points")]
    category = parse_category(args.category) if args.category else None
    if args.category and category is None:
        raise ValidationError("category", Msg("Tournament", "Choose novice or junior: every speaker is in the "
                                              "open standings."))
    for league in _leagues(t, args.league):
        if args.speakers:
            for sp in speaker_rows(t, league, category):
                out.append({"league": league, "rank": sp.rank, "rank_label": sp.rank_label, "tied": sp.tied,
                            "speaker": sp.speaker, "speaker_uid": sp.uid, "team": sp.team, "total": sp.total,
                            "average": sp.average, "rounds_spoken": sp.rounds_spoken,
                            "scores": {str(k): v for k, v in sorted(sp.scores.items())},
                            "credited": list(sp.credited), "category": sp.category})
        else:
            for tr in team_rows(t, league):
                out.append({"league": league, "rank": tr.rank, "rank_label": tr.rank_label, "tied": tr.tied,
                            "team": tr.team, "team_uid": tr.uid, "school": tr.school, "wins": tr.wins,
                            "points": tr.points, **{k: tr.figures.get(k) for k in tiebreaks}})
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
        return 0
    for r in out:
        if args.speakers:  # a round credited for a bye or a forfeit win is marked *
            rounds = " ".join(f"{v:g}{'*' if int(k) in r['credited'] else ''}" for k, v in r["scores"].items())
            print(f"{r['league']:<3} {r['rank_label']:>4}  {r['speaker']:<34} {r['team']:<20} {r['total']:>7g}  "
                  f"({r['rounds_spoken']}: {rounds})")
        else:
            extra = "  ".join(f"{k}={r[k]:g}" for k in tiebreaks if r.get(k) is not None)
            print(f"{r['league']:<3} {r['rank_label']:>4}  {r['team']:<24} {r['wins']:>2}  {r['points']:>7g}  {extra}")
    return 0


def _team_uid(t, league: str, ref: str) -> str:
    for team in Team.live().where(Team.event == t.event_uid, Team.league == league):
        if ref in (team.uid,) or fold(team.name) == fold(ref):
            return team.uid
    raise ValidationError("team", Msg("Tournament", "There is no team {team} in the {league} league.", team=ref,
                                      league=league))


def cmd_break(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.categories import category_name
    from app.tournaments.tab import break_view, category_break_views, confirm_break

    t = _tournament(args)
    out: list[dict] = []
    for league in _leagues(t, args.league):
        if args.confirm:
            chosen = [_team_uid(t, league, c) for c in args.choose]
            view = confirm_break(t, league, chosen or None, args.reason)
        else:
            view = break_view(t, league)
        out.append({"league": league, "saved": view.saved, "reason": view.reason,
                    "teams": [{"seed": s, "uid": u, "team": n} for s, u, n in view.teams],
                    "bubble": [{"uid": u, "team": n} for u, n in view.bubble], "places_open": view.places_open,
                    "categories": [{"category": cb.category, "size": cb.size, "provisional": cb.provisional,
                                    "teams": [{"place": p, "uid": u, "team": n} for p, u, n in cb.teams]}
                                   for cb in category_break_views(t, league)]})
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
        return 0
    for b in out:
        state = Msg("CLI", "saved") if b["saved"] else Msg("CLI", "proposed")
        print(f"{b['league']}: {state.render(args.translate)}")
        for team in b["teams"]:
            print(f"  {team['seed']:>2}. {team['team']}")
        if b["bubble"]:
            _say(args, Msg("CLI", "  tied at the cut for {places} place(s): {teams} — choose with --confirm "
                           "--choose TEAM --reason TEXT", places=b["places_open"],
                           teams=", ".join(x["team"] for x in b["bubble"])))
        for cb in b["categories"]:
            name = category_name(cb["category"]).render(args.translate)
            state = Msg("CLI", "provisional") if cb["provisional"] else Msg("CLI", "final")
            _say(args, Msg("CLI", "{league}, {category} break ({state}):", league=b["league"], category=name,
                           state=state))
            for team in cb["teams"]:
                print(f"  {team['place']:>2}. {team['team']}")
    return 0


def cmd_eliminate(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.setup import parse_leagues
    from app.tournaments.tab import draw_elimination

    t = _tournament(args)
    league = parse_leagues(args.league)[0]
    made = draw_elimination(t, league)
    _print_draw(args, _draw_json(t, league, made[0].round, elimination=True))
    return 0


def cmd_winner(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments import context as ctx
    from app.tournaments.results import set_winner
    from app.tournaments.setup import parse_leagues

    t = _tournament(args)
    league = parse_leagues(args.league)[0]
    uid = _team_uid(t, league, args.team)
    open_debates = [d for d in ctx.debates(t, league, elimination=True) if d.opp_uid and uid in (d.gov_uid, d.opp_uid)]
    if not open_debates:
        raise ValidationError("team", Msg("Tournament", "Team {team} has no elimination debate.", team=args.team))
    debate = open_debates[-1]
    set_winner(debate, "gov" if debate.gov_uid == uid else "opp")
    _say(args, Msg("CLI", "Saved: {team} won.", team=args.team))
    return 0


def cmd_nominate(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.setup import parse_leagues
    from app.tournaments.tab import set_nomination

    t = _tournament(args)
    league = parse_leagues(args.league)[0]
    person_uid = None
    rows = TeamMember.live().join(Team).where(Team.event == t.event_uid, Team.league == league,
                                               Team.deleted == False)  # noqa: E712
    for m in rows:
        p: Person = m.person
        if args.person in (p.uid,) or fold(p.full_name) == fold(args.person) or \
                fold(f"{p.surname} {p.name}") == fold(args.person):
            person_uid = p.uid
    if person_uid is None:
        raise ValidationError("person", Msg("Tournament", "{person} is not a debater of the {league} league.",
                                            person=args.person, league=league))
    set_nomination(t, league, args.title, person_uid)
    _say(args, Msg("CLI", "Saved."))
    return 0


def cmd_awards(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.tab import award_list

    t = _tournament(args)
    rows = award_list(t, args.award_lang)
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False))
    else:
        for r in rows:
            print(f"{r.league or '':<3} {r.kind:<13} {r.person:<34} {r.title}")
    return 0


def cmd_carry(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.tournaments.setup import find_tournament
    from app.tournaments.stages import carry_teams

    t = _tournament(args)
    added = carry_teams(t, find_tournament(args.to), args.top)
    _say(args, Msg("CLI", "{count} teams carried into the next stage.", count=added))
    return 0
