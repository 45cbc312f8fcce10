"""A query's rows as plain tuples, typed as tuples.

peewee's stubs give ``query.tuples()`` the query's own type, so mypy takes its
rows for model instances; :func:`tuples` says what they are.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from peewee import BaseQuery


def tuples(query: BaseQuery) -> Iterator[tuple[Any, ...]]:
    """Iterate ``query.tuples()``: one tuple of the selected columns per row."""
    return iter(query.tuples())
