"""What the ``tournament`` verb does once rounds are played: standings, the break, eliminations, awards,
carrying teams to the next stage (the parser is app/cli/tournament_parser.py)."""
from __future__ import annotations

import argparse
import json

from app.cli.commands import _say
from app.cli.tournament_commands import _draw_json, _leagues, _print_draw, _team_uid, _tournament
from app.errors import ValidationError
from app.i18n import Msg
from app.models import Person, Team, TeamMember
from app.text import fold


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
