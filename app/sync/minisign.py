"""Signatures in minisign's format, made with the installation's Ed25519 key.

So that anyone can check a bundle with the standard tool (``minisign -V``),
signatures are written exactly as minisign writes them: the prehashed
variant ("ED": Ed25519 over BLAKE2b-512 of the file) plus the global
signature over the signature and the trusted comment.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import KnownError
from app.i18n import Msg

PREHASHED = b"ED"
KEY_ALG = b"Ed"


class SignatureError(KnownError):
    """A signature is missing, malformed or does not match."""


def key_id(public_key: bytes) -> bytes:
    """The 8-byte key id minisign shows, derived from the public key (stable)."""
    return hashlib.sha256(b"tirkeu-key-id" + public_key).digest()[:8]


def public_key_line(public_key: bytes) -> str:
    """The public key as minisign prints it (``RW…``), for ``minisign -P``."""
    return base64.b64encode(KEY_ALG + key_id(public_key) + public_key).decode("ascii")


def public_key_file(public_key: bytes, comment: str) -> str:
    """A minisign public key file (``-p FILE``)."""
    return f"untrusted comment: {comment}\n{public_key_line(public_key)}\n"


def parse_public_key(line: str) -> bytes:
    """The raw Ed25519 key of a minisign public key line or file."""
    lines = line.strip().splitlines()
    if not lines:
        raise SignatureError(Msg("Sync", "The public key is not valid."))
    text = lines[-1].strip()
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise SignatureError(Msg("Sync", "The public key is not valid.")) from exc
    if len(raw) != 42 or raw[:2] != KEY_ALG or raw[2:10] != key_id(raw[10:]):
        raise SignatureError(Msg("Sync", "The public key is not valid."))
    return raw[10:]


def sign(secret_key: bytes, public_key: bytes, data: bytes, trusted_comment: str,
         untrusted_comment: str = "signature from tirkeu") -> str:
    """A ``.minisig`` text for ``data``."""
    key = Ed25519PrivateKey.from_private_bytes(secret_key)
    signature = key.sign(hashlib.blake2b(data, digest_size=64).digest())
    global_signature = key.sign(signature + trusted_comment.encode("utf-8"))
    line = base64.b64encode(PREHASHED + key_id(public_key) + signature).decode("ascii")
    return (f"untrusted comment: {untrusted_comment}\n{line}\n"
            f"trusted comment: {trusted_comment}\n{base64.b64encode(global_signature).decode('ascii')}\n")


@dataclass
class Verified:
    """A signature that checked out: its key id and trusted comment."""

    key_id: bytes
    trusted_comment: str


def verify(signature_text: str, data: bytes, public_key: bytes) -> Verified:
    """Check a ``.minisig`` over ``data`` against ``public_key``; raises SignatureError."""
    bad = SignatureError(Msg("Sync", "The signature does not match: the file was changed after it "
                                     "was signed, or it was signed by another key."))
    lines = signature_text.replace("\r\n", "\n").split("\n")
    if len(lines) < 4 or not lines[0].startswith("untrusted comment:") \
            or not lines[2].startswith("trusted comment: "):
        raise SignatureError(Msg("Sync", "The signature file is damaged."))
    try:
        raw = base64.b64decode(lines[1].strip(), validate=True)
        global_signature = base64.b64decode(lines[3].strip(), validate=True)
    except ValueError as exc:
        raise SignatureError(Msg("Sync", "The signature file is damaged.")) from exc
    if len(raw) != 74 or raw[:2] != PREHASHED or len(global_signature) != 64:
        raise SignatureError(Msg("Sync", "The signature file is damaged."))
    if raw[2:10] != key_id(public_key):
        raise bad
    comment = lines[2][len("trusted comment: "):]
    key = Ed25519PublicKey.from_public_bytes(public_key)
    try:
        key.verify(raw[10:], hashlib.blake2b(data, digest_size=64).digest())
        key.verify(global_signature, raw[10:] + comment.encode("utf-8"))
    except InvalidSignature as exc:
        raise bad from exc
    return Verified(raw[2:10], comment)
