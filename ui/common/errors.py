"""The window's edge for the core's errors: one helper every page uses.

A ``KnownError`` (the database busy or damaged, a bad file, a refused input)
is the environment's or the user's, not a bug: it is shown as a warning with
its own message, which says what to do.  Anything else is left to the crash
handler (ui/crash.py), which logs it and shows it as a bug.

- ``show_error(parent, exc, title)``: say one error now.
- ``with showing_errors(parent, title):``: a block whose KnownError is said
  (the code after the block goes on).
- ``@shows_errors(title)`` on a slot method: its KnownError is said, with the
  widget as parent, and the slot returns None.
"""
from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from app.errors import KnownError
from ui.i18n import render

log = logging.getLogger("tirkeu.ui")
F = TypeVar("F", bound=Callable[..., Any])


def error_text(exc: KnownError | str) -> str:
    """The message of a core error in the window's language (a text as it is)."""
    return render(exc.msg) if isinstance(exc, KnownError) else str(exc)


def show_error(parent: QWidget | None, exc: KnownError | str, title: str | None = None) -> None:
    """Show a core error (or a ready text) as a warning with its own message."""
    text = error_text(exc)
    if isinstance(exc, KnownError):
        log.info("%s: %s", type(exc).__name__, text)
    from PySide6.QtWidgets import QMessageBox  # on use: PySide6 builds its enums at first use (~3 ms)

    QMessageBox.warning(parent if parent is not None else QApplication.activeWindow(), title or "Tirkeu", text)


@contextmanager
def showing_errors(parent: QWidget | None, title: str | None = None) -> Iterator[None]:
    """Run the block; a KnownError raised in it is shown (``show_error``) instead of escaping."""
    try:
        yield
    except KnownError as exc:
        show_error(parent, exc, title)


def shows_errors(title: str | Callable[[], str] | None = None) -> Callable[[F], F]:
    """Decorate a widget's slot: a KnownError it raises is shown as a warning (parent: the widget).

    ``title`` may be a function, called when the error is shown (so it is in
    the current language).
    """
    def decorate(slot: F) -> F:
        code = slot.__code__
        # A signal gives its arguments to any slot that takes them; drop those this slot does not take.
        room = None if code.co_flags & inspect.CO_VARARGS else code.co_argcount - 1

        @functools.wraps(slot)
        def wrapper(self: QWidget, *args: Any, **kwargs: Any) -> Any:
            try:
                return slot(self, *args[:room], **kwargs)
            except KnownError as exc:
                show_error(self, exc, title() if callable(title) else title)
                return None
        return wrapper  # type: ignore[return-value]
    return decorate
