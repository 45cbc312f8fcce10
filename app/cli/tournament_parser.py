"""The ``tournament`` verb's sub-verbs and their arguments (what each does: tournament_commands and
tournament_result_commands)."""
from __future__ import annotations

from app.cli import tournament_commands as commands
from app.cli import tournament_result_commands as results


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
    p.set_defaults(run=commands.cmd_create)

    p = verbs.add_parser("list", help="the tournaments of this database")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.cmd_list)

    p = verbs.add_parser("import-teams", help="register teams from CSV/XLSX (league, team, school, speaker1, "
                                              "speaker2, coach)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.cmd_import_teams)

    p = verbs.add_parser("import-adjudicators", help="register adjudicators from CSV/XLSX (name, school, league, "
                                                     "rating)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.cmd_import_adjudicators)

    p = verbs.add_parser("adjudicators", help="the adjudicators with their school, league and rating")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.cmd_adjudicators)

    p = verbs.add_parser("rate", help="set an adjudicator's rating (0 to 10 in steps of 0.5)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("adjudicator", help="the adjudicator's full name or uid")
    p.add_argument("rating")
    p.set_defaults(run=commands.cmd_rate)

    p = verbs.add_parser("category", help="put a team (or one of its speakers) in a category: novice, junior, open")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league", required=True)
    p.add_argument("--team", required=True, help="the team (name or uid)")
    p.add_argument("--speaker", help="one speaker of the team (full name or uid); 'team' follows the team again")
    p.add_argument("category", help="novice, junior or open")
    p.set_defaults(run=commands.cmd_category)

    p = verbs.add_parser("draw", help="draw a qualifying round (all leagues unless --league)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--round", type=int, required=True)
    p.add_argument("--league")
    p.add_argument("--redraw", action="store_true", help="draw a round again while it has no results")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.cmd_draw)

    p = verbs.add_parser("show", help="print a drawn round again (qualifying or elimination)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--round", type=int, required=True)
    p.add_argument("--league")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.cmd_show)

    p = verbs.add_parser("import-results", help="load ballots from CSV/XLSX (round, league, gov_team, opp_team, "
                                                "winner, pm, pm_score, mg, mg_score, lo, lo_score, mo, mo_score)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.cmd_import_results)

    p = verbs.add_parser("import-draw", help="load a draw made elsewhere from CSV/XLSX (round, league, gov_team, "
                                             "opp_team; optional room, adjudicators, motion); all or nothing")
    p.add_argument("tournament", metavar="T")
    p.add_argument("file")
    p.add_argument("--replace", action="store_true", help="replace a round already drawn (only while it has no "
                                                          "results)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.cmd_import_draw)

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
        p.set_defaults(run=commands.cmd_print, paper=run)

    p = verbs.add_parser("motion", help="set (or show) the motion of a round of a league; an empty text removes it")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--round", type=int, required=True)
    p.add_argument("--league", required=True)
    p.add_argument("--text", help="the motion (omit to show it)")
    p.add_argument("--info-slide", dest="info_slide", help="the info slide read out before the motion")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.cmd_motion)

    p = verbs.add_parser("rooms", help="set (or show) the tournament's named rooms, given out in this order")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--set", dest="rooms", metavar="ROOM;ROOM;…", help="the rooms, separated by ; (empty: none)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.cmd_rooms)

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
    p.set_defaults(run=commands.cmd_settings)

    p = verbs.add_parser("room", help="put one debate in another room (the debate by its code, e.g. R2-K-07)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("code", help="the debate code printed on its ballots")
    p.add_argument("room")
    p.set_defaults(run=commands.cmd_room)

    p = verbs.add_parser("absent", help="a team away for one round: left out of that round's draw, not withdrawn")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league", required=True)
    p.add_argument("--team", required=True, help="the team (name or uid)")
    p.add_argument("--round", type=int, required=True, dest="round_no")
    p.add_argument("--back", action="store_true", help="the team comes to that round after all")
    p.set_defaults(run=commands.cmd_absent)

    p = verbs.add_parser("forfeit", help="record a debate (by its code) won by forfeit: the other team did not come")
    p.add_argument("tournament", metavar="T")
    p.add_argument("code", help="the debate code printed on its ballots")
    p.add_argument("--winner", required=True, choices=("gov", "opp"), help="the side that came")
    p.set_defaults(run=commands.cmd_forfeit)

    p = verbs.add_parser("standings", help="team (or speaker) standings")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league")
    p.add_argument("--speakers", action="store_true")
    p.add_argument("--category", help="with --speakers: only this category's speakers (novice, junior), ranked "
                                      "among themselves")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=results.cmd_standings)

    p = verbs.add_parser("break", help="show the break; --confirm saves it (a tie at the cut needs --choose)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league")
    p.add_argument("--confirm", action="store_true")
    p.add_argument("--choose", action="append", default=[], metavar="TEAM",
                   help="a team tied at the cut that breaks (repeatable; name or uid)")
    p.add_argument("--reason", help="why the chosen teams break")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=results.cmd_break)

    p = verbs.add_parser("eliminate", help="draw the next elimination round of a league")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=results.cmd_eliminate)

    p = verbs.add_parser("winner", help="record the winner of an elimination debate")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league", required=True)
    p.add_argument("--team", required=True, help="the winning team (name or uid)")
    p.set_defaults(run=results.cmd_winner)

    p = verbs.add_parser("nominate", help="give a nomination (best_orator, best_analyst or your own) to a debater")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--league", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--person", required=True, help="the debater's uid or full name")
    p.set_defaults(run=results.cmd_nominate)

    p = verbs.add_parser("carry", help="register the qualified teams in the next stage's tournament")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--to", required=True, metavar="T2")
    p.add_argument("--top", type=int, help="the first N of each league's standings (default: the saved break)")
    p.set_defaults(run=results.cmd_carry)

    p = verbs.add_parser("awards", help="the award list (diplomas, best speakers, nominations, letters)")
    p.add_argument("tournament", metavar="T")
    p.add_argument("--lang", dest="award_lang", default="kk", choices=["kk", "ru", "en"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=results.cmd_awards)
