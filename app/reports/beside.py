"""A section of the report worked out beside the main one: a second connection, in a thread, same snapshot.

The Road to School section reads only its own tables (aid records, people,
schools, social passports), none of the events' and people's working set the
other sections share.  On a second connection it runs while the main one
builds that working set: SQLite and psycopg let go of Python's lock while a
statement runs, and a server runs each connection in its own process, so on a
machine with two cores the report takes about as long as its longest half.

The second connection reads the main one's snapshot (:mod:`app.db.reading`).
Where it cannot (a database in memory, a change saved in between, any fault
on the second connection), the section is worked out on the main connection
after all, as if there were no second one: the figures never depend on it.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from types import TracebackType

from app.db.reading import Snapshot, same_snapshot
from app.reports.data import Reading
from app.reports.model import Section

log = logging.getLogger(__name__)


class Beside:
    """``section(context_for(reading))`` started on a second connection; :meth:`result` waits for it.

    Use as a context manager: leaving waits for the thread, so it never reads a database that the
    main thread has closed (after an error in the main part, say).
    """

    def __init__(self, snap: Snapshot, reading_for: Callable[[object], Reading],
                 work: Callable[[Reading], Section]) -> None:
        self._work, self._reading_for = work, reading_for
        self._section: Section | None = None
        self._thread: threading.Thread | None = None
        token = snap.token()
        if token is not None:
            self._thread = threading.Thread(target=self._run, args=(snap, token), name="report-beside", daemon=True)
            self._thread.start()

    def _run(self, snap: Snapshot, token: str | int) -> None:
        try:
            with same_snapshot(snap.db, token) as conn:
                if conn is None:
                    return
                reading = self._reading_for(conn)
                try:
                    self._section = self._work(reading)
                finally:
                    reading.close()
        except Exception:  # worked out again on the main connection, which reports a real fault itself
            log.warning("a report section on a second connection failed; worked out on the main one",
                        exc_info=True)
            self._section = None

    @property
    def went_beside(self) -> bool:
        """True once the section was worked out on the second connection (after :meth:`result`)."""
        return self._section is not None

    def result(self, main: Reading) -> Section:
        """The section: the second connection's, else worked out now on ``main``."""
        self.wait()
        if self._section is not None:
            return self._section
        return self._work(main)

    def wait(self) -> None:
        """Wait for the thread (if any) to end."""
        if self._thread is not None:
            self._thread.join()

    def __enter__(self) -> Beside:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.wait()
