"""Schema version 5: debate tournaments, contests, targets and debate clubs.

- tournament: the settings of a debate tournament held as an event of kind
  debate_tournament (stage, leagues, rounds, break size, score range, tie-break
  order, award rules, the draw's seed, the stage it was carried from).
- adjudicator, debate (one pairing of a round, or a bye), debate_adjudicator,
  ballot (one adjudicator's or the panel's result; a correction supersedes
  the earlier ballot and keeps it), break_team (the break as decided, with the
  organisers' reason at a tie), award (who gets which diploma or letter).
- contest, contest_work: nominations, age groups, works, jury places/scores.
- target: a region's own value for an indicator's target (the national
  defaults are data in resources/reference/targets.json).
- team.source_uid: the team of the earlier stage this team was carried from.
- organisation.members: the number of members of a club (debate clubs).
"""
from __future__ import annotations

import sqlite3

from app.db.schema_v1 import ref

SYNC = """
    uid TEXT PRIMARY KEY NOT NULL,
    origin TEXT NOT NULL,
    stamp INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    seen INTEGER NOT NULL DEFAULT 0"""

TABLES = ("tournament", "adjudicator", "debate", "debate_adjudicator", "ballot", "break_team",
          "award", "contest", "contest_work", "target")

STATEMENTS = [
    "ALTER TABLE team ADD COLUMN source_uid TEXT",
    "ALTER TABLE organisation ADD COLUMN members INTEGER",
    f"""CREATE TABLE tournament ({SYNC},
    event_uid TEXT NOT NULL {ref('event')},
    stage TEXT NOT NULL DEFAULT 'school',
    leagues TEXT NOT NULL DEFAULT 'kk,ru,en',
    rounds INTEGER NOT NULL DEFAULT 4,
    break_size INTEGER NOT NULL DEFAULT 8,
    score_min REAL NOT NULL DEFAULT 60,
    score_max REAL NOT NULL DEFAULT 80,
    score_step REAL NOT NULL DEFAULT 1,
    low_point_wins INTEGER NOT NULL DEFAULT 0,
    tiebreaks TEXT NOT NULL DEFAULT 'wins,points,head_to_head,draw_strength',
    speakers_rule TEXT NOT NULL DEFAULT 'total',
    awards TEXT,
    seed INTEGER NOT NULL DEFAULT 1,
    previous_uid TEXT)""",
    f"""CREATE TABLE adjudicator ({SYNC},
    tournament_uid TEXT NOT NULL {ref('tournament')},
    person_uid TEXT NOT NULL {ref('person')},
    school_uid TEXT {ref('organisation')},
    league TEXT,
    notes TEXT)""",
    f"""CREATE TABLE debate ({SYNC},
    tournament_uid TEXT NOT NULL {ref('tournament')},
    league TEXT NOT NULL,
    round INTEGER NOT NULL,
    elimination INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    room TEXT,
    gov_uid TEXT {ref('team')},
    opp_uid TEXT {ref('team')},
    winner TEXT,
    decided TEXT,
    warnings TEXT)""",
    f"""CREATE TABLE debate_adjudicator ({SYNC},
    debate_uid TEXT NOT NULL {ref('debate')},
    adjudicator_uid TEXT NOT NULL {ref('adjudicator')},
    chair INTEGER NOT NULL DEFAULT 0)""",
    f"""CREATE TABLE ballot ({SYNC},
    debate_uid TEXT NOT NULL {ref('debate')},
    adjudicator_uid TEXT {ref('adjudicator')},
    winner TEXT NOT NULL,
    pm_uid TEXT {ref('person')},
    pm_score REAL,
    mg_uid TEXT {ref('person')},
    mg_score REAL,
    lo_uid TEXT {ref('person')},
    lo_score REAL,
    mo_uid TEXT {ref('person')},
    mo_score REAL,
    status TEXT NOT NULL DEFAULT 'active',
    replaces_uid TEXT,
    reason TEXT,
    entered_at TEXT)""",
    f"""CREATE TABLE break_team ({SYNC},
    tournament_uid TEXT NOT NULL {ref('tournament')},
    league TEXT NOT NULL,
    team_uid TEXT NOT NULL {ref('team')},
    seed INTEGER NOT NULL,
    reason TEXT)""",
    f"""CREATE TABLE award ({SYNC},
    event_uid TEXT NOT NULL {ref('event')},
    tournament_uid TEXT {ref('tournament')},
    league TEXT,
    kind TEXT NOT NULL,
    title TEXT,
    rank INTEGER,
    person_uid TEXT {ref('person')},
    team_uid TEXT {ref('team')},
    reason TEXT,
    certificate_uid TEXT)""",
    f"""CREATE TABLE contest ({SYNC},
    event_uid TEXT NOT NULL {ref('event')},
    nominations TEXT NOT NULL DEFAULT '',
    age_groups TEXT NOT NULL DEFAULT '7-10,11-13,14-17',
    scoring TEXT NOT NULL DEFAULT 'places',
    winners_up_to INTEGER NOT NULL DEFAULT 3)""",
    f"""CREATE TABLE contest_work ({SYNC},
    contest_uid TEXT NOT NULL {ref('contest')},
    person_uid TEXT NOT NULL {ref('person')},
    nomination TEXT NOT NULL,
    title TEXT,
    submitted TEXT,
    score REAL,
    place INTEGER,
    notes TEXT)""",
    f"""CREATE TABLE target ({SYNC},
    indicator TEXT NOT NULL,
    region TEXT,
    value REAL NOT NULL,
    notes TEXT)""",
]

INDEXES = [f"CREATE INDEX {t}_stamp ON {t}(stamp)" for t in TABLES] + [
    f"CREATE INDEX {t}_seen ON {t}(seen)" for t in TABLES] + [
    "CREATE INDEX tournament_event ON tournament(event_uid)",
    "CREATE INDEX adjudicator_tournament ON adjudicator(tournament_uid)",
    "CREATE INDEX debate_round ON debate(tournament_uid, league, round)",
    "CREATE INDEX debate_adjudicator_debate ON debate_adjudicator(debate_uid)",
    "CREATE INDEX ballot_debate ON ballot(debate_uid, status)",
    "CREATE INDEX break_team_tournament ON break_team(tournament_uid, league)",
    "CREATE INDEX award_event ON award(event_uid)",
    "CREATE INDEX award_person ON award(person_uid)",
    "CREATE INDEX contest_event ON contest(event_uid)",
    "CREATE INDEX contest_work_contest ON contest_work(contest_uid, nomination)",
    "CREATE INDEX contest_work_person ON contest_work(person_uid)",
    "CREATE INDEX target_indicator ON target(indicator, region)",
    # The indicators report reads attendance person by person from this covering index (no table
    # rows, no sort): see app.reports.data.  event_uid second: lookups by event and person keep
    # their plans (attendance_event_person), as the columns the report filters on come last.
    "CREATE INDEX attendance_report ON attendance(person_uid, event_uid, status, deleted)",
    # Its first column serves every lookup attendance_person served; two indexes led by
    # person_uid would only slow down imports (400,000 rows: +75 % with both, +15 % with one).
    "DROP INDEX attendance_person",
]


def apply(conn: sqlite3.Connection) -> None:
    """Add the tournament, contest and target tables."""
    for sql in STATEMENTS + INDEXES:
        conn.execute(sql)
