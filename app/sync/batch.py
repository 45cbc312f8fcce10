"""Importing many bundles (files or folders) and reporting gaps in each school's sequence."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from app.i18n import Translate
from app.models import BundleLog, Peer
from app.sync.importer import BundleSummary, import_bundle


COMMIT_EVERY = 50


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

    def totals(self) -> dict[str, int]:
        """Counts added up over every bundle."""
        out = {k: 0 for k in ("created", "updated", "unchanged", "ignored", "rejected", "conflicts")}
        for b in self.bundles:
            for k in ("created", "updated", "unchanged", "ignored"):
                out[k] += getattr(b, k)
            out["rejected"] += len(b.rejected)
            out["conflicts"] += len(b.conflicts)
        for status in ("imported", "already imported", "conflict", "refused", "dry run"):
            out[status] = sum(1 for b in self.bundles if b.status == status)
        return out

    def as_json(self) -> dict[str, Any]:
        """Everything, as ``--json`` prints it."""
        return {"bundles": [b.as_json() for b in self.bundles], "totals": self.totals(),
                "gaps": [g.__dict__ for g in self.gaps]}


def bundle_files(paths: list[Path]) -> list[Path]:
    """The bundle files named, folders expanded to their ``*.tirkeu`` files (sorted)."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.tirkeu") if p.is_file()))
        else:
            files.append(path)
    return files


def sequence_gaps() -> list[Gap]:
    """For each sender, the sequence numbers below its highest that never arrived.

    A full snapshot covers everything before it, so only numbers after the
    latest full bundle count as missing.
    """
    gaps = []
    senders = {log.installation for log in BundleLog.select(BundleLog.installation).distinct()}
    for sender in sorted(senders):
        logs = list(BundleLog.select().where(BundleLog.installation == sender, BundleLog.status == "imported"))
        if not logs:
            continue
        seen = {log.sequence for log in logs}
        start = max((log.sequence for log in logs if log.full), default=0)
        missing = [n for n in range(max(start, 1), max(seen) + 1) if n not in seen and n > start]
        if missing:
            peer = Peer.get_or_none(Peer.id == sender)
            gaps.append(Gap(sender, peer.name if peer else sender, missing))
    return gaps


def import_paths(paths: list[Path], *, dry_run: bool = False, trust_new: bool = False,
                 translate: Translate | None = None,
                 progress: Callable[[int, int, str], None] | None = None) -> BatchSummary:
    """Import every bundle under ``paths``, each in its own transaction."""
    from app.db.store import current_store

    batch = BatchSummary()
    files = bundle_files(paths)
    db = current_store().db
    # Each bundle is its own savepoint (all of it or nothing); a group of bundles shares one
    # commit, because each commit costs a disk flush (~20 ms): 400 bundles would spend
    # more time flushing than importing.  A crash loses at most the group being written,
    # never half a bundle, and its bundles import again next time.
    for start in range(0, len(files), COMMIT_EVERY):
        with db.atomic():
            for index, path in enumerate(files[start:start + COMMIT_EVERY], start):
                if progress:
                    progress(index, len(files), path.name)
                batch.bundles.append(import_bundle(path, dry_run=dry_run, trust_new=trust_new,
                                                   translate=translate))
    batch.gaps = sequence_gaps()
    return batch
