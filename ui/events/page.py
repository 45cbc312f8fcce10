"""Events: newest first, filtered by programme, kind, dates, language and organiser.

The filters take two rows so that the list fits a 1366-pixel laptop screen:
search, programme and kind on the first; the date range, language and
organiser on the second.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.events.forms import delete_event, restore_event
from app.events.listing import EVENTS, districts_in_use
from ui.common.list_page import ListPage
from ui.common.widgets import OptionalDate, RefCombo
from ui.events.choices import compact, fill_languages, fill_organisations
from ui.events.dialog import EventDialog
from ui.i18n import tr


class EventsPage(ListPage):
    """The events list; Enter or a double click opens the event, Ctrl+N makes one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(EVENTS, parent)
        self.programme = compact(RefCombo("programmes", allow_empty="any"), 18)
        self.kind = compact(RefCombo("event_kinds", allow_empty="any"), 16)
        self.date_from = OptionalDate()
        self.date_to = OptionalDate()
        self.language = QComboBox()
        self.organiser = QComboBox()
        self.region = compact(RefCombo("regions", allow_empty="any", sort=True), 16)
        self.district = QComboBox()
        self.filter_labels: list[tuple[QLabel, Any]] = []
        for label, widget in ((lambda: tr("Events", "&Programme:"), self.programme),
                              (lambda: tr("Events", "&Kind:"), self.kind)):
            self.filter_row.addWidget(self._label(label, widget))
            self.add_filter(widget, 1)
        second = QHBoxLayout()
        for label, widget in ((lambda: tr("Events", "Fro&m:"), self.date_from),
                              (lambda: tr("Events", "&To:"), self.date_to),
                              (lambda: tr("Events", "&Language:"), self.language),
                              (lambda: tr("Events", "Re&gion:"), self.region),
                              (lambda: tr("Events", "Distr&ict:"), self.district),
                              (lambda: tr("Events", "&Organiser:"), self.organiser)):
            second.addWidget(self._label(label, widget))
            second.addWidget(widget, 1 if widget is self.organiser else 0)
        second.addStretch(1)
        self.layout().insertLayout(2, second)
        for combo in (self.programme, self.kind, self.language, self.organiser, self.district):
            combo.currentIndexChanged.connect(lambda _: self.reload())
        self.region.currentIndexChanged.connect(lambda _: (self._fill_districts(), self.reload()))
        for date in (self.date_from, self.date_to):
            date.dateChanged.connect(lambda _: self.reload())

    def _label(self, text: Any, buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        self.filter_labels.append((label, text))
        return label

    def page_title(self) -> str:
        return tr("Events", "Events")

    def retranslate_filters(self) -> None:
        for label, text in self.filter_labels:
            label.setText(text())
        self.programme.fill()
        compact(self.programme, 18)
        self.kind.fill()
        compact(self.kind, 16)
        fill_languages(self.language, tr("Widgets", "— any —"))
        fill_organisations(self.organiser, tr("Widgets", "— any —"))
        self.region.fill()
        compact(self.region, 16)
        if self.district.count():  # re-label only: a language change must not query the database
            self.district.setItemText(0, tr("Widgets", "— any —"))
        self.search.setPlaceholderText(tr("Events", "Search (Ctrl+F): any part of the title or place"))

    def current_filters(self) -> dict[str, Any]:
        return {"programme": self.programme.code(), "kind": self.kind.code(),
                "date_from": self.date_from.value(), "date_to": self.date_to.value(),
                "language": self.language.currentData(), "organiser": self.organiser.currentData(),
                "region": self.region.code(), "district": self.district.currentData()}

    def _fill_districts(self) -> None:
        """The districts named by events of the chosen region (keeping the choice)."""
        chosen = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(tr("Widgets", "— any —"), None)
        for name in districts_in_use(self.region.code()):
            self.district.addItem(name, name)
        self.district.setCurrentIndex(max(0, self.district.findData(chosen)))
        self.district.blockSignals(False)

    def showEvent(self, event) -> None:  # noqa: N802
        if getattr(self, "_loaded", False):
            # Organisations may have been added in another area meanwhile.
            fill_organisations(self.organiser, tr("Widgets", "— any —"))
        self._fill_districts()
        super().showEvent(event)

    def open_record(self, uid: str, participants: bool = False) -> None:
        """Open the event's form; ``participants`` opens it at its list of participants."""
        dialog = EventDialog(uid=uid, parent=self)
        if participants:
            dialog.show_participants()
        dialog.exec()
        # Participants are saved as they are added, so refresh even after Close.
        self.model.refresh_rows([uid])
        self.reload()

    def new_record(self) -> None:
        dialog = EventDialog(parent=self)
        dialog.exec()
        if dialog.uid is not None:  # created, even if closed afterwards
            self.reload()

    def delete_records(self, uids: list[str]) -> None:
        for uid in uids:
            delete_event(uid)

    def restore_records(self, uids: list[str]) -> None:
        for uid in uids:
            restore_event(uid)
