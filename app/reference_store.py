"""Copy the reference data shipped in resources/reference/ into the database.

Reference data is data, not code: the office can add items (``builtin = 0``)
and those are never overwritten; the shipped ones are refreshed when the files
change (their hash is remembered, so an unchanged start costs one query).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from peewee import Database

from app.resources_path import resource_dir

REFERENCE_DIR = resource_dir() / "reference"
_HASH_KEY = "reference_hash"


def _files() -> list[Path]:
    return sorted(REFERENCE_DIR.glob("*.json"))


def refresh_reference(db: Database) -> bool:
    """Upsert shipped reference items when resources changed; True when it wrote."""
    files = _files()
    digest = hashlib.sha256(b"".join(f.name.encode() + f.read_bytes() for f in files)).hexdigest()
    row = db.execute_sql("SELECT value FROM meta WHERE key = ?", (_HASH_KEY,)).fetchone()
    if row and row[0] == digest:
        return False
    rows = []
    for path in files:
        kind = path.stem
        for index, item in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            extra = {k: v for k, v in item.items() if k not in ("code", "kk", "ru", "en", "sort")}
            rows.append((kind, item["code"], item["kk"], item["ru"], item["en"],
                         json.dumps(extra, ensure_ascii=False), item.get("sort", index)))
    with db.atomic():
        db.execute_sql("DELETE FROM reference_item WHERE builtin = 1")
        db.connection().executemany(
            "INSERT OR REPLACE INTO reference_item (kind, code, name_kk, name_ru, name_en, data, sort, builtin)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 1)", rows)
        db.execute_sql("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_HASH_KEY, digest))
    return True
