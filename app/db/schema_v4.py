"""Schema version 4: the verification code of certificates.

``certificate.code`` holds the Ed25519 signature (base32) the issuing
installation made over the certificate's serial, recipient, kind and date.
It travels in bundles with the row, so an office that imported a school's
bundles can verify a serial typed by hand, not only a scanned QR code.
"""
from __future__ import annotations

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    """Add ``certificate.code``."""
    conn.execute("ALTER TABLE certificate ADD COLUMN code TEXT")
