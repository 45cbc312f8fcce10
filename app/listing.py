"""Lists that open fast over 100,000 rows: ids first, rows on demand.

A window's list asks a ``ListSource`` for the ordered ids matching the
search and filters (one narrow query), then for the few rows on screen as
they scroll (``fetch``), like Anki's browser table.  Queries are plain SQL
strings built from fixed pieces, so a keystroke costs SQLite's time, not an
ORM's.  Search terms are folded in Python (SQLite folds only ASCII) and
matched against each table's pre-folded ``search`` column.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.db.store import current_store
from app.i18n import Msg
from app.text import fold

Filter = Callable[[Any], tuple[str, list[Any]]]
FETCH_CHUNK = 500


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
        where, params = self._where(search, filters, deleted)
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
        if word_starts_first and terms and self.search_col:
            orders = f"instr(' ' || {self.search_col}, ?) = 0, " + orders
            params = [*params, " " + terms[0]]
        sql = f"SELECT {self.key} FROM {self.table} {self.joins}{where} ORDER BY {orders}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [row[0] for row in current_store().db.execute_sql(sql, params).fetchall()]

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
