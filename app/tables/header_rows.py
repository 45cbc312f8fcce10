"""Finding the header row of a school's list, the way lists are really drawn up.

A list from a school seldom starts with its header: a title or two sits
above it («№12 мектеп-гимназиясы 5 «А» сынып оқушыларының тізімі»), the
header may take two rows (a merged «ФИО» over both, «Ата-анасы» spanning
«Аты-жөні» and «Телефоны»), and a row of column numbers 1, 2, 3 … may
follow it.  Among the first :data:`LOOK_ROWS` non-blank rows, the header is
the row (or pair of rows) whose titles name the most fields of the table.

A two-row header is read column by column: the two titles together
(«Ата-анасы Аты-жөні» is the guardian), else the lower one, else the upper
one.  An empty upper cell right of a group title belongs to that group
(a merged cell saved as CSV keeps its text only in its first cell).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.tables.headers import TableSpec

LOOK_ROWS = 10  # title rows above a header are one to three in real lists; ten leaves room


@dataclass(frozen=True)
class HeaderChoice:
    """Where the header is among the rows looked at (0-based), how many rows it takes, its titles."""

    index: int
    height: int
    titles: list[str]


def _keys(titles: Sequence[str], spec: TableSpec) -> set[str]:
    return {k for k in (spec.key_of(t) for t in titles) if k is not None}


def _fill_groups(upper: list[str], lower: list[str]) -> list[str]:
    """Upper titles with a group title carried right over the empty cells of its group."""
    out = list(upper)
    for i in range(1, len(out)):
        if not out[i] and out[i - 1] and i < len(lower) and lower[i] and lower[i - 1]:
            out[i] = out[i - 1]
    return out


def combine(upper: Sequence[str], lower: Sequence[str], spec: TableSpec) -> list[str]:
    """The titles of a two-row header, one per column."""
    width = max(len(upper), len(lower))
    up = _fill_groups([*upper, *[""] * (width - len(upper))], [*lower, *[""] * (width - len(lower))])
    low = [*lower, *[""] * (width - len(lower))]
    titles = []
    for top, bottom in zip(up, low):
        both = f"{top} {bottom}".strip() if top != bottom else top
        candidates = [both, bottom, top]
        titles.append(next((c for c in candidates if c and spec.key_of(c) is not None), bottom or top))
    return titles


def choose_header(rows: Sequence[Sequence[str]], spec: TableSpec) -> HeaderChoice:
    """The header among ``rows`` (the first non-blank rows of a file, as text).

    With no row naming any field, the first row is the header (and the
    column check then says which titles are missing).
    """
    best = HeaderChoice(0, 1, list(rows[0]) if rows else [])
    best_score = 0
    for i, row in enumerate(rows):
        options = [(len(_keys(row, spec)), HeaderChoice(i, 1, list(row)))]
        if i + 1 < len(rows):
            titles = combine(row, rows[i + 1], spec)
            options.append((len(_keys(titles, spec)), HeaderChoice(i, 2, titles)))
        for score, choice in options:
            # More fields named wins; at a tie, one header row rather than two (a title row above
            # the header adds nothing to it).
            if score > best_score or (score == best_score and score and choice.height < best.height
                                      and choice.index > best.index):
                best, best_score = choice, score
    return best


def is_numbering(row: Sequence[object]) -> bool:
    """True for the row of column numbers (1, 2, 3 …) printed under some headers."""
    values = [v for v in row if v not in (None, "")]
    if len(values) < 2:
        return False
    numbers = []
    for v in values:
        text = str(v).strip().rstrip(".")
        if not text.isdigit():
            return False
        numbers.append(int(text))
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] in (0, 1)
