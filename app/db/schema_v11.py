"""Schema version 11: adjudicators' ratings, panel sizes and team / speaker categories.

- adjudicator.rating: 0.0–10.0 in steps of 0.5 (5.0 for those registered
  before); the higher rating chairs and goes to the top brackets.
- tournament.panel_size: adjudicators per qualifying debate (1 or 3).
- tournament.elim_panel_size: adjudicators per elimination debate (1, 3 or 5).
- tournament.category_break_size: teams of each category (novice, junior)
  breaking in their own category break beside the open break (0: none).
- team.category: the team's category (``novice``, ``junior``; NULL: open).
- team_member.category: the speaker's own category (NULL: the team's).

All travel in bundles with their rows; the numbers are range-checked when a
bundle brings them (app/sync/record_rules.py).
"""
from __future__ import annotations

import sqlite3

STATEMENTS = [
    "ALTER TABLE adjudicator ADD COLUMN rating REAL NOT NULL DEFAULT 5.0",
    "ALTER TABLE tournament ADD COLUMN panel_size INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE tournament ADD COLUMN elim_panel_size INTEGER NOT NULL DEFAULT 3",
    "ALTER TABLE tournament ADD COLUMN category_break_size INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE team ADD COLUMN category TEXT",
    "ALTER TABLE team_member ADD COLUMN category TEXT",
]


def apply(conn: sqlite3.Connection) -> None:
    """Add ratings, panel sizes and categories."""
    for statement in STATEMENTS:
        conn.execute(statement)
