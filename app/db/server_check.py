"""``check`` on a PostgreSQL server: the schema and the Kazakh-aware functions are what Tirkeu expects."""
from __future__ import annotations

from typing import Any

from app.db import migrations, pg_functions
from app.text import fold, kazakh_sorted

#: Words whose folding and order the check compares with the program's own.
SAMPLES = ("ӘЛІБЕКОВА", "Нұрмағамбетов", "Ёлкин", "Ілияс", "Ыбырай", "Аман", "Өмір", "Ұлан", "Үміт", "Һ")


def check_server_database(store: Any) -> list[str]:
    """Problems found (empty when the database is as this version of Tirkeu expects)."""
    conn = store.db.connection()
    problems: list[str] = []
    version = migrations.schema_version(conn)
    if version != migrations.LATEST:
        problems.append(f"schema version {version}, expected {migrations.LATEST}")
    row = conn.execute("SELECT value FROM tirkeu_engine WHERE key = 'functions'").fetchone()
    if not row or int(row[0]) != pg_functions.VERSION:
        problems.append(f"server functions version {row[0] if row else None}, expected {pg_functions.VERSION}")
    for word in SAMPLES:
        got = conn.execute("SELECT tirkeu_fold(?)", (word,)).fetchone()[0]
        if got != fold(word):
            problems.append(f"tirkeu_fold({word!r}) = {got!r} on the server, {fold(word)!r} in Tirkeu")
    values = " UNION ALL ".join("SELECT ?::text AS w" for _ in SAMPLES)
    order = [r[0] for r in conn.execute(f"SELECT w FROM ({values}) s ORDER BY w COLLATE KAZAKH", SAMPLES).fetchall()]
    if order != kazakh_sorted(SAMPLES):
        problems.append(f"Kazakh order on the server {order}, in Tirkeu {kazakh_sorted(SAMPLES)}")
    for (table,) in conn.execute("SELECT c.conrelid::regclass::text FROM pg_constraint c "
                                 "WHERE c.contype = 'f' AND NOT c.convalidated").fetchall():
        problems.append(f"{table}: a foreign key is not validated")
    return problems
