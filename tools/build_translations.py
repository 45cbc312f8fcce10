#!/usr/bin/env python3
"""Compile ``resources/i18n/*.ts`` into ``.qm`` files with Qt's lrelease.

Usage: ``python tools/build_translations.py LRELEASE_PATH [--dir DIR] [--force]``

A ``.qm`` is rebuilt only when it is missing or older than its ``.ts``, so
running it from ``make`` costs nothing when nothing changed.  Unfinished
translations are left out (``-nounfinished``), as the command line's
catalog does, so the window and the command line agree.  Stdlib only.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def is_stale(ts: Path, qm: Path) -> bool:
    """Whether ``qm`` is missing or older than ``ts``."""
    return not qm.exists() or qm.stat().st_mtime_ns < ts.stat().st_mtime_ns


def build(lrelease: str, directory: Path = TS_DIR, force: bool = False) -> int:
    """Run lrelease on every stale ``.ts`` in ``directory``; the exit code."""
    exe = shutil.which(lrelease) or (lrelease if Path(lrelease).is_file() else None)
    if exe is None:
        print(f"error: lrelease not found: {lrelease}", file=sys.stderr)
        return 2
    sources = sorted(directory.glob("*.ts"))
    if not sources:  # nothing to build yet (tools/i18n_sync.py writes them)
        print(f"note: no .ts files in {directory}", file=sys.stderr)
        return 0
    failures = 0
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if not force and not is_stale(ts, qm):
            continue
        try:
            proc = subprocess.run([exe, "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                                  capture_output=True, text=True, check=False)
            ok, output = proc.returncode == 0 and qm.is_file(), proc.stdout + proc.stderr
        except OSError as exc:
            ok, output = False, str(exc)
        if ok:
            print(f"built {qm.name}")
            continue
        failures += 1
        qm.unlink(missing_ok=True)  # never leave a half-written .qm that looks fresh
        print(f"error: lrelease failed on {ts.name}:\n{output.strip()}", file=sys.stderr)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lrelease", help="path or name of lrelease (e.g. pyside6-lrelease)")
    parser.add_argument("--dir", type=Path, default=TS_DIR, help="folder of the .ts files")
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = parser.parse_args(argv)
    return build(args.lrelease, args.dir, args.force)


if __name__ == "__main__":
    sys.exit(main())
