"""Who may write what: the one place that says which installation may send which record.

Authority comes from the receiver's trust, never from the bundle: the sender's
role and region are those of the identity card the receiver trusted (the
``peer`` row), whatever the manifest says.  The rules, like CouchDB's
``validate_doc_update``, are checked for every record:

- A school sends only records it made itself (``origin`` is the school).
- An office (or the national centre) also forwards records it holds from
  others: upwards, its schools' records with their own origins; downwards
  (to a school), the targets of the level above.
- ``target`` rows (the programmes' target values) are written only by an
  office, for its own region, or by the national centre, for the country
  (``region`` empty); a school never overrides them.
- A record's origin never changes once the receiver holds it: a record
  that names another owner for a uid already held is a takeover, rejected.
- A change stamp later than the receiver's clock plus :data:`CLOCK_TOLERANCE_MS`
  means the sending computer's clock is wrong; the record is rejected and
  never stored (a stamp in 2200 would freeze the record for ever, and one
  near 2**63 would overflow every later stamp of the receiver).

Which bundle goes to whom is decided here too (:func:`tables_for`): an office
sends a school only its targets, never other schools' children.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.ids import CLOCK_TOLERANCE_MS, stamp_limit  # noqa: F401 - part of the rules stated here

SCHOOL, OFFICE, NATIONAL = "school", "office", "national"
RANK = {SCHOOL: 0, OFFICE: 1, NATIONAL: 2}

# Tables holding data about people and events: anyone may make their own.
_EVERYONE = frozenset({SCHOOL, OFFICE, NATIONAL})
# Values that only a level above the schools decides.
WRITERS: dict[str, frozenset[str]] = {"target": frozenset({OFFICE, NATIONAL})}
# What a level above sends down: only what the receiver needs, and no personal data.
DOWNWARD_TABLES = frozenset({"target"})


def writers(table: str) -> frozenset[str]:
    """The roles whose installations may make records of ``table``."""
    return WRITERS.get(table, _EVERYONE)


@dataclass(frozen=True)
class Party:
    """An installation as the receiver knows it (its own row, or a trusted card)."""

    id: str
    role: str
    region: str | None


def direction(sender: Party, receiver: Party) -> str:
    """``up`` (to a level above), ``down`` (to a level below) or ``across`` (same level)."""
    a, b = RANK.get(sender.role, -1), RANK.get(receiver.role, -1)
    return "up" if a < b else "down" if a > b else "across"


def refuse_bundle(sender: Party, receiver: Party) -> str | None:
    """Why the receiver takes nothing from this sender at all (None: it may send)."""
    if sender.role not in RANK or receiver.role not in RANK:
        return "unknown role"
    if direction(sender, receiver) == "across":
        return f"a {sender.role} does not send bundles to another {receiver.role}"
    return None


def refuse_record(table: str, record: dict, sender: Party, receiver: Party, peers: dict[str, Party]) -> str | None:
    """Why ``record`` from ``sender`` may not be taken (None: it may).

    ``peers`` holds the installations the receiver trusts, by id; a record
    forwarded from one of them must come from the level it belongs to.
    """
    origin = record["origin"]
    way = direction(sender, receiver)
    if way == "down" and table not in DOWNWARD_TABLES:
        return f"a {sender.role} does not send {table} records to a {receiver.role}"
    if origin == sender.id:
        if sender.role not in writers(table):
            return f"a {sender.role} may not set {table} records"
    else:
        if sender.role == SCHOOL:
            return "a school may only send its own records"
        known = peers.get(origin)
        if known is not None and RANK.get(known.role, 9) >= RANK[sender.role]:
            return f"a {sender.role} may not forward the records of a {known.role}"
        if known is not None and sender.role == OFFICE and known.region != sender.region:
            return "an office may only forward the records of its own region"
        if table in WRITERS and way != "down":
            return f"{table} records are forwarded only downwards"
    if table == "target":
        region = record.get("region")
        author = sender if origin == sender.id else peers.get(origin)
        if author is None:
            # Forwarded down by the trusted office from a level the receiver has no card of:
            # only the country's values (the national centre's) come that way.
            if region is not None:
                return "a forwarded target must be the country's (no region)"
        elif author.role == OFFICE and region != author.region:
            return "an office may only set the targets of its own region"
        elif author.role == NATIONAL and region is not None:
            return "the national centre sets the country's targets (no region)"
    return None


def tables_for(sender: Party, receiver: Party | None) -> frozenset[str] | None:
    """The tables a bundle from ``sender`` to ``receiver`` carries (None: every table)."""
    if receiver is not None and direction(sender, receiver) == "down":
        return DOWNWARD_TABLES
    return None
