"""Identity cards, trusted and revoked installations, the office's age key.

An office trusts a school by importing its identity card (or, from the
window, after comparing the fingerprint at its first bundle).  A lost laptop
is revoked; its replacement is a new installation with a new key, trusted
again the same way.  An office publishes its age recipient in its card; a
school that trusts that card encrypts every bundle to it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pyrage import x25519

from app.db.locks import exclusive
from app.db.store import current_store
from app.errors import KnownError, UsageError
from app.i18n import Msg
from app.installation import require_installation
from app.keys import fingerprint
from app.models import Installation, Peer
from app.sync.minisign import parse_public_key, public_key_line

CARD_FORMAT = "tirkeu-identity"
CARD_VERSION = 1


class TrustError(KnownError):
    """A key is unknown, revoked or does not match."""


def now_text() -> str:
    """The current UTC time as ISO text (for logs)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def ensure_age_identity(inst: Installation) -> str:
    """The office's age recipient, making its X25519 identity the first time.

    Under a lock and after a second look: two desktops of an office on one
    server must not each make a key (schools would encrypt to one of them and
    the other desktop could not open the bundles).
    """
    if not inst.age_identity:
        db = current_store().db
        with db.atomic():
            exclusive(db, "age-identity")
            held = Installation.get_by_id(inst.id).age_identity
            if held:
                inst.age_identity = held
            else:
                inst.age_identity = str(x25519.Identity.generate())
                inst.save()
    return str(x25519.Identity.from_str(inst.age_identity).to_public())


def identity_card(inst: Installation | None = None) -> dict[str, Any]:
    """This installation's card: who it is and its public keys."""
    inst = inst or require_installation()
    card = {"format": CARD_FORMAT, "version": CARD_VERSION, "installation": inst.id, "role": inst.role,
            "name": inst.name, "region": inst.region, "district": inst.district,
            "public_key": public_key_line(inst.public_key), "fingerprint": fingerprint(inst.public_key)}
    # Every installation publishes an age recipient: bundles with children's data are encrypted
    # to their receiver, whichever way they travel (a school's card lets its office write to it).
    card["age_recipient"] = ensure_age_identity(inst)
    return card


