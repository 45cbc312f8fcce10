"""Organisations: the map of schools, NGOs, partners and sponsors; trainers and consultants."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from app.errors import KnownError
from app.organisations.forms import delete_organisation, restore_organisation
from app.organisations.listing import ORGANISATIONS
from ui.common.list_page import ListPage
from ui.common.widgets import RefCombo
from ui.i18n import render, tr
from ui.organisations.choices import own_region, set_first_text
from ui.organisations.dialog import OrganisationDialog
from ui.organisations.trainers import TrainersTab


class OrganisationsPage(ListPage):
    """The organisations list, filtered by kind and region; Enter opens the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ORGANISATIONS, parent)
        self.kind = RefCombo("organisation_kinds", allow_empty="any")
        self.region = RefCombo("regions", allow_empty="any")
        for combo in (self.kind, self.region):
            combo.currentIndexChanged.connect(lambda _: self.reload())
            self.add_filter(combo)

    def page_title(self) -> str:
        return tr("Organisations", "Organisations")

    def retranslate_filters(self) -> None:
        self.kind.fill()
        self.region.fill()
        set_first_text(self.kind, tr("Organisations", "All kinds"))
        set_first_text(self.region, tr("Organisations", "All regions"))
        self.kind.setToolTip(tr("Organisations", "Kind"))
        self.region.setToolTip(tr("Organisations", "Region"))

    def current_filters(self) -> dict[str, Any]:
        return {"kind": self.kind.code(), "region": self.region.code()}

    def open_record(self, uid: str) -> None:
        dialog = OrganisationDialog(uid=uid, parent=self)
        if dialog.exec():
            self.model.refresh_rows([uid])
        dialog.deleteLater()

    def new_record(self) -> None:
        dialog = OrganisationDialog(kind=self.kind.code(), region=self.region.code() or own_region(),
                                    parent=self)
        if dialog.exec():
            self.reload()
        dialog.deleteLater()

    def delete_records(self, uids: list[str]) -> None:
        for uid in uids:
            try:
                delete_organisation(uid)
            except KnownError as exc:  # the installation's own school stays
                QMessageBox.information(self, tr("Lists", "Delete"), render(exc.msg))

    def restore_records(self, uids: list[str]) -> None:
        for uid in uids:
            restore_organisation(uid)


class OrganisationsArea(QWidget):
    """Two tabs: the organisations list and the trainers and consultants of the region."""

    countChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = OrganisationsPage()
        self.trainers = TrainersTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.list, "")
        self.tabs.addTab(self.trainers, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.list.countChanged.connect(self._count)
        self.tabs.currentChanged.connect(lambda _: self._show_count())
        self.retranslate()

    @property
    def _loaded(self) -> bool:
        return self.list._loaded

    def _count(self, text: str) -> None:
        if self.tabs.currentWidget() is self.list:
            self.countChanged.emit(text)

    def _show_count(self) -> None:
        """Put the shown tab's count in the status bar."""
        if self.tabs.currentWidget() is self.list:
            if self.list._loaded:
                self.list._show_count()
        else:
            self.countChanged.emit(self.trainers.count_label.text())

    def refresh(self) -> None:
        """Reload after an import."""
        self.list.reload()
        self.trainers.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Tab titles in the current language."""
        self.tabs.setTabText(0, tr("Organisations", "Organisations"))
        self.tabs.setTabText(1, tr("Organisations", "Trainers and consultants"))
