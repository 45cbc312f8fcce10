"""Schema version 8: a tournament's rooms and the motion of each round.

- tournament.rooms: the rooms the organisers named (one per line, in the
  order they are given out); a new draw keeps a league's rooms of the round
  before and takes free named rooms for the rest.  Empty: rooms are numbered.
- motion: the motion (тақырып / тема) of one round of one league, with an
  optional info slide read out before it; shown on the draw sheet, the
  ballots, the projector and ``tournament show``.  One live row per
  tournament, league and round.  It travels in bundles like the draw.
"""
from __future__ import annotations

import sqlite3

from app.db.schema_v1 import ref
from app.db.schema_v5 import SYNC

TABLES = ("motion",)

STATEMENTS = [
    "ALTER TABLE tournament ADD COLUMN rooms TEXT",
    f"""CREATE TABLE motion ({SYNC},
    tournament_uid TEXT NOT NULL {ref('tournament')},
    league TEXT NOT NULL,
    round INTEGER NOT NULL,
    text TEXT NOT NULL,
    info_slide TEXT)""",
    "CREATE INDEX motion_stamp ON motion(stamp)",
    "CREATE INDEX motion_seen ON motion(seen)",
    "CREATE INDEX motion_round ON motion(tournament_uid, league, round)",
]


def apply(conn: sqlite3.Connection) -> None:
    """Add the rooms list and the motion table."""
    for statement in STATEMENTS:
        conn.execute(statement)
