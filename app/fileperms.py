"""Files only their owner can read: the database, its backups, secret keys, kept bundles.

The database holds children's personal data and the installation's secret
keys (the signing key, an office's age identity), so on Linux (and any POSIX
system) it, every copy of it and every folder of such copies are created
readable by the user only: files 0600, folders 0700.  A file is made with
that mode from the start (``os.open`` with 0o600, never a chmod after writing
it, which would leave a moment when others could read it); SQLite then gives
its -wal, -shm and -journal files the main file's mode.  An existing file or
folder of ours that others can read is tightened the next time it is used.

On Windows nothing is done: the files live in the user's profile, which
other users cannot read.  A file system without POSIX modes (a FAT USB stick)
ignores the modes; that is not an error either.
"""
from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
POSIX = os.name == "posix"


def private_file(path: Path | str) -> Path:
    """Make sure ``path`` exists readable by its owner only: created empty with 0600, or tightened.

    An empty file is what SQLite treats as a new database, so this can be
    called before ``sqlite3.connect`` to have the database (and the -wal and
    -shm files SQLite makes beside it) private from its first byte.  Raises
    ``OSError`` when the file cannot be created (the caller says why); an
    existing file whose mode cannot be changed (not ours, a read-only disk) is
    left as it is.
    """
    path = Path(path)
    if not POSIX:
        return path
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        tighten(path)
    else:
        os.close(fd)
    return path


def private_dir(path: Path | str, *, tighten_existing: bool = True) -> Path:
    """Create the folder ``path`` (and its parents) with 0700 for its last part, or tighten it.

    ``tighten_existing=False`` is for a folder the user chose (the database's
    own folder, which may be Documents): created private if it is new, left
    alone if it was there.  Raises ``OSError`` when it cannot be created.
    """
    path = Path(path)
    if not POSIX:
        path.mkdir(parents=True, exist_ok=True)
        return path
    try:
        path.mkdir(mode=DIR_MODE, parents=True)
    except FileExistsError:
        if tighten_existing:
            tighten(path)
    return path


def tighten(path: Path | str) -> bool:
    """Take group's and others' permissions away from an existing file or folder; True if changed.

    0644 becomes 0600, 0755 becomes 0700, a read-only 0444 file becomes 0400.
    Quietly does nothing when the path is missing, not ours or on a disk that
    cannot be changed: tightening is a protection, never a reason to stop.
    """
    if not POSIX:
        return False
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if not mode & 0o077:
            return False
        os.chmod(path, mode & ~0o077)
    except OSError:
        return False
    return True


def write_private(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to a file readable by its owner only (a secret key, say), replacing it.

    The file is opened with 0600 from the start; a file that was already there
    is tightened before anything is written into it.  Raises ``OSError``.
    """
    path = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        if POSIX:
            with contextlib.suppress(OSError):
                os.fchmod(fd, stat.S_IMODE(os.fstat(fd).st_mode) & ~0o077)
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return path
