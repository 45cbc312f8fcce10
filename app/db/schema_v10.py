"""Schema version 10: per-round availability of a tournament's teams.

- tournament.absences: JSON {team uid: [round, …]}, the qualifying rounds a
  team is known to miss; the draw of such a round leaves the team out without
  withdrawing it.  Empty (NULL) when nobody is away.

It travels in bundles with the tournament row.
"""
from __future__ import annotations

import sqlite3

STATEMENTS = [
    "ALTER TABLE tournament ADD COLUMN absences TEXT",
]


def apply(conn: sqlite3.Connection) -> None:
    """Add the teams' per-round absences to the tournament."""
    for statement in STATEMENTS:
        conn.execute(statement)
