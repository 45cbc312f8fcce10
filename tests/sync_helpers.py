"""Installations for sync tests: schools and offices, each its own database file."""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

from app.db.store import close_database, current_store, open_database
from app.installation import init_installation
from app.sync.record_rules import specs


@contextlib.contextmanager
def opened(path: Path):
    """Open ``path`` as the current database for the block."""
    store = open_database(path)
    try:
        yield store
    finally:
        close_database(store)


def make(folder: Path, name: str, role: str = "school", region: str = "KZ-61") -> Path:
    """A new set-up installation; returns its database path."""
    path = folder / f"{name}.sqlite3"
    with opened(path):
        init_installation(role, name, region)
    return path


def card(db: Path, folder: Path) -> Path:
    """Write the installation's identity card; returns its path."""
    from app.sync.trust import write_identity_card

    with opened(db):
        return write_identity_card(folder / f"{db.stem}.card")


def trust_cards(db: Path, *cards: Path) -> None:
    """Make ``db`` trust each card."""
    from app.sync.trust import read_card, trust

    with opened(db):
        for c in cards:
            trust(read_card(c))


def add_people(db: Path, names: list[tuple[str, str]], birth=dt.date(2012, 5, 1)) -> list[str]:
    """Add people to ``db``; returns their uids."""
    from app.models import Person

    with opened(db):
        uids = []
        for surname, name in names:
            p = Person(surname=surname, name=name, birth_date=birth)
            p.save()
            uids.append(p.uid)
        return uids


def export(db: Path, out: Path, **kw):
    """Export the next bundle of ``db`` into folder ``out``."""
    from app.sync.export import export_bundle

    out.mkdir(parents=True, exist_ok=True)
    with opened(db):
        return export_bundle(out, **kw)


def import_(db: Path, *paths: Path, **kw):
    """Import bundles into ``db``; returns the batch summary."""
    from app.sync.batch import import_paths

    with opened(db):
        return import_paths(list(paths), **kw)


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every synced table's rows (without the local ``seen``), for comparing databases."""
    with opened(db):
        conn = current_store().db
        out = {}
        for table, spec in specs().items():
            cols = ", ".join(spec.columns)
            out[table] = conn.execute_sql(f"SELECT {cols} FROM {table} ORDER BY uid").fetchall()
        return out


def rewrite(bundle: Path, out: Path, change) -> Path:
    """Copy a bundle, letting ``change(members: dict[str, bytes])`` edit its members."""
    with zipfile.ZipFile(bundle) as zf:
        members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    change(members)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    out.write_bytes(buf.getvalue())
    return out


def resign(db: Path, members: dict[str, bytes], payload_name: str = "payload.jsonl") -> None:
    """Recompute the payload hash in the manifest and sign it with ``db``'s key (a forged-by-owner bundle)."""
    import hashlib

    from app.models import Installation
    from app.sync.minisign import sign

    manifest = json.loads(members["manifest.json"])
    payload = members[payload_name]
    manifest["payload"].update(sha256=hashlib.sha256(payload).hexdigest(), size=len(payload))
    members["manifest.json"] = json.dumps(manifest).encode()
    with opened(db):
        inst = Installation.get()
        members["manifest.json.minisig"] = sign(inst.secret_key, inst.public_key, members["manifest.json"],
                                                "resigned").encode()
