"""What the import's worker process made of one bundle file, as handed to the process that writes it.

The worker (app/sync/worker.py) reads a file once: its manifest, signature and
hash, and, when the signature holds with the key it knows, the payload,
decrypted, parsed and its records checked one by one.  Nothing here is trusted
on its own: the writing process checks the sender, the signature with the key
trusted in its database, the bundles already imported and who may write what,
in the same order as when it reads the file itself (app/sync/importer.py).
Errors cross the process boundary as data and are raised again there, with
the same messages.
"""
from __future__ import annotations

import traceback
from array import array
from dataclasses import dataclass, field
from typing import Any

from app.errors import KnownError


class NotPrepared(Exception):  # noqa: N818 - a signal, not an error the user sees
    """The worker did not read the file as far as this import needs: read it in this process."""


class WorkerError(Exception):
    """An unexpected error (a bug) met in the worker; ``type_name`` names the original's class."""

    def __init__(self, type_name: str, details: str) -> None:
        super().__init__(f"{type_name} in the import's worker process:\n{details}")
        self.type_name = type_name
        self.details = details

    def __reduce__(self) -> tuple[Any, ...]:
        return (WorkerError, (self.type_name, self.details))


@dataclass(frozen=True)
class _Known:
    """A KnownError as data: its class, message and attributes (its own pickling loses the message)."""

    cls: type[KnownError]
    attrs: dict[str, Any]

    def restore(self) -> KnownError:
        exc = self.cls.__new__(self.cls)
        Exception.__init__(exc, self.attrs["msg"].render())
        exc.__dict__.update(self.attrs)
        return exc


def portable(exc: BaseException) -> _Known | WorkerError:
    """``exc`` in a form that crosses to the writing process and is raised there as it was met."""
    if isinstance(exc, KnownError):
        return _Known(type(exc), dict(exc.__dict__))
    return WorkerError(type(exc).__name__, "".join(traceback.format_exception(exc))[-4000:])


def restore(carried: _Known | WorkerError) -> BaseException:
    """The exception :func:`portable` carried."""
    return carried.restore() if isinstance(carried, _Known) else carried


@dataclass
class Checked:
    """A bundle's records that passed the checks of their own (by table, in line order), their line
    numbers, and the lines rejected with their reasons."""

    tables: dict[str, list[dict[str, Any]]]
    lines: dict[str, list[int]]
    rejected: list[dict[str, Any]]

    def __getstate__(self) -> dict[str, Any]:
        # Rows as tuples under one column list: a third less to send, and the records are
        # made again faster than pickle makes dicts (the writing process is the busy one).
        tables: dict[str, tuple[tuple[str, ...] | None, list]] = {}
        for table, records in self.tables.items():
            if not records:
                continue
            columns = tuple(records[0])
            if all(tuple(r) == columns for r in records):
                tables[table] = (columns, [tuple(r.values()) for r in records])
            else:
                tables[table] = (None, records)
        return {"names": list(self.tables), "tables": tables, "rejected": self.rejected,
                "lines": {t: array("I", n).tobytes() for t, n in self.lines.items() if n}}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.tables = {t: [] for t in state["names"]}
        for table, (columns, rows) in state["tables"].items():
            self.tables[table] = rows if columns is None else [dict(zip(columns, row)) for row in rows]
        self.lines = {t: [] for t in state["names"]}
        for table, raw in state["lines"].items():
            self.lines[table] = array("I", raw).tolist()
        self.rejected = state["rejected"]


@dataclass
class Prepared:
    """One file as the worker read it (see the module's docstring)."""

    path: str
    identity: str | None  # the decryption key the worker used
    open_error: _Known | WorkerError | None = None  # opening the file (not a ZIP, damaged …)
    manifest: bytes = b""
    signature: str = ""
    payload_name: str = ""
    sha256: str | None = None  # the whole file's, once its signature held with the key the worker knew
    read: bool = False  # the payload was read (and checked, or payload_error says why not)
    payload_error: _Known | WorkerError | None = None
    result: Checked | None = field(default=None, repr=False)

    def opened(self) -> PreparedBundle:
        """The file's small members, as :class:`app.sync.container.OpenBundle` gives them; raises
        what opening the file raised."""
        if self.open_error is not None:
            raise restore(self.open_error)
        return PreparedBundle(self)

    def checked(self, age_identity: str | None) -> Checked:
        """The records checked one by one; raises what reading, decrypting or checking them raised."""
        if age_identity != self.identity:
            raise NotPrepared  # the installation's key changed during the import
        if self.payload_error is not None:
            raise restore(self.payload_error)
        if self.result is None:
            raise NotPrepared
        return self.result


class PreparedBundle:
    """A stand-in for an opened bundle file, from what the worker read."""

    def __init__(self, prepared: Prepared) -> None:
        self._prepared = prepared
        self.manifest = prepared.manifest
        self.signature = prepared.signature
        self.payload_name = prepared.payload_name

    def sha256(self) -> str:
        """The whole file's SHA-256 as the worker read it."""
        if self._prepared.sha256 is None:
            raise NotPrepared
        return self._prepared.sha256

    def payload(self, expected_size: int) -> bytes:
        """Nothing: the worker decrypted and checked the payload (``Prepared.checked`` holds it)."""
        if not self._prepared.read:
            raise NotPrepared
        return b""

    def __enter__(self) -> PreparedBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        return None
