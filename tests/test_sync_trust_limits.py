"""Sync you can trust, continued: certificates, revoked keys, encryption to the receiver, bounded
memory, a poisoned office, clean text (attacks forged with tests/sync_forgery.py)."""
from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from app.ids import new_uid, stamp_limit
from tests.sync_forgery import forge, installation_id, members_of, region  # noqa: F401
from tests.sync_helpers import add_people, card, dump, export, import_, make, opened, trust_cards

# -- 8. certificates ---------------------------------------------------------------------------------------

def test_a_school_cannot_squat_another_schools_certificate_serial(region, tmp_path):
    from app.certificates.signing import Signer, serial_prefix
    from app.certificates.verify import verify

    a_id, b_id = installation_id(region["a"]), installation_id(region["b"])
    serial = f"{serial_prefix(b_id)}-2026-00001"  # B's next serial, registered by A first
    with opened(region["a"]):
        from app.models import Installation

        code = Signer(Installation.get().secret_key).code(serial, "Жалған Бала", "participation", "2026-11-01")
    squat = {"table": "certificate", "record": {
        "uid": new_uid(), "origin": a_id, "stamp": 1 << 50, "deleted": False, "serial": serial,
        "kind": "participation", "recipient_name": "Жалған Бала", "issued_date": "2026-11-01",
        "language": "kk", "status": "issued", "times_printed": 1, "code": code}}
    bad = forge(region["a"], region["a1"], tmp_path / "squat.tirkeu", lambda lines: lines + [squat])
    summary = import_(region["office"], bad).bundles[0]
    assert any("serial belongs to another installation" in r["reason"] for r in summary.rejected)
    with opened(region["office"]):
        assert verify(f"TIRKEU1:{serial}:{code}").status == "unknown"


def test_a_bare_serial_is_not_genuine(tmp_path):
    import datetime as dt

    from app.certificates.register import Award, issue
    from app.certificates.verify import verify

    school = make(tmp_path, "school")
    (pupil,) = add_people(school, [("Сейітова", "Ұлжан")])
    with opened(school):
        (cert,), _ = issue([Award("participation", person_uid=pupil)], "kk", issued=dt.date(2026, 11, 1))
        assert verify(cert.serial).status == "code needed"
        assert verify(f"{cert.serial} {cert.code[:1]}").status == "code needed"
        assert verify(f"{cert.serial} {cert.code[:8]}").status == "genuine"
        assert verify(f"TIRKEU1:{cert.serial}:{cert.code}").status == "genuine"


# -- revoked keys --------------------------------------------------------------------------------------------

def test_a_revoked_key_does_not_come_back_under_a_new_installation_id(region, tmp_path):
    from app.sync.trust import TrustError, read_card, revoke, trust

    a_card = card(region["a"], tmp_path)
    a_id = installation_id(region["a"])
    with opened(region["office"]):
        revoke(a_id)
    data = json.loads(a_card.read_text())
    data["installation"] = new_uid()
    reborn = tmp_path / "reborn.card"
    reborn.write_text(json.dumps(data))
    with opened(region["office"]):
        with pytest.raises(TrustError, match="never trusted again"):
            trust(read_card(reborn))
    bundle = forge(region["a"], region["a1"], tmp_path / "reborn.tirkeu",
                   manifest=lambda m: m["sender"].update(installation=data["installation"]))
    summary = import_(region["office"], bundle, trust_new=True).bundles[0]
    assert summary.status == "refused" and "revoked" in summary.reason


# -- 7. children's data travels encrypted, and only to whom needs it ---------------------------------------

def test_an_office_sends_a_school_only_targets_encrypted_to_that_school(region, tmp_path):
    from app.reports import set_target

    trust_cards(region["b"], card(region["office"], tmp_path))
    trust_cards(region["office"], card(region["b"], tmp_path))  # a card with its encryption key
    assert import_(region["office"], region["a1"]).bundles[0].status == "imported"
    with opened(region["office"]):
        set_target("legal_culture.lectures", "KZ-61", 7)
    down = export(region["office"], tmp_path / "down", to="school-b")
    assert down.encrypted and down.counts == {"target": 1}
    m = members_of(down.path)
    assert "payload.jsonl.age" in m and "Ахметов".encode() not in m["payload.jsonl.age"]
    summary = import_(region["b"], down.path).bundles[0]
    assert summary.status == "imported" and summary.created == 1
    # school A cannot open it, and it is not for A
    trust_cards(region["a"], card(region["office"], tmp_path))
    assert import_(region["a"], down.path).bundles[0].status == "refused"


