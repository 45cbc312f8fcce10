"""Backups and integrity checks of the open database."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.db.store import Store
from app.errors import KnownError
from app.i18n import Msg


@dataclass
class CheckResult:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` found."""

    ok: bool
    problems: list[str]


def check_database(store: Store) -> CheckResult:
    """Run SQLite's integrity and foreign-key checks on the open database."""
    db = store.db
    problems = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid}: missing {parent}")
    return CheckResult(ok=not problems, problems=problems)


def backup_to(store: Store, out: Path | str) -> Path:
    """Copy the live database to ``out`` with SQLite's backup API, atomically.

    The copy is written beside the target under a temporary name, checked, and
    only then renamed, so a full USB stick never leaves a half-written backup
    that looks whole.
    """
    out = Path(out)
    tmp = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(tmp)
        try:
            store.db.connection().backup(dest)
            ok = dest.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            dest.close()
        if not ok:
            raise KnownError(Msg("Backup", "The backup copy failed its check; the original is unchanged."))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(Msg("Backup", "Cannot write the backup to {path}: {error}. "
                             "Check the disk has free space and is writable.",
                             path=str(out), error=getattr(exc, "strerror", None) or str(exc))) from exc
    return out
