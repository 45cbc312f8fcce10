"""First-run set-up, driven through its real widgets."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.i18n import catalog
from app.models import Installation
from tests.gui.conftest import type_text
from ui.setup.dialog import SetupDialog


def click_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_setup_creates_the_installation(qtbot, empty_store):
    dialog = SetupDialog(language="en")
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("office"))
    type_text(dialog.name, "Түркістан облыстық жастар штабы")
    dialog.region.setCurrentIndex(dialog.region.findData("KZ-61"))
    assert dialog.district.count() > 0  # the region's districts are offered
    dialog.district.setEditText("Сайрам ауданы")
    type_text(dialog.coordinator, "Әлібекова Гүлназ Серікқызы")
    click_ok(qtbot, dialog)
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    inst = Installation.get()
    assert (inst.role, inst.region, inst.district) == ("office", "KZ-61", "Сайрам ауданы")
    assert inst.coordinator == "Әлібекова Гүлназ Серікқызы" and inst.language == "en"


def test_missing_name_or_region_is_explained_not_saved(qtbot, empty_store):
    dialog = SetupDialog(language="en")
    qtbot.addWidget(dialog)
    dialog.region.setCurrentIndex(dialog.region.findData("KZ-71"))
    click_ok(qtbot, dialog)
    assert dialog.error.text()
    assert Installation.select().count() == 0
    type_text(dialog.name, "№1 мектеп")
    dialog.region.setCurrentIndex(-1)
    click_ok(qtbot, dialog)
    assert dialog.error.text() and Installation.select().count() == 0


def test_choosing_a_language_relabels_the_form(qtbot, empty_store):
    dialog = SetupDialog(language="en")
    qtbot.addWidget(dialog)
    english = dialog.windowTitle()
    for code in ("ru", "kk"):
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        expected = catalog(code).translate("Setup", "Tirkeu: set-up")
        assert dialog.windowTitle() == expected != english
    # Regions are listed in the chosen language, in Kazakh alphabetical order.
    names = [dialog.region.itemText(i) for i in range(dialog.region.count())]
    assert "Түркістан облысы" in names and len(names) == 20
    assert names.index("Абай облысы") < names.index("Ақмола облысы") < names.index("Батыс Қазақстан облысы")
