"""PySide6's import hook, told not to read the source of every module imported after it.

Importing PySide6 replaces ``__import__`` with a hook that, for each module
imported afterwards, reads that module's whole source (``inspect.getsource``)
to learn whether it mentions PySide6, so that ``from __feature__ import
snake_case`` can be scoped to the modules that ask for it.  Tirkeu never uses
``__feature__``; reading the sources of the ~120 modules loaded between
PySide6 and the filled overview took 15-25 ms of every start (``make bench``).
Here every module is answered as one that uses PySide6, which gives it
PySide6's default API: what each of Tirkeu's modules gets anyway.
"""
from __future__ import annotations

from types import ModuleType


def skip_source_scan() -> None:
    """Import PySide6's core and answer its per-module question without reading sources."""
    import PySide6.QtCore  # noqa: F401 - installs the hook adjusted here

    try:
        import shibokensupport.feature as feature  # PySide6's own support package, loaded by the line above
    except ImportError:
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _default_api


def _default_api(module: ModuleType) -> bool:
    """Every module gets PySide6's default API (no ``__feature__`` switches)."""
    return True
