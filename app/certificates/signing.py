"""Verification codes: an Ed25519 signature by the issuing installation's key.

The signed text is canonical (one line each: format tag, serial, recipient's
name cleaned as it is stored (:func:`app.text.clean_text`: NFC, no invisible
characters), kind, issue date), so any change of what the certificate says
breaks the signature.  The QR code carries ``TIRKEU1:<serial>:<code>``, the
code being the signature in base32 without padding: QR's alphanumeric mode
takes upper-case letters, digits and ':' and '-', which keeps the symbol at
version 6.  Beside the QR the first :data:`SHORT` characters are printed for
people who type rather than scan.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.text import clean_text

PREFIX = "TIRKEU1"
SHORT = 8


def canonical(serial: str, recipient_name: str, kind: str, issued: dt.date | str,
              legacy: bool = False) -> bytes:
    """The bytes that are signed for a certificate.

    The name is cleaned as the database stores it, so a certificate signed for
    a name typed with a zero-width space verifies against the stored name.
    ``legacy``: the name only in NFC with spaces collapsed, as signed before
    names were cleaned (certificates issued then still verify).
    """
    if legacy:
        name = unicodedata.normalize("NFC", " ".join(recipient_name.split()))
    else:
        name = " ".join(clean_text(recipient_name).split())
    day = issued.isoformat() if isinstance(issued, dt.date) else str(issued)
    return "\n".join((PREFIX, serial.strip().upper(), name, kind, day)).encode("utf-8")


class Signer:
    """Signs certificates with one installation's secret key (the key object made once)."""

    def __init__(self, secret_key: bytes) -> None:
        self._key = Ed25519PrivateKey.from_private_bytes(bytes(secret_key))

    def code(self, serial: str, recipient_name: str, kind: str, issued: dt.date | str) -> str:
        """The verification code (base32 signature, no padding) of a certificate."""
        signature = self._key.sign(canonical(serial, recipient_name, kind, issued))
        return base64.b32encode(signature).decode("ascii").rstrip("=")


def code_is_valid(public_key: bytes, code: str, serial: str, recipient_name: str, kind: str,
                  issued: dt.date | str) -> bool:
    """True when ``code`` is the issuing key's signature over the certificate's data."""
    try:
        raw = base64.b32decode(code + "=" * (-len(code) % 8))
        key = Ed25519PublicKey.from_public_bytes(bytes(public_key))
    except ValueError:
        return False
    for legacy in (False, True):
        try:
            key.verify(raw, canonical(serial, recipient_name, kind, issued, legacy=legacy))
            return True
        except InvalidSignature:
            continue
    return False


def qr_text(serial: str, code: str) -> str:
    """What the QR code says."""
    return f"{PREFIX}:{serial}:{code}"


@dataclass(frozen=True)
class Scanned:
    """What a person gave ``verify``: a serial, and the full or short code if any."""

    serial: str
    code: str | None = None
    short: str | None = None


def parse(text: str) -> Scanned:
    """Read a QR text, ``SERIAL CODE8`` or a bare serial (case and spaces forgiven)."""
    value = " ".join((text or "").strip().split()).upper()
    if value.startswith(PREFIX + ":"):
        parts = value.split(":")
        if len(parts) == 3:
            return Scanned(parts[1], code=parts[2])
        return Scanned(":".join(parts[1:]), code="")  # damaged: verifies as forged
    if " " in value:
        serial, short = value.split(" ", 1)
        return Scanned(_serial(serial), short=short.replace(" ", ""))
    return Scanned(_serial(value))


def _serial(value: str) -> str:
    """A typed serial with look-alikes of its base32 prefix mended (0→O, 1→I, 8→B)."""
    head, sep, tail = value.partition("-")
    return head.translate(str.maketrans("018", "OIB")) + sep + tail


def serial_prefix(installation_id: str) -> str:
    """The installation's serial prefix: 8 base32 characters (40 bits) of a hash of its id.

    Not the id's first hex digits: ids are time-ordered (UUIDv7), so schools
    set up on the same day would share them.  40 bits keep the chance that two
    of Kazakhstan's ~8,000 installations collide at about 3 in 100,000.
    """
    digest = hashlib.sha256(installation_id.encode("ascii")).digest()
    return base64.b32encode(digest).decode("ascii")[:8]
