"""Counts and facts about the open database (for `info`, Help → About and the home page)."""
from __future__ import annotations

from typing import Any

from app import __version__
from app.db import migrations
from app.db.store import Store, current_store
from app.installation import get_installation
from app.keys import fingerprint
from app.models import SYNCED_MODELS


def record_counts() -> dict[str, int]:
    """Live (not deleted) records per synced table, in one statement (the overview shows them at start-up)."""
    tables = [m._meta.table_name for m in SYNCED_MODELS]
    counts = ", ".join(f'(SELECT count(*) FROM "{table}" WHERE deleted = 0)' for table in tables)
    row = current_store().db.execute_sql(f"SELECT {counts}").fetchone()
    return {table: int(count) for table, count in zip(tables, row, strict=True)}


def database_info(store: Store) -> dict[str, Any]:
    """Version, path, size, schema, installation and key fingerprint, and counts."""
    inst = get_installation()
    if store.engine == "postgresql":
        size = int(store.db.execute_sql("SELECT pg_database_size(current_database())").fetchone()[0])
    else:
        size = store.path.stat().st_size if store.path.exists() else 0
    info: dict[str, Any] = {
        "version": __version__, "database": store.location, "engine": store.engine, "size_bytes": size,
        "schema_version": migrations.schema_version(store.db.connection()),
    }
    if inst is not None:
        info.update({"installation": inst.id, "role": inst.role, "name": inst.name,
                     "region": inst.region, "district": inst.district,
                     "fingerprint": fingerprint(inst.public_key)})
    info["counts"] = record_counts()
    return info
