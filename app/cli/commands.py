"""What each verb of the command line does (thin: the work is in app/)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.db.store import Store, open_database
from app.errors import KnownError, UsageError
from app.i18n import Msg, catalog
from app.installation import get_installation, init_installation, require_setup
from app.keys import fingerprint
from app.paths import default_db_path


def _open(args: argparse.Namespace) -> Store:
    store = open_database(args.db or default_db_path())
    if args.translate is None:
        inst = get_installation()
        if inst is not None:
            args.translate = catalog(inst.language).translate
    return store


def _say(args: argparse.Namespace, msg: Msg) -> None:
    print(msg.render(args.translate))


def _require_setup(store: Store) -> None:
    """``NotSetUp`` before set-up (``store`` is the one just opened, the current store)."""
    require_setup()


def cmd_init(args: argparse.Namespace) -> int:
    store = _open(args)
    inst = init_installation(args.role, args.name, args.region, args.district, args.coordinator,
                             args.language)
    _say(args, Msg("CLI", "Set up {name} ({role}, {region}) in {path}. Installation {id}, "
                   "key fingerprint {fp}.", name=inst.name, role=inst.role, region=inst.region,
                   path=store.location, id=inst.id, fp=fingerprint(inst.public_key)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.demo import make_demo

    store = _open(args)
    _require_setup(store)
    counts = make_demo(seed=args.seed, people=args.people)
    _say(args, Msg("CLI", "Demo data added: {counts}.",
                   counts=", ".join(f"{k} {v}" for k, v in counts.items())))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.importing import import_file

    store = _open(args)
    _require_setup(store)
    summary = import_file(args.kind, Path(args.file), dry_run=args.dry_run,
                          translate=args.translate,
                          errors_path=Path(args.errors) if args.errors else None)
    if args.json:
        data = {k: summary.as_json()[k] for k in ("created", "updated", "unchanged", "rejected",
                                                 "errors_file", "dry_run", "ignored_columns", "errors",
                                                 "matched")}
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(summary.render(args.translate))
        for row, reason in summary.errors[:20]:
            print(Msg("CLI", "  row {row}: {reason}", row=row, reason=reason).render(args.translate))
        if len(summary.errors) > 20:
            _say(args, Msg("CLI", "  … and {n} more in the errors file.", n=len(summary.errors) - 20))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.exporting import export_table

    _open(args)
    count = export_table(args.kind, Path(args.out), lang=args.titles)
    _say(args, Msg("CLI", "Wrote {count} rows to {path}.", count=count, path=args.out))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.backup import check_database

    store = _open(args)
    result = check_database(store)
    if result.ok:
        _say(args, Msg("CLI", "The database {path} is intact.", path=store.location))
        return 0
    for problem in result.problems[:50]:
        print(problem, file=sys.stderr)
    raise KnownError(Msg("CLI", "The database has {n} problems; restore it from a backup.",
                         n=len(result.problems)))


def cmd_backup(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.backup import backup_to

    store = _open(args)
    out = backup_to(store, Path(args.out))
    _say(args, Msg("CLI", "Backup written to {path}.", path=str(out)))
    return 0


def cmd_move_to(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.db.address import safe_address
    from app.db.copying import move_to

    store = _open(args)
    report = move_to(store, args.address)
    _say(args, Msg("CLI", "Moved {total} rows in {tables} tables to {address}; the counts match. The file {path} "
                   "is kept unchanged: from now on open the server with --db {address}.", total=report.total,
                   tables=len(report.counts), address=safe_address(args.address), path=str(store.path)))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.stats import database_info

    store = _open(args)
    info = database_info(store)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        for key, value in info.items():
            print(f"{key}: {value}")
    return 0


def cmd_synth(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.synth import make_synthetic

    if args.db is None:
        raise UsageError(Msg("CLI", "synth needs --db PATH (it never writes into your own database)."))
    figures = make_synthetic(args.db, args.scale, args.seed)
    print(json.dumps(figures))
    return 0
