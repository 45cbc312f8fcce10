"""Work of the report done beside the main connection: a second connection, in a thread, same snapshot.

Two pieces of the indicators report need none of what the main connection
builds: the far half of the people (:class:`app.reports.people_pass.FarHalf`)
and the Road to School section (aid records, people, schools, passports).  On
a second connection they run while the main one builds the events and the
near half: SQLite and psycopg let go of Python's lock while a statement runs,
and a server runs each connection in its own process, so on a machine with
two cores the report takes about as long as its longer half.

The second connection reads the main one's snapshot (:mod:`app.db.reading`).
Where it cannot (a database in memory, a change saved in between, inside a
transaction someone else opened) or a job fails there, that job is done on
the main connection after all, as if there were no second one: the figures
never depend on it.
"""
from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any, Generic, TypeVar

from app.db.reading import Snapshot, same_snapshot
from app.reports.reading import Reading

log = logging.getLogger(__name__)
T = TypeVar("T")


class Job(Generic[T]):
    """One piece of work given to the second connection; :meth:`Beside.result` collects it."""

    def __init__(self, work: Callable[[Any], T]) -> None:
        self.work = work
        self.done = threading.Event()
        self.ok = False
        self.value: T | None = None


class Beside:
    """A second connection at the main one's snapshot, working through the jobs given to it in order.

    Use as a context manager: leaving tells the thread to stop, skips the jobs not begun and waits for
    it, so it never reads a database the main thread has closed (after an error in the main part, say).
    """

    def __init__(self, snap: Snapshot, reading_for: Callable[[Any], Reading]) -> None:
        self._reading_for = reading_for
        self._jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._stopping = False
        self._dead = False  # the thread has ended: jobs given now are the main connection's
        self._thread: threading.Thread | None = None
        self.done_beside = 0  # jobs done on the second connection (for tests and the log)
        token = snap.token()
        if token is not None:
            self._thread = threading.Thread(target=self._run, args=(snap, token), name="report-beside", daemon=True)
            self._thread.start()

    @property
    def working(self) -> bool:
        """True when a second connection was started (its jobs may still fall back to the main one)."""
        return self._thread is not None

    def submit(self, work: Callable[[Reading], T]) -> Job[T]:
        """Queue ``work(reading)`` for the second connection; without one the job is left to the main one."""
        job: Job[T] = Job(work)
        if self._thread is None:
            job.done.set()
            return job
        self._jobs.put(job)
        if self._dead:  # the thread ended (its connection failed) before it could take the job
            job.done.set()
        return job

    def result(self, job: Job[T], on_main: Callable[[], T]) -> T:
        """The job's value from the second connection, else ``on_main()`` (worked out on the main one)."""
        job.done.wait()
        if job.ok:
            return job.value  # type: ignore[return-value]
        return on_main()

    def _run(self, snap: Snapshot, token: str | int) -> None:
        usable = True
        try:
            with same_snapshot(snap.db, token) as conn:
                reading = self._reading_for(conn) if conn is not None else None
                usable = reading is not None
                while (job := self._jobs.get()) is not None:
                    try:
                        if usable and not self._stopping:
                            job.value = job.work(reading)
                            job.ok = True
                            self.done_beside += 1
                    except Exception:  # done again on the main connection, which reports a real fault
                        log.warning("report work on a second connection failed; done on the main one",
                                    exc_info=True)
                        usable = False  # the connection may be left in a failed transaction
                    finally:
                        job.done.set()  # whatever ended it: the main thread never waits for ever
                if reading is not None:
                    reading.close()
        except Exception:
            log.warning("the report's second connection failed; its work is done on the main one", exc_info=True)
        finally:
            # Whatever happened, nobody waits for ever: every job not done is the main one's.
            self._dead = True
            while True:
                try:
                    left = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if left is not None:
                    left.done.set()

    def close(self) -> None:
        """Stop the thread after the job it is doing; wait for it."""
        if self._thread is not None:
            self._stopping = True
            self._jobs.put(None)
            self._thread.join()

    def __enter__(self) -> Beside:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
