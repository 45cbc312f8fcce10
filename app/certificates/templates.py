"""The fixed texts of certificates: shipped per kind and language, editable by the user.

Texts are data (``resources/certificates/templates.json``).  The user's
edits are stored as JSON in the ``meta`` table (``Setting``) under
:data:`OVERRIDES_KEY` and laid over the shipped texts field by field.  Every
text may use only the placeholders in :data:`PLACEHOLDERS`; anything else is
refused with a message naming the placeholder, when saved and when used.
"""
from __future__ import annotations

import datetime as dt
import json
import string
from functools import lru_cache
from typing import Any

from peewee import EXCLUDED

from app.errors import ValidationError
from app.i18n import LANGUAGES, Msg
from app.models import Setting
from app.resources_path import resource_dir

TEMPLATES_PATH = resource_dir() / "certificates" / "templates.json"
OVERRIDES_KEY = "certificates.templates"
PLACEHOLDERS = ("name", "reason", "event", "date", "place")
FIELDS = ("title", "subtitle", "above", "above_f", "body", "body_noevent", "reason", "reason_noevent")

#: Kinds of certificate, in the order the window lists them, with their names.
KINDS: dict[str, Msg] = {
    "diploma_1": Msg("Certificates", "Diploma of the 1st degree"),
    "diploma_2": Msg("Certificates", "Diploma of the 2nd degree"),
    "diploma_3": Msg("Certificates", "Diploma of the 3rd degree"),
    "best_speaker": Msg("Certificates", "Best speaker diploma"),
    "nomination": Msg("Certificates", "Nomination diploma"),
    "participation": Msg("Certificates", "Certificate of participation"),
    "thanks": Msg("Certificates", "Letter of thanks"),
}
STATUSES: dict[str, Msg] = {
    "issued": Msg("Certificates", "issued"),
    "cancelled": Msg("Certificates", "cancelled"),
}


def kind_name(code: str) -> Msg:
    """The translatable name of a kind (an unknown code is shown as is)."""
    return KINDS.get(code) or Msg("Certificates", code)  # i18n: ignore


def status_name(code: str) -> Msg:
    """The translatable name of a register status (issued, cancelled)."""
    return STATUSES.get(code) or Msg("Certificates", code)  # i18n: ignore


MONTHS = {
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}


def format_date(value: dt.date, language: str) -> str:
    """A date as written on documents: «2025 жылғы 16 ақпан», «16 февраля 2025 г.», «16 February 2025»."""
    month = MONTHS[language][value.month - 1]
    if language == "kk":
        return f"{value.year} жылғы {value.day} {month}"
    if language == "ru":
        return f"{value.day} {month} {value.year} г."
    return f"{value.day} {month} {value.year}"


def clean_kind(kind: str) -> str:
    """A known kind code; ValidationError on ``kind`` otherwise."""
    value = (kind or "").strip()
    if value not in KINDS:
        raise ValidationError("kind", Msg("Certificates", "Unknown kind of certificate “{kind}”; choose one "
                                          "of: {allowed}.", kind=value, allowed=", ".join(KINDS)))
    return value


def clean_language(language: str) -> str:
    """kk, ru or en; ValidationError on ``language`` otherwise."""
    value = (language or "").strip().lower()
    if value not in LANGUAGES:
        raise ValidationError("language", Msg("Certificates", "Unknown language “{language}”; choose kk, ru "
                                              "or en.", language=value))
    return value


def check_placeholders(text: str, where: str = "template") -> str:
    """``text`` if it uses only known placeholders and well-formed braces; else ValidationError."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        raise ValidationError(where, Msg("Certificates", "The template text “{text}” has an unmatched "
                                         "brace {{ or }}.", text=text)) from exc
    for name in names:
        if name not in PLACEHOLDERS:
            raise ValidationError(where, Msg(
                "Certificates", "The template text “{text}” uses an unknown placeholder {{{name}}}; "
                "allowed are: {allowed}.", text=text, name=name,
                allowed=", ".join("{" + p + "}" for p in PLACEHOLDERS)))
    return text


@lru_cache(maxsize=1)
def shipped() -> dict[str, dict[str, dict[str, str]]]:
    """The shipped texts: {kind: {language: {field: text}}}."""
    data = json.loads(TEMPLATES_PATH.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def labels(language: str) -> dict[str, str]:
    """The small fixed words printed beside the QR code (serial, code) in ``language``."""
    data = json.loads(TEMPLATES_PATH.read_text(encoding="utf-8"))["_labels"]
    return dict(data[clean_language(language)])


def load_overrides() -> dict[str, Any]:
    """The user's edits of the texts, from the ``meta`` table ({} when none)."""
    row = Setting.get_or_none(Setting.key == OVERRIDES_KEY)
    if row is None or not row.value:
        return {}
    try:
        data = json.loads(row.value)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def save_overrides(overrides: dict[str, dict[str, dict[str, str]]]) -> None:
    """Check and store the user's edits ({kind: {language: {field: text}}}); empty texts fall back."""
    clean: dict[str, dict[str, dict[str, str]]] = {}
    for kind, languages in overrides.items():
        clean_kind(kind)
        for language, fields in languages.items():
            clean_language(language)
            for name, text in fields.items():
                if name not in FIELDS:
                    raise ValidationError("template", Msg("Certificates", "Unknown template field “{field}”.",
                                                          field=name))
                if text is None or not str(text).strip():
                    continue
                check_placeholders(str(text), name)
                clean.setdefault(kind, {}).setdefault(language, {})[name] = str(text)
    Setting.insert(key=OVERRIDES_KEY, value=json.dumps(clean, ensure_ascii=False)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: EXCLUDED.value}).execute()


def template(kind: str, language: str, overrides: dict[str, Any] | None = None) -> dict[str, str]:
    """The texts of ``kind`` in ``language``: shipped, with the user's edits laid over."""
    texts = dict(shipped()[clean_kind(kind)][clean_language(language)])
    extra = (overrides if overrides is not None else load_overrides()).get(kind, {}).get(language, {})
    texts.update({k: v for k, v in extra.items() if isinstance(v, str) and v.strip()})
    return texts


def fill(text: str, values: dict[str, str], where: str = "template") -> str:
    """``text`` with its placeholders replaced; unknown ones refused with a clear message."""
    check_placeholders(text, where)
    return text.format(**{p: values.get(p, "") for p in PLACEHOLDERS})


def texts_for(kind: str, language: str, *, name: str, reason: str | None, event: str | None,
              date: dt.date, place: str | None, female: bool = False,
              overrides: dict[str, Any] | None = None) -> dict[str, str]:
    """The filled texts of one certificate: title, subtitle, above, body, date line."""
    t = template(kind, language, overrides)
    values = {"name": name, "event": event or "", "date": format_date(date, language), "place": place or ""}
    default_reason = t.get("reason_noevent", "") if not event and t.get("reason_noevent") else t.get("reason", "")
    values["reason"] = (reason or "").strip() or fill(default_reason, values, "reason")
    body = t.get("body", "") if event else (t.get("body_noevent") or t.get("body", ""))
    above = t.get("above_f", "") if female and t.get("above_f") else t.get("above", "")
    return {
        "title": fill(t.get("title", ""), values, "title"),
        "subtitle": fill(t.get("subtitle", ""), values, "subtitle"),
        "above": fill(above, values, "above"),
        "body": fill(body, values, "body"),
        "dateline": ", ".join(p for p in (values["place"], values["date"]) if p),
    }
