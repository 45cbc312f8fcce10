"""Backups and integrity checks of the open database."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.db.store import Store
from app.errors import KnownError
from app.fileperms import private_dir, private_file
from app.i18n import Msg


@dataclass
class CheckResult:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` found."""

    ok: bool
    problems: list[str]


def check_database(store: Store) -> CheckResult:
    """Run SQLite's integrity and foreign-key checks on the open database.

    On a PostgreSQL server the server keeps pages and foreign keys whole
    itself; the check there is that the schema is the one this Tirkeu expects
    and that the database folds and sorts Kazakh letters as the program does
    (:func:`app.db.server_check.check_server_database`).
    """
    if store.engine == "postgresql":
        from app.db.server_check import check_server_database  # psycopg: only for a server

        problems = check_server_database(store)
        return CheckResult(ok=not problems, problems=problems)
    db = store.db
    try:
        problems = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} row {rowid}: missing {parent}")
    except (sqlite3.DatabaseError, KnownError) as exc:  # so damaged that the check itself stops
        problems = [str(exc)]
    return CheckResult(ok=not problems, problems=problems)


def backup_to(store: Store, out: Path | str) -> Path:
    """Copy the live database to ``out`` with SQLite's backup API, atomically.

    The copy is written beside the target under a temporary name, checked, and
    only then renamed, so a full USB stick never leaves a half-written backup
    that looks whole.  The copy holds the children's data and the installation's
    secret keys, so it is readable by the user only (0600) from its first byte.
    """
    out = Path(out)
    tmp = out.with_name(out.name + ".partial")
    if store.engine == "postgresql":
        return _server_copy(store, out, tmp)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        for left in (tmp, *(tmp.with_name(tmp.name + x) for x in ("-journal", "-wal", "-shm"))):
            left.unlink(missing_ok=True)  # left by a crash: start afresh, private
        private_file(tmp)
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


def _server_copy(store: Store, out: Path, tmp: Path) -> Path:
    """A server database's backup: the whole database as a SQLite file any Tirkeu opens."""
    from app.db.copying import copy_to_file  # only for a server

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        for left in (tmp, *(tmp.with_name(tmp.name + x) for x in ("-journal", "-wal", "-shm"))):
            left.unlink(missing_ok=True)
        copy_to_file(store, tmp)
        for left in (tmp.with_name(tmp.name + x) for x in ("-wal", "-shm")):
            left.unlink(missing_ok=True)  # closed cleanly: the WAL is checkpointed into the file
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(Msg("Backup", "Cannot write the backup to {path}: {error}. "
                             "Check the disk has free space and is writable.",
                             path=str(out), error=exc.strerror or str(exc))) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


KEEP_DAILY = 14


def backups_dir(store: Store) -> Path:
    """Where the automatic backups of a database are kept (beside it; the user's only, 0700)."""
    return store.path.with_name(f"{store.path.stem}-backups")


def auto_backup(store: Store, today: dt.date | None = None) -> Path | None:
    """The first start of a day copies the database (SQLite's backup API); old copies are pruned.

    Keeps the last 14 daily copies and, older than that, the newest copy of each month.
    Returns the new copy, or None when today's exists already.
    """
    if store.engine == "postgresql":
        return None  # a server is backed up on the server (pg_dump; the README), not by each desktop
    today = today or dt.date.today()
    folder = backups_dir(store)
    target = folder / f"{store.path.stem}-{today.isoformat()}.sqlite3"
    if target.exists():
        return None
    try:
        private_dir(folder)
    except OSError:
        pass  # backup_to says why it cannot write there
    backup_to(store, target)
    prune_backups(folder, store.path.stem)
    return target


def prune_backups(folder: Path, stem: str) -> list[Path]:
    """Delete daily copies beyond the last 14, keeping one per month; returns what was deleted."""
    dated = []
    for path in folder.glob(f"{stem}-????-??-??.sqlite3"):
        try:
            dated.append((dt.date.fromisoformat(path.stem[-10:]), path))
        except ValueError:
            continue
    dated.sort(reverse=True)
    keep = {p for _, p in dated[:KEEP_DAILY]}
    months: set[tuple[int, int]] = set()
    for day, path in dated[KEEP_DAILY:]:
        if (day.year, day.month) not in months:
            months.add((day.year, day.month))
            keep.add(path)
    deleted = []
    for _, path in dated:
        if path not in keep:
            path.unlink(missing_ok=True)
            deleted.append(path)
    return deleted


def backup_preview(path: Path) -> dict[str, int | str]:
    """What a backup holds (read-only): schema version, installation and record counts."""
    try:
        conn = _read_only(Path(path))
        try:
            info: dict[str, int | str] = {"schema_version": conn.execute("PRAGMA user_version").fetchone()[0]}
            row = conn.execute("SELECT name FROM installation LIMIT 1").fetchone()
            info["installation"] = row[0] if row else ""
            for table in ("person", "event", "attendance", "aid_recipient", "aid_given", "certificate"):
                info[table] = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise KnownError(Msg("Backup", "{path} is not a readable Tirkeu backup: {error}",
                             path=str(path), error=str(exc))) from exc
    return info


def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves nothing beside a closed backup.

    Backups are WAL-mode files; a plain read-only open of one creates empty
    -wal and -shm files next to it (which pruning would then leave behind).
    With no -wal beside the file nothing can be pending, so it is opened as
    immutable; a live database (with its -wal) is opened normally.
    """
    flags = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Replace the (closed) database with a backup; the current file is kept as a copy first.

    Returns the path of that safety copy.
    """
    backup_preview(backup)  # refuses anything that is not a readable backup
    db_path = Path(db_path)
    safety = db_path.with_name(f"{db_path.stem}.before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3")
    try:
        if db_path.exists():
            src = sqlite3.connect(db_path)
            try:
                private_file(safety)
                dest = sqlite3.connect(safety)
                src.backup(dest)
                dest.close()
            finally:
                src.close()
        src = _read_only(Path(backup))
        private_file(db_path)  # a backup from elsewhere may be 0644; the database never is
        dest = sqlite3.connect(db_path)
        try:
            src.backup(dest)
        finally:
            dest.close()
            src.close()
    except (OSError, sqlite3.Error) as exc:
        raise KnownError(Msg("Backup", "Cannot restore {path}: {error}. The database was not changed; "
                             "a copy of it is at {safety}.", path=str(backup), error=str(exc),
                             safety=str(safety))) from exc
    return safety
