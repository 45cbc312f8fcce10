"""Copying a whole database to another engine: an office moving to a server, a server's copy in a file.

``move-to`` (an office that has outgrown its file) copies every table of the
open database, records, keys, peers and bundle logs alike, into an empty
PostgreSQL database; ``backup`` of a server database copies it the other way,
into a new SQLite file that any Tirkeu opens.  Both engines hold the same
tables and columns (one schema ladder), so the copy is column by column.

Rows go across a chunk at a time, found by their key (``uid > last``), so a
national database of millions of attendances never sits in memory; the whole
copy is one transaction on the target (foreign keys are checked at its end),
and afterwards the rows of every table are counted on both sides: any
difference and the target is left as it was.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from app.db.locks import refresh_statistics
from app.errors import UsageError
from app.i18n import Msg

CHUNK = 5000
#: Tables of the engine layer itself, never copied (each engine makes its own).
ENGINE_TABLES = frozenset({"tirkeu_engine", "tirkeu_clock"})


@dataclass
class CopyReport:
    """What was copied: rows per table, equal on both sides."""

    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Rows copied in all."""
        return sum(self.counts.values())


def _on_server(conn: Any) -> bool:
    return getattr(conn, "tirkeu_engine", "sqlite") == "postgresql"


def describe(conn: Any) -> dict[str, tuple[list[str], list[str]]]:
    """``{table: (columns, key columns)}`` of Tirkeu's tables in the database behind ``conn``."""
    tables: dict[str, tuple[list[str], list[str]]] = {}
    if _on_server(conn):
        names = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE' ORDER BY table_name").fetchall()]
        for name in names:
            if name in ENGINE_TABLES:
                continue
            columns = [r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = ? ORDER BY ordinal_position", (name,)).fetchall()]
            keys = [r[0] for r in conn.execute(
                "SELECT k.column_name FROM information_schema.table_constraints c "
                "JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name "
                "AND k.table_schema = c.table_schema AND k.table_name = c.table_name "
                "WHERE c.table_schema = current_schema() AND c.table_name = ? "
                "AND c.constraint_type = 'PRIMARY KEY' ORDER BY k.ordinal_position", (name,)).fetchall()]
            tables[name] = (columns, keys)
        return tables
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()]
    for name in names:
        info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
        columns = [r[1] for r in info]
        keys = [r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5])]
        tables[name] = (columns, keys)
    return tables


def _rows(conn: Any, table: str, columns: list[str], keys: list[str]) -> Iterator[list[tuple]]:
    """The rows of ``table`` a chunk at a time, in key order (keyset paging: bounded memory)."""
    cols = ", ".join(f'"{c}"' for c in columns)
    if len(keys) == 1:
        key = keys[0]
        at = columns.index(key)
        last: Any = None
        while True:
            if last is None:
                chunk = conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY "{key}" LIMIT {CHUNK}').fetchall()
            else:
                chunk = conn.execute(f'SELECT {cols} FROM "{table}" WHERE "{key}" > ? ORDER BY "{key}" '
                                     f"LIMIT {CHUNK}", (last,)).fetchall()
            if not chunk:
                return
            yield [tuple(r) for r in chunk]
            last = chunk[-1][at]
    else:  # small tables with a composite key (reference items) or none
        order = ", ".join(f'"{k}"' for k in keys) or cols
        offset = 0
        while True:
            chunk = conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY {order} '
                                 f"LIMIT {CHUNK} OFFSET {offset}").fetchall()
            if not chunk:
                return
            yield [tuple(r) for r in chunk]
            offset += len(chunk)


def _count(conn: Any, table: str) -> int:
    return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def copy_all(source: Any, target: Any, progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copy every Tirkeu table from connection ``source`` into the empty database behind ``target``.

    Both must be at the same schema version.  The target must hold no
    installation and no records; its built-in reference items are replaced by
    the source's.  Raises :class:`UsageError` (and leaves the target
    unchanged) when the counts differ afterwards.
    """
    have = describe(source)
    want = describe(target)
    missing = sorted(set(have) - set(want))
    if missing:
        raise UsageError(Msg("Move", "The target database lacks the tables {tables}; open it with this "
                             "version of Tirkeu first.", tables=", ".join(missing)))
    if target.execute("SELECT count(*) FROM installation").fetchone()[0]:
        raise UsageError(Msg("Move", "The target database is already set up as an installation; "
                             "move into an empty database."))
    report = CopyReport()
    target.execute("BEGIN")
    try:
        for table in sorted(have):
            columns, keys = have[table]
            target_columns = set(want[table][0])
            columns = [c for c in columns if c in target_columns]
            target.execute(f'DELETE FROM "{table}"')  # built-in reference items, the new clock row
            marks = ", ".join("?" for _ in columns)
            insert = f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in columns)}) VALUES ({marks})'
            copied = 0
            for chunk in _rows(source, table, columns, keys):
                target.executemany(insert, [_portable(row) for row in chunk])
                copied += len(chunk)
                if progress:
                    progress(table, copied)
            report.counts[table] = copied
        for table, copied in report.counts.items():
            if _count(target, table) != copied or _count(source, table) != copied:
                raise UsageError(Msg("Move", "The copy of {table} does not match the original "
                                     "({copied} rows copied); nothing was moved.", table=table, copied=copied))
        if _on_server(target):
            _advance_identities(target, want)
        target.execute("COMMIT")
        refresh_statistics(target)
    except BaseException:
        target.execute("ROLLBACK")
        raise
    return report


def _portable(row: tuple) -> tuple:
    # bytea comes back as bytes on both engines; memoryview from some drivers is made bytes too
    return tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)


def _advance_identities(conn: Any, tables: dict[str, tuple[list[str], list[str]]]) -> None:
    """After explicit ids were copied in, the server's counters start after the largest."""
    for table, (_columns, keys) in tables.items():
        if len(keys) != 1:
            continue
        sequence = conn.execute("SELECT pg_get_serial_sequence(?, ?)", (table, keys[0])).fetchone()[0]
        if sequence:
            conn.execute(f'SELECT setval(?, coalesce((SELECT max("{keys[0]}") FROM "{table}"), 0) + 1, false)',
                         (sequence,))


def move_to(store: Any, address: str, progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copy the open SQLite database of an office into the empty PostgreSQL database at ``address``.

    The file stays as it was (it is the way back); from now on the office
    opens the server (``--db postgresql://…``).  A school's database is
    refused: schools stay on their laptop's file.
    """
    from app.db.address import is_server_address
    from app.db.store import opened_aside

    if not is_server_address(address):
        raise UsageError(Msg("Move", "move-to takes a server address (postgresql://user@host/database), "
                             "not {target}.", target=address))
    if store.engine != "sqlite":
        raise UsageError(Msg("Move", "This database is on a server already."))
    role = store.db.execute_sql("SELECT role FROM installation LIMIT 1").fetchone()
    if role is None:
        raise UsageError(Msg("Move", "This database is not set up yet: there is nothing to move."))
    if role[0] == "school":
        raise UsageError(Msg("Move", "A school's database stays in its file on the laptop; only a region "
                             "office or the national centre moves to a server."))
    with opened_aside(address) as target:
        report = copy_all(store.db.connection(), target.db.connection(), progress)
        top = store.clock.last
        target.clock.observe(top)
    return report


def copy_to_file(store: Any, path: Any) -> CopyReport:
    """Write the whole server database into a new SQLite file at ``path`` (which must not exist yet)."""
    from app.db.store import opened_aside

    with opened_aside(path) as target:
        return copy_all(store.db.connection(), target.db.connection())
