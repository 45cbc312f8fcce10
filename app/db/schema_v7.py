"""Schema version 7: search folds Kazakh letters to Russian ones; people are found by name fast.

- person.search, event.search, organisation.search are made again with the
  new :func:`app.text.fold`, which writes ә ғ қ ң ө ұ ү һ і as а г к н о у у х и
  (the letters typed without a Kazakh keyboard), so «нурмаг» finds
  «Нұрмағамбетов».  The stored text must be folded as the typed text is, or
  nothing written with Kazakh letters would be found.  Only the local search
  column changes: no stamp or change number moves, nothing is sent again (a
  receiver makes ``search`` itself from the record's names).
- person_search: an index on ``search``, which begins with the folded surname
  and name; the same person typed again (a form, an imported row) is found
  with one range look-up among 100,000 people (app/people/duplicates.py).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

#: The columns each table's ``search`` is made of, in this order.
SEARCHED: dict[str, tuple[str, ...]] = {
    "organisation": ("name",),
    "person": ("surname", "name", "patronymic", "iin"),
    "event": ("title", "place"),
}


def search_text(fold: Callable[[str], str], values: Mapping[str, Any], columns: tuple[str, ...]) -> str:
    """The ``search`` value of a record: its ``columns`` that have text, joined by spaces, folded."""
    return fold(" ".join(map(str, filter(None, map(values.get, columns)))))  # (the columns with text)


def apply(conn: sqlite3.Connection) -> None:
    """Make every ``search`` again with the v7 fold and index person.search."""
    # imported here: the migrations are loaded before the window's first paint; app.text is not
    from app.text import fold

    for table, columns in SEARCHED.items():
        names = ", ".join(columns)
        rows = conn.execute(f"SELECT uid, {names} FROM {table}").fetchall()
        changed = []
        for uid, *parts in rows:
            value = search_text(fold, dict(zip(columns, parts)), columns)
            changed.append((value, uid))
        conn.executemany(f"UPDATE {table} SET search = ? WHERE uid = ?", changed)
    conn.execute("CREATE INDEX person_search ON person(search)")
