"""The self-test of an installed (or built) program: ``python -m ui --self-test``.

It exercises what a coordinator's laptop needs, end to end, in a temporary
folder that is removed afterwards (the user's data folder is never touched):
a fresh school database is set up (reference data), filled with demo data,
certificates are printed (reportlab, the shipped fonts and texts, segno's QR,
the Ed25519 codes) and a sync bundle is written encrypted to an office
(pyrage); a second, office database that trusts the school imports it and
verifies a certificate.  The core only: the window adds its own Qt checks.

:func:`run_self_test` returns a JSON-ready report or raises
:class:`SelfTestError` with a one-line reason.
"""
from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.certificates.generate import event_awards, generate
from app.certificates.verify import verify
from app.db.store import close_database, open_database
from app.demo import make_demo
from app.i18n import catalog
from app.installation import init_installation
from app.models import Attendance, Certificate, Event, Person
from app.resources_path import resource_dir
from app.sync.batch import import_paths
from app.sync.export import export_bundle
from app.sync.trust import read_card, trust, write_identity_card


class SelfTestError(Exception):
    """A step of the self-test failed; the message is one line."""


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[Any]:
    store = open_database(path)
    try:
        yield store
    finally:
        close_database(store)


@contextlib.contextmanager
def _data_dir(folder: Path) -> Iterator[None]:
    """Logs and anything else meant for the data folder go to ``folder`` meanwhile."""
    old = os.environ.get("TIRKEU_DATA_DIR")
    os.environ["TIRKEU_DATA_DIR"] = str(folder)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TIRKEU_DATA_DIR", None)
        else:
            os.environ["TIRKEU_DATA_DIR"] = old


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestError(reason)


def check_resources() -> dict[str, int]:
    """Every kind of shipped file is there; returns how many of each."""
    base = resource_dir()
    wanted = {"reference": "*.json", "i18n": "*.ts", "fonts": "*.ttf", "certificates": "*.json"}
    counts = {}
    for folder, pattern in wanted.items():
        found = list((base / folder).glob(pattern))
        _check(bool(found), f"no {pattern} files in {base / folder}")
        counts[folder] = len(found)
    counts["qm"] = len(list((base / "i18n").glob("*.qm")))  # checked by the window's part (Qt loads them)
    return counts


def run_self_test(folder: Path | None = None, people: int = 40) -> dict[str, Any]:
    """Run every step in ``folder`` (default: a new temporary folder, removed after)."""
    if folder is None:
        with tempfile.TemporaryDirectory(prefix="tirkeu-self-test-") as tmp:
            return run_self_test(Path(tmp), people)
    started = time.perf_counter()
    report: dict[str, Any] = {"self_test": "ok", "frozen": bool(getattr(sys, "frozen", False)),
                              "resources": check_resources()}
    with _data_dir(folder / "data"):
        report.update(_steps(folder, people))
    report["seconds"] = round(time.perf_counter() - started, 2)
    return report


def _steps(folder: Path, people: int) -> dict[str, Any]:
    _check(len(catalog("kk")) > 0, "the Kazakh translation (tirkeu_kk.ts) is empty or missing")
    school_db, office_db, usb = folder / "school.sqlite3", folder / "office.sqlite3", folder / "usb"
    usb.mkdir()
    with _opened(office_db):
        init_installation("office", "Self-test office", "KZ-61", language="kk")
        office_card = write_identity_card(folder / "office.card")
    with _opened(school_db):
        school_id = init_installation("school", "Self-test school", "KZ-61", "Сайрам ауданы", language="kk").id
        school_card = write_identity_card(folder / "school.card")
        trust(read_card(office_card))  # bundles are then encrypted to the office
        demo = make_demo(seed=1, people=people)
        _check(demo.get("people", 0) > 0, "the demo data made nobody")
        event = (Event.select().join(Attendance, on=(Attendance.event == Event.uid))
                 .where(Attendance.status == "attended").first())
        _check(event is not None, "the demo data has no event with attendees")
        awards = event_awards(event.uid, "participation")[:5]
        pdf = generate(folder / "certificates.pdf", kind="participation", language="kk", event_uid=event.uid,
                       awards=awards)
        head = pdf.path.read_bytes()[:5]
        _check(head == b"%PDF-", f"the certificate file starts with {head!r}, not %PDF-")
        exported = export_bundle(usb)
        _check(exported.path.is_file() and exported.records > 0, "the bundle is missing or empty")
        _check(exported.encrypted, "the bundle was not encrypted to the trusted office")
        serial = pdf.serials[0]
        code = Certificate.get(Certificate.serial == serial).code
    with _opened(office_db):
        trust(read_card(school_card))
        batch = import_paths([exported.path])
        bundle = batch.bundles[0] if batch.bundles else None
        if bundle is None or bundle.status != "imported":
            raise SelfTestError(f"the office did not import the bundle: {bundle.status if bundle else 'no bundle'}"
                                f"{' — ' + str(bundle.reason) if bundle and bundle.reason else ''}")
        _check(bundle.created > 0, "the office import created no records")
        imported_people = Person.select().where(Person.origin == school_id).count()
        _check(imported_people >= demo["people"], f"the office holds {imported_people} people, "
                                                  f"the school sent {demo['people']}")
        verdict = verify(f"TIRKEU1:{serial}:{code}")
        _check(verdict.status == "genuine", f"the office found certificate {serial} {verdict.status}")
    return {
        "demo": demo,
        "certificates": {"file": pdf.path.name, "pages": pdf.count, "bytes": pdf.path.stat().st_size,
                         "first": serial, "verified_at_office": verdict.status},
        "bundle": {"file": exported.path.name, "records": exported.records, "encrypted": exported.encrypted,
                   "bytes": exported.path.stat().st_size},
        "office_import": {"status": bundle.status, "created": bundle.created, "updated": bundle.updated,
                          "rejected": len(bundle.rejected), "people": imported_people},
    }
