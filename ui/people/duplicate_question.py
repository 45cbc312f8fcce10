"""The question asked before a new person who may be registered already is saved."""
from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common.formatting import format_date
from ui.i18n import tr

if TYPE_CHECKING:
    from app.people.duplicates import Candidate

Answer = Literal["open", "new", "cancel"]


def describe(candidate: Candidate) -> str:
    """Who the registered person is, as the coordinator recognises them: name, birth date, IIN, school."""
    parts = [candidate.full_name]
    if candidate.birth_date:
        parts.append(format_date(candidate.birth_date))
    if candidate.iin:
        parts.append(tr("Person", "IIN {iin}").format(iin=candidate.iin))
    if candidate.school:
        parts.append(candidate.school)
    return ", ".join(parts)


def question_text(candidates: list[Candidate]) -> str:
    """The question's text: who is registered already, and how they match."""
    first = candidates[0]
    if first.reason == "iin":
        text = tr("Person", "A person with this IIN is already registered: {who}.")
    else:
        text = tr("Person", "A person with this name and birth date is already registered: {who}.")
    text = text.format(who=describe(first))
    if len(candidates) > 1:
        text += "\n" + tr("Person", "Also: {others}.").format(others="; ".join(describe(c) for c in candidates[1:4]))
    return text


def ask_about_duplicates(parent: QWidget, candidates: list[Candidate]) -> Answer:
    """Ask whether to open the registered person, save a new one anyway, or go back to the form.

    An IIN belongs to one person: when the IIN matches, saving a second
    record is not offered (the IIN would be wrong on one of them).
    """
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), question_text(candidates), parent=parent)
    box.setObjectName("duplicateQuestion")
    open_button = box.addButton(tr("Person", "Open the existing one"), QMessageBox.ButtonRole.AcceptRole)
    new_button = None
    if candidates[0].reason != "iin":
        new_button = box.addButton(tr("Person", "Save as a new person anyway"), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(tr("Person", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return "open"
    if new_button is not None and clicked is new_button:
        return "new"
    return "cancel"
