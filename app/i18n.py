"""Translatable messages for the core, without Qt.

The core never imports Qt, yet its messages (validation errors, import
reports, command-line output) must appear in Kazakh, Russian or English.
Messages are written as ``Msg("Context", "English source {param}", param=…)``
or marked with ``N_("Context", "text")``; ``tools/i18n_sync.py`` collects
them into the same Qt Linguist ``.ts`` files the window uses, so one
translation serves both.  The window renders a ``Msg`` through
``QCoreApplication.translate``; the command line through :class:`Catalog`,
which reads the ``.ts`` XML directly.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.resources_path import resource_dir

LANGUAGES = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "kk"
I18N_DIR = resource_dir() / "i18n"

Translate = Callable[[str, str], str]


def N_(context: str, source: str) -> str:
    """Mark a string for translation; returns it unchanged (translated later)."""
    return source


@dataclass(frozen=True)
class Msg:
    """A translatable message: context, English source text and its parameters."""

    context: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def __init__(self, context: str, source: str, **params: Any) -> None:
        object.__setattr__(self, "context", context)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "params", params)

    def render(self, translate: Translate | None = None) -> str:
        """The message in the language of ``translate`` (English without one)."""
        text = translate(self.context, self.source) if translate else self.source
        params = {k: (v.render(translate) if isinstance(v, Msg) else v) for k, v in self.params.items()}
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message itself.
            return self.source.format(**params)

    def __str__(self) -> str:
        return self.render()


class Catalog:
    """Translations of one language read from a Qt ``.ts`` file (no Qt needed)."""

    def __init__(self, language: str, entries: dict[tuple[str, str], str]) -> None:
        self.language = language
        self._entries = entries

    def translate(self, context: str, source: str) -> str:
        """The translation of ``source`` in ``context``, or ``source`` itself."""
        return self._entries.get((context, source)) or source

    def __len__(self) -> int:
        return len(self._entries)


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """Finished translations of a ``.ts`` file as {(context, source): text}."""
    import xml.etree.ElementTree as ET  # only the command line reads .ts files

    entries: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                entries[(name, source)] = tr.text
    return entries


@cache
def catalog(language: str) -> Catalog:
    """The catalog of ``language`` (kk, ru, en); English is the source text."""
    path = I18N_DIR / f"tirkeu_{language}.ts"
    entries = read_ts(path) if path.exists() else {}
    return Catalog(language, entries)


def normalise_language(value: str | None) -> str:
    """A supported language code from user input (``kk``, ``ru_RU``, ``EN``…)."""
    code = (value or DEFAULT_LANGUAGE).strip().lower().replace("-", "_").split("_")[0]
    if code in ("kz", "qq"):
        code = "kk"
    return code if code in LANGUAGES else DEFAULT_LANGUAGE
