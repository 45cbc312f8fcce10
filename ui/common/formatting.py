"""Showing stored values the way people read them, in the current language."""
from __future__ import annotations

import datetime as dt
from typing import Any

from app.aid.given import status_name as aid_status_name
from app.certificates.templates import kind_name as cert_kind_name
from app.certificates.templates import status_name as cert_status_name
from app.reference import name as ref_name
from ui.i18n import current_language, render, tr


def format_date(value: Any) -> str:
    """DD.MM.YYYY from a date or an ISO string; '' for nothing."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value.strftime("%d.%m.%Y")


def format_money(value: Any) -> str:
    """Tenge with thin grouping: 25 000 ₸."""
    if value in (None, ""):
        return ""
    return f"{int(value):,} ₸".replace(",", "\u202f")


def format_sex(value: Any) -> str:
    """The translated word for M / F."""
    return {"M": tr("Format", "male"), "F": tr("Format", "female")}.get(value or "", "")


def format_language(code: Any) -> str:
    """The name of a language code (kk, ru, en) in the current language."""
    return {"kk": tr("Format", "Kazakh"), "ru": tr("Format", "Russian"),
            "en": tr("Format", "English")}.get(code or "", code or "")


def format_value(kind: str, value: Any) -> str:
    """A list cell's text for a column of ``kind`` (see ``app.listing.Column``)."""
    if value is None:
        return ""
    if kind == "date":
        return format_date(value)
    if kind == "money":
        return format_money(value)
    if kind == "int":
        return f"{int(value):,}".replace(",", "\u202f")
    if kind == "sex":
        return format_sex(value)
    if kind == "language":
        return format_language(value)
    if kind == "aid_status":
        return render(aid_status_name(value)) if value else ""
    if kind in ("cert_kind", "cert_status"):
        return render((cert_kind_name if kind == "cert_kind" else cert_status_name)(str(value)))
    if kind.startswith("refs:"):
        ref = kind[5:]
        return ", ".join(ref_name(ref, code, current_language()) for code in str(value).split(",") if code)
    if kind.startswith("ref:"):
        return ref_name(kind[4:], str(value), current_language())
    return str(value)
