"""Importing bundles: verify → decrypt → check → validate → write in one transaction → log.

Merging follows docs/bundle-format.md ("How an office merges").  A record version is (stamp, origin); the later
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
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from app.db import migrations
from app.db.integrity import is_integrity_error
from app.db.locks import exclusive
from app.db.store import current_store
from app.errors import DatabaseError, KnownError
from app.i18n import Msg, Translate
from app.installation import require_installation
from app.keys import fingerprint
from app.models import BundleLog, Peer
from app.sync import container
from app.sync.bundle_records import MAX_RECORDS, check_lines, owned_records
from app.sync.container import BundleError
from app.sync.export import FORMAT, FORMAT_VERSION
from app.sync.merge import write_records
from app.sync.minisign import parse_public_key, public_key_line, verify
from app.sync.ownership import SCHOOL, Party, refuse_bundle
from app.sync.prepared import NotPrepared, Prepared
from app.sync.record_rules import is_record_id
from app.sync.trust import Card, TrustError, now_text, revoked_with_key, trust


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
    sender_key: str | None = None  # an unknown sender's public key (minisign line), to compare and trust

    def as_json(self) -> dict[str, Any]:
        """The summary as ``--json`` prints it."""
        return asdict(self)

    @property
    def sender_to_trust(self) -> bool:
        """Refused only because its sender is not known here: the office may compare the key's
        fingerprint (``sender_key``) and import it again trusting the sender as a school."""
        return self.status == "refused" and bool(self.sender_key) and \
            Peer.get_or_none(Peer.id == self.installation) is None


class Spoiled(Exception):  # noqa: N818 - a signal to the batch, never shown
    """A bundle written without a savepoint of its own failed after some of its records were written:
    the caller's whole transaction must be undone (app/sync/batch.py then imports the group again,
    each bundle in its own savepoint, as it does after any failure)."""


@contextmanager
def _bundle_writes(db: Any, own_savepoint: bool) -> Iterator[Any]:
    """The block that writes one bundle: in a savepoint of its own (its transaction object, to roll
    back a dry run), or, for the batch's fast path, in the caller's transaction (None), where any
    failure but the database's own becomes :class:`Spoiled`."""
    if own_savepoint:
        with db.atomic() as transaction:
            yield transaction
        return
    try:
        yield None
    except DatabaseError:
        raise  # the database itself: the whole import stops, as in a savepoint
    except Exception as exc:
        raise Spoiled from exc


MAX_SEQUENCE = 10**6  # a bundle a day for 2,700 years


def _manifest(raw: bytes, payload_name: str) -> dict[str, Any]:
    """The manifest's fields, shape and numbers checked (it is not yet known to be genuine)."""
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleError(Msg("Sync", "The bundle's manifest is damaged.")) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(Msg("Sync", "This is not a Tirkeu bundle."))
    version = manifest.get("format_version")
    if type(version) is not int or version > FORMAT_VERSION:
        raise BundleError(Msg("Sync", "The bundle was written by a newer Tirkeu (format {found}); "
                              "install the newer version to import it.", found=str(version)[:20]))
    schema = manifest.get("schema_version")
    if type(schema) is not int or schema > migrations.LATEST:
        raise BundleError(Msg("Sync", "The bundle was written by a newer Tirkeu (schema {found}); "
                              "install the newer version to import it.", found=str(schema)[:20]))
    sender, payload = manifest.get("sender"), manifest.get("payload")
    sequence, previous = manifest.get("sequence"), manifest.get("previous")
    if not isinstance(sender, dict) or not isinstance(payload, dict) or type(sequence) is not int \
            or not is_record_id(sender.get("installation")):
        raise BundleError(Msg("Sync", "The bundle's manifest is incomplete."))
    if not 1 <= sequence <= MAX_SEQUENCE or (previous is not None and (
            type(previous) is not int or not 0 <= previous < sequence)):
        raise BundleError(Msg("Sync", "The bundle's sequence number {sequence} is impossible; it is refused.",
                              sequence=str(sequence)[:20]))
    size = payload.get("size")
    records = manifest.get("records")
    if type(size) is not int or not 0 <= size <= container.MAX_PAYLOAD \
            or type(records) is not int or not 0 <= records <= MAX_RECORDS:
        raise BundleError(Msg("Sync", "The bundle's records are larger than a bundle may be; it is refused."))
    if payload.get("name") != payload_name or not isinstance(payload.get("sha256"), str):
        raise BundleError(Msg("Sync", "The bundle's manifest does not describe its records."))
    receiver = manifest.get("receiver")
    if receiver is not None and not isinstance(receiver, str):
        raise BundleError(Msg("Sync", "The bundle's manifest is incomplete."))
    return manifest


