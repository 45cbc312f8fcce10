"""The office import's worker process: the next bundles are read, decrypted and checked while this process writes.

An office imports hundreds of bundles; about a third of the time went on work
that needs no database (decrypting, parsing JSON, checking each record's
types and ranges) and the rest on writing.  A second process does the first
part a few files ahead, on the computer's other core, and hands over what it
made (app/sync/prepared.py); this process then makes every check that depends
on its database, in the same order as for a file it reads itself, and writes.

The worker decides nothing: what it gets is a snapshot of the keys trusted
here, used only to leave unread the payload of a file whose signature does
not hold (as the import itself never unpacks one).  A file it did not read
far enough, a file too large to hold twice, or any file at all when the worker
could not start or stopped, is read by this process as before.

Memory stays bounded: at most ``AHEAD`` files (and ``AHEAD_BYTES`` of them)
are handed out beyond the one being written.  The process is started with
"spawn" (the same on Linux and Windows, and in the built program, whose entry
point calls ``multiprocessing.freeze_support``).
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import queue
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from app.db.rows import tuples
from app.installation import require_installation
from app.models import BundleLog, Peer
from app.sync import container
from app.sync.bundle_records import check_lines
from app.sync.importer import _decrypt, _manifest
from app.sync.minisign import parse_public_key, verify
from app.sync.prepared import Prepared, portable

log = logging.getLogger(__name__)

AHEAD = 3  # files handed out beyond the one being written
AHEAD_BYTES = 48 << 20  # … and at most this much of them (the worker holds each one parsed)
BIG_FILE = 32 << 20  # larger files are read here: held in two processes at once they would double the peak
# Fewer or smaller files are read here.  The worker takes ~0.2 s of the other core to start and
# saves ~25 ms a MB of bundles; measured here, 3 bundles (1.2 MB) took 0.09 s instead of 0.19 s
# read in one process, 20 bundles (8 MB) 0.55-0.88 s instead of 0.55-0.63 s on a busy machine,
# 400 bundles (160 MB) 9.5-11.5 s instead of 12.8-13.4 s.
MIN_FILES = 3
MIN_BYTES = 16 << 20
WAIT = 0.5  # seconds between looks at whether the worker is still alive
FREE, STARTED, TAKEN = 0, 1, 2  # a file's claim (see Feed)


@dataclass(frozen=True)
class Snapshot:
    """What the worker knows of this installation when it starts (only to choose what to read)."""

    me: str
    age_identity: str | None
    keys: dict[str, bytes]  # trusted, not revoked
    known: frozenset[str]  # every peer, revoked too: a claimed key is tried only for unknown senders
    trust_new: bool
    imported: frozenset[tuple[str, int]]


def take_snapshot(trust_new: bool) -> Snapshot:
    """This installation's keys and trust now, for the worker."""
    me = require_installation()
    keys: dict[str, bytes] = {}
    known: set[str] = set()
    for peer_id, key, revoked in tuples(Peer.select(Peer.id, Peer.public_key, Peer.revoked_at)):
        known.add(peer_id)
        if not revoked and key:
            keys[peer_id] = bytes(key)
    imported = frozenset((installation, sequence) for installation, sequence in tuples(
        BundleLog.select(BundleLog.installation, BundleLog.sequence).where(BundleLog.status == "imported")))
    return Snapshot(me.id, me.age_identity, keys, frozenset(known), trust_new, imported)


