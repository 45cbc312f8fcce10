"""F1's guides: every area has one in Kazakh, Russian and English, in its own language."""
from __future__ import annotations

import re

import pytest

from app.guide import AREAS, guide, guide_path
from app.i18n import LANGUAGES

KAZAKH_ONLY = set("әғқңөұүһі")


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
        # Latin words beyond names of files and formats mean an untranslated sentence.
        latin = [w for w in re.findall(r"[A-Za-z]{4,}", text)
                 if w not in {"Tirkeu", "XLSX", "Ctrl", "tirkeu", "identity", "json", "docs", "tournaments"}]
        assert len(latin) <= 2, (area, latin)
    assert not re.search(r"[а-яәғқңөұүһі]", en.replace("«Мектепке жол»", "")), f"{area}: Cyrillic in English"


def test_an_unknown_language_or_area_falls_back_rather_than_showing_nothing():
    assert guide("events", "de") == guide("events", "en")
    assert guide("no-such-area", "kk") == guide("home", "kk")
