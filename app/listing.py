"""Lists that open fast over 100,000 rows: ids first, rows on demand.

A window's list asks a ``ListSource`` for the ordered ids matching the
search and filters (one narrow query), then for the few rows on screen as
they scroll (``fetch``), like Anki's browser table.  Queries are plain SQL
strings built from fixed pieces, so a keystroke costs SQLite's time, not an
ORM's.  Search terms are folded in Python (SQLite folds only ASCII) and
matched against each table's pre-folded ``search`` column.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.db.store import current_store
from app.i18n import Msg
from app.text import fold

Filter = Callable[[Any], tuple[str, list[Any]]]
FETCH_CHUNK = 500
# Rows whose search texts a list keeps for searching in memory (~20 MB at 100,000 people);
# a longer list is searched by the database at each keystroke, as before.
KEEP_AT_MOST = 300_000


@dataclass
class _Loaded:
    """A list's unfiltered rows as last read from a file: keys in display order and their search texts.

    Search as you type then narrows these in Python (~5 ms at 100,000 people) instead of
    having SQLite run ``instr`` over every row of the index again (~20 ms, twice that when
    the other core is busy).  ``version`` says whether the file may have changed since.
    """

    conn: sqlite3.Connection
    version: tuple[int, int]
    keys: list[str]
    texts: list[str]
    last: tuple[list[str], list[tuple[str, str]]] | None = None  # the last search's terms and matches

    def narrow(self, terms: list[str]) -> list[str]:
        """The keys whose text holds every term (``instr(search, term) > 0``), in order."""
        pairs: list[tuple[str, str]] | None = None
        if self.last is not None and all(any(old in new for new in terms) for old in self.last[0]):
            pairs = self.last[1]  # typing on: every new match also matched the last search
        for term in terms:
            if pairs is None:
                pairs = [(key, text) for key, text in zip(self.keys, self.texts, strict=True) if term in text]
            else:
                pairs = [pair for pair in pairs if term in pair[1]]
        self.last = (terms, pairs or [])
        return [key for key, _ in pairs or []]


def _file_version(conn: Any) -> tuple[int, int] | None:
    """What changes whenever the file's rows may have: another connection's commit, or one of ours.

    ``PRAGMA data_version`` moves on a commit by any other connection (another thread's, another
    process's); ``total_changes`` counts this connection's own row changes, rolled back or not.
    ``None`` for a server, whose lists always ask it (other desktops write there all the time).
    """
    if not isinstance(conn, sqlite3.Connection):
        return None
    return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes


@dataclass
class Column:
    """One column of a list: its key, translated title, SQL and how to show values.

    ``kind`` tells the window how to format: ``text``, ``date``, ``int``,
    ``money``, ``ref:<reference kind>`` (a code shown by its name) or
    ``refs:<reference kind>`` (a comma-separated list of codes).
    """

    key: str
    title: Msg
    sql: str
    sort_sql: str | None = None
    kind: str = "text"
    width: int = 0  # a hint in characters; 0 = let the view decide


@dataclass
class ListSource:
    """A list's SQL: table, joins, columns, filters, default order."""

    table: str
    key: str
    columns: list[Column]
    default_sort: str
    joins: str = ""
    deleted_col: str = ""
    search_col: str | None = None
    filters: dict[str, Filter] = field(default_factory=dict)
    base_where: str = ""
    # Add the key to the default order to make it total; off when an index already
    # orders equal values by key (the people list's covering index).
    tiebreak: bool = True
    _loaded: dict[bool, _Loaded] = field(default_factory=dict, repr=False, compare=False)

    def column(self, key: str) -> Column:
        """The column with ``key``."""
        return next(c for c in self.columns if c.key == key)

    def _where(self, search: str, filters: dict[str, Any] | None, deleted: bool) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.base_where:
            clauses.append(self.base_where)
        if self.deleted_col:
            clauses.append(f"{self.deleted_col} = ?")
            params.append(1 if deleted else 0)
        if self.search_col:
            for term in fold(search).split():
                clauses.append(f"instr({self.search_col}, ?) > 0")
                params.append(term)
        for name, value in (filters or {}).items():
            if value in (None, "", [], ()):
                continue
            sql, values = self.filters[name](value)
            clauses.append(sql)
            params.extend(values)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def ids(self, search: str = "", filters: dict[str, Any] | None = None, sort: str | None = None,
            descending: bool = False, deleted: bool = False, limit: int | None = None,
            word_starts_first: bool = False) -> list[str]:
        """The keys of matching rows in display order (the first ``limit`` only, if given).

        ``word_starts_first``: rows where a word begins with the first search term come
        before rows that only contain it («қасым» gives Қасымова before Әбілқасымова),
        as a picker wants its best guess on top.
        """
        order, tiebreak = self.default_sort, self.tiebreak
        if sort:
            col = self.column(sort)
            if col.sort_sql:
                order, tiebreak = col.sort_sql, True
        direction = " DESC" if descending else ""
        orders = ", ".join(f"{part.strip()}{direction}" for part in order.split(","))
        if tiebreak:
            orders += f", {self.key}"
        terms = fold(search).split()
        unfiltered = not any(value not in (None, "", [], ()) for value in (filters or {}).values())
        if (self.search_col and unfiltered and limit is None and not word_starts_first and not descending
                and (order, tiebreak) == (self.default_sort, self.tiebreak)
                and current_store().engine == "sqlite"):
            # The list's own order, no filter, a file: its rows can be kept and narrowed in memory.
            loaded = self._current(deleted)
            if loaded is None:
                keys, loaded = self._read(deleted, orders)
                if loaded is None and not terms:
                    return keys  # too many rows to keep: the database searches them
            if loaded is not None:
                return loaded.narrow(terms) if terms else list(loaded.keys)
        where, params = self._where(search, filters, deleted)
        if word_starts_first and terms and self.search_col:
            orders = f"instr(' ' || {self.search_col}, ?) = 0, " + orders
            params = [*params, " " + terms[0]]
        sql = f"SELECT {self.key} FROM {self.table} {self.joins}{where} ORDER BY {orders}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [row[0] for row in current_store().db.execute_sql(sql, params).fetchall()]

    def _current(self, deleted: bool) -> _Loaded | None:
        """The rows kept by the last unfiltered load, if the file has not changed since."""
        loaded = self._loaded.get(deleted)
        if loaded is None:
            return None
        conn = current_store().db.connection()
        if loaded.conn is not conn:
            return None  # another thread's connection (or another database): ask SQLite
        if _file_version(conn) != loaded.version:
            del self._loaded[deleted]  # the rows may have changed: read them again
            return None
        return loaded

    def _read(self, deleted: bool, orders: str) -> tuple[list[str], _Loaded | None]:
        """The keys of all rows in the list's order, kept with their search texts unless too many."""
        db = current_store().db
        conn = db.connection()
        version = _file_version(conn)
        where, params = self._where("", None, deleted)
        sql = f"SELECT {self.key}, {self.search_col} FROM {self.table} {self.joins}{where} ORDER BY {orders}"
        rows = db.execute_sql(sql, params).fetchall()
        keys = [row[0] for row in rows]
        if version is None or len(rows) > KEEP_AT_MOST:
            return keys, None
        loaded = _Loaded(conn, version, keys, [row[1] or "" for row in rows])
        self._loaded[deleted] = loaded
        return list(keys), loaded

    def count(self, search: str = "", filters: dict[str, Any] | None = None, deleted: bool = False) -> int:
        """How many rows match."""
        where, params = self._where(search, filters, deleted)
        sql = f"SELECT count(*) FROM {self.table} {self.joins}{where}"
        return current_store().db.execute_sql(sql, params).fetchone()[0]

    def fetch(self, keys: Sequence[str]) -> dict[str, tuple]:
        """The rows of ``keys`` (column values in ``columns`` order), by key."""
        out: dict[str, tuple] = {}
        select = ", ".join(c.sql for c in self.columns)
        db = current_store().db
        for start in range(0, len(keys), FETCH_CHUNK):
            chunk = list(keys[start:start + FETCH_CHUNK])
            marks = ", ".join("?" for _ in chunk)
            sql = (f"SELECT {self.key}, {select} FROM {self.table} {self.joins} "
                   f"WHERE {self.key} IN ({marks})")
            for row in db.execute_sql(sql, chunk).fetchall():
                out[row[0]] = tuple(row[1:])
        return out


def equals(sql_column: str) -> Filter:
    """A filter ``column = value``."""
    return lambda value: (f"{sql_column} = ?", [value])


def date_from(sql_column: str) -> Filter:
    """A filter ``column >= date`` (ISO dates compare as text)."""
    return lambda value: (f"{sql_column} >= ?", [str(value)])


def date_to(sql_column: str) -> Filter:
    """A filter ``column <= date``."""
    return lambda value: (f"{sql_column} <= ?", [str(value)])


def has_code(sql_column: str) -> Filter:
    """A filter for a comma-separated code list containing ``value``."""
    return lambda value: (f"instr(',' || {sql_column} || ',', ?) > 0", [f",{value},"])
