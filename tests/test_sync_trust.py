"""Sync you can trust: bundles forged with a school's own (stolen) key, as a hostile school would.

Each test builds its attack from the documented format (docs/bundle-format.md):
a genuine bundle is unpacked, its records or manifest changed, and the
manifest signed again with the sending school's own key, so the signature is
valid and only the receiver's rules stand in the way.
"""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest

from app.ids import COUNTER_BITS, new_uid, stamp_limit
from tests.sync_helpers import add_people, card, dump, export, import_, make, opened, trust_cards


def members_of(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as zf:
        return {i.filename: zf.read(i.filename) for i in zf.infolist()}


def forge(signer: Path, bundle: Path, out: Path, records=None, manifest=None) -> Path:
    """Rewrite a plaintext bundle: ``records(list[dict]) -> list[dict]``, ``manifest(dict)``; re-signed."""
    from app.models import Installation
    from app.sync.minisign import sign

    m = members_of(bundle)
    lines = [json.loads(x) for x in m["payload.jsonl"].decode().splitlines() if x.strip()]
    if records is not None:
        lines = records(lines)
    payload = ("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)).encode()
    head = json.loads(m["manifest.json"])
    head["payload"].update(sha256=hashlib.sha256(payload).hexdigest(), size=len(payload))
    head.update(sequence=head["sequence"] + 1, previous=head["sequence"])  # not the genuine one's number
    if manifest is not None:
        manifest(head)
    raw = json.dumps(head, ensure_ascii=False).encode()
    with opened(signer):
        inst = Installation.get()
        sig = sign(inst.secret_key, inst.public_key, raw, "forged")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", raw)
        zf.writestr("manifest.json.minisig", sig)
        zf.writestr("payload.jsonl", payload)
    out.write_bytes(buf.getvalue())
    return out


@pytest.fixture
def region(tmp_path):
    """An office that trusts schools A and B by their cards; B's child is already at the office."""
    office = make(tmp_path, "office", "office")
    a, b = make(tmp_path, "school-a"), make(tmp_path, "school-b")
    trust_cards(office, card(a, tmp_path), card(b, tmp_path))
    (child,) = add_people(b, [("Бөкейханова", "Әйгерім")])
    with opened(b):
        from app.models import Person

        p = Person.get_by_id(child)
        p.iin = "120501600015"
        p.save()
    b1 = export(b, tmp_path / "b1", plaintext=True)
    assert import_(office, b1.path).bundles[0].status == "imported"
    add_people(a, [("Ахметов", "Бауыржан")])
    a1 = export(a, tmp_path / "a1", plaintext=True)
    with opened(b) as store:
        from app.sync.records import specs

        columns = specs()["person"].columns
        row = store.db.execute_sql(f"SELECT {', '.join(columns)} FROM person WHERE uid = ?", (child,)).fetchone()
        held = dict(zip(columns, row))
    return {"office": office, "a": a, "b": b, "child": child, "child_row": held, "a1": a1.path,
            "dir": tmp_path}


def person_at(db: Path, uid: str):
    from app.models import Person

    with opened(db):
        return Person.get_or_none(Person.uid == uid)


def _child_record(region, **changes) -> dict:
    row = dict(region["child_row"])
    row["deleted"] = bool(row["deleted"])
    row.update(changes)
    return {"table": "person", "record": row}


# -- 1. authority from trust, never from the message ------------------------------------------------

def test_a_school_claiming_to_be_an_office_cannot_touch_another_schools_child(region):
    a_id = _installation(region["a"])
    newer = region["child_row"]["stamp"] + 1000

    def records(lines):
        return lines + [_child_record(region, stamp=newer, deleted=True),  # B's child, "deleted"
                        _child_record(region, stamp=newer + 1, surname="Жалған")]

    def manifest(m):
        m["sender"]["role"] = "office"

    bad = forge(region["a"], region["a1"], region["dir"] / "forged.tirkeu", records, manifest)
    summary = import_(region["office"], bad).bundles[0]
    assert summary.status == "imported" and summary.created == 2  # A's own school and pupil go in
    reasons = [r["reason"] for r in summary.rejected]
    assert len(reasons) == 2 and all("own records" in r for r in reasons)
    child = person_at(region["office"], region["child"])
    assert (child.surname, child.deleted, child.origin) == ("Бөкейханова", False, _installation(region["b"]))
    assert a_id != child.origin


def test_trust_new_trusts_a_school_only_and_never_its_claimed_region(region, tmp_path):
    stranger = make(tmp_path, "stranger", region="KZ-75")
    add_people(stranger, [("Жаңа", "Оқушы")])
    genuine = export(stranger, tmp_path / "s", plaintext=True).path
    office_claim = forge(stranger, genuine, tmp_path / "claims-office.tirkeu",
                         manifest=lambda m: m["sender"].update(role="office"))
    refused = import_(region["office"], office_claim, trust_new=True).bundles[0]
    assert refused.status == "refused" and "trusted only from their identity card" in refused.reason
    accepted = import_(region["office"], genuine, trust_new=True).bundles[0]
    assert accepted.status == "imported"
    with opened(region["office"]):
        from app.models import Installation, Peer

        peer = Peer.get_by_id(accepted.installation)
        assert (peer.role, peer.region) == ("school", Installation.get().region)


def test_an_office_card_is_trusted_as_an_office_and_a_school_card_never_forwards(region, tmp_path):
    """A school's bundle forwarding another school's record is refused even when the manifest says office."""
    from app.sync.ownership import Party, refuse_record

    school, office = Party("a" * 32, "school", "KZ-61"), Party("b" * 32, "office", "KZ-61")
    record = {"origin": "c" * 32, "region": None}
    assert "own records" in refuse_record("person", record, school, office, {})
    assert refuse_record("person", record, office, Party("d" * 32, "national", None), {}) is None


# -- 2. ownership ---------------------------------------------------------------------------------------

def test_a_school_cannot_take_over_another_schools_record_by_its_uid(region):
    a_id = _installation(region["a"])
    takeover = _child_record(region, origin=a_id, stamp=region["child_row"]["stamp"] + 10**6,
                             surname="Басып алынған", iin="000101500011")
    bad = forge(region["a"], region["a1"], region["dir"] / "takeover.tirkeu", lambda lines: lines + [takeover])
    summary = import_(region["office"], bad).bundles[0]
    assert any("belongs to another installation" in r["reason"] for r in summary.rejected)
    child = person_at(region["office"], region["child"])
    assert child.surname == "Бөкейханова" and child.origin == _installation(region["b"])
    # B's own later correction still goes in.
    with opened(region["b"]):
        from app.models import Person

        p = Person.get_by_id(region["child"])
        p.name = "Әйгерім-Ай"
        p.save()
    later = export(region["b"], region["dir"] / "b2", plaintext=True).path
    assert import_(region["office"], later).bundles[0].updated == 1
    assert person_at(region["office"], region["child"]).name == "Әйгерім-Ай"


def test_schools_cannot_set_targets_and_the_office_keeps_its_own(region):
    from app.reports import effective_target, set_target

    a_id = _installation(region["a"])
    for n, region_code in enumerate(("KZ-61", None)):
        target = {"table": "target", "record": {"uid": new_uid(), "origin": a_id, "stamp": 1 << 40,
                                                 "deleted": False, "indicator": "legal_culture.lectures",
                                                 "region": region_code, "value": 0.0, "notes": None}}
        bad = forge(region["a"], region["a1"], region["dir"] / "target.tirkeu", lambda lines, target=target: lines + [target],
                    lambda m, n=n: m.update(sequence=5 + n, previous=4 + n))
        summary = import_(region["office"], bad).bundles[0]
        assert any("may not set target" in r["reason"] for r in summary.rejected), summary.rejected
    with opened(region["office"]):
        assert not effective_target("legal_culture.lectures", "KZ-61").overridden
        assert set_target("legal_culture.lectures", "KZ-61", 8).value == 8
        assert set_target("legal_culture.lectures", "KZ-61", 9).value == 9  # and can change it again


def test_targets_from_above_are_checked_against_the_senders_level(tmp_path):
    from app.sync.ownership import Party, refuse_record

    office, national = Party("o" * 32, "office", "KZ-61"), Party("n" * 32, "national", None)
    school = Party("s" * 32, "school", "KZ-61")
    own_region = {"origin": office.id, "region": "KZ-61"}
    assert refuse_record("target", own_region, office, school, {}) is None
    assert "its own region" in refuse_record("target", {"origin": office.id, "region": "KZ-75"}, office, school, {})
    assert "country's" in refuse_record("target", {"origin": national.id, "region": "KZ-61"}, national, office, {})
    assert refuse_record("target", {"origin": national.id, "region": None}, national, office, {}) is None
    # forwarded by the office to its school: only the country's values
    assert refuse_record("target", {"origin": national.id, "region": None}, office, school, {}) is None
    assert refuse_record("target", {"origin": national.id, "region": "KZ-75"}, office, school, {})
    # nothing but targets goes down
    assert "does not send person" in refuse_record("person", {"origin": office.id}, office, school, {})


# -- 3. stamps and numbers are bounded ---------------------------------------------------------------------

@pytest.mark.parametrize("stamp", ["2200", 2**63 - 1, 2**64, -5])
def test_impossible_stamps_are_refused_and_the_office_keeps_working(region, stamp):
    import datetime as dt

    if stamp == "2200":
        stamp = int(dt.datetime(2200, 1, 1).timestamp() * 1000) << COUNTER_BITS

    def records(lines):
        for line in lines:
            line["record"]["stamp"] = stamp
        return lines

    bad = forge(region["a"], region["a1"], region["dir"] / "clock.tirkeu", records)
    summary = import_(region["office"], bad).bundles[0]
    assert summary.created == 0 and len(summary.rejected) == 2
    if stamp > 0 and stamp < 2**63:
        assert all("clock is wrong" in r["reason"] for r in summary.rejected)
    # Nothing was stored, the office's clock was not dragged, later writes and imports work.
    with opened(region["office"]) as store:
        from app.models import Organisation

        assert store.clock.last <= stamp_limit()
        assert store.db.execute_sql("SELECT max(stamp) FROM person").fetchone()[0] < stamp_limit()
        Organisation(kind="ngo", name="Жаңа серіктес").save()
    assert import_(region["office"], region["a1"]).bundles[0].status == "imported"


def test_a_clock_two_days_ahead_is_still_taken_and_three_days_is_not(region):
    import time

    now = int(time.time() * 1000)
    ok, late = (now + 36 * 3600 * 1000) << COUNTER_BITS, (now + 72 * 3600 * 1000) << COUNTER_BITS

    def records(lines):
        lines[0]["record"]["stamp"], lines[1]["record"]["stamp"] = ok, late
        return lines

    summary = import_(region["office"], forge(region["a"], region["a1"], region["dir"] / "c.tirkeu", records))
    summary = summary.bundles[0]
    assert summary.created == 1 and "clock is wrong" in summary.rejected[0]["reason"]


@pytest.mark.parametrize("sequence", [10**15, 0, -1, "7", 2**64])
def test_impossible_sequence_numbers_are_refused_at_once(region, sequence):
    bad = forge(region["a"], region["a1"], region["dir"] / "seq.tirkeu",
                manifest=lambda m: m.update(sequence=sequence))
    summary = import_(region["office"], bad).bundles[0]
    assert summary.status == "refused" and ("impossible" in summary.reason or "incomplete" in summary.reason)


def test_gaps_cost_nothing_proportional_to_the_numbers(region):
    bad = forge(region["a"], region["a1"], region["dir"] / "big.tirkeu",
                manifest=lambda m: m.update(sequence=999_999, previous=999_998))
    batch = import_(region["office"], bad)
    assert batch.bundles[0].status == "imported"
    assert [g.missing for g in batch.gaps] == [[999_998]]


@pytest.mark.parametrize("column,value", [("value_tenge", 2**62), ("quantity", 10**9), ("value_tenge", -1)])
def test_absurd_numbers_in_records_are_rejected(column, value):
    from app.sync.records import Bad, check_record, specs

    record = {"uid": new_uid(), "origin": new_uid(), "stamp": 1 << 40, "deleted": False,
              "recipient_uid": new_uid(), "item": "bag", "given_date": "2026-09-01", column: value}
    with pytest.raises(Bad):
        check_record(specs()["aid_given"], record)
    with pytest.raises(Bad):
        check_record(specs()["person"], {"uid": new_uid(), "origin": new_uid(), "stamp": 1, "surname": "А",
                                         "name": "Б", "birth_date": "9999-01-01"})


# -- 4. one bad file never stops the others --------------------------------------------------------------

def test_a_folder_with_stray_and_bad_files_imports_the_good_ones_and_names_the_rest(region):
    folder = region["dir"] / "usb"
    folder.mkdir()
    (folder / region["a1"].name).write_bytes(region["a1"].read_bytes())
    (folder / "unsigned.tirkeu").write_bytes(_unsigned(region["a1"]))
    (folder / "notes.txt").write_text("Сәлем")
    (folder / "overflow.tirkeu").write_bytes(forge(
        region["a"], region["a1"], region["dir"] / "x.tirkeu",
        lambda lines: [dict(line, record=dict(line["record"], stamp=2**64)) for line in lines],
        lambda m: m.update(sequence=2)).read_bytes())
    batch = import_(region["office"], folder)
    lines = {Path(b.file).name: b for b in batch.bundles}
    assert set(lines) == {region["a1"].name, "unsigned.tirkeu", "notes.txt", "overflow.tirkeu"}
    assert lines[region["a1"].name].status == "imported"
    assert lines["unsigned.tirkeu"].status == "refused" and "signature" in lines["unsigned.tirkeu"].reason
    assert lines["notes.txt"].status == "refused" and "not a Tirkeu bundle" in lines["notes.txt"].reason
    assert lines["overflow.tirkeu"].status == "imported" and len(lines["overflow.tirkeu"].rejected) == 2


def _unsigned(bundle: Path) -> bytes:
    m = members_of(bundle)
    lines = m["manifest.json.minisig"].decode().split("\n")
    middle = len(lines[1]) // 2
    lines[1] = lines[1][:middle] + ("A" if lines[1][middle] != "A" else "B") + lines[1][middle + 1:]
    m["manifest.json.minisig"] = "\n".join(lines).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in m.items():
            zf.writestr(name, data)
    return buf.getvalue()


# -- 8. certificates ---------------------------------------------------------------------------------------

def test_a_school_cannot_squat_another_schools_certificate_serial(region, tmp_path):
    from app.certificates.signing import Signer, serial_prefix
    from app.certificates.verify import verify

    a_id, b_id = _installation(region["a"]), _installation(region["b"])
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
    a_id = _installation(region["a"])
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


def _installation(db: Path) -> str:
    from app.models import Installation

    with opened(db):
        return Installation.get().id


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
