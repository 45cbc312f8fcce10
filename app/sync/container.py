"""The bundle file itself: a ZIP with a manifest, its minisign signature and the payload.

Reading is defensive: only the known member names, no paths, sizes checked
before anything is decompressed (a zip bomb is refused, not unpacked), and
every problem becomes one clear ``BundleError``.
"""
from __future__ import annotations

import hashlib
import os
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.errors import KnownError
from app.i18n import Msg

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
PAYLOAD_PLAIN = "payload.jsonl"
PAYLOAD_AGE = "payload.jsonl.age"
MEMBERS = (MANIFEST, SIGNATURE, PAYLOAD_PLAIN, PAYLOAD_AGE)
MAX_MANIFEST = 1 << 20
# A region's full snapshot for the national centre is ~150 MB of JSON (500,000 records); beyond
# this a bundle is refused rather than unpacked (split it: a full snapshot is not needed then).
MAX_PAYLOAD = 256 << 20
MAX_RATIO = 200  # JSON compresses ~10x; far more means a bomb
MAX_FILE = MAX_PAYLOAD + MAX_MANIFEST + (1 << 20)  # the members and the ZIP's own bookkeeping


class BundleError(KnownError):
    """A bundle cannot be used; the message says why."""


@dataclass
class Contents:
    """The members of a bundle as bytes."""

    manifest: bytes
    signature: str
    payload: bytes
    payload_name: str


def write_bundle(path: Path, manifest: bytes, signature: str, payload: bytes, payload_name: str) -> None:
    """Write the ZIP atomically (temporary file, fsync, rename): never half a bundle."""
    tmp = path.with_name(path.name + ".partial")
    try:
        with open(tmp, "wb") as fh:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                # Fixed member times: the computer's clock may say 1970, which ZIP cannot hold.
                stamp = (2026, 1, 1, 0, 0, 0)
                zf.writestr(zipfile.ZipInfo(MANIFEST, date_time=stamp), manifest, compress_type=zipfile.ZIP_DEFLATED)
                zf.writestr(zipfile.ZipInfo(SIGNATURE, date_time=stamp), signature,
                            compress_type=zipfile.ZIP_DEFLATED)
                # An encrypted payload does not compress; store it as it is.
                kind = zipfile.ZIP_STORED if payload_name == PAYLOAD_AGE else zipfile.ZIP_DEFLATED
                zf.writestr(zipfile.ZipInfo(payload_name, date_time=stamp), payload, compress_type=kind)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BundleError(Msg("Sync", "Cannot write the bundle {path}: {error}. Check that the disk "
                              "(or USB stick) has free space and is writable.",
                              path=str(path), error=exc.strerror or str(exc))) from exc


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit or (info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO
                                  and info.file_size > 1 << 20):
        raise BundleError(Msg("Sync", "The bundle member {name} is too large to be genuine.", name=info.filename))
    with zf.open(info) as fh:
        data = fh.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise BundleError(Msg("Sync", "The bundle is damaged (a member has the wrong size)."))
    return data


_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, UnicodeDecodeError, EOFError, OSError,
               ValueError, NotImplementedError, RuntimeError)
# RuntimeError: a password-protected member; NotImplementedError: an unknown compression.


