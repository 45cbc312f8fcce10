"""The organisation form: kind, name, where it is, and what it does how often (seed 003's map)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.organisations.forms import organisation_values, save_organisation
from ui.common.form_dialog import FormDialog
from ui.common.widgets import RefCombo
from ui.i18n import tr


def frequency_suggestions() -> list[str]:
    """Typical answers to "how often", in the current language (free text is stored)."""
    return [tr("Organisations", "weekly"), tr("Organisations", "monthly"),
            tr("Organisations", "once a quarter"), tr("Organisations", "once a year"),
            tr("Organisations", "on request")]


class OrganisationDialog(FormDialog):
    """Create or edit an organisation; ``org_uid`` is set after saving.

    ``kind`` and ``region`` preset a new organisation's choices (a sponsor
    made from the aid form, the installation's region).
    """

    def __init__(self, uid: str | None = None, kind: str | None = None, region: str | None = None,
                 name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid = uid
        self.org_uid: str | None = uid
        self.setMinimumWidth(520)
        self.kind = self.add_field("kind", lambda: tr("Organisations", "&Kind:"),
                                   RefCombo("organisation_kinds"))
        self.name = self.add_field("name", lambda: tr("Organisations", "&Name:"), QLineEdit())
        self.region = self.add_field("region", lambda: tr("Organisations", "&Region:"),
                                     RefCombo("regions"))
        self.district = self.add_field("district", lambda: tr("Organisations", "&District:"), QLineEdit())
        self.locality = self.add_field("locality", lambda: tr("Organisations", "&City or village:"),
                                       QLineEdit())
        self.address = self.add_field("address", lambda: tr("Organisations", "&Address:"), QLineEdit())
        self.phone = self.add_field("phone", lambda: tr("Organisations", "&Phone:"), QLineEdit())
        self.activity = self.add_field("activity", lambda: tr("Organisations", "&What it does:"),
                                       QLineEdit())
        self.frequency = QComboBox()
        self.frequency.setEditable(True)
        self.add_field("frequency", lambda: tr("Organisations", "How &often:"), self.frequency)
        self.members = self.add_field("members", lambda: tr("Organisations", "&Members (clubs):"), QLineEdit())
        self.notes = self.add_field("notes", lambda: tr("Organisations", "No&tes:"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)
        self.retranslate()
        if uid is not None:
            self._load(organisation_values(uid))
        else:
            self._load({"kind": kind, "region": region, "name": name})
            self.dirty = bool(name)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(tr("Organisations", "Organisation") if self.uid
                            else tr("Organisations", "New organisation"))
        self.name.setPlaceholderText(tr("Organisations", "for example: «Медиа Сауат» ҚБ"))
        self.members.setPlaceholderText(tr("Organisations", "for a debate club: how many pupils are members"))
        self.activity.setPlaceholderText(
            tr("Organisations", "for example: trainings on fake news and online fraud"))
        self.kind.fill()
        self.region.fill()
        text = self.frequency.currentText()
        self.frequency.blockSignals(True)
        self.frequency.clear()
        self.frequency.addItems(frequency_suggestions())
        self.frequency.setEditText(text)
        self.frequency.blockSignals(False)

    def _load(self, v: dict[str, Any]) -> None:
        self.kind.set_code(v.get("kind"))
        self.region.set_code(v.get("region"))
        for key in ("name", "district", "locality", "address", "phone", "activity"):
            getattr(self, key).setText(v.get(key) or "")
        self.members.setText(str(v["members"]) if v.get("members") is not None else "")
        self.frequency.setEditText(v.get("frequency") or "")
        self.notes.setPlainText(v.get("notes") or "")
        self.dirty = False

    def values(self) -> dict[str, Any]:
        """What the form holds, as ``save_organisation`` takes it."""
        values = {key: getattr(self, key).text()
                  for key in ("name", "district", "locality", "address", "phone", "activity")}
        values.update(kind=self.kind.code(), region=self.region.code(),
                      frequency=self.frequency.currentText(), notes=self.notes.toPlainText(),
                      members=self.members.text())
        return values

    def save(self) -> None:
        self.org_uid = save_organisation(self.values(), self.uid).uid
