"""Telling a server database's address from a file name, and showing it without its password.

Kept apart from :mod:`app.db.postgres` so that a school laptop (always a
file) never loads the PostgreSQL driver.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from app.paths import data_dir

SCHEMES = ("postgresql://", "postgres://")


def is_server_address(target: object) -> bool:
    """Whether ``target`` (a --db value) names a PostgreSQL database rather than a file."""
    return str(target).strip().lower().startswith(SCHEMES)


def safe_address(address: str) -> str:
    """``address`` without its password: what may be shown, logged and remembered."""
    parts = urlsplit(address)
    if parts.password is None:
        return address
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def local_place(address: str) -> Path:
    """Where this desktop keeps the files of a server database (kept bundles, logs).

    A name in the user's data folder made of the server, port and database,
    standing where a database file would: the folders kept beside a file
    (``<stem>-bundles``) then sit beside it.
    """
    parts = urlsplit(address)
    database = parts.path.lstrip("/") or "postgres"
    label = f"{parts.hostname or 'localhost'}-{parts.port or 5432}-{database}"
    label = re.sub(r"[^A-Za-z0-9._-]+", "_", label)[:120]
    return data_dir() / "servers" / label / f"{re.sub(r'[^A-Za-z0-9._-]+', '_', database)[:60]}.server"
