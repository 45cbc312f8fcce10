"""Schema version 6: a change counter that cannot skip a record, and bundle routing.

- change_clock: one row holding the last ``seen`` value handed out.  ``seen``
  used to be the writing process's hybrid clock, so an export could pass over
  a record that another process (the window beside the command line) had
  stamped earlier but committed later, or that a process with a slower clock
  wrote after an export by a process with a faster one.  Now every write takes
  the next number from this row inside its own transaction; taking it needs
  SQLite's write lock, which is held until the commit, so numbers are handed
  out in commit order and an export that holds the lock sees every number up
  to the counter's value.  The counter starts above every ``seen`` held and
  every range already exported, so nothing exported before is sent again and
  nothing written before is skipped.
- export_log.receiver: which installation a bundle was written for ('' for
  none: an unencrypted bundle); each receiver gets the changes since the last
  bundle written for it.  Bundles already written are given to the office the
  school trusted (or the national centre the office trusted) when there was
  exactly one, so their numbering goes on unbroken.
- bundle_log.previous: the sequence of the sender's previous bundle for this
  receiver, as its manifest names it; gaps are found from these links.
"""
from __future__ import annotations

import sqlite3

from app.db.schema_v1 import ALL_SYNCED_TABLES
from app.db.schema_v5 import TABLES as V5_TABLES


def apply(conn: sqlite3.Connection) -> None:
    """Add the change counter and the routing columns."""
    conn.execute("CREATE TABLE change_clock (id INTEGER PRIMARY KEY CHECK (id = 1), seen INTEGER NOT NULL)")
    highest = 0
    for table in ALL_SYNCED_TABLES + V5_TABLES:
        (value,) = conn.execute(f"SELECT max(seen) FROM {table}").fetchone()
        highest = max(highest, value or 0)
    (exported,) = conn.execute("SELECT max(seen_to) FROM export_log").fetchone()
    highest = max(highest, exported or 0)
    conn.execute("INSERT INTO change_clock (id, seen) VALUES (1, ?)", (highest,))

    conn.execute("ALTER TABLE export_log ADD COLUMN receiver TEXT NOT NULL DEFAULT ''")
    row = conn.execute("SELECT role FROM installation LIMIT 1").fetchone()
    above = {"school": ("office", "national"), "office": ("national",)}.get(row[0] if row else "", ())
    if above:
        marks = ",".join("?" * len(above))
        peers = conn.execute(f"SELECT id FROM peer WHERE revoked_at IS NULL AND role IN ({marks})",
                             above).fetchall()
        if len(peers) == 1:
            conn.execute("UPDATE export_log SET receiver = ?", (peers[0][0],))
    conn.execute("CREATE INDEX export_log_receiver ON export_log(receiver, sequence)")
    conn.execute("ALTER TABLE bundle_log ADD COLUMN previous INTEGER")
