"""Schema version 12: the people with a qualification have an index of their own.

- person_qualified: a partial index on ``qualifications`` of the people who
  have one.  The report counts the trainers and consultants of its scope;
  without the index it read every person of the file (a nation's million
  people: 0.16 s on SQLite, 0.3 s on a server) to find a few hundred.  The
  index holds only those few, so it costs an import of pupils nothing.
- On a PostgreSQL server, attendance_event_person also carries each
  attendance's status and deleted flag (``INCLUDE``): the report reads an
  event's attendances from the index alone (a region of the national file:
  250,000 table rows not fetched, three times over).  SQLite has no
  ``INCLUDE``; its report reads the attendance by person from its own
  covering index (attendance_report).
"""
from __future__ import annotations

import sqlite3

STATEMENTS = [
    "CREATE INDEX person_qualified ON person(qualifications) WHERE qualifications IS NOT NULL",
]


SERVER_STATEMENTS = [
    "CREATE UNIQUE INDEX attendance_event_person_v12 ON attendance(event_uid, person_uid) INCLUDE (status, deleted)",
    "DROP INDEX attendance_event_person",
    "ALTER INDEX attendance_event_person_v12 RENAME TO attendance_event_person",
]


def apply(conn: sqlite3.Connection) -> None:
    """Index the people who have a qualification; on a server, the attendance's status beside its event."""
    for statement in STATEMENTS:
        conn.execute(statement)
    if getattr(conn, "tirkeu_engine", "sqlite") == "postgresql":
        for statement in SERVER_STATEMENTS:
            conn.execute(statement)
