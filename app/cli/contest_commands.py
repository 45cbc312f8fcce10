"""The ``contest`` verb: create, import-works, summary, list."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.commands import _open, _require_setup, _say
from app.i18n import Msg
from app.models import Contest, Event
from app.validation.fields import parse_optional_date


def add_parsers(sub) -> None:
    """Add ``contest`` with its sub-verbs."""
    verbs = sub.add_parser("contest", help="contests: nominations, age groups, works, winners").add_subparsers(
        dest="contest_command", required=True, metavar="ACTION")
    p = verbs.add_parser("create", help="set up a contest; prints its uid")
    p.add_argument("--name", required=True)
    p.add_argument("--nominations", required=True, help="nominations separated by ';' (e.g. \"Табиғат;Портрет\")")
    p.add_argument("--age-groups", default="7-10,11-13,14-17", help="age groups (default 7-10,11-13,14-17)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="first day (default today); ages are counted on it")
    p.add_argument("--end", metavar="YYYY-MM-DD", help="last day (default the first)")
    p.add_argument("--scoring", default="places", choices=["places", "scores"], help="the jury gives places "
                                                                                     "(default) or scores")
    p.add_argument("--winners", type=int, default=3, metavar="N", help="places 1..N win (default 3)")
    p.add_argument("--in-person", action="store_true", help="held in person (default remote)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_create)

    p = verbs.add_parser("list", help="the contests of this database")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_list)

    p = verbs.add_parser("import-works", help="add works from CSV/XLSX (nomination, surname, name, patronymic, "
                                              "birth_date, iin, school, grade, title, place, score); all or nothing")
    p.add_argument("contest", metavar="C", help="uid, unique uid prefix or exact title")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_import_works)

    p = verbs.add_parser("summary", help="participants, works and winners by nomination and age group")
    p.add_argument("contest", metavar="C", help="uid, unique uid prefix or exact title")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_summary)


def _contest(args: argparse.Namespace):
    # imported when the command runs: the command line starts without every feature's modules
    from app.contests.listing import find_contest

    store = _open(args)
    _require_setup(store)
    return find_contest(args.contest)


def cmd_create(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.contests.core import create_contest

    store = _open(args)
    _require_setup(store)
    c = create_contest(args.name, [n for n in args.nominations.split(";")], args.age_groups,
                       start=parse_optional_date(args.date, "date"), end=parse_optional_date(args.end, "end"),
                       scoring=args.scoring, winners_up_to=args.winners, remote=not args.in_person)
    if args.json:
        print(json.dumps({"uid": c.uid, "event_uid": c.event_uid,
                          "nominations": c.nominations.split("\n")}, ensure_ascii=False))
    else:
        print(c.uid)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.contests.core import nominations_of, summary

    _open(args)
    rows = []
    for c in (Contest.live().join(Event).where(Event.deleted == False)  # noqa: E712
              .order_by(Event.start_date.desc(), Event.title)):
        s = summary(c)
        rows.append({"uid": c.uid, "title": c.event.title, "start": str(c.event.start_date),
                     "end": str(c.event.end_date) if c.event.end_date else None, "format": c.event.format,
                     "nominations": nominations_of(c), "age_groups": c.age_groups, "scoring": c.scoring,
                     "winners_up_to": c.winners_up_to, "participants": s.participants, "works": s.works,
                     "winners": s.winners})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            print(f"{r['uid']}  {r['start']}  {len(r['nominations']):>2} nom.  {r['participants']:>5} "
                  f"{r['works']:>5} {r['winners']:>5}  {r['title']}")
    return 0


def cmd_import_works(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.contests.core import import_works

    c = _contest(args)
    added, created = import_works(c, Path(args.file))
    if args.json:
        print(json.dumps({"works_added": added, "people_created": created}))
    else:
        _say(args, Msg("CLI", "Works: {added} added; {people} people added to the register.", added=added,
                       people=created))
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.contests.core import summary

    c = _contest(args)
    s = summary(c)
    if args.json:
        print(json.dumps({"contest": c.uid, "title": c.event.title,
                          "rows": [{"nomination": r.nomination, "age_group": r.age_group,
                                    "participants": r.participants, "works": r.works, "winners": r.winners}
                                   for r in s.rows],
                          "totals": {"participants": s.participants, "works": s.works, "winners": s.winners}},
                         ensure_ascii=False))
        return 0
    width = max([len(r.nomination) for r in s.rows] + [10])
    heads = [m.render(args.translate) for m in (Msg("CLI", "Nomination"), Msg("CLI", "Age group"),
                                                 Msg("CLI", "Participants"), Msg("CLI", "Works"),
                                                 Msg("CLI", "Winners"))]
    print(f"{heads[0]:<{width}}  {heads[1]:<9} {heads[2]:>12} {heads[3]:>7} {heads[4]:>8}")
    for r in s.rows:
        print(f"{r.nomination:<{width}}  {r.age_group:<9} {r.participants:>12} {r.works:>7} {r.winners:>8}")
    total = Msg("CLI", "Total").render(args.translate)
    print(f"{total:<{width}}  {'':<9} {s.participants:>12} {s.works:>7} {s.winners:>8}")
    return 0
