"""Shared fixtures: a fresh, set-up database per test; Qt offscreen; logs in tmp."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # The screen of the laptops Tirkeu is made for (Qt's offscreen default is 800×600): forms size
    # themselves to it, and tests/gui/test_screen_fit.py checks nothing is cut short on it.
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'tests' / 'laptop_screen.json'}"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user's data folder (logs, default database)."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("TIRKEU_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def empty_store(tmp_path: Path):
    """An opened database with no installation yet."""
    from app.db.store import close_database, open_database

    store = open_database(tmp_path / "tirkeu.sqlite3")
    yield store
    close_database(store)


@pytest.fixture
def store(empty_store):
    """An opened database set up as a school in Turkistan region."""
    from app.installation import init_installation

    init_installation("school", "№7 жалпы білім беретін мектеп", "KZ-61", "Сайрам ауданы",
                      "Әлібекова Гүлназ", "kk")
    return empty_store


def write_csv(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    """Write ``text`` as a CSV file in ``encoding``."""
    path.write_bytes(text.encode(encoding))
    return path
