"""The command line: the same core functions the window calls, for scripting.

Exit codes: 0 success (an import that rejected rows still succeeded),
2 bad usage, 1 failure.  Failures print one clear line on stderr; a bug's
traceback goes to the log file, never to the terminal.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app.cli.parser import build_parser
from app.db.address import is_server_address
from app.errors import KnownError, UsageError, ValidationError
from app.i18n import catalog, normalise_language

log = logging.getLogger("tirkeu.cli")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or bad usage (2)
        return int(exc.code or 0)
    translate = catalog(normalise_language(args.lang)).translate if args.lang else None
    args.translate = translate
    if args.db is not None and not is_server_address(args.db):
        args.db = Path(args.db)  # a server address stays text: Path() would make postgresql:/host of it
    try:
        return int(args.run(args) or 0)
    except (UsageError, ValidationError) as exc:  # a wrong argument is bad usage
        # args.translate: --lang, else the installation's language once the database is open.
        print(f"tirkeu: {exc.msg.render(args.translate)}", file=sys.stderr)
        return 2
    except KnownError as exc:
        print(f"tirkeu: {exc.msg.render(args.translate)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("tirkeu: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line here, the traceback in the log
        # imported here: only a bug needs the log file (logging.handlers stays out of start-up)
        from app.logs import setup_logging

        path = setup_logging("cli")
        log.exception("unexpected error in %s", getattr(args, "command", "?"))
        where = f" (details in {path})" if path else ""
        print(f"tirkeu: internal error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return 1
