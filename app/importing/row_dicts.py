"""A table's rows as ``{field: cell}`` dicts, made only for the rows that need one.

An import reads a list of 10,000 pupils column by column (each field's
distinct values checked once: :mod:`app.importing.person_rows`); only a row
checked the long way (a wrong cell, a chunk written again row by row) needs
its own dict.  Making all 10,000 up front was a twentieth of a re-import.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import Any, overload


class RowDicts(Sequence[dict[str, Any]]):
    """``rows`` (lists of cells) seen as dicts of the fields ``places`` names (field: index of its cell)."""

    def __init__(self, rows: Sequence[Sequence[Any]], places: dict[str, int]) -> None:
        self._rows = rows
        self._places = places
        self._keys = tuple(places)
        self._cells = itemgetter(*places.values()) if len(places) > 1 else None

    @property
    def keys(self) -> set[str]:
        """The fields every row's dict has."""
        return set(self._keys)

    def column(self, key: str) -> list[Any]:
        """Every row's cell of field ``key`` (a field the rows have)."""
        return list(map(itemgetter(self._places[key]), self._rows))

    def _dict(self, row: Sequence[Any]) -> dict[str, Any]:
        if self._cells is None:
            return {key: row[place] for key, place in self._places.items()}
        return dict(zip(self._keys, self._cells(row)))

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> RowDicts: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | RowDicts:
        if isinstance(index, slice):
            return RowDicts(self._rows[index], self._places)
        return self._dict(self._rows[index])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(self._dict, self._rows)


__all__ = ["RowDicts"]
