"""Reference data shipped as JSON in ``resources/reference/``.

Each ``<kind>.json`` is a list of items; every item has a ``code``, its
names ``kk``, ``ru``, ``en`` and a ``sort`` number.  Some kinds add more:

- ``regions``: ``kind`` (region|city), ``aliases`` (other spellings,
  abbreviations such as ВКО, old names such as Нур-Султан, old ISO letter
  codes such as KZ-ALA), ``districts`` (a few real districts with ``kk``,
  ``ru``, ``en`` and ``kind`` district|city, for demo data; not complete).
  ``code`` is the ISO 3166-2:KZ code (numeric since 2022).
- ``event_kinds``: ``programmes``, ``mass`` (reported as a head-count) and
  ``rules`` (targets from the seeds: ``min/max_duration_minutes``,
  ``min_participants``, ``days``, ``min_per_region_per_month``,
  ``min_per_region``, ``min_per_week``…).
- ``programmes``: ``season`` (MM-DD start/end) where the seed gives one.
- ``aid_items``: ``unit`` (``code`` and names) of the quantity.

Lookups accept a code or a name in any language, compared with
:func:`app.text.fold`, which also takes Kazakh letters typed as Russian ones
(Шыгыс for Шығыс).
"""
from __future__ import annotations

import copy
import json
import re
from functools import cache
from typing import Any

from app.errors import ValidationError
from app.i18n import LANGUAGES, Msg, normalise_language
from app.resources_path import resource_dir
from app.text import fold

REFERENCE_DIR = resource_dir() / "reference"

_KIND_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PUNCT = re.compile(r"[.,;:!?«»\"'“”„()\[\]/\\]+")
_DASHES = re.compile(r"\s*[-‐‑‒–—]\s*")
_PARTS = re.compile(r"\s*[/()]\s*")
_REGION_CODE = re.compile(r"^(?:kz)?[\s-]*(\d{2})$")

# Words that say what sort of unit a name is ("Алматы облысы", "г. Алматы"), folded as the names are.
_REGION_WORDS = frozenset(fold(
    "облысы облыс обл область обл-ть region oblast oblysy province").split())
_CITY_WORDS = frozenset(fold(
    "қаласы қала қ город гор г city qalasy республиканского республикалық значения маңызы бар").split())


def _key(text: str) -> str:
    """Comparison form of a name: folded, punctuation to spaces, dashes joined."""
    folded = _PUNCT.sub(" ", fold(text))
    return " ".join(_DASHES.sub("-", folded).split())


def _strip_type_words(key: str) -> tuple[str, str | None]:
    """The key without "region"/"city" words, and which sort was named."""
    words = key.split()
    said: str | None = None
    kept = []
    for word in words:
        if word in _REGION_WORDS:
            said = "region"
        elif word in _CITY_WORDS:
            said = said or "city"
        else:
            kept.append(word)
    return " ".join(kept), said


@cache
def _items(kind: str) -> tuple[dict[str, Any], ...]:
    if not _KIND_NAME.match(kind or ""):
        raise ValueError(f"not a reference kind: {kind!r}")
    path = REFERENCE_DIR / f"{kind}.json"
    if not path.is_file():
        raise ValueError(f"no reference data {kind!r} in {REFERENCE_DIR}")
    data = json.loads(path.read_text(encoding="utf-8"))
    items = data["items"] if isinstance(data, dict) else data
    return tuple(sorted(items, key=lambda item: (item.get("sort", 0), item["code"])))


def load(kind: str) -> list[dict]:
    """All items of ``kind`` (e.g. ``"regions"``), in ``sort`` order.

    The files are read once; each call returns a fresh copy to change freely.
    """
    return copy.deepcopy(list(_items(kind)))


def codes(kind: str) -> list[str]:
    """The codes of ``kind`` in ``sort`` order."""
    return [item["code"] for item in _items(kind)]


@cache
def _by_code(kind: str) -> dict[str, dict[str, Any]]:
    return {item["code"]: item for item in _items(kind)}


def item(kind: str, code: str) -> dict | None:
    """A copy of the item with ``code``, or ``None``."""
    found = _by_code(kind).get(code)
    return copy.deepcopy(found) if found is not None else None


