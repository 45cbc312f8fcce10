"""Merged cells: the value of a merged range given to every cell it covers.

In a school list «Мектеп» may be merged down over a whole class, «ФИО»
over two header rows, «Ата-анасы» across two columns; the user sees the
value in each of those cells, and the import must too.  Rows are filled as
they stream past, so memory holds only the ranges, never a filled grid;
the work is bounded so a file of absurd merges is refused, not ground
through.
"""
from __future__ import annotations

import bisect
from pathlib import Path
from typing import Any

from app.tables import limits

MAX_RANGES = 200_000  # merged ranges of one sheet (a list merging a cell in every row has one per row)
_MAX_WORK = 4 * limits.MAX_CELLS  # cells looked at or filled because of merges, in one sheet


class MergeFiller:
    """Fills rows (1-based row numbers, increasing) from merged ranges (1-based, inclusive)."""

    def __init__(self, path: Path, width: int) -> None:
        self.path, self.width = path, width
        self.pending: list[tuple[int, int, int, int]] = []  # sorted by first row; those before `next` used
        self.next = 0
        self.active: list[list[Any]] = []  # [r2, c1, c2, value]
        self.work = 0

    def add(self, r1: int, c1: int, r2: int, c2: int) -> None:
        """A merged range; ignored when it is one cell or starts right of the columns read."""
        c2 = min(c2, self.width)
        if (r1, c1) == (r2, c2) or c1 > self.width or r2 < r1 or c2 < c1:
            return
        if len(self.pending) >= MAX_RANGES:
            raise limits.not_a_workbook(self.path)
        bisect.insort(self.pending, (r1, c1, r2, c2), lo=self.next)

    def reaches(self, first: int, last: int) -> bool:
        """True when a merged range may fill a cell of rows ``first`` to ``last``."""
        return (any(a[0] >= first for a in self.active)
                or any(p[0] <= last and p[2] >= first for p in self.pending[self.next:]))

    def fill(self, number: int, row: list[Any]) -> list[Any]:
        """``row`` (row ``number``) with the cells merged ranges cover filled in."""
        if self.next >= len(self.pending) and not self.active:
            return row
        self.active = [a for a in self.active if a[0] >= number]
        while self.next < len(self.pending) and self.pending[self.next][0] <= number:
            r1, c1, r2, c2 = self.pending[self.next]
            self.next += 1
            if r2 < number:
                continue  # its first row had no cells: nothing to give
            value = row[c1 - 1] if r1 == number and c1 <= len(row) else None
            if value is not None:
                self.active.append([r2, c1, c2, value])
        for _r2, c1, c2, value in self.active:
            if len(row) < c2:
                row = row + [None] * (c2 - len(row))
            for c in range(c1 - 1, c2):
                if row[c] is None:
                    row[c] = value
            self.work += c2 - c1 + 2
        if self.work > _MAX_WORK:
            raise limits.not_a_workbook(self.path)
        return row
