"""The look last chosen for certificates (signatories, logo, colours, page), kept for the next batch,
and the file name a batch is saved under.

The look is this installation's (the school's director signs every batch), so
it is kept in the database's ``meta`` table, like the edited texts, and
travels with a backup.  A remembered logo that has since been moved away is
forgotten rather than refused: the next batch must not fail over it.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from peewee import EXCLUDED

from app.certificates.layout import _COLOUR, Style
from app.models import Setting

STYLE_KEY = "certificates.style"
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')  # what Windows refuses in a file name
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
NAME_LIMIT = 150  # characters: the folder's path must still fit Windows' 260


def load_style() -> Style:
    """The look saved by :func:`save_style`, or the default look."""
    row = Setting.get_or_none(Setting.key == STYLE_KEY)
    try:
        data = json.loads(row.value) if row is not None and row.value else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    style = Style()
    if data.get("orientation") in ("landscape", "portrait"):
        style.orientation = data["orientation"]
    for name in ("primary", "accent"):
        if isinstance(data.get(name), str) and _COLOUR.match(data[name]):
            setattr(style, name, data[name].upper())
    logo = data.get("logo")
    if isinstance(logo, str) and logo and Path(logo).is_file():
        style.logo = Path(logo)
    signatories = data.get("signatories")
    if isinstance(signatories, list):
        style.signatories = [(str(p), str(n)) for p, n in
                             (s for s in signatories if isinstance(s, list) and len(s) == 2)][:2]
    return style


def save_style(style: Style) -> None:
    """Keep ``style`` for the next batch (after it has passed ``Style.check``)."""
    data = {"orientation": style.orientation, "primary": style.primary, "accent": style.accent,
            "logo": str(style.logo) if style.logo else None,
            "signatories": [list(pair) for pair in style.signatories]}
    Setting.insert(key=STYLE_KEY, value=json.dumps(data, ensure_ascii=False)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: EXCLUDED.value}).execute()


def windows_safe(text: str, limit: int = NAME_LIMIT) -> str:
    """``text`` as a file name every system takes: no <>:"/\\|?* or control characters, no trailing
    dot or space, not a reserved device name (CON, LPT1…), at most ``limit`` characters."""
    cleaned = " ".join(_UNSAFE.sub(" ", text).split())[:limit].rstrip(" .")
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned or "_"


def batch_file_name(word: str, title: str | None, day: dt.date) -> str:
    """«Сертификаттар — <title> — 2026-12-04.pdf»: ``word`` is «Certificates» in the interface language."""
    parts = [word, title or "", day.isoformat()]
    return windows_safe(" — ".join(p.strip() for p in parts if p and p.strip()), NAME_LIMIT) + ".pdf"
