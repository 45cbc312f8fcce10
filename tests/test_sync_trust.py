"""Sync you can trust: bundles forged with a school's own (stolen) key, as a hostile school would.

Authority, ownership, stamps and numbers, and a folder of stray files; certificates, revoked keys,
encryption, memory and text are in tests/test_sync_trust_limits.py.  The forging helpers are in
tests/sync_forgery.py.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from app.ids import COUNTER_BITS, new_uid, stamp_limit
from tests.sync_forgery import child_record, forge, installation_id, members_of, person_at, region  # noqa: F401
from tests.sync_helpers import add_people, export, import_, make, opened

# -- 1. authority from trust, never from the message ------------------------------------------------

def test_a_school_claiming_to_be_an_office_cannot_touch_another_schools_child(region):
    a_id = installation_id(region["a"])
    newer = region["child_row"]["stamp"] + 1000

    def records(lines):
        return lines + [child_record(region, stamp=newer, deleted=True),  # B's child, "deleted"
                        child_record(region, stamp=newer + 1, surname="Жалған")]

    def manifest(m):
        m["sender"]["role"] = "office"

    bad = forge(region["a"], region["a1"], region["dir"] / "forged.tirkeu", records, manifest)
    summary = import_(region["office"], bad).bundles[0]
    assert summary.status == "imported" and summary.created == 2  # A's own school and pupil go in
    reasons = [r["reason"] for r in summary.rejected]
    assert len(reasons) == 2 and all("own records" in r for r in reasons)
    child = person_at(region["office"], region["child"])
    assert (child.surname, child.deleted, child.origin) == ("Бөкейханова", False, installation_id(region["b"]))
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
    a_id = installation_id(region["a"])
    takeover = child_record(region, origin=a_id, stamp=region["child_row"]["stamp"] + 10**6,
                             surname="Басып алынған", iin="000101500011")
    bad = forge(region["a"], region["a1"], region["dir"] / "takeover.tirkeu", lambda lines: lines + [takeover])
    summary = import_(region["office"], bad).bundles[0]
    assert any("belongs to another installation" in r["reason"] for r in summary.rejected)
    child = person_at(region["office"], region["child"])
    assert child.surname == "Бөкейханова" and child.origin == installation_id(region["b"])
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

    a_id = installation_id(region["a"])
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
    from app.sync.record_rules import Bad, check_record, specs

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
