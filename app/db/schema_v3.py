"""Schema version 3: what sync bundles need.

- ``seen`` on every synced table: the local clock when this database last
  wrote the record (a local edit or an import).  Exports pick records by it,
  so an office's consolidated bundle carries what it *received* since its
  last export, whatever the original change stamps say.
- installation.age_identity: an office's age (X25519) secret, for bundles
  encrypted to it.
- peer: installations this one trusts (or has revoked), from identity cards
  or a first bundle.
- export_log / bundle_log: bundles written here, bundles imported here.
"""
from __future__ import annotations

import sqlite3

from app.db.schema_v1 import ALL_SYNCED_TABLES

STATEMENTS = [
    "ALTER TABLE installation ADD COLUMN age_identity TEXT",
    """CREATE TABLE peer (
    id TEXT PRIMARY KEY NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    region TEXT,
    district TEXT,
    public_key BLOB NOT NULL,
    age_recipient TEXT,
    source TEXT NOT NULL,
    trusted_at TEXT NOT NULL,
    revoked_at TEXT)""",
    """CREATE TABLE export_log (
    sequence INTEGER PRIMARY KEY NOT NULL,
    full INTEGER NOT NULL DEFAULT 0,
    seen_from INTEGER NOT NULL,
    seen_to INTEGER NOT NULL,
    records INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    stored_path TEXT,
    created_at TEXT NOT NULL)""",
    """CREATE TABLE bundle_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    installation TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    full INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT NOT NULL,
    status TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    source TEXT,
    summary TEXT NOT NULL)""",
    "CREATE INDEX bundle_log_sender ON bundle_log(installation, sequence)",
]


def apply(conn: sqlite3.Connection) -> None:
    """Add the sync tables and the ``seen`` column (filled from ``stamp``)."""
    for sql in STATEMENTS:
        conn.execute(sql)
    for table in ALL_SYNCED_TABLES:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN seen INTEGER NOT NULL DEFAULT 0")
        conn.execute(f"UPDATE {table} SET seen = stamp")
        conn.execute(f"CREATE INDEX {table}_seen ON {table}(seen)")