def name(kind: str, code: str | None, lang: str | None = None) -> str:
    """The name of ``code`` in ``lang`` (kk, ru, en); an unknown code is shown as is."""
    if not code:
        return ""
    found = _by_code(kind).get(code)
    if found is None:
        return code
    lang = normalise_language(lang)
    return found.get(lang) or found.get("en") or code


def districts(region_code: str) -> list[dict]:
    """The sample districts of a region (``kk``, ``ru``, ``en``, ``kind``)."""
    found = _by_code("regions").get(region_code)
    return copy.deepcopy(found.get("districts", [])) if found else []


class _Index:
    """Names of one kind, folded, for lookups by any spelling."""

    def __init__(self, items: tuple[dict[str, Any], ...]) -> None:
        self.codes: dict[str, str] = {}
        self.exact: dict[str, set[str]] = {}
        self.stripped: dict[str, dict[str, set[str]]] = {}
        self.parts: dict[str, set[str]] = {}
        for entry in items:
            code = entry["code"]
            unit = entry.get("kind", "")
            self.codes[fold(code)] = code
            names = [entry.get(lang, "") for lang in LANGUAGES] + list(entry.get("aliases", []))
            for text in filter(None, names):
                key = _key(text)
                bare, _ = _strip_type_words(key)
                self.exact.setdefault(key, set()).add(code)
                if bare:
                    self.stripped.setdefault(bare, {}).setdefault(unit, set()).add(code)
                # "Дәріс / кездесу", "Кеңес (консультация)": each part names it too.
                for part in _PARTS.split(text):
                    k = _key(part)
                    if k and k != key:
                        self.parts.setdefault(k, set()).add(code)

    def find(self, text: str) -> str | None:
        """The one code ``text`` names, or ``None`` (unknown or ambiguous)."""
        key = _key(text)
        code = self.codes.get(fold(text).replace(" ", "")) or self.codes.get(key)
        if code:
            return code
        found = self.exact.get(key)
        if found and len(found) == 1:
            return next(iter(found))
        bare, said = _strip_type_words(key)
        by_unit = self.stripped.get(bare)
        if by_unit:
            # "Алматы облысы" → the region, "г. Алматы" or plain "Алматы" → the city.
            if said and said in by_unit:
                found = by_unit[said]
            elif len(by_unit) == 1:
                found = next(iter(by_unit.values()))
            else:
                found = by_unit.get("city", set())
            if len(found) == 1:
                return next(iter(found))
        found = self.parts.get(key)
        if found and len(found) == 1:
            return next(iter(found))
        return None


@cache
def _index(kind: str) -> _Index:
    return _Index(_items(kind))


def lookup(kind: str, text: Any) -> str | None:
    """The code ``text`` names (code or a name in any language), or ``None``."""
    value = "" if text is None else str(text).strip()
    if not value:
        return None
    if kind == "regions":
        m = _REGION_CODE.match(fold(value))
        if m and f"KZ-{m.group(1)}" in _by_code(kind):
            return f"KZ-{m.group(1)}"
    return _index(kind).find(value)


def find_code(kind: str, text: Any, field: str) -> str:
    """The code of ``kind`` that ``text`` names; :class:`ValidationError` on ``field`` if none."""
    value = "" if text is None else str(text).strip()
    if not value:
        raise ValidationError(field, Msg("Validation", "A value is required here."))
    code = lookup(kind, value)
    if code is None:
        raise ValidationError(field, Msg(
            "Validation", "“{text}” is not in the list of allowed values ({allowed}).", text=value,
            allowed=", ".join(codes(kind))))
    return code


def find_region(text: Any) -> str:
    """The ISO code (``KZ-75``) of a region or city named by code, name or alias.

    Plain "Алматы"/"Almaty" is the city; "Алматы облысы"/"Almaty region" is
    the region.  Unknown text raises :class:`ValidationError` on ``"region"``.
    """
    value = "" if text is None else str(text).strip()
    if not value:
        raise ValidationError("region", Msg("Validation", "The region is required."))
    code = lookup("regions", value)
    if code is None:
        raise ValidationError("region", Msg(
            "Validation",
            "Unknown region “{text}”: give one of the 17 regions or the cities Astana, Almaty, "
            "Shymkent, by name or by code (for example KZ-75).", text=value))
    return code
