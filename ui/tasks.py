"""Long work off the GUI thread, with a progress dialog only when it is slow.

The work function runs in Qt's thread pool on its own database connection
(peewee keeps one per thread; it is closed when the work ends).  Its result
or error comes back to the GUI thread through a signal.  A progress dialog
appears only if the work is not done within half a second, as in Anki's
``progress.py``; environment errors (``KnownError``) are shown as a message,
anything else is a bug and is logged with its traceback.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import KnownError
from ui.common.errors import show_error
from ui.i18n import tr

log = logging.getLogger("tirkeu.tasks")
SHOW_PROGRESS_AFTER_MS = 500


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work, self.signals = work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            from app.db.store import database  # peewee: not at start (this module loads with the window)

            if not database.is_closed():
                database.close()  # this worker thread's own connection


class Task(QObject):
    """One piece of background work; emits ``finished(result)`` on success."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, title: str, work: Callable[[], Any],
                 on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(parent)
        self.parent_widget, self.title = parent, title
        self.signals = _Signals()
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.on_done = on_done
        self.running = True
        self.progress: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        self._job = _Job(work, self.signals)
        self._job.setAutoDelete(False)

    def start(self) -> Task:
        """Start the work; returns self."""
        self._timer.start(SHOW_PROGRESS_AFTER_MS)
        QThreadPool.globalInstance().start(self._job)
        return self

    def _show_progress(self) -> None:
        if not self.running:
            return
        self.progress = QProgressDialog(self.title, "", 0, 0, self.parent_widget)
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(0)
        self.progress.setWindowTitle(tr("Tasks", "Please wait"))
        self.progress.show()

    def _stop(self) -> None:
        self.running = False
        self._timer.stop()
        if self.progress is not None:
            self.progress.close()

    def _done(self, result: Any) -> None:
        self._stop()
        if self.on_done:
            self.on_done(result)
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        if isinstance(exc, KnownError):
            show_error(self.parent_widget, exc, self.title)
        else:
            from PySide6.QtWidgets import QMessageBox  # on use: PySide6 builds its enums at first use (~3 ms)

            QMessageBox.critical(self.parent_widget, self.title,
                                 tr("Tasks", "Something went wrong inside Tirkeu: {error}. "
                                              "Nothing was half-saved; the details are in the log.")
                                 .format(error=f"{type(exc).__name__}: {exc}"))


def run_task(parent: QWidget, title: str, work: Callable[[], Any],
             on_done: Callable[[Any], None] | None = None) -> Task:
    """Run ``work`` in the background; ``on_done(result)`` runs on the GUI thread."""
    return Task(parent, title, work, on_done).start()
