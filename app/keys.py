"""Light helpers about public keys (no cryptography import: used at start-up)."""
from __future__ import annotations

import base64
import hashlib


def fingerprint(public_key: bytes) -> str:
    """A short human-comparable fingerprint of a public key (groups of 4 hex digits)."""
    digest = hashlib.sha256(public_key).hexdigest()[:20].upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def public_key_text(public_key: bytes) -> str:
    """The public key in base64, as people paste it."""
    return base64.b64encode(public_key).decode("ascii")
