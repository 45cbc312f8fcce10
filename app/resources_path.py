"""Where the files shipped with the program are: ``resources/`` (reference data,
translations, fonts, certificate texts, icons).

Beside the packages when run from the source tree; inside PyInstaller's bundle
folder (``sys._MEIPASS``, the ``_internal`` folder of a one-folder build) when
frozen.  Every reader of ``resources/`` goes through :func:`resource_dir`.
"""
from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The ``resources`` folder (it is not checked that it exists)."""
    if getattr(sys, "frozen", False):
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
    else:
        base = Path(__file__).resolve().parent.parent
    return base / "resources"