def test_an_office_must_name_the_receiver_and_encrypts_to_the_national_centre(region, tmp_path):
    from app.sync.export import NeedsReceiver

    import_(region["office"], region["a1"])
    with pytest.raises(NeedsReceiver):
        export(region["office"], tmp_path / "up")
    national = make(tmp_path, "national", "national")
    trust_cards(region["office"], card(national, tmp_path))
    trust_cards(national, card(region["office"], tmp_path))
    up = export(region["office"], tmp_path / "up")
    assert up.encrypted and up.counts["person"] == 2  # both schools' pupils, with their own origins
    assert import_(national, up.path).bundles[0].status == "imported"
    assert dump(national)["person"] == dump(region["office"])["person"]


# -- 6. bounded memory ------------------------------------------------------------------------------------------

MEASURE = """
import sys
from pathlib import Path
from app.db.store import open_database
from app.sync.batch import import_paths
store = open_database(sys.argv[1])
batch = import_paths([Path(sys.argv[2])])
print(batch.bundles[0].status, batch.bundles[0].reason)
# VmHWM is this program's own peak (ru_maxrss would carry the parent's peak across exec).
print(next(int(x.split()[1]) // 1024 for x in open("/proc/self/status") if x.startswith("VmHWM")))
"""


def test_a_large_unsigned_payload_is_never_unpacked(region, tmp_path):
    """The attack that took 3.1 GB: a few MB of ZIP whose payload unpacks to hundreds of MB."""
    import os
    import subprocess
    import sys
    import zlib

    from tests.conftest import ROOT

    head = json.loads(members_of(region["a1"])["manifest.json"])
    line = json.dumps({"table": "person", "record": {"uid": "0" * 32, "origin": head["sender"]["installation"],
                                                     "stamp": 1, "surname": "А" * 60, "name": "Б" * 60}}, ensure_ascii=False)
    payload = ((line + "\n") * 500_000).encode()  # ~190 MB, within the ZIP ratio the reader allows
    head["payload"].update(size=len(payload), sha256=hashlib.sha256(payload).hexdigest())
    head["sequence"] = 2
    bomb = tmp_path / "bomb.tirkeu"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("manifest.json", json.dumps(head))
        zf.writestr("manifest.json.minisig", members_of(region["a1"])["manifest.json.minisig"])
        zf.writestr("payload.jsonl", payload)
    del payload
    assert bomb.stat().st_size < 30 << 20 and zlib  # a file that fits on any stick
    r = subprocess.run([sys.executable, "-c", MEASURE, str(region["office"]), str(bomb)], cwd=ROOT,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    status, peak = r.stdout.strip().splitlines()
    assert status.startswith("refused") and "signature" in status
    print(f"peak memory of the import: {peak} MB")
    assert int(peak) < 300, f"peak memory {peak} MB"


def test_a_signed_manifest_whose_payload_member_is_larger_is_refused_before_unpacking(region, tmp_path):
    m = members_of(region["a1"])
    big = tmp_path / "bigger.tirkeu"
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", m["manifest.json"])
        zf.writestr("manifest.json.minisig", m["manifest.json.minisig"])
        zf.writestr("payload.jsonl", m["payload.jsonl"] + b"\n" * (50 << 20))
    summary = import_(region["office"], big).bundles[0]
    assert summary.status == "refused" and "changed after it was signed" in summary.reason


def test_an_office_poisoned_by_an_older_tirkeu_works_again_after_a_restart(region):
    """A stamp of 2**63-1 taken in before these checks existed no longer breaks every later write."""
    with opened(region["office"]) as store:
        store.db.execute_sql("UPDATE person SET stamp = ? WHERE uid = ?", (2**63 - 1, region["child"]))
    with opened(region["office"]) as store:
        from app.models import Organisation

        assert store.clock.last <= stamp_limit()
        Organisation(kind="ngo", name="Қайта жұмыс істейді").save()
    assert import_(region["office"], region["a1"]).bundles[0].status == "imported"


# -- 9. text is clean ------------------------------------------------------------------------------------------

def test_invisible_characters_cannot_hide_a_duplicate_or_aid_twice(region):
    """A zero-width character inside an IIN hid 'same IIN in two schools' from bundle review."""
    from app.sync.review import probable_duplicates

    def records(lines):
        for line in lines:
            if line["table"] == "person":
                line["record"]["iin"] = "1205\u200b0160\u202e0015"  # B's child's IIN, disguised
                line["record"]["surname"] = "Ахмет\u200bов\x1b[31m"
        return lines

    bad = forge(region["a"], region["a1"], region["dir"] / "zw.tirkeu", records)
    assert import_(region["office"], bad).bundles[0].status == "imported"
    with opened(region["office"]):
        from app.models import Person

        assert Person.select().where(Person.surname == "Ахметов[31m").count() == 1
        assert [d["iin"] for d in probable_duplicates()] == ["120501600015"]
