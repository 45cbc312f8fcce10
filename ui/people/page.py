"""People: one list of everyone, searched as you type by any part of a name or IIN."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.people.forms import delete_person, restore_person
from app.people.listing import PEOPLE
from ui.common.list_page import ListPage
from ui.common.widgets import RefCombo
from ui.i18n import tr
from ui.people.dialog import PersonDialog


class PeoplePage(ListPage):
    """The people list with a category filter; Enter opens the person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(PEOPLE, parent)
        self.category = RefCombo("social_categories", allow_empty="any")
        self.category.currentIndexChanged.connect(lambda _: self.reload())
        self.add_filter(self.category)

    def page_title(self) -> str:
        return tr("People", "People")

    def retranslate_filters(self) -> None:
        self.category.fill()

    def current_filters(self) -> dict[str, Any]:
        return {"category": self.category.code()}

    def open_record(self, uid: str) -> None:
        if PersonDialog(uid=uid, parent=self).exec():
            self.model.refresh_rows([uid])

    def new_record(self) -> None:
        dialog = PersonDialog(parent=self)
        if dialog.exec():
            self.reload()
            if dialog.opened_existing and dialog.person_uid:
                self.open_record(dialog.person_uid)  # "open the existing one": the registered person's form

    def delete_records(self, uids: list[str]) -> None:
        for uid in uids:
            delete_person(uid)

    def restore_records(self, uids: list[str]) -> None:
        for uid in uids:
            restore_person(uid)
