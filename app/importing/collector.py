"""Python's cycle collector paused while a list of participants is imported.

The collector runs after every few hundred new objects and, now and then,
goes over every object alive: during an import that is the whole list, its
rows, checked values and records, again and again (a fifth of a first import
of 10,000 pupils, a quarter of a re-import).  The import makes no cycles (the
errors it keeps are kept without their frames, see
:func:`app.importing.person_rows.kept`), so nothing waits for the collector:
what the import drops is freed at once, as always.  The collector is
switched on again afterwards, also when the import fails.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Inside the block the cycle collector does not run (unless it was off already, it is on after)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
