"""Importing bundles: verify → decrypt → check → validate → write in one transaction → log.

Merging follows DESIGN §3.  A record version is (stamp, origin); the later
version wins whatever order bundles arrive in, a deletion is a version like
any other, and two different contents claiming the same version are a
conflict, reported, with a deterministic winner (the larger content hash),
so every import order ends in the same database.  The same bundle twice is
"already imported"; the same sequence with other content is a conflict and
is not applied.  Anything wrong before the commit leaves the database as it
was.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.db import migrations
from app.db.store import current_store
from app.errors import KnownError
from app.i18n import Msg, Translate
from app.keys import fingerprint
from app.models import BundleLog, Peer
from app.sync import container
from app.sync.container import BundleError
from app.sync.export import FORMAT, FORMAT_VERSION
from app.sync.merge import write_records
from app.sync.minisign import parse_public_key, verify
from app.sync.records import Bad, check_record, specs
from app.sync.trust import Card, TrustError, now_text, this_installation, trust


@dataclass
class BundleSummary:
    """What one bundle did (DHIS2-style import summary)."""

    file: str
    status: str = "refused"  # imported | already imported | conflict | refused | dry run
    installation: str | None = None
    name: str | None = None
    sequence: int | None = None
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    ignored: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    reason: str | None = None
    fingerprint: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The summary as ``--json`` prints it."""
        return asdict(self)


