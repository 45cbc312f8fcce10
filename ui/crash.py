"""When something goes wrong anyway: log it, say it once, keep the work.

A bug's traceback goes to the rotating log in the data folder and is shown
once in a small dialog with a "Copy details" button (for the office's support
call); the program keeps running.  ``--no-crash-dialog`` only logs, for
scripted runs.  Qt's own warnings go to the log too.
"""
from __future__ import annotations

import logging
import sys
import time
import traceback
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import __version__
from app.errors import KnownError
from ui.common.errors import show_error
from ui.i18n import render, tr

log = logging.getLogger("tirkeu.crash")
qt_log = logging.getLogger("tirkeu.qt")
_state: dict = {"shown": False, "dialog": True}


def _qt_message(kind: QtMsgType, context, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    qt_log.log(level, "%s", message)


def details(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The text a support person needs: version and the traceback."""
    return f"Tirkeu {__version__}\n" + "".join(traceback.format_exception(kind, value, tb))


def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """The excepthook: log always; show a dialog the first time only (and only if allowed).

    An environment error (``KnownError``: the database busy, read-only or
    damaged, a full disk) that reached here is not a bug: it is shown as a
    warning with its own message, which says what to do.
    """
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    if isinstance(value, KnownError):
        _known(value)
        return
    text = details(kind, value, tb)
    from app.logs import setup_logging  # logging.handlers costs start-up time: only when logging starts

    setup_logging("tirkeu")  # normally done already, just after the window showed
    log.error("unexpected error\n%s", text)
    if not _state["dialog"] or _state["shown"]:
        return
    _state["shown"] = True
    from PySide6.QtWidgets import QMessageBox  # on use: its enums cost the window's start ~2 ms

    box = QMessageBox(QMessageBox.Icon.Critical, tr("Crash", "Something went wrong"),
                      tr("Crash", "Tirkeu met an error it did not expect. Your saved records are safe; "
                                  "the details are in the log. If it happens again, send the details "
                                  "to your office."))
    box.setDetailedText(text)
    copy = box.addButton(tr("Crash", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(text)


KNOWN_QUIET_SECONDS = 30  # the same message again so soon (a view repainting, say) is only logged


def _known(error: KnownError) -> None:
    """Say an environment error's own message as a warning: one at a time, not again and again."""
    text = render(error.msg)
    log.warning("%s: %s", type(error).__name__, text)
    last_text, last_time = _state.get("known_last") or ("", 0.0)
    now = time.monotonic()
    if not _state["dialog"] or _state.get("known_showing") or (
            text == last_text and now - last_time < KNOWN_QUIET_SECONDS):
        return
    _state["known_showing"], _state["known_last"] = True, (text, now)
    try:
        show_error(QApplication.activeWindow(), error)
    finally:
        _state["known_showing"] = False


def install(show_dialog: bool = True) -> None:
    """Install the excepthook and route Qt's messages to the log.

    The log file itself is opened a moment later (``start_log``, after the
    window shows): logging.handlers alone costs a noticeable part of the start.
    """
    _state["dialog"] = show_dialog
    sys.excepthook = handle
    qInstallMessageHandler(_qt_message)


def start_log() -> None:
    """Open the rotating log file in the data folder."""
    from app.logs import setup_logging  # logging.handlers costs start-up time: after the window shows

    setup_logging("tirkeu")
