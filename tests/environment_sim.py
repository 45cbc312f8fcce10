"""The simulated environment of tests/test_environment_errors.py: full disks, read-only folders."""

from __future__ import annotations

import builtins
import errno
import hashlib
import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import pytest

from tests.conftest import ROOT

FULL_AFTER_BYTES = 300  # what still fits on the "full" disk
FULL_PAGES = 3  # the pages an SQLite file there may have


# --- the simulated environment ---------------------------------------------------


def _inside(target: Any, folder: Path) -> bool:
    if isinstance(target, int):
        if not sys.platform.startswith("linux"):
            return True  # cannot tell where a descriptor points: treat it as inside
        try:
            target = os.readlink(f"/proc/self/fd/{target}")
        except OSError:
            return False
    if isinstance(target, bytes):
        target = os.fsdecode(target)
    text = os.fspath(target)
    if text.startswith("file:"):
        text = unquote(urlparse(text).path)
    try:
        return Path(text).resolve().is_relative_to(folder)
    except (OSError, ValueError):
        return False


class _FullDiskFile(io.FileIO):
    """A file on a disk with ``room`` bytes left: writes past it land partly, then fail."""

    room = FULL_AFTER_BYTES

    def write(self, data: Any) -> int:
        data = bytes(data)
        if len(data) > self.room:
            if self.room:
                super().write(data[:self.room])  # a real full disk leaves the bytes that fitted
                self.room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return super().write(data)


def _writing(mode: str) -> bool:
    return any(c in mode for c in "wax+")


def simulate(kind: str, folder: Path | str, patch: Callable[[Any, str, Any], None] = setattr) -> None:
    """Make ``folder`` a full disk (``"full"``) or read-only (``"readonly"``) for this process.

    ``patch`` is ``monkeypatch.setattr`` in a test (undone after it), plain
    ``setattr`` in a child process.
    """
    folder = Path(folder).resolve()
    real_open, real_fdopen, real_os_open = builtins.open, os.fdopen, os.open
    real_connect, real_replace = sqlite3.connect, os.replace

    def denied(target: Any) -> PermissionError:
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(target)
                               if not isinstance(target, int) else str(target))

    if kind == "full":
        def full_open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
                      closefd=True, opener=None):
            if not _writing(mode) or not _inside(file, folder):
                return real_open(file, mode, buffering, encoding, errors, newline, closefd, opener)
            raw = _FullDiskFile(file, mode.replace("b", "").replace("t", ""), closefd=closefd)
            buffered = io.BufferedRandom(raw) if "+" in mode else io.BufferedWriter(raw)
            return buffered if "b" in mode else io.TextIOWrapper(buffered, encoding, errors, newline)

        def full_fdopen(fd, mode="r", *args, **kwargs):
            if isinstance(fd, int) and _writing(mode) and _inside(fd, folder):
                return full_open(fd, mode)
            return real_fdopen(fd, mode, *args, **kwargs)

        def full_connect(database, *args, **kwargs):
            conn = real_connect(database, *args, **kwargs)
            if _inside(database, folder):
                conn.execute(f"PRAGMA max_page_count = {FULL_PAGES}")
            return conn

        patch(builtins, "open", full_open)
        patch(io, "open", full_open)
        patch(os, "fdopen", full_fdopen)
        patch(sqlite3, "connect", full_connect)
    elif kind == "readonly":
        def ro_open(file, mode="r", *args, **kwargs):
            if _writing(mode) and _inside(file, folder):
                raise denied(file)
            return real_open(file, mode, *args, **kwargs)

        def ro_os_open(path, flags, *args, **kwargs):
            if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and _inside(path, folder):
                raise denied(path)
            return real_os_open(path, flags, *args, **kwargs)

        def ro_connect(database, *args, **kwargs):
            text = os.fspath(database) if not isinstance(database, bytes) else os.fsdecode(database)
            if _inside(database, folder) and "mode=ro" not in text:
                raise sqlite3.OperationalError("unable to open database file")
            return real_connect(database, *args, **kwargs)

        def ro_replace(src, dst, *args, **kwargs):
            if _inside(dst, folder):
                raise denied(dst)
            return real_replace(src, dst, *args, **kwargs)

        patch(builtins, "open", ro_open)
        patch(io, "open", ro_open)
        patch(os, "open", ro_os_open)
        patch(sqlite3, "connect", ro_connect)
        patch(os, "replace", ro_replace)
    else:
        raise ValueError(kind)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with its hash: nothing added, nothing changed."""
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def cli(*args: str, simulate_kind: str | None = None, folder: Path | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess:
    """``python -m app ARGS`` in a subprocess (with the environment simulated, if asked)."""
    code = "import sys\nfrom app.cli import main\n"
    if simulate_kind:
        code += (f"from tests.test_environment_errors import simulate\n"
                 f"simulate({simulate_kind!r}, {str(folder)!r})\n")
    code += "sys.exit(main(sys.argv[1:]))\n"
    # Messages are checked in English; without --lang they follow the installation's language.
    args = ("--lang", "en", *args)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=timeout)


def one_line_failure(result: subprocess.CompletedProcess, *words: str) -> str:
    """The CLI failed with exit 1 and one line on stderr (no traceback) holding ``words``."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1 and lines[0].startswith("tirkeu: "), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def people(store):
    """The school's database with a few dozen people (enough to overflow the full disk)."""
    from app.models import Person

    with store.db.atomic():
        for i in range(40):
            Person(surname=f"Сейітқали{i}", name="Нұрсұлтан", patronymic="Ерланұлы",
                   iin=None, grade="9Ә").save()
    return store


@pytest.fixture
def stick(tmp_path) -> Path:
    """The folder that will be full or read-only: a USB stick, say."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder

