"""Schema version 9: real-life rounds' settings of a tournament.

- tournament.iron_person: 1 when one speaker may give both speeches of a team
  short of a speaker (the ballot check and ``import-results`` then accept it).
- tournament.speaker_min_rounds: with speakers ranked by average, the least
  number of rounds spoken to be ranked (0: everyone is ranked).

Both travel in bundles with the tournament row.
"""
from __future__ import annotations

import sqlite3

STATEMENTS = [
    "ALTER TABLE tournament ADD COLUMN iron_person INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE tournament ADD COLUMN speaker_min_rounds INTEGER NOT NULL DEFAULT 0",
]


def apply(conn: sqlite3.Connection) -> None:
    """Add the iron-person and least-rounds settings to the tournament."""
    for statement in STATEMENTS:
        conn.execute(statement)
