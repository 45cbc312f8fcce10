"""Writing a bundle: every change since the last export (or everything), signed.

Records are picked by ``seen`` (when this database last wrote them), so an
office's bundle to the national level carries what it received since its
last export; each record keeps its origin and change stamp.  The payload is
encrypted to the office's age key when this school trusts an office that
published one.  A copy of every bundle is kept beside the database, so an
earlier sequence can be written again byte for byte.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.db import migrations
from app.db.store import current_store
from app.errors import UsageError
from app.i18n import Msg
from app.models import ExportLog, Installation
from app.sync import container
from app.sync.minisign import public_key_line, sign
from app.sync.records import specs
from app.sync.trust import now_text, office_recipient, this_installation

FORMAT = "tirkeu-bundle"
FORMAT_VERSION = 1


@dataclass
class ExportResult:
    """What was written."""

    path: Path
    sequence: int
    records: int
    encrypted: bool
    sha256: str
    full: bool
    counts: dict[str, int]


def safe_name(text: str, limit: int = 40) -> str:
    """A file-name part safe on Windows and USB sticks (letters, digits, dashes)."""
    cleaned = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return cleaned[:limit].strip("-_") or "tirkeu"


def exports_dir() -> Path:
    """Where copies of written bundles are kept (beside the database)."""
    path = current_store().path
    return path.with_name(f"{path.stem}-bundles")


def payload_lines(seen_from: int, seen_to: int) -> tuple[bytes, dict[str, int], tuple[int, int]]:
    """JSON Lines of the records with ``seen_from < seen <= seen_to``; counts; stamp span."""
    db = current_store().db
    lines: list[bytes] = []
    counts: dict[str, int] = {}
    low, high = None, None
    for table, spec in specs().items():
        cols = ", ".join(spec.columns)
        cursor = db.execute_sql(
            f"SELECT {cols} FROM {table} WHERE seen > ? AND seen <= ? ORDER BY uid", (seen_from, seen_to))
        n = 0
        for row in cursor:
            record = dict(zip(spec.columns, row))
            stamp = record["stamp"]
            low = stamp if low is None or stamp < low else low
            high = stamp if high is None or stamp > high else high
            lines.append(json.dumps({"table": table, "record": record}, ensure_ascii=False,
                                    separators=(",", ":")).encode("utf-8"))
            n += 1
        if n:
            counts[table] = n
    return b"\n".join(lines) + (b"\n" if lines else b""), counts, (low or 0, high or 0)


def build_bundle(inst, sequence: int, payload: bytes, counts: dict[str, int], stamps: tuple[int, int],
                 recipient: str | None, full: bool = False, seen: tuple[int, int] = (0, 0)):
    """Manifest, signature and (encrypted) payload of a bundle; ``inst`` has id, role, name,
    region, district, public_key and secret_key."""
    name = container.PAYLOAD_PLAIN
    if recipient:
        import pyrage
        from pyrage import x25519

        payload = pyrage.encrypt(payload, [x25519.Recipient.from_str(recipient)])
        name = container.PAYLOAD_AGE
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": migrations.LATEST,
        "created_at": now_text(),
        "sender": {"installation": inst.id, "role": inst.role, "name": inst.name, "region": inst.region,
                   "district": inst.district, "public_key": public_key_line(inst.public_key)},
        "sequence": sequence, "full": full, "seen_from": seen[0], "seen_to": seen[1],
        "stamps": {"min": stamps[0], "max": stamps[1]}, "counts": counts, "records": sum(counts.values()),
        "payload": {"name": name, "encrypted": bool(recipient), "recipient": recipient,
                    "sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)},
    }
    manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    signature = sign(inst.secret_key, inst.public_key, manifest_bytes,
                     f"tirkeu-bundle installation={inst.id} sequence={sequence}",
                     f"tirkeu bundle {sequence} from {safe_name(inst.name)}")
    return manifest, manifest_bytes, signature, payload, name


def export_bundle(out: Path | None = None, full: bool = False, sequence: int | None = None) -> ExportResult:
    """Write the next bundle (or bundle ``sequence`` again) to ``out`` (a file or a folder)."""
    inst = this_installation()
    if sequence is not None:
        return _rewrite(inst, sequence, out)
    store = current_store()
    last = ExportLog.select().order_by(ExportLog.sequence.desc()).first()
    seq = (last.sequence + 1) if last else 1
    seen_from = 0 if full or last is None else last.seen_to
    seen_to = store.clock.now()
    payload, counts, (low, high) = payload_lines(seen_from, seen_to)
    recipient = office_recipient() if inst.role == "school" else None
    manifest, manifest_bytes, signature, payload, name = build_bundle(
        inst, seq, payload, counts, (low, high), recipient, full=full, seen=(seen_from, seen_to))
    file_name = f"{safe_name(inst.name)}-{date.today().isoformat()}-{seq}.tirkeu"
    target = _target(out, file_name)
    stored = exports_dir() / file_name
    stored.parent.mkdir(parents=True, exist_ok=True)
    container.write_bundle(stored, manifest_bytes, signature, payload, name)
    sha = hashlib.sha256(stored.read_bytes()).hexdigest()
    if target != stored:
        _copy(stored, target)
    ExportLog.create(sequence=seq, full=int(full), seen_from=seen_from, seen_to=seen_to,
                     records=manifest["records"], sha256=sha, file_name=file_name,
                     stored_path=str(stored), created_at=manifest["created_at"])
    return ExportResult(target, seq, manifest["records"], bool(recipient), sha, full, counts)


def _target(out: Path | None, file_name: str) -> Path:
    if out is None:
        return Path.cwd() / file_name
    out = Path(out)
    return out / file_name if out.is_dir() else out


def _copy(source: Path, target: Path) -> None:
    tmp = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, tmp)
        import os

        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise container.BundleError(Msg("Sync", "Cannot write the bundle {path}: {error}. Check that "
                                        "the disk (or USB stick) has free space and is writable.",
                                        path=str(target), error=exc.strerror or str(exc))) from exc


def _rewrite(inst: Installation, sequence: int, out: Path | None) -> ExportResult:
    log = ExportLog.get_or_none(ExportLog.sequence == sequence)
    if log is None or not log.stored_path or not Path(log.stored_path).exists():
        raise UsageError(Msg("Sync", "Bundle {sequence} was not written by this installation "
                             "(or its kept copy is gone).", sequence=sequence))
    stored = Path(log.stored_path)
    target = _target(out, log.file_name)
    if target != stored:
        _copy(stored, target)
    manifest = json.loads(container.read_bundle(stored).manifest)
    return ExportResult(target, sequence, log.records, manifest["payload"]["encrypted"], log.sha256,
                        bool(log.full), manifest["counts"])
