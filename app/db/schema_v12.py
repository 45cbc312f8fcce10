"""Schema version 12: the people with a qualification have an index of their own.

- person_qualified: a partial index on ``qualifications`` of the people who
  have one.  The report counts the trainers and consultants of its scope;
  without the index it read every person of the file (a nation's million
  people: 0.16 s on SQLite, 0.3 s on a server) to find a few hundred.  The
  index holds only those few, so it costs an import of pupils nothing.
"""
from __future__ import annotations

import sqlite3

STATEMENTS = [
    "CREATE INDEX person_qualified ON person(qualifications) WHERE qualifications IS NOT NULL",
]


def apply(conn: sqlite3.Connection) -> None:
    """Index the people who have a qualification."""
    for statement in STATEMENTS:
        conn.execute(statement)
