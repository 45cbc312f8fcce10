"""Importing many bundles (files or folders) and reporting gaps in each school's sequence."""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.db.bulk_writing import bulk_writing
from app.db.locks import refresh_statistics
from app.db.rows import tuples
from app.db.store import current_store
from app.errors import DatabaseError, KnownError
from app.i18n import Msg, Translate
from app.models import BundleLog, Peer
from app.sync.importer import BundleSummary, Spoiled, display_path, import_bundle
from app.sync.prepared import Prepared

if TYPE_CHECKING:
    from app.sync.worker import Feed

COMMIT_EVERY = 50
KEY_FILES = (".card", ".pub", ".json", ".agekey")  # often beside bundles on an office's stick
log = logging.getLogger(__name__)


@dataclass
class Gap:
    """Sequence numbers missing from one installation's bundles."""

    installation: str
    name: str
    missing: list[int]


@dataclass
class BatchSummary:
    """All bundles of one import, their totals, and the gaps."""

    bundles: list[BundleSummary] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    read_ahead: int = 0  # files the worker process read (app/sync/worker.py)

    def totals(self) -> dict[str, int]:
        """Counts added up over every bundle."""
        out = {k: 0 for k in ("created", "updated", "unchanged", "ignored", "rejected", "conflicts")}
        for b in self.bundles:
            for k in ("created", "updated", "unchanged", "ignored"):
                out[k] += getattr(b, k)
            out["rejected"] += len(b.rejected)
            out["conflicts"] += len(b.conflicts)
        for status in ("imported", "already imported", "conflict", "refused", "dry run", "skipped"):
            out[status] = sum(1 for b in self.bundles if b.status == status)
        return out

    def as_json(self) -> dict[str, Any]:
        """Everything, as ``--json`` prints it."""
        return {"bundles": [b.as_json() for b in self.bundles], "totals": self.totals(),
                "gaps": [g.__dict__ for g in self.gaps], "read_by_worker": self.read_ahead}


def bundle_files(paths: list[Path]) -> list[Path]:
    """The files named, folders expanded to every file in them (sorted).

    Every file of a folder is listed, not only ``*.tirkeu``: a stray or
    renamed file gets its own line ("not a bundle") instead of vanishing.
    Hidden files and the program's own identity cards are left out.
    """
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                                and p.suffix.lower() != ".partial"))
        else:
            files.append(path)
    return files


def sequence_gaps(limit: int = 50) -> list[Gap]:
    """For each sender, the bundles that a later bundle names as sent before it but never arrived.

    Each manifest names the sender's previous bundle for this receiver; a named
    number that was never imported is missing, unless a full snapshot after it
    covers it.  The work is proportional to the bundles logged, never to the
    numbers' size; at most ``limit`` numbers are listed per sender.
    """
    gaps = []
    rows = (BundleLog.select(BundleLog.installation, BundleLog.sequence, BundleLog.previous, BundleLog.full)
            .where(BundleLog.status == "imported"))
    by_sender: dict[str, list[tuple[int, int | None, int]]] = {}
    for installation, sequence, previous, full in tuples(rows):
        by_sender.setdefault(installation, []).append((sequence, previous, full))
    for sender in sorted(by_sender):
        logs = by_sender[sender]
        seen = {seq for seq, _, _ in logs}
        start = max((seq for seq, _, full in logs if full), default=0)
        missing = sorted({prev for seq, prev, _ in logs
                          if prev is not None and prev > start and prev not in seen and seq > start})
        if missing:
            peer = Peer.get_or_none(Peer.id == sender)
            gaps.append(Gap(sender, peer.name if peer else sender, missing[:limit]))
    return gaps


#: Records created by one import above which a server's statistics are gathered again at once.
BIG_IMPORT = 10_000


def import_paths(paths: list[Path], *, dry_run: bool = False, trust_new: bool = False,
                 translate: Translate | None = None,
                 progress: Callable[[int, int, str], None] | None = None,
                 worker: bool | None = None) -> BatchSummary:
    """Import every bundle under ``paths``, each in its own transaction; every file gets a line.

    With many files, a worker process reads, decrypts and checks the next ones while this
    process writes (app/sync/worker.py); ``worker`` True or False says so whatever their
    number (None: when it pays).
    """
    batch = BatchSummary()
    files = bundle_files(paths)
    db = current_store().db
    # A group of bundles shares one commit, because each commit costs a disk flush (~20 ms):
    # 400 bundles would spend more time flushing than importing.  Each bundle is all of it or
    # nothing: written straight into the group's transaction, and should one fail part-way,
    # the group is undone and imported again with each bundle in a savepoint of its own (a
    # savepoint for every bundle cost ~15 %: SQLite keeps a copy of each page it changes).  A
    # crash loses at most the group being written, never half a bundle, and its bundles import
    # again next time.
    with bulk_writing(db.connection()), _feed(files, trust_new, worker) as feed:
        _import_groups(files, batch, dry_run, trust_new, translate, progress, feed)
    if not dry_run and batch.totals()["created"] >= BIG_IMPORT:
        refresh_statistics(db)  # a server's first report after hundreds of bundles is planned on them
    batch.gaps = sequence_gaps()
    return batch


