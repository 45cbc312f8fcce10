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
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pyrage
from pyrage import x25519

from app.db.changes import last_seen
from app.db.locks import exclusive
from app.db.store import current_store
from app.errors import UsageError
from app.fileperms import private_dir
from app.i18n import Msg
from app.ids import COUNTER_BITS
from app.installation import require_installation
from app.models import ExportLog, Installation, Peer
from app.sync import container
from app.sync.minisign import public_key_line, sign
from app.sync.ownership import Party, refuse_bundle, refuse_record, tables_for
from app.sync.record_rules import specs
from app.sync.trust import default_receiver, find_peer, now_text

FORMAT = "tirkeu-bundle"
FORMAT_VERSION = 1


# The schema of the records a bundle carries.  Schema 6 added only local tables (the change
# counter, routing columns), so bundles still say 5 and an office not yet upgraded reads them.
# Raise it with the first schema step that changes a synced table's columns.
PAYLOAD_SCHEMA = 5
CLOCK_BEHIND_MS = 10 * 60 * 1000


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
    receiver: str | None = None  # the name of the installation it was written for
    warnings: list[Msg] = field(default_factory=list)


class NeedsReceiver(UsageError):
    """No encryption key of a receiver is trusted: writing in clear needs an explicit choice."""


def safe_name(text: str, limit: int = 40) -> str:
    """A file-name part safe on Windows and USB sticks (letters, digits, dashes)."""
    cleaned = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return cleaned[:limit].strip("-_") or "tirkeu"


def exports_dir() -> Path:
    """Where copies of written bundles are kept (beside the database)."""
    path = current_store().path
    return path.with_name(f"{path.stem}-bundles")


def payload_lines(seen_from: int, seen_to: int, keep: Callable[[str, dict], bool] | None = None,
                  tables: frozenset[str] | None = None) -> tuple[bytes, dict[str, int], tuple[int, int]]:
    """JSON Lines of the records with ``seen_from < seen <= seen_to``; counts; stamp span.

    ``keep(table, record)`` leaves out what the receiver may not take; ``tables`` limits the tables.
    """
    db = current_store().db
    lines: list[bytes] = []
    counts: dict[str, int] = {}
    low, high = None, None
    for table, spec in specs().items():
        if tables is not None and table not in tables:
            continue
        cols = ", ".join(spec.columns)
        cursor = db.execute_sql(
            f"SELECT {cols} FROM {table} WHERE seen > ? AND seen <= ? ORDER BY uid", (seen_from, seen_to))
        n = 0
        for row in cursor:
            record = dict(zip(spec.columns, row))
            if keep is not None and not keep(table, record):
                continue
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
                 recipient: str | None, full: bool = False, seen: tuple[int, int] = (0, 0),
                 receiver: str | None = None, previous: int | None = None):
    """Manifest, signature and (encrypted) payload of a bundle; ``inst`` has id, role, name,
    region, district, public_key and secret_key."""
    name = container.PAYLOAD_PLAIN
    if recipient:
        payload = pyrage.encrypt(payload, [x25519.Recipient.from_str(recipient)])
        name = container.PAYLOAD_AGE
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": PAYLOAD_SCHEMA,
        "created_at": now_text(),
        "sender": {"installation": inst.id, "role": inst.role, "name": inst.name, "region": inst.region,
                   "district": inst.district, "public_key": public_key_line(inst.public_key)},
        "receiver": receiver or None,
        "sequence": sequence, "previous": sequence - 1 if previous is None else previous,
        "full": full, "seen_from": seen[0], "seen_to": seen[1],
        "stamps": {"min": stamps[0], "max": stamps[1]}, "counts": counts, "records": sum(counts.values()),
        "payload": {"name": name, "encrypted": bool(recipient), "recipient": recipient,
                    "sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)},
    }
    manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    signature = sign(inst.secret_key, inst.public_key, manifest_bytes,
                     f"tirkeu-bundle installation={inst.id} sequence={sequence}",
                     f"tirkeu bundle {sequence} from {safe_name(inst.name)}")
    return manifest, manifest_bytes, signature, payload, name


def _receiver(inst: Installation, to: str | None, plaintext: bool) -> Peer | None:
    """The installation the bundle is for; refuses to write children's data in clear unasked."""
    receiver = find_peer(to) if to else default_receiver(inst)
    me = Party(inst.id, inst.role, inst.region)
    if receiver is not None:
        why = refuse_bundle(me, Party(receiver.id, receiver.role, receiver.region))
        if why:
            raise UsageError(Msg("Sync", "{name} is a {role}: it does not take bundles from this "
                                 "installation ({why}).", name=receiver.name, role=receiver.role, why=why))
    if plaintext:
        return receiver
    if receiver is None:
        if to is None and inst.role in ("office", "national"):
            raise NeedsReceiver(Msg("Sync", "Name the installation this bundle is for (--to, the window's "
                                    "“For” list): an office writes one bundle for the national centre and "
                                    "one for each school."))
        raise NeedsReceiver(Msg("Sync", "No office is trusted yet, so the bundle cannot be encrypted and "
                                "children's data would travel in clear. Ask the region office for its "
                                "identity card (a .json file), trust it (Sync → Keys → Trust a card…, or "
                                "`keys trust CARD`), and write the bundle again. To write it unencrypted "
                                "anyway, choose “Write unencrypted” (--plaintext)."))
    if not receiver.age_recipient:
        raise NeedsReceiver(Msg("Sync", "The identity card of {name} has no encryption key (it was written "
                                "by an older Tirkeu). Ask for a new card and trust it, or write the bundle "
                                "unencrypted on purpose (--plaintext).", name=receiver.name))
    return receiver