@dataclass
class _Sender:
    """Who sent a bundle, as this installation trusts it."""

    party: Party
    name: str
    key: bytes
    new_card: Card | None  # trusted with this bundle (--trust-new)


def _sender(manifest: dict[str, Any], trust_new: bool, me: Any, summary: BundleSummary) -> _Sender:
    """The trusted sender of the bundle: role and region from the card trusted here, never the manifest."""
    claimed = manifest["sender"]
    installation = claimed["installation"]
    if installation == me.id:
        raise TrustError(Msg("Sync", "This bundle was written by this installation itself."))
    peer = Peer.get_or_none(Peer.id == installation)
    if peer is not None and peer.revoked_at:
        raise TrustError(Msg("Sync", "The key of {name} was revoked on {date}; its bundles are refused.",
                             name=peer.name, date=peer.revoked_at[:10]))
    if peer is not None:
        return _Sender(Party(peer.id, peer.role, peer.region), peer.name, bytes(peer.public_key), None)
    key = parse_public_key(str(claimed.get("public_key") or "")[:200])
    name = clean_name(claimed.get("name"))
    summary.sender_key = public_key_line(key)
    summary.fingerprint = None
    revoked = revoked_with_key(key)
    if revoked is not None:
        raise TrustError(Msg("Sync", "This bundle is signed with the key of {name}, which was revoked on "
                             "{date}; a new installation id does not make it trusted again.",
                             name=revoked.name, date=(revoked.revoked_at or "")[:10]))
    if not trust_new:
        raise TrustError(Msg("Sync", "{name} is not trusted yet. Compare its key fingerprint {fp} with the "
                             "school, then import its identity card or use --trust-new.",
                             name=name, fp=fingerprint(key)))
    if claimed.get("role") != SCHOOL:
        raise TrustError(Msg("Sync", "{name} says it is an office or the national centre. Those are trusted "
                             "only from their identity card (keys trust), after comparing the fingerprint "
                             "{fp}; --trust-new trusts schools only.", name=name, fp=fingerprint(key)))
    # A school trusted at its first bundle sits in the receiving office's own region: the
    # bundle's word for its region is not authority.
    district = clean_name(claimed.get("district")) or None
    card = Card(installation=installation, role=SCHOOL, name=name, region=me.region, district=district,
                public_key=key, age_recipient=None)
    return _Sender(Party(installation, SCHOOL, me.region), name, key, card)


def _decrypt(payload: bytes, payload_name: str, manifest: dict[str, Any], age_identity: str | None) -> bytes:
    if hashlib.sha256(payload).hexdigest() != manifest["payload"]["sha256"] \
            or len(payload) != manifest["payload"]["size"]:
        raise BundleError(Msg("Sync", "The bundle's records were changed after it was signed; it is refused."))
    if payload_name != container.PAYLOAD_AGE:
        return payload

    if not age_identity:
        raise BundleError(Msg("Sync", "The bundle is encrypted, but this installation has no decryption "
                              "key: it was meant for another installation."))
    try:
        return pyrage.decrypt(payload, [x25519.Identity.from_str(age_identity)])
    except Exception as exc:  # pyrage's DecryptError and friends
        raise BundleError(Msg("Sync", "The bundle is encrypted to another office; this office cannot "
                              "open it.")) from exc


def import_bundle(path: Path, *, dry_run: bool = False, trust_new: bool = False,
                  translate: Translate | None = None, prepared: Prepared | None = None,
                  own_savepoint: bool = True) -> BundleSummary:
    """Import one bundle file; never raises for a bad bundle (the summary says why).

    The order is the defence: the small manifest is read and its signature
    checked with the key trusted here before the payload is unpacked; the
    sender's role and region come from that trust; every record is checked
    against :mod:`app.sync.ownership` before it is written.

    ``prepared`` is what the import's worker process made of the file from one reading of
    it (app/sync/worker.py): its manifest, signature, hash, and its records checked line by
    line.  Every check that depends on this database (the sender's trust, the signature
    with the trusted key, the bundles already imported, ownership) is still made here, in
    the same order.  A file the worker did not open as far as needed is read here instead.

    ``own_savepoint`` False writes the records straight into the caller's transaction (no savepoint:
    SQLite copies every page a savepoint changes, ~15 % of an office import): a failure after the
    first write then raises :class:`Spoiled`, and the caller must undo its transaction.  A dry run
    always has its own savepoint.
    """
    own_savepoint = own_savepoint or dry_run
    if prepared is not None:
        try:
            return _import(path, dry_run, trust_new, translate, prepared, own_savepoint)
        except NotPrepared:
            pass  # nothing was written: the worker's view of the trust was older than this database's
    return _import(path, dry_run, trust_new, translate, None, own_savepoint)


