"""Trainers and consultants of a region: who can run the trainings (Legal Culture, seed 003)."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.organisations.choices import organisations_by_uid
from app.people.qualifications import QUALIFICATIONS, trainers
from app.reference import name as ref_name
from ui.common.fitting import keep_titles_whole
from ui.common.formatting import format_date
from ui.common.widgets import RefCombo
from ui.i18n import current_language, tr
from ui.organisations.choices import cell, own_region, set_first_text, table
from ui.people.dialog import PersonDialog


def qualification_name(code: str) -> str:
    """A qualification's name in the current language."""
    return {"trainer": tr("Organisations", "Trainers"),
            "consultant": tr("Organisations", "Consultants")}.get(code, code)


class TrainersTab(QWidget):
    """People marked as trainer or consultant, of the installation's region by default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.qualification = QComboBox()
        self.region = RefCombo("regions", allow_empty="any")
        self.region.set_code(own_region())
        self.region_label = QLabel()
        self.region_label.setBuddy(self.region)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.view = table(6)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.qualification)
        top.addWidget(self.region_label)
        top.addWidget(self.region)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        for i, width in enumerate((260, 90, 110, 260, 130)):
            self.view.setColumnWidth(i, width)
        keep_titles_whole(self.view)
        self.uids: list[str] = []
        self.people: list = []
        self.schools: dict = {}
        self.qualification.currentIndexChanged.connect(lambda _: self.reload())
        self.region.currentIndexChanged.connect(lambda _: self.reload())
        self.view.doubleClicked.connect(lambda index: self.open_person(index.row()))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload()  # a person may have been marked trainer in the people area

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.title.setText(tr("Organisations", "Trainers and consultants"))
        self.region_label.setText(tr("Organisations", "&Region:"))
        self.hint.setText(tr("Organisations", "People marked “trainer” or “consultant” in their form "
                                              "(People area). At least 2 consultants per region."))
        keep = self.qualification.currentData() or QUALIFICATIONS[0]
        self.qualification.blockSignals(True)
        self.qualification.clear()
        for code in QUALIFICATIONS:
            self.qualification.addItem(qualification_name(code), code)
        self.qualification.setCurrentIndex(max(0, self.qualification.findData(keep)))
        self.qualification.blockSignals(False)
        self.region.fill()
        set_first_text(self.region, tr("Organisations", "All regions"))
        self.view.setHorizontalHeaderLabels([
            tr("Organisations", "Name"), tr("Organisations", "Birth date"), tr("Organisations", "IIN"),
            tr("Organisations", "School or organisation"), tr("Organisations", "Phone"),
            tr("Organisations", "Region")])
        self._show()

    def reload(self) -> None:
        """Query the people again for the chosen qualification and region."""
        self.people = trainers(self.region.code(), self.qualification.currentData() or QUALIFICATIONS[0])
        school_uids = {p.school_uid for p in self.people if p.school_uid}
        self.schools = organisations_by_uid(school_uids)
        self._show()

    def _show(self) -> None:
        """Fill the table from the people read last (no database: also on a language change)."""
        people, lang = self.people, current_language()
        self.uids = [p.uid for p in people]
        self.view.setRowCount(len(people))
        for row, p in enumerate(people):
            school = self.schools.get(p.school_uid)
            region = p.region or (school.region if school else None)
            for col, text in enumerate((p.full_name, format_date(p.birth_date), p.iin or "",
                                        school.name if school else "", p.phone or "",
                                        ref_name("regions", region, lang) if region else "")):
                self.view.setItem(row, col, cell(text))
        self.count_label.setText(tr("Lists", "Shown: {count}").format(count=len(people)))

    def open_person(self, row: int) -> None:
        """Open the person's form (to change their qualification, say)."""
        if 0 <= row < len(self.uids):
            dialog = PersonDialog(uid=self.uids[row], parent=self)
            if dialog.exec():
                self.reload()
            dialog.deleteLater()
