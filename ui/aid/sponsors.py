"""Who helped and how much in a campaign: for letters of thanks and the report."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.aid.sponsors import SponsorRow, sponsor_summary
from ui.aid.common import fill_years
from ui.common.fitting import keep_titles_whole
from ui.common.formatting import format_money, format_value
from ui.i18n import tr
from ui.organisations.choices import cell, set_first_text, table
from ui.organisations.dialog import OrganisationDialog


class SponsorsTab(QWidget):
    """Each sponsor's children, items, tenge and delivered records in the chosen year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.year_label = QLabel()
        self.year = QComboBox()
        self.year_label.setBuddy(self.year)
        self.view = table(5)
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: 600;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.hint)
        self.view.setColumnWidth(0, 360)
        for i in range(1, 4):
            self.view.setColumnWidth(i, 150)
        keep_titles_whole(self.view)
        self.rows: list[SponsorRow] = []
        fill_years(self.year, tr("Aid", "All years"), default=dt.date.today().year)
        self.year.currentIndexChanged.connect(lambda _: self.reload())
        self.view.doubleClicked.connect(lambda index: self.open_sponsor(index.row()))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload()  # aid may have been added in the other tabs

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.title.setText(tr("Aid", "Sponsors"))
        self.year_label.setText(tr("Aid", "Campaign &year:"))
        set_first_text(self.year, tr("Aid", "All years"))
        self.hint.setText(tr("Aid", "Children are counted once per sponsor however many items they got. "
                                    "Items and tenge include aid not yet delivered."))
        self.view.setHorizontalHeaderLabels([
            tr("Aid", "Sponsor"), tr("Aid", "Children helped"), tr("Aid", "Items"),
            tr("Aid", "Total"), tr("Aid", "Delivered records")])
        self._show()

    def reload(self) -> None:
        """Query the totals for the chosen year again."""
        fill_years(self.year, tr("Aid", "All years"))  # aid of an older year may have come in
        self.rows = sponsor_summary(self.year.currentData())
        self._show()

    def _show(self) -> None:
        """Fill the table from the rows read last (no database: also on a language change)."""
        self.view.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (row.name, format_value("int", row.children), format_value("int", row.items),
                      format_money(row.total_tenge), format_value("int", row.delivered))
            for c, text in enumerate(values):
                self.view.setItem(r, c, cell(text, number=c > 0))
        self.total.setText(tr("Aid", "In all — sponsors: {sponsors}, items: {items}, total: {total}").format(
            sponsors=len(self.rows), items=format_value("int", sum(r.items for r in self.rows)),
            total=format_money(sum(r.total_tenge for r in self.rows)) or format_money(0)))

    def open_sponsor(self, row: int) -> None:
        """Open the sponsor's organisation form."""
        if 0 <= row < len(self.rows):
            dialog = OrganisationDialog(uid=self.rows[row].sponsor_uid, parent=self)
            if dialog.exec():
                self.reload()
            dialog.deleteLater()
