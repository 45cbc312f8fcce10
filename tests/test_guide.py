"""F1's guides: every area has one in Kazakh, Russian and English, in its own language."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.guide import AREAS, guide, guide_path
from app.i18n import LANGUAGES

KAZAKH_ONLY = set("әғқңөұүһі")
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "i18n"
#: Bold words that are not labels of the window: keys, the report's file buttons, Qt's own Yes.
NOT_LABELS = {"F1", "Ctrl+N", "Ctrl+F", "Ctrl+S", "Enter", "Delete", "Esc", "XLSX", "PDF", "CSV", "Иә", "Да"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_area_has_a_guide_in_every_language(lang):
    missing = [area for area in AREAS if not guide_path(area, lang).is_file()]
    assert not missing, f"{lang}: no guide for {missing}"
    for area in AREAS:
        text = guide(area, lang)
        assert text.startswith("# ") and len(text.split()) >= 40, (lang, area)


@pytest.mark.parametrize("area", AREAS)
def test_guides_are_written_in_their_language(area):
    kk, ru, en = guide(area, "kk"), guide(area, "ru"), guide(area, "en")
    assert KAZAKH_ONLY & set(kk.lower()), f"{area}: the Kazakh guide has no Kazakh letters"
    for text in (kk, ru):
        # Latin words beyond names of files, formats and keys (written on the keyboard as they are)
        # mean an untranslated sentence.
        latin = [w for w in re.findall(r"[A-Za-z]{4,}", text)
                 if w not in {"Tirkeu", "XLSX", "Ctrl", "tirkeu", "identity", "json", "docs", "tournaments",
                              "Excel", "Enter", "Delete", "Left"}]
        assert len(latin) <= 2, (area, latin)
    # Cyrillic in «quotes» is an example or a name («нурмаг» finds «Нұрмағамбетов», «Мектепке жол»).
    assert not re.search(r"[а-яәғқңөұүһі]", re.sub(r"«[^»]*»", "", en)), f"{area}: Cyrillic in English"


def test_an_unknown_language_or_area_falls_back_rather_than_showing_nothing():
    assert guide("events", "de") == guide("events", "en")
    assert guide("no-such-area", "kk") == guide("home", "kk")


def _plain(text: str) -> str:
    """A label as the user reads it: no mnemonic «&», no trailing colon or ▸/▾, spaces collapsed."""
    return " ".join(text.replace("&", "").strip().rstrip(":▸▾ ").split())


def _window_labels(lang: str) -> list[re.Pattern]:
    """Every text of the window in ``lang`` (a {placeholder} matches anything), and its part before a colon."""
    found = []
    for message in ET.parse(TRANSLATIONS / f"tirkeu_{lang}.ts").getroot().iter("message"):
        text = message.findtext("source") if lang == "en" else message.findtext("translation")
        for label in {_plain(text or ""), _plain((text or "").split(":")[0])}:
            if len(re.findall(r"\w", re.sub(r"\{\w+\}", "", label))) < 2:
                continue  # "{name}", "{a} – {b}": no words of its own to match
            found.append(re.compile(re.sub(r"\\\{\w+\\\}", ".+", re.escape(label))))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_buttons_tabs_and_fields_a_guide_names_are_the_ones_on_screen(lang):
    """A **bold** name in a guide is a label of the window in the same language (renaming one means the guide)."""
    labels = _window_labels(lang)
    named = []
    for area in AREAS:
        text = guide(area, lang)
        named += [(area, name) for name in re.findall(r"\*\*(.+?)\*\*", text)]
        # A path through menus and tabs, *File → Import …*: each step is on screen.
        named += [(area, step.strip()) for path in re.findall(r"(?<!\*)\*([^*]+→[^*]+)\*(?!\*)", text)
                  for step in path.split("→")]
    unknown = [(area, name) for area, name in named
               if name not in NOT_LABELS and not any(p.fullmatch(_plain(name)) for p in labels)]
    assert len(named) > 2 * len(AREAS) and not unknown, unknown
