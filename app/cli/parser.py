"""The argument parser of ``python -m app`` (verbs and their options)."""
from __future__ import annotations

import argparse
import sys

from app import __version__
from app.cli import commands as c
from app.cli.certificate_commands import add_parsers as add_certificate_parsers
from app.cli.contest_commands import add_parsers as add_contest_parsers
from app.cli.report_commands import add_parsers as add_report_parsers
from app.cli.sync_commands import add_parsers
from app.cli.tournament_parser import add_parsers as add_tournament_parsers


def build_parser() -> argparse.ArgumentParser:
    """All verbs; each sets ``run`` to the function that carries it out."""
    prog = "tirkeu-cli" if getattr(sys, "frozen", False) else "python -m app"  # the built program's name
    parser = argparse.ArgumentParser(prog=prog, description="Tirkeu command line")
    parser.add_argument("--db", metavar="PATH",
                        help="database file, or a server database postgresql://user@host[:port]/name for an office "
                             "(default: the file in the user's data folder)")
    parser.add_argument("--lang", choices=["kk", "ru", "en"], help="language of messages")
    parser.add_argument("--version", action="version", version=f"tirkeu {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", help="set up this installation (once per database)")
    p.add_argument("--role", required=True, choices=["school", "office", "national"])
    p.add_argument("--name", required=True, help="school or office name")
    p.add_argument("--region", required=True, help="region code (KZ-75) or its kk/ru/en name")
    p.add_argument("--district")
    p.add_argument("--coordinator", help="coordinator's full name")
    p.add_argument("--language", default="kk", choices=["kk", "ru", "en"], help="language of the program")
    p.set_defaults(run=c.cmd_init)

    p = sub.add_parser("demo", help="fill the database with realistic demo data")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--people", type=int, default=300)
    p.set_defaults(run=c.cmd_demo)

    p = sub.add_parser("import", help="import participants, aid recipients or events from CSV/XLSX")
    p.add_argument("kind", choices=["participants", "aid-recipients", "events"])
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="check every row, save nothing")
    p.add_argument("--errors", metavar="FILE", help="where to write rejected rows (default: beside the file)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(run=c.cmd_import)

    p = sub.add_parser("export", help="export participants, aid recipients or events")
    p.add_argument("kind", choices=["participants", "aid-recipients", "events"])
    p.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--titles", choices=["en", "kk", "ru"], default="en", help="language of column titles")
    p.set_defaults(run=c.cmd_export)

    p = sub.add_parser("check", help="check the database's integrity")
    p.set_defaults(run=c.cmd_check)

    p = sub.add_parser("backup", help="copy the database safely to a file")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(run=c.cmd_backup)

    p = sub.add_parser("move-to", help="move an office's database file to an empty PostgreSQL database")
    p.add_argument("address", metavar="postgresql://USER@HOST/DATABASE")
    p.set_defaults(run=c.cmd_move_to)

    p = sub.add_parser("info", help="show this installation and what the database holds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=c.cmd_info)

    add_parsers(sub)

    add_certificate_parsers(sub)

    add_report_parsers(sub)

    add_tournament_parsers(sub)

    add_contest_parsers(sub)

    p = sub.add_parser("synth", help="make deterministic synthetic data for benchmarks")
    p.add_argument("--scale", required=True, choices=["school", "region", "nation"])
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=c.cmd_synth)
    return parser