def write_identity_card(out: Path) -> Path:
    """Write the card as JSON (UTF-8)."""
    out = Path(out)
    try:
        out.write_text(json.dumps(identity_card(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise KnownError(Msg("Sync", "Cannot write {path}: {error}", path=str(out),
                             error=exc.strerror or str(exc))) from exc
    return out


@dataclass
class Card:
    """An identity card read from a file."""

    installation: str
    role: str
    name: str
    region: str | None
    district: str | None
    public_key: bytes
    age_recipient: str | None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def parse_card(data: dict[str, Any]) -> Card:
    """Check a card's fields; raises TrustError naming what is wrong."""
    if data.get("format") != CARD_FORMAT or not isinstance(data.get("installation"), str):
        raise TrustError(Msg("Sync", "This is not a Tirkeu identity card."))
    if data.get("role") not in ("school", "office", "national"):
        raise TrustError(Msg("Sync", "The identity card names an unknown role."))
    recipient = data.get("age_recipient")
    if recipient is not None:
        try:
            x25519.Recipient.from_str(recipient)
        except Exception as exc:  # pyrage raises its own error types
            raise TrustError(Msg("Sync", "The office's encryption key in the card is not valid.")) from exc
    return Card(installation=data["installation"], role=data["role"], name=str(data.get("name") or ""),
                region=data.get("region"), district=data.get("district"),
                public_key=parse_public_key(str(data.get("public_key") or "")), age_recipient=recipient)


def read_card(path: Path) -> Card:
    """Read an identity card file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TrustError(Msg("Sync", "Cannot read the identity card {path}.", path=str(path))) from exc
    if not isinstance(data, dict):
        raise TrustError(Msg("Sync", "This is not a Tirkeu identity card."))
    return parse_card(data)


def fingerprint_matches(card: Card, typed: str | None) -> bool:
    """True when ``typed`` is the card's fingerprint (spaces and case forgiven; at least 8 characters)."""
    wanted = (typed or "").replace(" ", "").upper()
    return len(wanted) >= 8 and card.fingerprint.replace(" ", "").startswith(wanted)


def needs_confirmation(card: Card) -> bool:
    """An office's or the national centre's card is trusted only after its fingerprint is confirmed:
    it decides targets and, for a school, who reads its bundles."""
    return card.role in ("office", "national")


def trust(card: Card, source: str = "card") -> Peer:
    """Trust ``card``'s installation and key (again, if it was trusted with the same key)."""
    if card.installation == require_installation().id:
        raise TrustError(Msg("Sync", "This is this installation's own card."))
    peer = Peer.get_or_none(Peer.id == card.installation)
    if peer is not None and bytes(peer.public_key) != card.public_key:
        raise TrustError(Msg("Sync", "{name} is already trusted with another key. If its laptop was "
                             "replaced, the new one is a new installation; if the key was lost, "
                             "revoke the old one first.", name=peer.name))
    if peer is not None and peer.revoked_at:
        raise TrustError(Msg("Sync", "The key of {name} was revoked; it cannot be trusted again.",
                             name=peer.name))
    revoked = revoked_with_key(card.public_key)
    if revoked is not None:
        raise TrustError(Msg("Sync", "This card carries the key of {name}, which was revoked on {date}; a key "
                             "once revoked is never trusted again, whatever installation id it comes with.",
                             name=revoked.name, date=(revoked.revoked_at or "")[:10]))
    values = {"role": card.role, "name": card.name, "region": card.region, "district": card.district,
              "public_key": card.public_key, "age_recipient": card.age_recipient, "source": source}
    if peer is None:
        return Peer.create(id=card.installation, trusted_at=now_text(), **values)
    for key, value in values.items():
        setattr(peer, key, value)
    peer.save()
    return peer


def peers() -> list[Peer]:
    """Every installation whose card was accepted (revoked ones too), by name."""
    return list(Peer.select().order_by(Peer.name))


def revoked_with_key(public_key: bytes) -> Peer | None:
    """The revoked installation that had this key, if any (a stolen laptop's key under a new id)."""
    for peer in Peer.select().where(Peer.revoked_at.is_null(False)):
        if bytes(peer.public_key) == bytes(public_key):
            return peer
    return None


def revoke(what: str) -> Peer:
    """Revoke a trusted installation by its id or key fingerprint (a lost laptop)."""
    wanted = what.replace(" ", "").upper()
    for peer in Peer.select():
        if peer.id == what or fingerprint(bytes(peer.public_key)).replace(" ", "") == wanted:
            if not peer.revoked_at:
                peer.revoked_at = now_text()
                peer.save()
            return peer
    raise UsageError(Msg("Sync", "No trusted installation has the id or fingerprint {what}.", what=what))


def find_peer(what: str) -> Peer:
    """A trusted (not revoked) installation by its id, fingerprint or exact name."""
    wanted = what.replace(" ", "").upper()
    matches = [p for p in Peer.select().where(Peer.revoked_at.is_null())
               if p.id == what or fingerprint(bytes(p.public_key)).replace(" ", "") == wanted or p.name == what]
    if len(matches) != 1:
        raise UsageError(Msg("Sync", "No single trusted installation has the id, fingerprint or name {what}; "
                             "see `keys list`.", what=what))
    return matches[0]


def default_receiver(inst: Installation) -> Peer | None:
    """Where this installation's bundles go when no receiver is named: the one level above it.

    A school sends to its office (or, with none, the national centre); an office
    to the national centre.  None when there is no such card or more than one.
    """
    above = {"school": (("office",), ("national",)), "office": (("national",),)}.get(inst.role, ())
    for roles in above:
        peers = list(Peer.select().where(Peer.role.in_(roles), Peer.revoked_at.is_null())
                     .order_by(Peer.trusted_at.desc()))
        if len(peers) == 1 or (peers and inst.role == "school"):
            return peers[0]  # a school that changed office sends to the one trusted last
        if peers:
            return None
    return None
