"""Forging bundles as a hostile school would: unpack a genuine one, change it, sign it with the school's key.

Shared by the attack tests (tests/test_sync_trust*.py, tests/test_sync_redteam.py); the format is the
one docs/bundle-format.md documents.
"""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest

from tests.sync_helpers import add_people, card, export, import_, make, opened, trust_cards


def members_of(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as zf:
        return {i.filename: zf.read(i.filename) for i in zf.infolist()}


def forge(signer: Path, bundle: Path, out: Path, records=None, manifest=None) -> Path:
    """Rewrite a plaintext bundle: ``records(list[dict]) -> list[dict]``, ``manifest(dict)``; re-signed."""
    lines = [json.loads(x) for x in members_of(bundle)["payload.jsonl"].decode().splitlines() if x.strip()]
    if records is not None:
        lines = records(lines)
    payload = ("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)).encode()
    return forge_raw(signer, bundle, out, payload, manifest)


def forge_raw(signer: Path, bundle: Path, out: Path, payload: bytes, manifest=None) -> Path:
    """Like ``forge`` with the payload bytes given as they are; the manifest signed by ``signer``'s key
    under the next sequence number (not the genuine bundle's)."""
    from app.models import Installation
    from app.sync.minisign import sign

    head = json.loads(members_of(bundle)["manifest.json"])
    head["payload"].update(sha256=hashlib.sha256(payload).hexdigest(), size=len(payload))
    head.update(sequence=head["sequence"] + 1, previous=head["sequence"])
    if manifest is not None:
        manifest(head)
    raw = json.dumps(head, ensure_ascii=False).encode()
    with opened(signer):
        inst = Installation.get()
        sig = sign(inst.secret_key, inst.public_key, raw, "forged")
    return write_zip(out, {"manifest.json": raw, "manifest.json.minisig": sig.encode(), "payload.jsonl": payload})


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    """A ZIP of ``members`` at ``path``."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    path.write_bytes(buf.getvalue())
    return path


@pytest.fixture
def region(tmp_path):
    """An office that trusts schools A and B by their cards; B's child is already at the office."""
    office = make(tmp_path, "office", "office")
    a, b = make(tmp_path, "school-a"), make(tmp_path, "school-b")
    trust_cards(office, card(a, tmp_path), card(b, tmp_path))
    (child,) = add_people(b, [("Бөкейханова", "Әйгерім")])
    with opened(b):
        from app.models import Person

        p = Person.get_by_id(child)
        p.iin = "120501600015"
        p.save()
    b1 = export(b, tmp_path / "b1", plaintext=True)
    assert import_(office, b1.path).bundles[0].status == "imported"
    add_people(a, [("Ахметов", "Бауыржан")])
    a1 = export(a, tmp_path / "a1", plaintext=True)
    with opened(b) as store:
        from app.sync.record_rules import specs

        columns = specs()["person"].columns
        row = store.db.execute_sql(f"SELECT {', '.join(columns)} FROM person WHERE uid = ?", (child,)).fetchone()
        held = dict(zip(columns, row))
    return {"office": office, "a": a, "b": b, "child": child, "child_row": held, "a1": a1.path,
            "dir": tmp_path}


def person_at(db: Path, uid: str):
    from app.models import Person

    with opened(db):
        return Person.get_or_none(Person.uid == uid)


def child_record(region, **changes) -> dict:
    row = dict(region["child_row"])
    row["deleted"] = bool(row["deleted"])
    row.update(changes)
    return {"table": "person", "record": row}


def installation_id(db: Path) -> str:
    from app.models import Installation

    with opened(db):
        return Installation.get().id
