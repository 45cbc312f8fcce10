"""The bundle file itself: a ZIP with a manifest, its minisign signature and the payload.

Reading is defensive: only the known member names, no paths, sizes checked
before anything is decompressed (a zip bomb is refused, not unpacked), and
every problem becomes one clear ``BundleError``.
"""
from __future__ import annotations

import io
import os
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
MAX_PAYLOAD = 1 << 31
MAX_RATIO = 200  # JSON compresses ~10x; far more means a bomb


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
                zf.writestr(MANIFEST, manifest)
                zf.writestr(SIGNATURE, signature)
                # An encrypted payload does not compress; store it as it is.
                kind = zipfile.ZIP_STORED if payload_name == PAYLOAD_AGE else zipfile.ZIP_DEFLATED
                zf.writestr(zipfile.ZipInfo(payload_name, date_time=(2026, 1, 1, 0, 0, 0)), payload,
                            compress_type=kind)
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


def read_bundle(path: Path) -> Contents:
    """Open a bundle file and return its members; raises BundleError for anything odd."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise BundleError(Msg("Sync", "Cannot read {path}: {error}", path=str(path),
                              error=exc.strerror or str(exc))) from exc
    if not raw.startswith(b"PK"):
        raise BundleError(Msg("Sync", "{file} is not a Tirkeu bundle (not a ZIP file).", file=Path(path).name))
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise BundleError(Msg("Sync", "{file} is damaged or incomplete (was it copied to the end?).",
                              file=Path(path).name)) from exc
    names = [i.filename for i in infos]
    for name in names:
        if name not in MEMBERS:
            raise BundleError(Msg("Sync", "The bundle holds an unexpected file {name}; it is refused.", name=name))
    if len(set(names)) != len(names):
        raise BundleError(Msg("Sync", "The bundle holds the same file twice; it is refused."))
    payloads = [n for n in names if n in (PAYLOAD_PLAIN, PAYLOAD_AGE)]
    if MANIFEST not in names or SIGNATURE not in names or len(payloads) != 1:
        raise BundleError(Msg("Sync", "The bundle is incomplete: its manifest, signature or records are missing."))
    by_name = {i.filename: i for i in infos}
    try:
        manifest = _read_member(zf, by_name[MANIFEST], MAX_MANIFEST)
        signature = _read_member(zf, by_name[SIGNATURE], 4096).decode("utf-8")
        payload = _read_member(zf, by_name[payloads[0]], MAX_PAYLOAD)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, UnicodeDecodeError, EOFError, OSError,
            ValueError, NotImplementedError, RuntimeError) as exc:
        # RuntimeError: a password-protected member; NotImplementedError: an unknown compression.
        raise BundleError(Msg("Sync", "{file} is damaged or incomplete (was it copied to the end?).",
                              file=Path(path).name)) from exc
    return Contents(manifest=manifest, signature=signature, payload=payload, payload_name=payloads[0])
