"""Choice lists shared by the events page and form: languages, formats, organisations."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from app.organisations import choices
from ui.common.formatting import format_language
from ui.i18n import tr

#: Organisation kinds that run events (the organiser).
ORGANISER_KINDS = ("school", "college", "office", "ngo", "akimat")
#: Organisation kinds offered as an event's partners.
PARTNER_KINDS = ("ngo", "partner", "sponsor")
LANGUAGE_CODES = ("kk", "ru", "en")


def organisations(kinds: tuple[str, ...]) -> list[tuple[str, str]]:
    """(uid, name) of the live organisations of ``kinds``, in Kazakh name order."""
    return [(uid, name) for name, uid in choices.organisations(kinds)]


def organisation_name(uid: str) -> str | None:
    """The name of an organisation (deleted ones too), or None."""
    return choices.organisation_name(uid)


def compact(combo: QComboBox, chars: int = 16) -> QComboBox:
    """Keep a combo of long names narrow; the popup still shows them whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) if combo.count() else 0)
    return combo


def fill_languages(combo: QComboBox, empty: str) -> None:
    """``empty`` (— or — any —), Kazakh, Russian, English; keeps the choice."""
    code = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(empty, None)
    for lang in LANGUAGE_CODES:
        combo.addItem(format_language(lang), lang)
    combo.setCurrentIndex(max(0, combo.findData(code)))
    combo.blockSignals(False)


def fill_organisations(combo: QComboBox, empty: str, kinds: tuple[str, ...] = ORGANISER_KINDS,
                       keep: str | None = None) -> None:
    """``empty`` and the organisations of ``kinds``; ``keep`` (a uid) stays offered even if not listed."""
    uid = keep if keep is not None else combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(empty, None)
    for org_uid, name in organisations(kinds):
        combo.addItem(name, org_uid)
    if uid and combo.findData(uid) < 0:
        combo.addItem(organisation_name(uid) or uid, uid)
    combo.setCurrentIndex(max(0, combo.findData(uid)))
    combo.blockSignals(False)
    compact(combo, 18)


def status_name(status: str) -> str:
    """An attendance or appointment status in the current language."""
    return {
        "attended": tr("Events", "attended"),
        "applicant": tr("Events", "applicant"),
        "selected": tr("Events", "selected"),
        "not_selected": tr("Events", "not selected"),
        "registered": tr("Events", "registered"),
        "booked": tr("Events", "booked"),
        "held": tr("Events", "held"),
        "missed": tr("Events", "missed"),
    }.get(status, status)


def format_name(code: str) -> str:
    """An event format (in person, online, remote) in the current language."""
    return {"in_person": tr("Events", "in person"), "online": tr("Events", "online"),
            "remote": tr("Events", "remote")}.get(code, code)