def _manifest(contents: container.Contents) -> dict[str, Any]:
    try:
        manifest = json.loads(contents.manifest.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError(Msg("Sync", "The bundle's manifest is damaged.")) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(Msg("Sync", "This is not a Tirkeu bundle."))
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BundleError(Msg("Sync", "The bundle was written by a newer Tirkeu (format {found}); "
                              "install the newer version to import it.", found=str(version)))
    schema = manifest.get("schema_version")
    if not isinstance(schema, int) or schema > migrations.LATEST:
        raise BundleError(Msg("Sync", "The bundle was written by a newer Tirkeu (schema {found}); "
                              "install the newer version to import it.", found=str(schema)))
    sender, payload = manifest.get("sender"), manifest.get("payload")
    if not isinstance(sender, dict) or not isinstance(payload, dict) or not isinstance(manifest.get("sequence"), int):
        raise BundleError(Msg("Sync", "The bundle's manifest is incomplete."))
    if payload.get("name") != contents.payload_name:
        raise BundleError(Msg("Sync", "The bundle's manifest does not describe its records."))
    return manifest


def _sender_key(manifest: dict[str, Any], trust_new: bool) -> tuple[bytes, Peer | None, Card | None]:
    sender = manifest["sender"]
    installation = sender.get("installation")
    if installation == this_installation().id:
        raise TrustError(Msg("Sync", "This bundle was written by this installation itself."))
    peer = Peer.get_or_none(Peer.id == installation)
    if peer is not None and peer.revoked_at:
        raise TrustError(Msg("Sync", "The key of {name} was revoked on {date}; its bundles are refused.",
                             name=peer.name, date=peer.revoked_at[:10]))
    if peer is not None:
        return bytes(peer.public_key), peer, None
    key = parse_public_key(str(sender.get("public_key") or ""))
    card = Card(installation=str(installation), role=str(sender.get("role")), name=str(sender.get("name") or ""),
                region=sender.get("region"), district=sender.get("district"), public_key=key, age_recipient=None)
    if not trust_new:
        raise TrustError(Msg("Sync", "{name} is not trusted yet. Compare its key fingerprint {fp} with the "
                             "school, then import its identity card or use --trust-new.",
                             name=card.name, fp=card.fingerprint))
    return key, None, card


def _decrypt(contents: container.Contents, manifest: dict[str, Any]) -> bytes:
    payload = contents.payload
    if hashlib.sha256(payload).hexdigest() != manifest["payload"].get("sha256") \
            or len(payload) != manifest["payload"].get("size"):
        raise BundleError(Msg("Sync", "The bundle's records were changed after it was signed; it is refused."))
    if contents.payload_name != container.PAYLOAD_AGE:
        return payload
    import pyrage
    from pyrage import x25519

    inst = this_installation()
    if not inst.age_identity:
        raise BundleError(Msg("Sync", "The bundle is encrypted, but this installation has no decryption "
                              "key: it was meant for an office."))
    try:
        return pyrage.decrypt(payload, [x25519.Identity.from_str(inst.age_identity)])
    except Exception as exc:  # pyrage's DecryptError and friends
        raise BundleError(Msg("Sync", "The bundle is encrypted to another office; this office cannot "
                              "open it.")) from exc


def _records(payload: bytes, manifest: dict[str, Any], summary: BundleSummary) -> dict[str, list[dict]]:
    """Valid records by table; invalid ones go to ``summary.rejected`` with the reason."""
    table_specs = specs()
    sender = manifest["sender"]
    consolidating = sender.get("role") in ("office", "national")
    by_table: dict[str, list[dict]] = {t: [] for t in table_specs}
    items = _parse_lines(payload)
    own = sender["installation"]
    for number, item in enumerate(items, 1):
        if item is None:
            continue
        try:
            if isinstance(item, Exception):
                raise item
            spec = table_specs.get(item.get("table")) if isinstance(item, dict) else None
            if spec is None:
                raise Bad("unknown table")
            record = check_record(spec, item.get("record"))
            if record["origin"] != own and not consolidating:
                raise Bad("a school may only send its own records")
        except (ValueError, AttributeError) as exc:  # Bad and JSON errors
            summary.rejected.append({"line": number, "reason": str(exc)[:200]})
            continue
        by_table[spec.table].append(record)
    return by_table


def _parse_lines(payload: bytes) -> list[Any]:
    """Every line's JSON value (None for a blank line, the error for a bad one).

    One ``json.loads`` of the whole payload as an array is several times
    faster than a call per line; only a damaged payload is parsed line by line.
    """
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        text = payload.decode("utf-8", errors="replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    try:
        if all(lines):
            return json.loads("[" + ",".join(lines) + "]")
    except ValueError:
        pass
    out: list[Any] = []
    for line in lines:
        if not line.strip():
            out.append(None)
            continue
        try:
            out.append(json.loads(line))
        except ValueError as exc:
            out.append(exc)
    return out


def import_bundle(path: Path, *, dry_run: bool = False, trust_new: bool = False,
                  translate: Translate | None = None) -> BundleSummary:
    """Import one bundle file; never raises for a bad bundle (the summary says why)."""
    summary = BundleSummary(file=str(path))
    try:
        contents = container.read_bundle(Path(path))
        manifest = _manifest(contents)
        sender = manifest["sender"]
        summary.installation, summary.name = sender.get("installation"), sender.get("name")
        summary.sequence = manifest["sequence"]
        key, peer, new_card = _sender_key(manifest, trust_new)
        verify(contents.signature, contents.manifest, key)
        summary.fingerprint = fingerprint(key)
        bundle_sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        earlier = list(BundleLog.select().where(BundleLog.installation == summary.installation,
                                                BundleLog.sequence == summary.sequence,
                                                BundleLog.status == "imported"))
        if any(log.sha256 == bundle_sha for log in earlier):
            summary.status = "already imported"
            return summary
        if earlier:
            summary.status = "conflict"
            summary.reason = Msg("Sync", "Bundle {sequence} from {name} was already imported with other "
                                 "content; this one is not applied. Ask the school which is right.",
                                 sequence=summary.sequence, name=summary.name).render(translate)
            if not dry_run:
                _log(summary, manifest, bundle_sha, "conflict")
            return summary
        payload = _decrypt(contents, manifest)
        records = _records(payload, manifest, summary)
        db = current_store().db
        with db.atomic() as transaction:
            if new_card is not None:
                trust(new_card, source="first-bundle")
            write_records(records, summary, own=this_installation().id)
            if dry_run:
                summary.status = "dry run"
                transaction.rollback()
            else:
                summary.status = "imported"
                _log(summary, manifest, bundle_sha, "imported")
    except KnownError as exc:
        summary.status = "refused"
        summary.reason = exc.msg.render(translate)
    except sqlite3.IntegrityError as exc:
        # A safety net: the checks above should make this impossible; the transaction is undone.
        summary.status = "refused"
        summary.reason = Msg("Sync", "The bundle's records contradict each other ({error}); nothing was "
                             "imported from it.", error=str(exc)).render(translate)
    return summary


def _log(summary: BundleSummary, manifest: dict[str, Any], sha: str, status: str) -> None:
    counts = {k: getattr(summary, k) for k in ("created", "updated", "unchanged", "ignored")}
    counts["rejected"] = len(summary.rejected)
    counts["conflicts"] = len(summary.conflicts)
    BundleLog.create(installation=summary.installation, sequence=summary.sequence,
                     full=int(bool(manifest.get("full"))), sha256=sha, status=status,
                     imported_at=now_text(), source=Path(summary.file).name, summary=json.dumps(counts))
