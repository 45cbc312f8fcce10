"""Where Tirkeu keeps its data, without Qt.

The same folder Qt's ``QStandardPaths.AppDataLocation`` gives for an
application named "Tirkeu" with no organisation name, so that the command
line and the window find the same default database
(``tests/gui/test_main_window.py::test_default_data_folder_is_qts`` checks they agree).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "Tirkeu"
DB_FILE_NAME = "tirkeu.sqlite3"


def data_dir() -> Path:
    """The user's data folder for Tirkeu (not created here)."""
    override = os.environ.get("TIRKEU_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def default_db_path() -> Path:
    """The database used when no --db is given."""
    return data_dir() / DB_FILE_NAME