def check_receiver(to: str | None = None, plaintext: bool = False) -> Peer | None:
    """The installation the next bundle would be for; raises :class:`NeedsReceiver` (with the
    steps to take) when it could not be encrypted and ``plaintext`` was not chosen."""
    return _receiver(require_installation(), to, plaintext)


def export_history() -> list[ExportLog]:
    """The bundles this installation wrote, newest first."""
    return list(ExportLog.select().order_by(ExportLog.sequence.desc()))


def receivers() -> list[Peer]:
    """The trusted installations this one may write bundles for (the level above first)."""
    inst = require_installation()
    me = Party(inst.id, inst.role, inst.region)
    peers = [p for p in Peer.select().where(Peer.revoked_at.is_null()).order_by(Peer.name)
             if refuse_bundle(me, Party(p.id, p.role, p.region)) is None]
    return sorted(peers, key=lambda p: p.role == "school")


def clock_warnings(inst: Installation) -> list[Msg]:
    """A warning when this computer's clock is behind the latest change it wrote or received."""
    last_ms = current_store().clock.last >> COUNTER_BITS
    wall = int(time.time() * 1000)
    if wall + CLOCK_BEHIND_MS < last_ms:
        when = datetime.fromtimestamp(last_ms / 1000, tz=UTC).strftime("%Y-%m-%d %H:%M")
        return [Msg("Sync", "This computer's clock is behind the latest change it holds ({when} UTC). "
                    "Check its date and time: changes are ordered by it.", when=when)]
    return []


def export_bundle(out: Path | None = None, full: bool = False, sequence: int | None = None,
                  to: str | None = None, plaintext: bool = False) -> ExportResult:
    """Write the next bundle for ``to`` (default: the level above) to ``out`` (a file or a folder).

    With ``sequence``, bundle ``sequence`` is written again byte for byte.  The
    bundle carries what changed since the last one written for the same
    receiver, limited to what the receiver may take (:mod:`app.sync.ownership`),
    encrypted to the receiver; without a receiver's key it is written only
    when ``plaintext`` says so.
    """
    inst = require_installation()
    if sequence is not None:
        return _rewrite(inst, sequence, out)
    receiver = _receiver(inst, to, plaintext)
    me = Party(inst.id, inst.role, inst.region)
    party = Party(receiver.id, receiver.role, receiver.region) if receiver else None
    peers = {p.id: Party(p.id, p.role, p.region) for p in Peer.select().where(Peer.revoked_at.is_null())}
    stream = receiver.id if receiver else ""

    # Unencrypted and for no one in particular: what the level above would take.
    above = party or Party("", {"school": "office"}.get(inst.role, "national"), inst.region)

    def keep(table: str, record: dict) -> bool:
        if record["origin"] == above.id:
            return False  # its own records: it holds them already
        if inst.role == "national" and party is None:
            return True
        return refuse_record(table, record, me, above, peers) is None

    store = current_store()
    # The write lock for the whole export: no other writer is half-way, so every change number
    # up to the counter's value is committed and seen here (app/db/changes.py).
    with store.db.atomic(lock_type="IMMEDIATE"):
        exclusive(store.db, "export")  # on a server: one export at a time takes the next sequence
        last_any = ExportLog.select().order_by(ExportLog.sequence.desc()).first()
        last = (ExportLog.select().where(ExportLog.receiver == stream)
                .order_by(ExportLog.sequence.desc()).first())
        seq = (last_any.sequence + 1) if last_any else 1
        seen_from = 0 if full or last is None else last.seen_to
        seen_to = last_seen(store.db)
        payload, counts, (low, high) = payload_lines(seen_from, seen_to, keep, tables_for(me, party))
        recipient = receiver.age_recipient if receiver is not None and not plaintext else None
        manifest, manifest_bytes, signature, payload, name = build_bundle(
            inst, seq, payload, counts, (low, high), recipient, full=full, seen=(seen_from, seen_to),
            receiver=stream, previous=last.sequence if last else 0)
        suffix = f"-{safe_name(receiver.name, 24)}" if receiver is not None and receiver.role == "school" else ""
        file_name = f"{safe_name(inst.name)}-{date.today().isoformat()}-{seq}{suffix}.tirkeu"
        target = _target(out, file_name)
        stored = exports_dir() / file_name
        private_dir(stored.parent)  # kept bundles hold children's data: 0700, tightened if older
        container.write_bundle(stored, manifest_bytes, signature, payload, name)
        sha = hashlib.sha256(stored.read_bytes()).hexdigest()
        if target != stored:
            _copy(stored, target)
        ExportLog.create(sequence=seq, full=int(full), seen_from=seen_from, seen_to=seen_to,
                         records=manifest["records"], sha256=sha, file_name=file_name,
                         stored_path=str(stored), created_at=manifest["created_at"], receiver=stream)
    return ExportResult(target, seq, manifest["records"], bool(recipient), sha, full, counts,
                        receiver.name if receiver else None, clock_warnings(inst))


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

        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise container.BundleError(Msg("Sync", "Cannot write the bundle {path}: {error}. Check that "
                                        "the disk (or USB stick) has free space and is writable.",
                                        path=str(target), error=exc.strerror or str(exc))) from exc


def _rewrite(inst: Installation, sequence: int, out: Path | None) -> ExportResult:
    log = ExportLog.get_or_none(ExportLog.sequence == sequence)  # one numbering for every receiver
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