def prepare(path: str, snap: Snapshot) -> Prepared:
    """Read one file as far as its signature allows (see the module's docstring); never raises."""
    prepared = Prepared(path=path, identity=snap.age_identity)
    try:
        bundle = container.OpenBundle(Path(path))
    except Exception as exc:  # noqa: BLE001 - raised again in the writing process
        prepared.open_error = portable(exc)
        return prepared
    with bundle:
        prepared.manifest, prepared.signature = bundle.manifest, bundle.signature
        prepared.payload_name = bundle.payload_name
        try:
            manifest = _manifest(bundle.manifest, bundle.payload_name)
            key = _key(manifest, snap)
            if key is None:
                return prepared
            verify(bundle.signature, bundle.manifest, key)
            prepared.sha256 = bundle.sha256()
        except Exception:  # noqa: BLE001 - the writing process checks it again and says what is wrong
            return prepared
        sender, receiver = manifest["sender"]["installation"], manifest.get("receiver")
        if (sender, manifest["sequence"]) in snap.imported or receiver not in (None, "", snap.me):
            return prepared  # already imported here, or not for here: the payload is not needed
        prepared.read = True
        try:
            raw = bundle.payload(manifest["payload"]["size"])
        except Exception as exc:  # noqa: BLE001
            prepared.payload_error = portable(exc)
            return prepared
    try:
        payload = _decrypt(raw, prepared.payload_name, manifest, snap.age_identity)
        del raw
        prepared.result = check_lines(payload, manifest["records"])
    except Exception as exc:  # noqa: BLE001
        prepared.payload_error = portable(exc)
    return prepared


def _key(manifest: dict[str, Any], snap: Snapshot) -> bytes | None:
    """The key to check the signature with, as far as the worker knows; None: leave the payload alone."""
    sender = manifest["sender"]
    installation = sender["installation"]
    if installation == snap.me:
        return None
    if installation in snap.keys:
        return snap.keys[installation]
    if snap.trust_new and installation not in snap.known:
        return parse_public_key(str(sender.get("public_key") or "")[:200])
    return None


def serve(tasks: Connection, results: Connection, snap: Snapshot, claims: Any) -> None:
    """The worker's loop: ``(index, path)`` in, ``(index, Prepared or None)`` out, until None.

    Each end of the two pipes is held by one process only, so either side notices the
    other's end (EOFError) instead of waiting for ever.  A thread sends the results, so
    that the next file is read while the writing process still takes the last one.
    A file is started only if the writing process has not taken it back (``claims``).
    """
    outbox: queue.Queue[bytes | None] = queue.Queue()

    def send() -> None:
        while (blob := outbox.get()) is not None:
            try:
                results.send_bytes(blob)
            except OSError:  # the writing process stopped reading (it ended, or was stopped)
                return

    # The sending thread needs the interpreter for each piece the pipe takes (64 KB on Linux)
    # while the main thread parses: a larger pipe and a shorter switch interval keep the writing
    # process from waiting for it (it waited ~0.5 s of 400 bundles).
    _widen(results)
    sys.setswitchinterval(0.0005)
    sender = threading.Thread(target=send, name="tirkeu-import-results", daemon=True)
    sender.start()
    outbox.put(pickle.dumps(("ready", None)))
    try:
        while True:
            try:
                task = tasks.recv()
            except (EOFError, OSError):
                break  # the writing process ended
            if task is None:
                break
            index, path = task
            with claims.get_lock():
                if claims[index] != FREE:
                    continue  # the writing process got there first and reads it itself
                claims[index] = STARTED
            try:
                blob = pickle.dumps((index, prepare(path, snap)), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001 - a bug here: the writing process reads the file itself
                log.exception("the import's worker could not prepare %s", path)
                blob = pickle.dumps((index, None))
            outbox.put(blob)
    finally:
        outbox.put(None)
        sender.join(timeout=WAIT)


def _widen(conn: Connection, size: int = 1 << 20) -> None:
    """Ask for a pipe of ``size`` bytes (Linux; elsewhere, or when refused, it stays as it is)."""
    try:
        import fcntl

        fcntl.fcntl(conn.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), size)
    except (ImportError, OSError, ValueError):
        pass


