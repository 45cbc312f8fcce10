"""«Мектепке жол»: the data bank of children in need, aid given, sponsors, the social passport."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QTabWidget, QVBoxLayout, QWidget

from app.aid.forms import delete_recipient, restore_recipient
from app.aid.given import delete_aid, recipient_of, restore_aid
from app.aid.listing import AID_GIVEN, RECIPIENTS
from ui.aid.aid_dialog import AidDialog
from ui.aid.common import fill_statuses, fill_years
from ui.aid.dialog import RecipientDialog
from ui.aid.passport import PassportTab
from ui.aid.sponsors import SponsorsTab
from ui.common.list_page import ListPage
from ui.common.widgets import RefCombo
from ui.i18n import tr
from ui.organisations.choices import SCHOOL_KINDS, SPONSOR_KINDS, fill_organisations, set_first_text


def _combo(page: ListPage) -> QComboBox:
    combo = QComboBox()
    combo.currentIndexChanged.connect(lambda _: page.reload())
    page.add_filter(combo)
    return combo


class RecipientsPage(ListPage):
    """The children of the data bank, by family category, school and whether helped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(RECIPIENTS, parent)
        self.category = RefCombo("family_categories", allow_empty="any")
        self.category.currentIndexChanged.connect(lambda _: self.reload())
        self.add_filter(self.category)
        self.school = _combo(self)
        self.helped = _combo(self)
        self.refill()

    def refill(self) -> None:
        """Read the schools to filter by again (one may have been added)."""
        fill_organisations(self.school, SCHOOL_KINDS, tr("Aid", "All schools"))

    def page_title(self) -> str:
        return tr("Aid", "Children in need of aid")

    def retranslate_filters(self) -> None:
        self.category.fill()
        set_first_text(self.category, tr("Aid", "All family categories"))
        set_first_text(self.school, tr("Aid", "All schools"))
        keep = self.helped.currentData()
        self.helped.blockSignals(True)
        self.helped.clear()
        for code, text in ((None, tr("Aid", "Helped or not")), ("yes", tr("Aid", "Helped: yes")),
                           ("no", tr("Aid", "Helped: no"))):
            self.helped.addItem(text, code)
        self.helped.setCurrentIndex(max(0, self.helped.findData(keep)) if keep else 0)
        self.helped.blockSignals(False)
        self.helped.setToolTip(tr("Aid", "Helped: at least one aid record delivered"))

    def current_filters(self) -> dict[str, Any]:
        return {"category": self.category.code(), "school": self.school.currentData(),
                "helped": self.helped.currentData()}

    def open_record(self, uid: str) -> None:
        dialog = RecipientDialog(uid=uid, parent=self)
        dialog.exec()
        if dialog.changed:
            self.reload()
        dialog.deleteLater()

    def new_record(self) -> None:
        dialog = RecipientDialog(parent=self)
        dialog.exec()
        if dialog.changed:
            self.reload()
        dialog.deleteLater()

    def delete_records(self, uids: list[str]) -> None:
        for uid in uids:
            delete_recipient(uid)

    def restore_records(self, uids: list[str]) -> None:
        for uid in uids:
            restore_recipient(uid)


class AidGivenPage(ListPage):
    """Every aid record, by status, item, sponsor and campaign year; Enter opens the record."""

    wantChild = Signal()  # "New": aid is added from a child's form

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(AID_GIVEN, parent)
        self.status = _combo(self)
        self.item = RefCombo("aid_items", allow_empty="any")
        self.item.currentIndexChanged.connect(lambda _: self.reload())
        self.add_filter(self.item)
        self.sponsor = _combo(self)
        self.year = _combo(self)
        self.refill()

    def refill(self) -> None:
        """Read the sponsors and years to filter by again."""
        fill_organisations(self.sponsor, SPONSOR_KINDS, tr("Aid", "All sponsors"))
        fill_years(self.year, tr("Aid", "All years"))

    def page_title(self) -> str:
        return tr("Aid", "Aid given")

    def retranslate_filters(self) -> None:
        fill_statuses(self.status, tr("Aid", "All statuses"))
        self.item.fill()
        set_first_text(self.item, tr("Aid", "All items"))
        set_first_text(self.sponsor, tr("Aid", "All sponsors"))
        set_first_text(self.year, tr("Aid", "All years"))
        self.new_button.setText(tr("Aid", "Add aid to a child…"))
        self.new_button.setToolTip(tr("Aid", "Aid is added in the child's form: find the child first."))

    def current_filters(self) -> dict[str, Any]:
        return {"status": self.status.currentData(), "item": self.item.code(),
                "sponsor": self.sponsor.currentData(), "year": self.year.currentData()}

    def open_record(self, uid: str) -> None:
        dialog = AidDialog(recipient_of(uid), uid=uid, parent=self)
        if dialog.exec():
            self.model.refresh_rows([uid])
        dialog.deleteLater()

    def new_record(self) -> None:
        self.wantChild.emit()

    def delete_records(self, uids: list[str]) -> None:
        for uid in uids:
            delete_aid(uid)

    def restore_records(self, uids: list[str]) -> None:
        for uid in uids:
            restore_aid(uid)


class AidPage(QWidget):
    """The aid area: four tabs over the «Мектепке жол» data."""

    countChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.children_page = RecipientsPage()
        self.given = AidGivenPage()
        self.sponsors = SponsorsTab()
        self.passport = PassportTab()
        self.tabs = QTabWidget()
        for page in (self.children_page, self.given, self.sponsors, self.passport):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for page in (self.children_page, self.given):
            page.countChanged.connect(lambda text, page=page: self._count(page, text))
        self.given.wantChild.connect(self._find_child)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()

    @property
    def _loaded(self) -> bool:
        return self.children_page._loaded

    def _count(self, page: QWidget, text: str) -> None:
        if self.tabs.currentWidget() is page:
            self.countChanged.emit(text)

    def _show_count(self) -> None:
        """Put the shown tab's count (lists only) in the status bar."""
        page = self.tabs.currentWidget()
        if isinstance(page, ListPage) and page._loaded:
            page._show_count()
        else:
            self.countChanged.emit("")

    def _tab_changed(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, ListPage) and page._loaded:
            page.refill()  # sponsors and schools may have been added meanwhile
            page.reload()  # aid changed in another tab shows here
        self._show_count()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._loaded:  # back from another area: schools, sponsors or children may be new
            self._tab_changed(self.tabs.currentIndex())

    def _find_child(self) -> None:
        self.tabs.setCurrentWidget(self.children_page)
        self.children_page.focus_search()

    def refresh(self) -> None:
        """Reload every tab after an import."""
        for page in (self.children_page, self.given):
            if page._loaded:
                page.refill()
                page.reload()
        self.sponsors.reload()
        self.passport.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Tab titles in the current language."""
        for i, text in enumerate((tr("Aid", "Children"), tr("Aid", "Aid given"), tr("Aid", "Sponsors"),
                                  tr("Aid", "Social passport"))):
            self.tabs.setTabText(i, text)
