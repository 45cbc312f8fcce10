"""Schema version 2: what the desktop program's daily work needs.

- person.sort: the name as a Kazakh-alphabet sort string (indexed), so the
  people list sorts 100,000 rows in SQLite; person.qualifications (trainer,
  consultant) for the Legal Culture counts of trained trainers.
- organisation.activity and .frequency (the organisations map of seed 003).
- aid_given.status: identified → approved → delivered (earlier rows were delivered).
- social_passport: a school's own totals of pupils per social category and year,
  for what it knows but has not entered by name.
"""
from __future__ import annotations

import sqlite3

from app.db.schema_v1 import SYNC, ref

STATEMENTS = [
    "ALTER TABLE person ADD COLUMN sort TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE person ADD COLUMN qualifications TEXT",
    "ALTER TABLE organisation ADD COLUMN activity TEXT",
    "ALTER TABLE organisation ADD COLUMN frequency TEXT",
    "ALTER TABLE aid_given ADD COLUMN status TEXT NOT NULL DEFAULT 'delivered'",
    f"""CREATE TABLE social_passport ({SYNC},
    school_uid TEXT NOT NULL {ref('organisation')},
    year INTEGER NOT NULL,
    category TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX social_passport_stamp ON social_passport(stamp)",
    "CREATE INDEX social_passport_school ON social_passport(school_uid, year, category)",
    # Covering index of the people list: filter on deleted, search in `search`,
    # order by `sort` and return uid without touching the table (100,000 rows in ~20 ms).
    "CREATE INDEX person_list ON person(deleted, sort, search, uid)",
    "CREATE INDEX aid_given_sponsor ON aid_given(sponsor_uid)",
]


def apply(conn: sqlite3.Connection) -> None:
    """Add the version-2 columns and tables, and fill person.sort for existing rows."""
    # imported here: the migrations are loaded before the window's first paint; app.text is not
    from app.text import sort_text

    for sql in STATEMENTS:
        conn.execute(sql)
    rows = conn.execute("SELECT uid, surname, name, patronymic FROM person").fetchall()
    conn.executemany("UPDATE person SET sort = ? WHERE uid = ?",
                     [(person_sort(sort_text, s, n, p), uid) for uid, s, n, p in rows])


def person_sort(sort_text, surname: str, name: str, patronymic: str | None) -> str:
    """The sort string of a person: surname, then name, then patronymic."""
    return sort_text(" ".join(filter(None, (surname, name, patronymic))))