def _import(path: Path, dry_run: bool, trust_new: bool, translate: Translate | None,
            prepared: Prepared | None, own_savepoint: bool = True) -> BundleSummary:
    summary = BundleSummary(file=display_path(path))
    try:
        me = require_installation()
        with (container.OpenBundle(Path(path)) if prepared is None else prepared.opened()) as bundle:
            manifest = _manifest(bundle.manifest, bundle.payload_name)
            summary.installation = manifest["sender"]["installation"]
            summary.name = clean_name(manifest["sender"].get("name"))
            summary.sequence = manifest["sequence"]
            sender = _sender(manifest, trust_new, me, summary)
            verify(bundle.signature, bundle.manifest, sender.key)
            summary.name, summary.fingerprint = sender.name, fingerprint(sender.key)
            receiver = Party(me.id, me.role, me.region)
            refusal = refuse_bundle(sender.party, receiver)
            if refusal:
                raise TrustError(Msg("Sync", "{name} is a {role}; this installation does not take bundles "
                                     "from it ({why}).", name=sender.name, role=sender.party.role, why=refusal))
            if manifest.get("receiver") not in (None, "", me.id):
                raise BundleError(Msg("Sync", "This bundle was written for another installation; it is "
                                      "not imported here."))
            bundle_sha = bundle.sha256()
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
            raw = bundle.payload(manifest["payload"]["size"])
        if prepared is None:
            payload = _decrypt(raw, bundle.payload_name, manifest, me.age_identity)
            del raw
            checked = check_lines(payload, manifest["records"])
            del payload
        else:
            checked = prepared.checked(me.age_identity)  # the worker's error at this point, if it met one
        records = owned_records(checked, sender.party, receiver, summary)
        del checked
        db = current_store().db
        with _bundle_writes(db, own_savepoint) as transaction:
            # On a server two staff may import at once (or one bundle twice): one import at a time, so
            # what is held is read after the other import's commit (app/db/locks.py).
            exclusive(db, "import")
            if sender.new_card is not None:
                trust(sender.new_card, source="first-bundle")
            write_records(records, summary, own=me.id,
                          same_origin=sender.party.id if sender.party.role == SCHOOL else None)
            if dry_run:
                summary.status = "dry run"
                transaction.rollback()
            else:
                summary.status = "imported"
                _log(summary, manifest, bundle_sha, "imported")
    except DatabaseError:
        raise  # the database itself (locked, full, read-only): not this bundle's fault, and every other would fail too
    except Spoiled:
        raise  # before the integrity check below: it may carry an integrity error, which only the caller can undo
    except KnownError as exc:
        summary.status = "refused"
        summary.reason = exc.msg.render(translate)
    except Exception as exc:
        if not is_integrity_error(exc):
            raise
        # A safety net: the checks above should make this impossible; the transaction is undone.
        summary.status = "refused"
        summary.reason = Msg("Sync", "The bundle's records contradict each other ({error}); nothing was "
                             "imported from it.", error=str(exc)[:200]).render(translate)
    return summary


def display_path(path: Path | str) -> str:
    """A path as text that can be stored and printed (a FAT stick's name may not be UTF-8)."""
    return os.fsencode(str(path)).decode("utf-8", "replace")


def clean_name(value: Any) -> str:
    """A name from a manifest as text safe to show (bounded, no control characters)."""
    text = value if isinstance(value, str) else ""
    return "".join(ch for ch in text[:200] if ch.isprintable()).strip()


def _log(summary: BundleSummary, manifest: dict[str, Any], sha: str, status: str) -> None:
    counts = {k: getattr(summary, k) for k in ("created", "updated", "unchanged", "ignored")}
    counts["rejected"] = len(summary.rejected)
    counts["conflicts"] = len(summary.conflicts)
    previous = manifest.get("previous")
    sequence: int = manifest["sequence"]  # checked by _manifest (summary.sequence holds the same)
    BundleLog.create(installation=summary.installation, sequence=sequence,
                     full=int(manifest.get("full") is True), sha256=sha, status=status,
                     imported_at=now_text(), source=Path(summary.file).name, summary=json.dumps(counts),
                     previous=sequence - 1 if previous is None else previous)
