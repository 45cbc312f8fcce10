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


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Core tests that use the ``store`` run on both engines; window tests and ``sqlite_only`` ones on SQLite.

    The window runs on either engine through the same core; its tests stay on
    the school's engine (a file) to keep CI short.  ``TIRKEU_ENGINES=sqlite``
    runs everything on SQLite alone (no PostgreSQL needed).
    """
    if "engine" not in metafunc.fixturenames:
        return
    wanted = [e for e in os.environ.get("TIRKEU_ENGINES", ",".join(ENGINES)).split(",") if e in ENGINES]
    in_gui = "gui" in Path(str(metafunc.definition.fspath)).parts
    if in_gui or metafunc.definition.get_closest_marker("sqlite_only"):
        wanted = ["sqlite"]
    metafunc.parametrize("engine", wanted or ["sqlite"], indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """The tests' PostgreSQL server: a throwaway cluster (tests/pg_server.py), stopped at the end."""
    from tests.pg_server import start_server

    server = start_server()
    yield server
    if server.cluster is not None:
        server.cluster.stop()


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The database engine a test's store runs on (parametrized by pytest_generate_tests)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_target(engine: str, tmp_path: Path, request: pytest.FixtureRequest):
    """Where a test's database lives: a file, or a new database on the tests' PostgreSQL server."""
    if engine == "sqlite":
        yield tmp_path / "tirkeu.sqlite3"
        return
    server = request.getfixturevalue("pg_server")
    address = server.new_database()
    yield address
    from app.db.store import current_store, is_open

    if is_open() and current_store().address is not None:
        current_store().close()
    server.drop_database(address)


@pytest.fixture
def empty_store(db_target):
    """An opened database with no installation yet (a file, or a server database: see ``engine``)."""
    from app.db.store import close_database, open_database

    store = open_database(db_target)
    yield store
    close_database(store)


@pytest.fixture
def store(empty_store, monkeypatch: pytest.MonkeyPatch):
    """An opened database set up as a school in Turkistan region.

    On PostgreSQL too: the core's behaviour (merge, reports, tournaments) is
    the same whatever the role, and most tests are written from a school's
    side; the policy that a real school stays on a file is tested on its own
    (tests/test_postgres_office.py).
    """
    from app import installation
    from app.installation import init_installation

    if empty_store.engine == "postgresql":
        monkeypatch.setattr(installation, "SERVER_ROLES", installation.SERVER_ROLES | {"school"})
    init_installation("school", "№7 жалпы білім беретін мектеп", "KZ-61", "Сайрам ауданы",
                      "Әлібекова Гүлназ", "kk")
    return empty_store


def write_csv(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    """Write ``text`` as a CSV file in ``encoding``."""
    path.write_bytes(text.encode(encoding))
    return path
