"""Red-team attacks on bundle import, as a hostile school (its own, stolen, key) or a careless world.

Tests marked ``xfail(strict=True)`` show an attack that still gets through (or a
crash / blow-up that is not a clean refusal); the others show an attack that is
properly stopped.  Attacks are built with the helpers of ``tests/test_sync_trust.py``
(``forge`` re-signs a changed bundle with the school's own key).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.ids import new_uid
from tests.sync_forgery import child_record, forge, forge_raw, installation_id, members_of, person_at, region, write_zip  # noqa: F401,E501
from tests.sync_helpers import add_people, card, export, import_, make, opened, trust_cards

ROOT = Path(__file__).resolve().parent.parent


# -- helpers ---------------------------------------------------------------------------------------------------

def _row(db: Path, table: str, uid: str) -> dict:
    from app.sync.record_rules import specs

    with opened(db) as store:
        columns = specs()[table].columns
        row = store.db.execute_sql(f"SELECT {', '.join(columns)} FROM {table} WHERE uid = ?", (uid,)).fetchone()
    out = dict(zip(columns, row))
    out["deleted"] = bool(out["deleted"])
    return out


def _make_event(db: Path, title: str = "Құқықтық сабақ") -> str:
    from app.models import Event

    with opened(db):
        e = Event(title=title, programme="legal_culture", kind="lecture", start_date=dt.date(2026, 10, 1),
                  end_date=dt.date(2026, 10, 1))
        e.save()
        return e.uid


def _attend(db: Path, event: str, person: str) -> str:
    from app.models import Attendance

    with opened(db):
        a = Attendance(event=event, person=person)
        a.save()
        return a.uid


def _org_uid(db: Path) -> str:
    from app.models import Installation

    with opened(db):
        return Installation.get().organisation_uid


def _count(db: Path, sql: str, *args) -> int:
    with opened(db) as store:
        return store.db.execute_sql(sql, args).fetchone()[0]


# == 1. references to other schools' records ===================================================================

@pytest.fixture
def b_event(region):
    """School B holds an event that its child attended; the office has imported both."""
    event = _make_event(region["b"])
    _attend(region["b"], event, region["child"])
    b2 = export(region["b"], region["dir"] / "b2", plaintext=True).path
    assert import_(region["office"], b2).bundles[0].status == "imported"
    return event


def test_a_school_cannot_squat_another_schools_attendance_pair(region):
    event = _make_event(region["b"])
    b2 = export(region["b"], region["dir"] / "b2", plaintext=True).path
    assert import_(region["office"], b2).bundles[0].status == "imported"
    a_id = installation_id(region["a"])
    squat = {"table": "attendance", "record": {
        "uid": new_uid(), "origin": a_id, "stamp": 1 << 40, "deleted": False, "event_uid": event,
        "person_uid": region["child"], "role": "participant", "status": "absent", "notes": None}}
    bad = forge(region["a"], region["a1"], region["dir"] / "squat.tirkeu", lambda lines: lines + [squat])
    import_(region["office"], bad)
    # B now records that its own child attended its own event.
    genuine = _attend(region["b"], event, region["child"])
    b3 = export(region["b"], region["dir"] / "b3", plaintext=True).path
    summary = import_(region["office"], b3).bundles[0]
    assert summary.rejected == [], summary.rejected  # before the fix: "another record already holds the same key"
    assert _count(region["office"], "SELECT count(*) FROM attendance WHERE uid = ?", genuine) == 1


def test_a_school_cannot_attach_its_records_to_another_schools_records(region, b_event):
    a_id = installation_id(region["a"])
    b_school = _org_uid(region["b"])
    fake = new_uid()
    planted = [
        {"table": "person", "record": {"uid": fake, "origin": a_id, "stamp": 1 << 40, "deleted": False,
                                       "surname": "Жалған", "name": "Оқушы", "school_uid": b_school}},
        {"table": "attendance", "record": {"uid": new_uid(), "origin": a_id, "stamp": 1 << 40, "deleted": False,
                                           "event_uid": b_event, "person_uid": fake}},
        {"table": "aid_recipient", "record": {"uid": new_uid(), "origin": a_id, "stamp": 1 << 40,
                                              "deleted": False, "person_uid": region["child"],
                                              "family_categories": "", "school_uid": b_school}},
    ]
    bad = forge(region["a"], region["a1"], region["dir"] / "attach.tirkeu", lambda lines: lines + planted)
    summary = import_(region["office"], bad).bundles[0]
    assert summary.status == "imported"
    assert len(summary.rejected) == 3, summary.rejected  # before the fix: all three are created
    assert _count(region["office"], "SELECT count(*) FROM attendance WHERE event_uid = ?", b_event) == 1


@pytest.mark.xfail(strict=True, reason="first come owns a uid: a school that saw another school's "
                   "unencrypted bundle registers its uids first and the genuine records are rejected")
def test_a_school_cannot_preempt_the_uids_of_another_schools_unimported_bundle(region):
    (newcomer,) = add_people(region["b"], [("Сұлтанов", "Нұрлан")])
    b2 = export(region["b"], region["dir"] / "b2", plaintext=True).path  # on a shared USB stick
    seen = [json.loads(x) for x in members_of(b2)["payload.jsonl"].decode().splitlines()]
    a_id = installation_id(region["a"])
    stolen = [{"table": x["table"], "record": dict(x["record"], origin=a_id, surname="Ұрланған")}
              for x in seen if x["table"] == "person"]
    bad = forge(region["a"], region["a1"], region["dir"] / "preempt.tirkeu", lambda lines: lines + stolen)
    assert import_(region["office"], bad).bundles[0].created >= 1
    summary = import_(region["office"], b2).bundles[0]
    assert summary.rejected == [], summary.rejected  # before the fix: "this record belongs to another installation"
    assert person_at(region["office"], newcomer).origin == installation_id(region["b"])


# == 2. crashes that are not refusals ==========================================================================

def test_a_deeply_nested_line_rejects_that_line_only(region):
    m = members_of(region["a1"])
    payload = m["payload.jsonl"] + b"[" * 200_000 + b"]" * 200_000 + b"\n"
    bad = forge_raw(region["a"], region["a1"], region["dir"] / "deep.tirkeu", payload)
    summary = import_(region["office"], bad).bundles[0]
    assert summary.status == "imported", summary.reason
    assert summary.created == 2 and len(summary.rejected) == 1


@pytest.mark.parametrize("key", ["", "   ", None])
def test_an_unknown_sender_without_a_key_is_refused_cleanly(region, tmp_path, key):
    stranger = make(tmp_path, "stranger")
    add_people(stranger, [("Жаңа", "Оқушы")])
    genuine = export(stranger, tmp_path / "s", plaintext=True).path
    bad = forge(stranger, genuine, tmp_path / "nokey.tirkeu", manifest=lambda m: m["sender"].update(public_key=key))
    summary = import_(region["office"], bad, trust_new=True).bundles[0]
    assert summary.status == "refused"
    assert "could not be imported" not in summary.reason, summary.reason  # was: ... (IndexError)


def test_null_in_a_defaulted_column_rejects_the_record_only(region):
    a_id = installation_id(region["a"])
    event = {"table": "event", "record": {
        "uid": new_uid(), "origin": a_id, "stamp": 1 << 40, "deleted": False, "title": "Т", "programme": "p",
        "kind": "k", "start_date": "2026-10-01", "end_date": "2026-10-01", "format": None}}
    bad = forge(region["a"], region["a1"], region["dir"] / "null.tirkeu", lambda lines: lines + [event])
    summary = import_(region["office"], bad).bundles[0]
    assert summary.status == "imported", summary.reason  # before the fix: refused, "contradict each other (NOT NULL…)"
    assert summary.created == 2 and len(summary.rejected) == 1


def test_a_bundle_with_a_non_utf8_file_name_imports(region):
    folder = region["dir"] / "usb"
    folder.mkdir()
    name = os.fsdecode(b"\xa0\xae\xab\xa8-1.tirkeu")
    (folder / name).write_bytes(region["a1"].read_bytes())
    summary = import_(region["office"], folder).bundles[0]
    assert summary.status == "imported", summary.reason


# == 3. memory and time ========================================================================================

MEASURE = """
import sys, time
from pathlib import Path
from app.db.store import open_database
from app.sync.batch import import_paths
store = open_database(sys.argv[1])
t = time.monotonic()
batch = import_paths([Path(p) for p in sys.argv[2:]])
b = batch.bundles[0]
print(b.status, len(b.rejected), round(time.monotonic() - t, 1))
print(next(int(x.split()[1]) // 1024 for x in open("/proc/self/status") if x.startswith("VmHWM")))
"""


def _measure(office: Path, *bundles: Path, timeout: int = 300) -> tuple[str, int]:
    r = subprocess.run([sys.executable, "-c", MEASURE, str(office), *map(str, bundles)], cwd=ROOT,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=timeout)
    assert r.returncode == 0, r.stderr[-2000:]
    status, peak = r.stdout.strip().splitlines()[-2:]
    return status, int(peak)


def test_many_tiny_lines_cost_memory_proportional_to_the_payload(region):
    import random

    rnd = random.Random(1)
    # 16 MB of short lines (random numbers: they do not compress past the ZIP ratio check), ~2.3 million
    payload = "".join(f"{rnd.randrange(10**6)}\n" for _ in range((16 << 20) // 7)).encode()
    bad = forge_raw(region["a"], region["a1"], region["dir"] / "tiny.tirkeu", payload)
    _, base = _measure(region["office"], region["a1"])
    status, peak = _measure(region["office"], bad)
    print(f"tiny lines: {status}; peak {peak} MB vs {base} MB for a normal bundle")
    assert peak - base < 8 * 16, f"{peak - base} MB for a 16 MB payload"


def test_an_unsigned_zip_with_many_entries_is_refused_cheaply(region, tmp_path):
    bomb = tmp_path / "entries.tirkeu"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_STORED) as zf:
        for i in range(300_000):
            zf.writestr(zipfile.ZipInfo(f"{i}"), b"")
    size = bomb.stat().st_size >> 20
    _, base = _measure(region["office"], region["a1"])
    status, peak = _measure(region["office"], bomb)
    print(f"{size} MB zip with 300,000 entries: {status}; peak {peak} MB vs {base} MB")
    assert status.startswith("refused")
    assert peak - base < 4 * size + 20, f"{peak - base} MB for a {size} MB file"


def test_a_fifo_named_on_the_command_line_does_not_hang(region, tmp_path):
    fifo = tmp_path / "stuck.tirkeu"
    os.mkfifo(fifo)
    try:
        _measure(region["office"], fifo, region["a1"], timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("the import hung on a FIFO")


# == 4. attacks that are properly stopped =======================================================================

def _a_person(a_id: str, **values) -> dict:
    record = {"uid": new_uid(), "origin": a_id, "stamp": 1 << 40, "deleted": False, "surname": "А", "name": "Б"}
    record.update(values)
    return {"table": "person", "record": record}


def test_nan_infinity_huge_numbers_and_bad_dates_reject_only_their_line(region):
    a_id = installation_id(region["a"])
    lines = [
        f'{{"table":"tournament","record":{{"uid":"{new_uid()}","origin":"{a_id}","stamp":1099511627776,"event_uid":"{new_uid()}",'
        '"score_min":NaN}}',
        f'{{"table":"target","record":{{"uid":"{new_uid()}","origin":"{a_id}","stamp":1,"indicator":"x","value":Infinity}}}}',
        json.dumps(_a_person(a_id, stamp=10**5000 if False else 2**63)),
        '{{"table":"person","record":{{"uid":"{}","origin":"{}","stamp":{},"surname":"А","name":"Б"}}}}'.format(new_uid(), a_id, "9" * 5000),  # more digits than Python's int parser takes
        json.dumps(_a_person(a_id, stamp=1.5e12)),
        json.dumps(_a_person(a_id, birth_date="2012-02-31")),
        json.dumps(_a_person(a_id, birth_date="0001-01-01")),
        json.dumps(_a_person(a_id, surname="А" * 20_001)),
        json.dumps(_a_person(a_id, surname=["А"])),
        json.dumps(_a_person(a_id, deleted="yes")),
        json.dumps(_a_person(a_id, seen=10**30, uid="X" * 32)),
        json.dumps({"table": "bundle_log", "record": {}}),
        json.dumps({"table": "person", "record": {"uid": new_uid(), "origin": a_id, "stamp": 1,
                                                  "surname": "А", "name": "Б", "__class__": 1}}),
    ]
    payload = members_of(region["a1"])["payload.jsonl"] + ("\n".join(lines) + "\n").encode()
    bad = forge_raw(region["a"], region["a1"], region["dir"] / "numbers.tirkeu", payload)
    summary = import_(region["office"], bad).bundles[0]
    assert summary.status == "imported" and summary.created == 2
    assert len(summary.rejected) == len(lines), summary.rejected


def _all_columns():
    from app.sync.record_rules import specs

    for table, spec in specs().items():
        for name, check in spec.checks:
            if name in ("uid", "origin", "stamp", "deleted") or name in dict(spec.references):
                continue
            yield table, name, check.__name__


@pytest.mark.parametrize("table,column,kind", list(_all_columns()))
def test_every_column_is_range_checked(table, column, kind):
    from app.sync.record_rules import MAX_TEXT, Bad, check_record, specs

    spec = specs()[table]
    bad_values = {"_int": [10**9 + 1, -1, 2**63, 1.0, "1", float("nan")],
                  "_num": [float("nan"), float("inf"), -float("inf"), 1e300, 10**400, "1"],
                  "_date": ["1899-12-31", "2201-01-01", "2026-02-30", "2026-1-1", "20260101", 20260101],
                  "_text": ["x" * (MAX_TEXT + 1), 1, ["x"], {"x": 1}],
                  "_bool": [2, "true", -1, 0.5]}[kind]
    if kind == "_int" and spec.ranges.get(column, (0, 0))[0] < 0:
        bad_values = [2**31, -2**31 - 1, 2**63, 1.0]
    base = {"uid": new_uid(), "origin": new_uid(), "stamp": 1 << 40}
    for value in bad_values:
        # AttributeError: the fast checker calls str methods before the type check (the import's
        # _records catches it and rejects the line, with a less precise message).
        with pytest.raises((Bad, AttributeError)):
            check_record(spec, dict(base, **{column: value}))


def test_duplicate_keys_in_a_record_cannot_smuggle_another_origin(region):
    a_id, b_id = installation_id(region["a"]), installation_id(region["b"])
    child = region["child_row"]
    uid, stamp = region["child"], child["stamp"] + 10**6
    raw = (f'{{"table":"person","record":{{"uid":"{uid}","origin":"{a_id}","stamp":{stamp},"surname":"Жалған",'
           f'"name":"X","origin":"{b_id}"}}}}\n')
    payload = members_of(region["a1"])["payload.jsonl"] + raw.encode()
    bad = forge_raw(region["a"], region["a1"], region["dir"] / "dup.tirkeu", payload)
    summary = import_(region["office"], bad).bundles[0]
    assert summary.created == 2 and len(summary.rejected) == 1
    assert person_at(region["office"], region["child"]).surname == "Бөкейханова"


@pytest.mark.parametrize("change", [
    lambda m: m.update(sequence=float("nan")),
    lambda m: m.update(previous=True),
    lambda m: m.update(previous=-1),
    lambda m: m["payload"].update(size=float("inf")),
    lambda m: m.update(format_version=1.0),
    lambda m: m.update(receiver="f" * 32),
    lambda m: m.update(receiver=["x"]),
])
def test_impossible_manifests_are_refused(region, change):
    bad = forge(region["a"], region["a1"], region["dir"] / "m.tirkeu", manifest=change)
    summary = import_(region["office"], bad).bundles[0]
    assert summary.status == "refused" and "could not be imported" not in summary.reason, summary.reason


def test_a_deeply_nested_manifest_is_refused(region):
    m = members_of(region["a1"])
    m["manifest.json"] = b"[" * 500_000 + b"]" * 500_000
    summary = import_(region["office"], write_zip(region["dir"] / "deep-m.tirkeu", m)).bundles[0]
    assert summary.status == "refused" and "damaged" in summary.reason


def test_a_trusted_school_claiming_another_region_or_role_changes_nothing(region):
    bad = forge(region["a"], region["a1"], region["dir"] / "r.tirkeu",
                manifest=lambda m: m["sender"].update(role="national", region="KZ-75", name="Ұлттық орталық"))
    assert import_(region["office"], bad).bundles[0].status == "imported"
    a_id = installation_id(region["a"])
    with opened(region["office"]):
        from app.models import Peer

        peer = Peer.get_by_id(a_id)
        assert (peer.role, peer.region, peer.name) == ("school", "KZ-61", "school-a")


def test_a_school_cannot_send_records_in_the_offices_or_another_schools_name(region):
    office_id, b_id = installation_id(region["office"]), installation_id(region["b"])
    planted = [_a_person(office_id), _a_person(b_id), _a_person(office_id, deleted=True)]
    bad = forge(region["a"], region["a1"], region["dir"] / "name.tirkeu", lambda lines: lines + planted)
    summary = import_(region["office"], bad).bundles[0]
    assert summary.created == 2 and all("own records" in r["reason"] for r in summary.rejected)
    assert len(summary.rejected) == 3


def test_a_bundle_claiming_the_receivers_own_id_is_refused(region):
    office_id = installation_id(region["office"])
    bad = forge(region["a"], region["a1"], region["dir"] / "me.tirkeu",
                manifest=lambda m: m["sender"].update(installation=office_id))
    summary = import_(region["office"], bad, trust_new=True).bundles[0]
    assert summary.status == "refused" and "this installation itself" in summary.reason


def test_odd_files_in_a_folder_never_stop_the_good_bundle(region):
    folder = region["dir"] / "usb"
    folder.mkdir()
    (folder / region["a1"].name).write_bytes(region["a1"].read_bytes())
    (folder / "dir.tirkeu").mkdir()
    os.mkfifo(folder / "pipe.tirkeu")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "db.tirkeu").symlink_to(region["office"])
    (folder / "dangling.tirkeu").symlink_to(folder / "nowhere")
    (folder / "empty.tirkeu").write_bytes(b"")
    (folder / "pk.tirkeu").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    unreadable = folder / "locked.tirkeu"
    unreadable.write_bytes(region["a1"].read_bytes())
    unreadable.chmod(0)
    batch = import_(region["office"], folder)
    lines = {Path(b.file).name: b for b in batch.bundles}
    assert {lines[region["a1"].name].status, lines["locked.tirkeu"].status} >= {"imported"}
    assert all(b.status in ("refused", "imported", "already imported") for b in batch.bundles)
    assert not any("could not be imported" in (b.reason or "") for b in batch.bundles), \
        [(n, b.reason) for n, b in lines.items()]
    assert "pipe.tirkeu" not in lines and "dir.tirkeu" not in lines


def test_an_office_sends_a_school_only_targets_even_in_clear(region, tmp_path):
    from app.reports import set_target

    assert import_(region["office"], region["a1"]).bundles[0].status == "imported"
    trust_cards(region["office"], card(region["a"], tmp_path))  # already trusted: same key, refreshed
    with opened(region["office"]):
        set_target("legal_culture.lectures", "KZ-61", 7)
    down = export(region["office"], tmp_path / "down", to="school-a", plaintext=True)
    assert down.counts == {"target": 1}
    payload = members_of(down.path)["payload.jsonl"]
    assert "Бөкейханова".encode() not in payload and "Ахметов".encode() not in payload


def test_the_same_uid_twice_in_one_bundle_is_a_refusal_not_a_crash(region):
    a_id = installation_id(region["a"])
    twice = _a_person(a_id)
    other = {"table": "person", "record": dict(twice["record"], surname="Басқа")}
    bad = forge(region["a"], region["a1"], region["dir"] / "twice.tirkeu", lambda lines: lines + [twice, other])
    summary = import_(region["office"], bad).bundles[0]
    assert summary.status == "refused" and "could not be imported" not in summary.reason
