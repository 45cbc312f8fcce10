"""Logging to a rotating file in the data folder (never to the user's face)."""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.fileperms import private_dir
from app.paths import data_dir

_configured = False


def log_dir() -> Path:
    """The folder of Tirkeu's log files."""
    return data_dir() / "logs"


def setup_logging(name: str = "tirkeu") -> Path | None:
    """Log to ``<data>/logs/<name>.log`` (5 files of 1 MB); returns the path or None."""
    global _configured
    if _configured:
        return None
    _configured = True
    path = log_dir() / f"{name}.log"
    try:
        private_dir(path.parent)  # tracebacks may quote a child's name: the user's only
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
    except OSError:
        return None  # a read-only home must not stop the program; logs are a help, not a need
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