class Feed:
    """The writing process's side: hands files to the worker ahead of the one being written.

    ``take(index)`` is called for every file in order; it returns what the worker made of it,
    or None when this process reads the file itself.
    """

    def __init__(self, files: list[Path], eligible: list[bool], snap: Snapshot, every: bool = False) -> None:
        """Start the worker; with ``every``, every eligible file waits for it (else those met before it
        is ready are read here)."""
        self._every = every
        self._files = files
        self._eligible = eligible
        self._sizes = [_size(p) if ok else 0 for p, ok in zip(files, eligible, strict=True)]
        self._sent: dict[int, int] = {}  # index → size, handed out and not yet taken
        self._next = 0
        self._ready = False
        self._broken = False
        self.taken_back = 0  # files handed out but read here after all: the worker had not started them
        context = multiprocessing.get_context("spawn")
        their_tasks, self._tasks = context.Pipe(duplex=False)
        self._results, their_results = context.Pipe(duplex=False)
        # Per file: FREE, STARTED by the worker, or TAKEN back by this process (a busy computer can
        # leave the worker waiting for a core: this process then reads the file instead of waiting).
        self._claims = context.Array("b", len(files))
        self._process = context.Process(target=serve, args=(their_tasks, their_results, snap, self._claims),
                                        name="tirkeu-import-worker", daemon=True)
        try:
            self._process.start()
        finally:
            their_tasks.close()  # the worker holds them now (see serve)
            their_results.close()

    @property
    def ahead(self) -> tuple[int, int]:
        """Files handed to the worker and not yet taken: how many, and their bytes."""
        return len(self._sent), sum(self._sent.values())

    @property
    def pid(self) -> int | None:
        """The worker's process id."""
        return self._process.pid

    def take(self, index: int) -> Prepared | None:
        """The worker's reading of file ``index``, or None: read it here."""
        if self._broken:
            return None
        if not self._ready:
            self._ready = self._receive(wait=self._every and self._eligible[index]) == ("ready", None)
            if self._broken:
                return None
        if self._every and self._next <= index:
            self._next = index  # the worker reads this one too
            self._hand_out()
        if index not in self._sent:
            self._next = max(self._next, index + 1)
            self._hand_out()
            return None
        self._sent.pop(index)
        if not self._every and self._take_back(index):
            self._hand_out()
            return None
        self._hand_out()
        got = self._receive(wait=True)
        if got is None or got[0] != index:
            if got is not None:
                self._stop_using("answered out of order")
            return None
        self._hand_out()
        return got[1]

    def _take_back(self, index: int) -> bool:
        """Read file ``index`` here if the worker has not started it (nor is known to be ready with it)."""
        if self._results.poll(0):
            return False  # something is ready: the worker is keeping up
        with self._claims.get_lock():
            if self._claims[index] != FREE:
                return False
            self._claims[index] = TAKEN
        self.taken_back += 1
        return True

    def _receive(self, wait: bool) -> Any:
        """The worker's next message (None: nothing yet, or it is gone)."""
        try:
            while not self._results.poll(WAIT if wait else 0):
                if not wait:
                    return None
                if not self._process.is_alive():
                    self._stop_using("stopped")
                    return None
            return pickle.loads(self._results.recv_bytes())
        except (EOFError, OSError, pickle.UnpicklingError):
            self._stop_using("stopped")
            return None

    def _hand_out(self) -> None:
        if not self._ready or self._broken:
            return
        while self._next < len(self._files) and len(self._sent) < AHEAD \
                and (not self._sent or sum(self._sent.values()) + self._sizes[self._next] <= AHEAD_BYTES):
            index = self._next
            self._next += 1
            if self._eligible[index]:
                try:
                    self._tasks.send((index, str(self._files[index])))
                except OSError:
                    self._stop_using("stopped")
                    return
                self._sent[index] = self._sizes[index]

    def _stop_using(self, why: str) -> None:
        log.warning("the import's worker process %s (exit code %s); the other files are read here",
                    why, self._process.exitcode)
        self._broken = True
        self._sent.clear()

    def close(self) -> None:
        """Stop the worker (it exits at once; anything it still holds is dropped)."""
        try:
            self._tasks.send(None)
        except OSError:
            pass
        self._tasks.close()  # the worker's next look at its pipe ends it, whatever it was doing
        self._results.close()
        # A worker still starting (a short import) would look only after loading its modules: it
        # holds nothing worth waiting for, so it is stopped rather than waited for.
        self._process.join(timeout=0.05 if self._ready else 0)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=5)

    def __enter__(self) -> Feed:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def worth_a_worker(files: list[Path], eligible: list[bool]) -> bool:
    """Enough to read for a second process to pay for its start."""
    sizes = [_size(p) for p, ok in zip(files, eligible, strict=True) if ok]
    return len(sizes) >= MIN_FILES and sum(sizes) >= MIN_BYTES
