"""Type a few letters of a name or IIN, pick the person: the attendance register's input.

The completer is fed by the people list source (folded search, Kazakh
letters included), 12 best matches at a time.  Enter on a match picks it;
Enter with no match asks for a new person with what was typed (surname and
name split from it), so a coordinator never leaves the keyboard.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.people.listing import PEOPLE
from app.validation.kazakh_keys import iin_from_keys
from ui.common.formatting import format_date
from ui.i18n import tr

MATCHES = 12


def describe(values: tuple) -> str:
    """'Surname Name Patronymic · 12.05.2010 · IIN · School' for a people-list row."""
    surname, name, patronymic, birth, _sex, iin, _cat, school = values[:8]
    parts = [" ".join(p for p in (surname, name, patronymic) if p)]
    parts += [p for p in (format_date(birth), iin, school) if p]
    return " · ".join(parts)


class PersonPicker(QLineEdit):
    """A line edit that completes people; emits ``picked(uid)`` or ``newPerson(text)``."""

    picked = Signal(str)
    newPerson = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uids: list[str] = []
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(MATCHES)
        self.completer_.setWidget(self)
        self.completer_.activated[str].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self.update_matches)
        self.textEdited.connect(self._edited)
        #: The people already chosen (an event's list): offered last, never as the first guess.
        self.listed: Callable[[], set[str]] = set
        self.returnPressed.connect(self._enter)
        self.setClearButtonEnabled(True)
        self.retranslate()

    def retranslate(self) -> None:
        """Placeholder in the current language."""
        self.setPlaceholderText(tr("Picker", "Type a name or IIN, Enter to add (a new person if not found)"))

    def update_matches(self) -> None:
        """Query the best matches for the text and show them."""
        text = self.text().strip()
        if len(text) < 2:
            self._uids, rows = [], {}
            self._model.setStringList([])
            return
        # An IIN typed on the Kazakh number row («құқү…») is searched as its digits.
        found = PEOPLE.ids(iin_from_keys(text) or text, limit=MATCHES, word_starts_first=True)
        listed = self.listed()
        self._uids = [u for u in found if u not in listed] + [u for u in found if u in listed]
        rows = PEOPLE.fetch(self._uids)
        self._uids = [u for u in self._uids if u in rows]
        self._model.setStringList([describe(rows[u]) for u in self._uids])
        if self._uids:
            self.completer_.complete()
        else:
            self.completer_.popup().hide()  # no empty white box under the field

    def _edited(self, _text: str) -> None:
        # What the popup shows was found for the text before this key: an Enter now must not
        # take a stale match (it once added someone else than the name just typed).
        self.completer_.popup().hide()
        self._timer.start()

    def matches(self) -> list[str]:
        """The uids currently offered."""
        return list(self._uids)

    def _activated(self, text: str) -> None:
        labels = self._model.stringList()
        if text in labels:
            self.pick(self._uids[labels.index(text)])

    def pick(self, uid: str) -> None:
        """Choose ``uid`` and clear the input for the next person."""
        self.picked.emit(uid)
        self.clear()
        self._uids = []
        self._model.setStringList([])

    def _enter(self) -> None:
        popup = self.completer_.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer's own activation handles it
        self._timer.stop()
        self.update_matches()
        if len(self._uids) == 1:
            self.pick(self._uids[0])
        elif not self._uids and self.text().strip():
            self.newPerson.emit(self.text().strip())
        elif self._uids:
            self.completer_.complete()  # several: the best guess is highlighted, Enter again takes it