class OpenBundle:
    """A bundle file opened for checking: the small members now, the payload only when asked.

    The payload is decompressed only after the caller has checked the
    manifest's signature and learnt the payload's signed size, so an unsigned
    or foreign file never costs more memory than its manifest (1 MB at most).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            info = os.stat(self.path)
            if not stat.S_ISREG(info.st_mode):  # a FIFO would block open() for ever
                raise BundleError(Msg("Sync", "{file} is not a Tirkeu bundle (not a ZIP file).",
                                      file=self.path.name))
            if info.st_size > MAX_FILE:
                raise BundleError(Msg("Sync", "{file} is larger than a bundle may be; it is refused.",
                                      file=self.path.name))
            self._fh = open(self.path, "rb")
        except OSError as exc:
            raise BundleError(Msg("Sync", "Cannot read {path}: {error}", path=str(path),
                                  error=exc.strerror or str(exc))) from exc
        try:
            self._open()
        except BaseException:
            self._fh.close()
            raise

    def _damaged(self) -> BundleError:
        return BundleError(Msg("Sync", "{file} is damaged or incomplete (was it copied to the end?).",
                               file=self.path.name))

    def _open(self) -> None:
        if self._fh.read(2) != b"PK":
            raise BundleError(Msg("Sync", "{file} is not a Tirkeu bundle (not a ZIP file).", file=self.path.name))
        self._check_entry_count()
        self._fh.seek(0)
        try:
            self._zip = zipfile.ZipFile(self._fh)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError, RuntimeError, OSError) as exc:
            raise self._damaged() from exc
        if len(infos) > len(MEMBERS):
            raise BundleError(Msg("Sync", "The bundle holds an unexpected file {name}; it is refused.",
                                  name=infos[-1].filename[:80]))
        names = [i.filename for i in infos]
        for name in names:
            if name not in MEMBERS:
                raise BundleError(Msg("Sync", "The bundle holds an unexpected file {name}; it is refused.",
                                      name=name[:80]))
        if len(set(names)) != len(names):
            raise BundleError(Msg("Sync", "The bundle holds the same file twice; it is refused."))
        payloads = [n for n in names if n in (PAYLOAD_PLAIN, PAYLOAD_AGE)]
        if MANIFEST not in names or SIGNATURE not in names or len(payloads) != 1:
            raise BundleError(Msg("Sync", "The bundle is incomplete: its manifest, signature or records are "
                                  "missing."))
        self._infos = {i.filename: i for i in infos}
        self.payload_name = payloads[0]
        try:
            self.manifest = _read_member(self._zip, self._infos[MANIFEST], MAX_MANIFEST)
            self.signature = _read_member(self._zip, self._infos[SIGNATURE], 4096).decode("utf-8")
        except _ZIP_ERRORS as exc:
            raise self._damaged() from exc

    def _check_entry_count(self) -> None:
        """Refuse a ZIP of more than three members from its end record, before the directory is read
        (zipfile builds an object per member: a million empty members cost a gigabyte)."""
        self._fh.seek(0, os.SEEK_END)
        size = self._fh.tell()
        tail_size = min(size, (1 << 16) + 22)  # the end record, after a comment of at most 64 KB
        self._fh.seek(size - tail_size)
        tail = self._fh.read(tail_size)
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or at + 22 > len(tail):
            raise self._damaged()
        entries = int.from_bytes(tail[at + 10:at + 12], "little")
        if entries > len(MEMBERS) - 1:
            raise BundleError(Msg("Sync", "The bundle holds an unexpected file {name}; it is refused.",
                                  name=f"({entries})"))

    @property
    def payload_size(self) -> int:
        """The payload's size once decompressed, as the ZIP directory says."""
        return self._infos[self.payload_name].file_size

    def payload(self, expected_size: int) -> bytes:
        """The payload, decompressed only if it is ``expected_size`` bytes (the signed manifest's figure)."""
        info = self._infos[self.payload_name]
        if info.file_size != expected_size:
            raise BundleError(Msg("Sync", "The bundle's records were changed after it was signed; it is refused."))
        try:
            return _read_member(self._zip, info, MAX_PAYLOAD)
        except _ZIP_ERRORS as exc:
            raise self._damaged() from exc

    def sha256(self) -> str:
        """The SHA-256 of the whole file, read in pieces."""
        digest = hashlib.sha256()
        self._fh.seek(0)
        for block in iter(lambda: self._fh.read(1 << 20), b""):
            digest.update(block)
        return digest.hexdigest()

    def close(self) -> None:
        """Close the file."""
        self._fh.close()

    def __enter__(self) -> OpenBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_bundle(path: Path) -> Contents:
    """Open a bundle file and return its members; raises BundleError for anything odd.

    For the bundle's own writer (rewriting a kept copy) and tests; imports use
    :class:`OpenBundle`, which checks the signature before the payload is unpacked.
    """
    with OpenBundle(path) as bundle:
        return Contents(manifest=bundle.manifest, signature=bundle.signature,
                        payload=bundle.payload(bundle.payload_size), payload_name=bundle.payload_name)
