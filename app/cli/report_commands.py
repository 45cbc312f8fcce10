"""The ``report`` verb: programme indicators to XLSX, PDF, CSV or JSON, and the targets."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.commands import _open, _say
from app.errors import UsageError
from app.i18n import Msg, catalog
from app.installation import get_installation, require_setup


def add_parsers(sub) -> None:
    """Add ``report indicators`` and ``report targets``."""
    report = sub.add_parser("report", help="programme indicators against their targets").add_subparsers(
        dest="report_command", required=True, metavar="ACTION")
    p = report.add_parser("indicators", help="compute the indicators and write them to a file")
    p.add_argument("--period", help="2026-09, 2026-Q3, 2026 or 2026-09-01..2026-10-15 (default: this year)")
    p.add_argument("--scope", help="country, region:KZ-61, district:NAME or school:UID "
                                   "(default: this installation's own)")
    # Its own dest: the global --lang (messages) must not be reset by this one's default.
    p.add_argument("--lang", dest="report_lang", choices=["kk", "ru", "en"],
                   help="language of the report (default: the installation's)")
    p.add_argument("--out", metavar="FILE.xlsx|FILE.pdf|FILE.csv",
                   help="the file to write (CSV: FILE.csv and FILE-<table>.csv)")
    p.add_argument("--json", action="store_true", help="print the indicators as JSON on stdout")
    p.set_defaults(run=cmd_indicators)
    p = report.add_parser("targets", help="show the targets, or set a region's own value")
    p.add_argument("--region", help="region code or name (default: this installation's; 'country' for the national)")
    p.add_argument("--set", metavar="INDICATOR=VALUE", action="append", default=[],
                   help="set the region's own value (repeatable); VALUE 'default' removes it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_targets)


def _language(args: argparse.Namespace) -> str:
    if args.report_lang:
        return args.report_lang
    if args.lang:
        return args.lang

    inst = get_installation()
    return inst.language if inst else "kk"


def cmd_indicators(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.reports import compute_indicators, write_report
    from app.reports.export import SUFFIXES

    if not args.out and not args.json:
        raise UsageError(Msg("CLI", "Give --out FILE.xlsx|FILE.pdf|FILE.csv, or --json."))
    if args.out and Path(args.out).suffix.lower() not in SUFFIXES:
        raise UsageError(Msg("Reports", "Write the report to a .xlsx, .pdf or .csv file, not “{name}”.",
                             name=Path(args.out).name))
    _open(args)
    lang = _language(args)
    report = compute_indicators(args.period, args.scope, lang)

    translate = catalog(lang).translate
    files = write_report(report, Path(args.out), lang) if args.out else []
    if args.json:
        data = report.as_json(translate)
        data["files"] = [str(f) for f in files]
        print(json.dumps(data, ensure_ascii=False))
    else:
        lines = report.lines()
        _say(args, Msg("CLI", "Indicators for {period}, {scope}: {met} met, {not_met} not met, {other} not "
                              "judged. Written to {files}.", period=report.period.label,
                       scope=report.scope.title(lang), met=sum(1 for x in lines if x.met is True),
                       not_met=sum(1 for x in lines if x.met is False),
                       other=sum(1 for x in lines if x.met is None and x.target is not None),
                       files=", ".join(str(f) for f in files)))
    return 0


def cmd_targets(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.reports.targets import set_target, target_rows

    _open(args)
    inst = get_installation()
    region = args.region
    if region is None:
        region = inst.region if inst and inst.role != "national" else None
    elif region.strip().lower() in ("country", "kz", "national"):
        region = None
    for text in args.set:
        code, sep, value = text.partition("=")
        if not sep or not code.strip() or not value.strip():
            raise UsageError(Msg("CLI", "Write a target as INDICATOR=VALUE, e.g. “legal_culture.lectures=6”."))
        require_setup()
        set_target(code.strip(), region, None if value.strip().lower() == "default" else value.strip())
    lang = args.lang or (inst.language if inst else "kk")
    rows = target_rows(region, lang)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            number = int(r["value"]) if float(r["value"]).is_integer() else r["value"]
            own = " *" if r["overridden"] else ""
            print(f"{r['code']:<40} {r['comparison']:>2} {number:>8}{own}  {r['per']:<6} {r['level']:<8} {r['name']}")
    return 0
