"""The short guides F1 opens: one Markdown page per area of the window and language.

They are files (``resources/help/<lang>/<area>.md``), not translation strings:
a guide is a few paragraphs a translator edits as a whole.  Kazakh, Russian and
English are kept complete (``tests/test_guide.py``); a missing page falls back
to the English one rather than showing nothing.
"""
from __future__ import annotations

from app.i18n import LANGUAGES
from app.resources_path import resource_dir

#: The areas of the window, in its order; each has a guide in every language.
AREAS = ("home", "events", "people", "aid", "tournaments", "contests", "organisations",
         "certificates", "reports", "sync", "settings")

#: A guide is a short page; anything larger is not one of ours.
MAX_GUIDE_BYTES = 64 * 1024


def guide_path(area: str, lang: str):
    """Where the guide of ``area`` in ``lang`` is (it may not exist)."""
    return resource_dir() / "help" / lang / f"{area}.md"


def guide(area: str, lang: str) -> str:
    """The Markdown text of the guide of ``area`` in ``lang`` (English if that language lacks it)."""
    if area not in AREAS:
        area = "home"
    for code in (lang if lang in LANGUAGES else "en", "en"):
        path = guide_path(area, code)
        if path.is_file() and path.stat().st_size <= MAX_GUIDE_BYTES:
            return path.read_text(encoding="utf-8")
    return ""