@contextmanager
def _feed(files: list[Path], trust_new: bool, wanted: bool | None) -> Iterator[Feed | None]:
    """The worker process's feed for ``files``, or None when this process reads them all."""
    from app.sync.worker import BIG_FILE, Feed, take_snapshot, worth_a_worker

    # TIRKEU_IMPORT_WORKER=0 or 1 decides for every import (a computer that forbids starting
    # processes; running the tests through the worker)
    wanted = {"0": False, "1": True}.get(os.environ.get("TIRKEU_IMPORT_WORKER", ""), wanted)
    eligible = [p.suffix.lower() not in KEY_FILES and _size(p) <= BIG_FILE for p in files]
    if wanted is False or not any(eligible) or (wanted is None and not worth_a_worker(files, eligible)):
        yield None
        return
    try:
        feed = Feed(files, eligible, take_snapshot(trust_new), every=wanted is True)
    except KnownError:
        yield None  # not set up: every file says so on its own line
        return
    except OSError:  # no process could be started (a locked-down computer): read them all here
        log.warning("the import's worker process could not start; every file is read here", exc_info=True)
        yield None
        return
    with feed:
        yield feed


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _import_groups(files: list[Path], batch: BatchSummary, dry_run: bool, trust_new: bool,
                   translate: Translate | None, progress: Callable[[int, int, str], None] | None,
                   feed: Feed | None) -> None:
    for start in range(0, len(files), COMMIT_EVERY):
        group = range(start, min(start + COMMIT_EVERY, len(files)))
        lines, read_ahead = len(batch.bundles), batch.read_ahead
        passed: set[int] = set()  # files the first pass reached: reported, and taken from the feed (once)
        try:
            # The fast path: the group's bundles written straight into its transaction.
            _import_group(files, group, batch, dry_run, trust_new, translate, progress, feed, passed,
                          careful=dry_run)
        except Spoiled:
            # A bundle failed part-way: the group was undone whole, and is imported again with
            # each bundle in its own savepoint, where the failing one is undone alone (the same
            # lines as that path would have given at once: nothing of the group was kept).
            del batch.bundles[lines:]
            batch.read_ahead = read_ahead
            _import_group(files, group, batch, dry_run, trust_new, translate, progress, feed, passed,
                          careful=True)


def _import_group(files: list[Path], group: range, batch: BatchSummary, dry_run: bool, trust_new: bool,
                  translate: Translate | None, progress: Callable[[int, int, str], None] | None,
                  feed: Feed | None, passed: set[int], careful: bool) -> None:
    """One commit's files.  ``careful``: each bundle in a savepoint of its own; otherwise a bundle
    failing part-way raises :class:`Spoiled` (and the group's transaction is undone)."""
    db = current_store().db
    # IMMEDIATE: the write lock from the start.  A transaction that reads first and writes later
    # fails at once (SQLITE_BUSY, no waiting) when another process committed in between.
    with db.atomic(lock_type="IMMEDIATE"):
        for index in group:
            path = files[index]
            again = index in passed  # the group's second pass: shown, and the worker's reading used up
            passed.add(index)
            if progress and not again:
                progress(index, len(files), path.name)
            if path.suffix.lower() in KEY_FILES:
                batch.bundles.append(BundleSummary(file=display_path(path), status="skipped", reason=Msg(
                    "Sync", "An identity card or key file, not a bundle: skipped.").render(translate)))
                continue
            prepared = None
            if feed is not None and not again:
                prepared = feed.take(index)
            batch.read_ahead += prepared is not None
            batch.bundles.append(_one(path, dry_run, trust_new, translate, prepared, careful))


def _one(path: Path, dry_run: bool, trust_new: bool, translate: Translate | None,
         prepared: Prepared | None = None, careful: bool = True) -> BundleSummary:
    """One file's line; a bug met on one file is logged and named, and the others go on.

    Not ``careful``: no savepoint, and any failure that may have left some of the file's records
    written raises :class:`Spoiled` instead (the caller undoes the group and comes back careful).
    """
    db = current_store().db
    try:
        if not careful:
            return import_bundle(path, dry_run=dry_run, trust_new=trust_new, translate=translate,
                                 prepared=prepared, own_savepoint=False)
        with db.atomic():  # anything half-written by a failure below is undone with this file
            return import_bundle(path, dry_run=dry_run, trust_new=trust_new, translate=translate,
                                 prepared=prepared)
    except (DatabaseError, Spoiled):
        raise  # the database itself (locked, full, read-only): every other file would fail too; or the group's undo
    except Exception as exc:  # noqa: BLE001 - one file must never stop the others
        if not careful:
            raise Spoiled from exc  # whatever it had written is undone with the group
        log.exception("importing %s failed", path)
        return BundleSummary(file=str(path), status="refused", reason=Msg(
            "Sync", "This file could not be imported ({error}); it was skipped and the others went on. "
            "The details are in the log.", error=getattr(exc, "type_name", type(exc).__name__)).render(translate))
