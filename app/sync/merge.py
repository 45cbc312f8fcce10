"""Writing a bundle's valid records into the database (inside the caller's transaction).

Every record is classified against what is held: created, updated (a later
version), unchanged, ignored (an older version, or this installation's own
record coming back) or a conflict (same version, other content: the larger
content hash wins, so the result does not depend on the import order).
Records whose references point nowhere are rejected, with their children.
Work is done a chunk at a time with ``executemany``: an office imports
hundreds of thousands of records.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any

from app.db.changes import next_seen
from app.db.store import current_store
from app.sync.record_rules import TableSpec, specs

CHUNK = 2000


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _in(conn, column: str, values: list) -> tuple[str, list]:
    """``column IN (…)`` for ``values``: one array parameter on a server (2,000 placeholders there cost
    more to send and parse than the look-up itself), a placeholder each on SQLite.

    Uids (the usual values) go to a server as one comma-separated text that it splits: psycopg
    quotes a list's texts one by one (~4 us each, 2 s of an office import of 500,000 records).
    """
    if getattr(conn, "tirkeu_engine", "sqlite") == "postgresql":
        if values and all(type(v) is str and v for v in values):
            joined = ",".join(values)
            if joined.count(",") == len(values) - 1:  # no value holds a comma itself
                return f"{column} = ANY(string_to_array(?, ','))", [joined]
        return f"{column} = ANY(?)", [list(values)]
    return f"{column} IN ({','.join('?' * len(values))})", list(values)


def _existing_uids(conn, table: str, uids: Iterable[str], origin: str | None = None) -> set[str]:
    """The uids held in ``table`` (only those owned by ``origin``, when given)."""
    found: set[str] = set()
    wanted = list(set(uids))
    owned = " AND origin = ?" if origin else ""
    for chunk in _chunks(wanted, 900):
        where, params = _in(conn, "uid", chunk)
        found.update(r[0] for r in conn.execute(f"SELECT uid FROM {table} WHERE {where}{owned}",
                                                params + ([origin] if origin else [])))
    return found


# Text columns that name another record without a foreign key (kept loose on purpose: a
# corrected ballot or certificate may arrive before the one it replaces).
SOFT_REFERENCES: dict[tuple[str, str], str] = {
    ("certificate", "replaces_uid"): "certificate", ("ballot", "replaces_uid"): "ballot",
    ("team", "source_uid"): "team", ("tournament", "previous_uid"): "tournament",
    ("award", "certificate_uid"): "certificate",
}


def _content_hash(record: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def check_references(records: dict[str, list[dict]], summary, same_origin: str | None = None) -> None:
    """Reject records pointing at rows neither held nor in the bundle (and what hangs on them).

    With ``same_origin`` (a school's bundle), every reference must be a record of that school:
    a school holds nothing of other schools, so a reference to one is an attempt to attach
    records to another school's event, child or certificate.
    """
    conn = current_store().db.connection()
    present: dict[str, set[str]] = {t: {r["uid"] for r in rows} for t, rows in records.items()}
    for table, spec in specs().items():
        soft = [(c, t) for (tb, c), t in SOFT_REFERENCES.items() if tb == table] if same_origin else []
        if not (spec.references or soft) or not records[table]:
            continue
        missing_by_target: dict[tuple[str, str], set[str]] = {}  # (column, target table) → uids
        for column, target in spec.references:
            wanted = {r[column] for r in records[table] if r.get(column)} - present.get(target, set())
            if wanted:
                missing_by_target[(column, target)] = wanted - _existing_uids(conn, target, wanted, same_origin)
        for column, target in soft:
            wanted = {r[column] for r in records[table] if r.get(column)} - present.get(target, set())
            if wanted:  # loose: only a reference to another installation's record is refused
                foreign = _existing_uids(conn, target, wanted) - _existing_uids(conn, target, wanted, same_origin)
                missing_by_target[(column, target)] = foreign
        if not any(missing_by_target.values()):
            continue
        word = "another installation's" if same_origin else "an unknown"
        kept = []
        for record in records[table]:
            bad = next((f"{column} refers to {word} {target}" for (column, target), missing
                        in missing_by_target.items() if record.get(column) in missing), None)
            if bad:
                summary.rejected.append({"table": table, "uid": record["uid"], "reason": bad})
                present[table].discard(record["uid"])
            else:
                kept.append(record)
        records[table] = kept


UNIQUE_KEYED = frozenset({"attendance", "certificate"})  # tables with a unique key besides the uid


def _unique_key(table: str, record: dict[str, Any]) -> tuple | None:
    if table == "attendance":
        return (record.get("event_uid"), record.get("person_uid"))
    if table == "certificate":
        return (record.get("serial"),)
    return None


def _unique_clash(conn, table: str, record: dict[str, Any]) -> bool:
    """A different record already holds this record's unique key (attendance pair, serial)."""
    if table == "attendance":
        row = conn.execute("SELECT uid FROM attendance WHERE event_uid = ? AND person_uid = ? AND uid != ?",
                           (record.get("event_uid"), record.get("person_uid"), record["uid"])).fetchone()
        return row is not None
    if table == "certificate":
        row = conn.execute("SELECT uid FROM certificate WHERE serial = ? AND uid != ?",
                           (record.get("serial"), record["uid"])).fetchone()
        return row is not None
    return False


def _taken_pairs(conn, table: str, chunk: list[dict], held: dict) -> set[tuple] | None:
    """Attendance pairs already held by other records, for a chunk's new rows (one query)."""
    if table != "attendance":
        return None
    events = list({r["event_uid"] for r in chunk if r["uid"] not in held})
    taken: set[tuple] = set()
    for part in _chunks(events, 900):
        where, params = _in(conn, "event_uid", part)
        for event, person, _uid in conn.execute(
                f"SELECT event_uid, person_uid, uid FROM attendance WHERE {where}", params):
            taken.add((event, person))
    return taken


def _write(conn, table: str, rows: list[dict[str, Any]], seen: int, update: bool) -> None:
    by_columns: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        by_columns.setdefault(tuple(row), []).append(row)
    if getattr(conn, "tirkeu_engine", "sqlite") == "postgresql":
        # A statement per row costs a server round trip each: COPY streams the chunk instead.
        from app.db.postgres import copy_insert, copy_update  # psycopg: only on a server

        for columns, group in by_columns.items():
            write = copy_update if update else copy_insert
            pick, tail = _picker(list(columns)), (seen,)
            write(conn, table, [*columns, "seen"], (pick(r) + tail for r in group))
        return
    for columns, group in by_columns.items():
        # itemgetter picks a row's values in C: a list built per row cost ~5 % of an office import
        if update:
            sets = ", ".join(f"{c} = ?" for c in columns if c != "uid")
            sql = f"UPDATE {table} SET {sets}, seen = ? WHERE uid = ?"
            pick = _picker([c for c in columns if c != "uid"])
            values = [pick(r) + (seen, r["uid"]) for r in group]
        else:
            sql = (f"INSERT INTO {table} ({', '.join(columns)}, seen) "
                   f"VALUES ({', '.join('?' * len(columns))}, ?)")
            pick, tail = _picker(list(columns)), (seen,)
            values = [pick(r) + tail for r in group]
        conn.executemany(sql, values)


def _picker(columns: list[str]) -> Callable[[dict[str, Any]], tuple]:
    """A function giving a record's values of ``columns`` as a tuple."""
    if len(columns) <= 1:
        if not columns:
            return lambda r: ()
        name = columns[0]
        return lambda r: (r[name],)
    return itemgetter(*columns)


def _merge_table(conn, spec: TableSpec, records: list[dict], summary, own: str, seen: int) -> int:
    top = 0
    keys_in_bundle: set[tuple] = set()
    for chunk in _chunks(records):
        where, params = _in(conn, "uid", [r["uid"] for r in chunk])
        cols = ", ".join(spec.columns)
        held = {row[0]: dict(zip(spec.columns, row[1:])) for row in conn.execute(
            f"SELECT uid, {cols} FROM {spec.table} WHERE {where}", params)}
        if not held and spec.table not in UNIQUE_KEYED:
            # Nothing of the chunk is held and no other key can clash: every record is new (an
            # office's first import of a school: most of them), as the loop below would find.
            top = max(top, max(r["stamp"] for r in chunk))
            summary.created += len(chunk)
            _write(conn, spec.table, chunk, seen, update=False)
            continue
        inserts, updates = [], []
        taken = _taken_pairs(conn, spec.table, chunk, held)
        for record in chunk:
            top = max(top, record["stamp"])
            current = held.get(record["uid"])
            key = _unique_key(spec.table, record)
            if key is not None:
                if key in keys_in_bundle:
                    summary.rejected.append({"table": spec.table, "uid": record["uid"],
                                             "reason": "the bundle holds the same key twice"})
                    continue
                keys_in_bundle.add(key)
            if current is None:
                if key is not None and (key in taken if taken is not None else _unique_clash(conn, spec.table, record)):
                    summary.rejected.append({"table": spec.table, "uid": record["uid"],
                                             "reason": "another record already holds the same key"})
                    continue
                inserts.append(record)
                summary.created += 1
                continue
            if current["origin"] == own:
                summary.ignored += 1  # this installation owns it: its own copy is the truth
                continue
            if current["origin"] != record["origin"]:
                # A record's owner never changes once held: another uid's owner cannot be taken over.
                # Two installations claiming one uid is also a conflict to look at: the first to
                # arrive may be the copy (a school that saw another's unencrypted bundle).
                summary.rejected.append({"table": spec.table, "uid": record["uid"],
                                         "reason": "this record belongs to another installation"})
                summary.conflicts.append({"table": spec.table, "uid": record["uid"], "kept": "held",
                                          "reason": f"claimed by {current['origin']} and {record['origin']}"})
                continue
            incoming, holding = (record["stamp"], record["origin"]), (current["stamp"], current["origin"])
            if incoming < holding:
                summary.ignored += 1
            elif incoming > holding:
                updates.append(record)
                summary.updated += 1
            elif all(current.get(c) == v for c, v in record.items()):
                summary.unchanged += 1
            else:
                mine = {c: current.get(c) for c in record}
                wins = _content_hash(record) > _content_hash(mine)
                summary.conflicts.append({"table": spec.table, "uid": record["uid"],
                                          "kept": "incoming" if wins else "held"})
                if wins:
                    updates.append(record)
        _write(conn, spec.table, inserts, seen, update=False)
        _write(conn, spec.table, updates, seen, update=True)
    return top


def write_records(records: dict[str, list[dict]], summary, own: str, same_origin: str | None = None) -> None:
    """Merge every table's records, parents first; the caller owns the transaction."""
    store = current_store()
    conn = store.db.connection()
    check_references(records, summary, same_origin)
    seen = next_seen(conn)
    top = 0
    for table, spec in specs().items():
        if records.get(table):
            top = max(top, _merge_table(conn, spec, records[table], summary, own, seen))
    store.clock.observe(top)
