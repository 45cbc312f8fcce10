"""Qt side of translation: ``tr`` for the window, one translator per language.

Widgets call ``tr("Context", "English text")`` (never ``self.tr``, whose
context would be the class name and which ``tools/i18n_sync.py`` does not
extract) and show core messages with ``render(msg)``.  ``install_translator``
can be called again to switch language while running; Qt then sends a
``LanguageChange`` event to every widget, which should set its texts again.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app.i18n import Msg, normalise_language
from app.resources_path import resource_dir

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_language = "en"  # the source text is English until a translator is installed


def i18n_dir() -> Path:
    """Where the compiled ``tirkeu_<lang>.qm`` files are (PyInstaller-aware)."""
    return resource_dir() / "i18n"


def tr(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` translated into the current language (``%n`` replaced by ``n``)."""
    return QCoreApplication.translate(context, source, disambiguation, n)


def render(msg: Msg) -> str:
    """A core message in the current language, its parameters filled in."""
    return msg.render(tr)


def install_translator(app: QCoreApplication, language: str, directory: Path | None = None) -> None:
    """Show ``language`` (kk, ru, en) from now on, replacing the previous one.

    Loads ``tirkeu_<lang>.qm`` from ``directory`` (default :func:`i18n_dir`)
    and Qt's own ``qtbase_<lang>.qm`` (standard buttons, dialogs) when Qt
    ships one.  A missing file is logged and English is shown instead.
    """
    global _language
    lang = normalise_language(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_base = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{lang}", qt_dir):
        _install(app, qt_base)
    path = (directory or i18n_dir()) / f"tirkeu_{lang}.qm"
    own = QTranslator()
    if path.is_file() and own.load(str(path)):
        _install(app, own)  # installed last, so it is searched first
    elif lang != "en":
        log.warning("Translation file %s is missing or unreadable; showing English", path)
    _language = lang


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    if app.installTranslator(translator):
        _installed.append(translator)  # Qt does not own it: keep it alive


def current_language() -> str:
    """The language last installed (``en`` before any, the source text)."""
    return _language
