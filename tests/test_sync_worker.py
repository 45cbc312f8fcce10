"""The office import's worker process (app/sync/worker.py): the same answers as reading every file here.

A stick with good bundles and bad ones (tampered, forged, unsigned, from a school not trusted,
wrong records, too many wrong records) is imported with the worker and without it: every file
gets the same line, the good ones are imported, and nothing of the bad ones is written.  The
worker stopping in the middle of an import, or meeting a bug, costs nothing but its help.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.i18n import Msg, catalog
from app.installation import init_installation
from app.sync import worker
from app.sync.bundle_records import MAX_REJECTED
from app.sync.container import BundleError
from app.sync.prepared import Prepared, portable
from tests.sync_forgery import forge, installation_id
from tests.sync_helpers import add_people, card, dump, export, import_, make, opened, rewrite, trust_cards

ROOT = Path(__file__).resolve().parents[1]


def _card_of(db, path: Path) -> Path:
    from app.sync.trust import write_identity_card

    with opened(db):
        return write_identity_card(path)


def _trust(db, *cards: Path) -> None:
    from app.sync.trust import read_card, trust

    with opened(db):
        for c in cards:
            trust(read_card(c))


def _lines(summaries) -> list[dict]:
    """Each file's line as the user sees it, the status aside (a dry run says so)."""
    return [{k: v for k, v in b.as_json().items() if k != "status"} for b in summaries.bundles]


def _verdicts(summaries) -> list[tuple]:
    """Each file's verdict: a dry run's "dry run" is "imported" (its counts differ: a dry run writes
    nothing, so a later bundle of the same school finds its records new again)."""
    return [(Path(b.file).name, "imported" if b.status == "dry run" else b.status, b.reason, b.rejected)
            for b in summaries.bundles]


@pytest.fixture
def stick(db_target, tmp_path):
    """An office (on the test's engine) and a stick of 10 files: 5 good, 5 bad (one from a school not trusted)."""
    office = db_target
    with opened(office):
        init_installation("office", "Түркістан облысы білім басқармасы", "KZ-61", None, "Сейітова Ақмарал", "kk")
    office_card = _card_of(office, tmp_path / "office.card")
    schools = [make(tmp_path, f"school{i}") for i in range(5)]
    _trust(office, *[card(s, tmp_path) for s in schools[:4]])  # school4 is not trusted
    for s in schools:
        trust_cards(s, office_card)
    usb = tmp_path / "usb"
    names = [("Әбілқайырова", "Аружан"), ("Құрманғалиев", "Ерұлан"), ("Үсенова", "Гүлнұр")]
    for i, s in enumerate(schools):
        add_people(s, names[: 1 + i % 3])
        if i != 1:
            export(s, usb)
    # school1's bundle in clear (its forged followers are built from it), and two forged ones
    # signed with its own key: wrong records among good ones, and far too many wrong records.
    plain = export(schools[1], tmp_path / "plain", plaintext=True).path
    shutil.copy(plain, usb / "b1-plain.tirkeu")
    other = installation_id(schools[2])

    def some_wrong(lines):
        person = next(x for x in lines if x["table"] == "person")
        stolen = dict(person["record"], uid="f" * 32, origin=other)
        out_of_range = dict(person["record"], uid="e" * 32, birth_date="1800-01-01")
        return [lines[0], {"table": "person", "record": stolen}, {"table": "nothing", "record": {}},
                *lines[1:], {"table": "person", "record": out_of_range}]

    def far_too_many(lines):
        person = next(x for x in lines if x["table"] == "person")
        out = list(lines)
        for n in range(MAX_REJECTED + 100):  # ownership refusals and shape errors, interleaved
            if n % 2:
                out.append({"table": "person", "record": dict(person["record"], uid=f"{n:032x}", origin=other)})
            else:
                out.append({"table": "unknown", "record": {"n": n}})
        return out

    forge(schools[1], plain, usb / "b2-some-wrong.tirkeu", records=some_wrong)
    forge(schools[1], plain, usb / "b3-too-many.tirkeu", records=far_too_many,
          manifest=lambda m: m.update(sequence=3, previous=2, records=m["records"] + 2000))
    good = sorted(usb.glob("school*.tirkeu"))
    assert len(good) == 4
    # A copy of school0's bundle with its encrypted records changed, named to come first.
    rewrite(good[0], usb / "a-tampered.tirkeu",
            lambda m: m.__setitem__("payload.jsonl.age", m["payload.jsonl.age"][:-40] + b"x" * 40))
    # A copy of school2's with its manifest changed (the signature no longer holds).
    rewrite(good[2], usb / "a-forged-manifest.tirkeu",
            lambda m: m.__setitem__("manifest.json", m["manifest.json"].replace(b'"sequence": 1', b'"sequence": 7')))
    (usb / "a-not-a-bundle.tirkeu").write_text("Сәлем, бұл bundle емес", encoding="utf-8")
    return {"office": office, "usb": usb, "schools": schools, "dir": tmp_path}


def _expected_statuses(batch) -> dict[str, str]:
    return {Path(b.file).name: b.status for b in batch.bundles}


def test_with_the_worker_every_file_gets_the_same_line_and_the_good_ones_are_imported(stick):
    office, usb = stick["office"], stick["usb"]
    here = import_(office, usb, dry_run=True, worker=False)
    there = import_(office, usb, dry_run=True, worker=True)
    assert here.read_ahead == 0 and there.read_ahead == 10
    assert _lines(there) == _lines(here)

    batch = import_(office, usb, worker=True)
    assert batch.read_ahead == 10
    assert _verdicts(batch) == _verdicts(here)
    status = _expected_statuses(batch)
    assert status == {
        "a-forged-manifest.tirkeu": "refused", "a-not-a-bundle.tirkeu": "refused", "a-tampered.tirkeu": "refused",
        "b1-plain.tirkeu": "imported", "b2-some-wrong.tirkeu": "imported", "b3-too-many.tirkeu": "refused",
        **{name: "imported" for name in status if name.startswith("school") and "school4" not in name},
        **{name: "refused" for name in status if "school4" in name},
    }
    by_name = {Path(b.file).name: b for b in batch.bundles}
    assert "changed after it was signed" in by_name["a-tampered.tirkeu"].reason
    assert "signature" in by_name["a-forged-manifest.tirkeu"].reason
    assert "not a ZIP" in by_name["a-not-a-bundle.tirkeu"].reason
    (untrusted,) = [b for name, b in by_name.items() if "school4" in name]
    assert "not trusted yet" in untrusted.reason and untrusted.sender_key
    wrong = by_name["b2-some-wrong.tirkeu"]
    assert [r["line"] for r in wrong.rejected][:2] == [2, 3] and len(wrong.rejected) == 3
    assert wrong.rejected[2]["line"] > 3 and wrong.created == 0  # its good records came with b1 already
    assert "a school may only send its own records" in wrong.rejected[0]["reason"]
    assert wrong.rejected[1]["reason"] == "unknown table"
    assert "birth_date" in wrong.rejected[2]["reason"]
    refused = by_name["b3-too-many.tirkeu"]
    assert f"More than {MAX_REJECTED}" in refused.reason and len(refused.rejected) == MAX_REJECTED + 1
    lines = [r["line"] for r in refused.rejected]
    assert lines == sorted(lines)  # both kinds of refusal, in the file's order
    assert {r["reason"] for r in refused.rejected} == {"unknown table", "a school may only send its own records"}
    with opened(office):
        from app.models import Person

        assert Person.select().where(Person.uid.in_(["f" * 32, "e" * 32])).count() == 0
        kazakh = {p.surname for p in Person.select()}
    assert {"Әбілқайырова", "Құрманғалиев", "Үсенова"} <= kazakh

    before = dump(office)
    again = import_(office, usb, worker=True)  # the worker leaves the records of imported ones unread
    assert {Path(b.file).name: b.status for b in again.bundles if b.status == "imported"} == {}
    assert sum(b.status == "already imported" for b in again.bundles) == 5
    assert dump(office) == before


def test_the_same_file_twice_in_one_import_is_imported_once(stick, tmp_path):
    first = sorted(stick["usb"].glob("school*.tirkeu"))[1]
    twice = tmp_path / "twice"
    for sub in ("a", "b", "c"):
        (twice / sub).mkdir(parents=True)
        shutil.copy(first, twice / sub / first.name)
    batch = import_(stick["office"], twice, worker=True)
    assert batch.read_ahead == 3
    assert [b.status for b in batch.bundles] == ["imported", "already imported", "already imported"]


def test_a_new_school_trusted_at_its_first_bundle_sends_its_second_in_the_same_import(stick, tmp_path):
    newcomer = stick["schools"][4]
    out = tmp_path / "newcomer"
    out.mkdir()
    shutil.copy(next(stick["usb"].glob("school4*.tirkeu")), out / "1.tirkeu")
    add_people(newcomer, [("Жұмабекова", "Іңкәр")])
    shutil.move(str(export(newcomer, tmp_path / "next").path), out / "2.tirkeu")
    refused = import_(stick["office"], out, worker=True, dry_run=True)
    assert [b.status for b in refused.bundles] == ["refused", "refused"]
    assert all("not trusted yet" in b.reason for b in refused.bundles)
    batch = import_(stick["office"], out, worker=True, trust_new=True)
    assert [b.status for b in batch.bundles] == ["imported", "imported"] and batch.read_ahead == 2
    assert batch.bundles[1].created == 1


def test_a_worker_stopped_in_the_middle_costs_nothing_but_its_help(stick, caplog):
    office, usb = stick["office"], stick["usb"]
    expected = _verdicts(import_(office, usb, dry_run=True, worker=False))
    killed = []

    def progress(index: int, total: int, name: str) -> None:
        if index == 3 and not killed:
            for child in multiprocessing.active_children():
                if child.name == "tirkeu-import-worker":
                    child.kill()
                    child.join()
                    killed.append(child.pid)

    with opened(office):
        from app.sync.batch import import_paths

        batch = import_paths([usb], progress=progress, worker=True)
    assert killed and 0 < batch.read_ahead < 10
    assert _verdicts(batch) == expected
    assert sum(b.status == "imported" for b in batch.bundles) == 5
    assert "worker process stopped" in caplog.text


def test_a_bug_met_in_the_worker_is_named_as_it_would_be_here(stick):
    from app.sync.batch import _one

    good = sorted(stick["usb"].glob("school*.tirkeu"))[0]
    with opened(stick["office"]):
        from app.installation import require_installation

        snap = worker.take_snapshot(trust_new=False)
        prepared = worker.prepare(str(good), snap)
        assert prepared.read and prepared.result is not None
        try:
            {}["missing"]
        except KeyError as exc:
            prepared.payload_error = portable(exc)
        line = _one(good, False, False, None, prepared)
        assert line.status == "refused"
        assert line.reason.startswith("This file could not be imported (KeyError)")
        # A known refusal crosses the process boundary with its message, in the user's language too.
        prepared = worker.prepare(str(good), snap)
        prepared.payload_error = portable(BundleError(Msg("Sync", "The bundle's manifest is damaged.")))
        kazakh = catalog("kk").translate
        line = _one(good, False, False, kazakh, prepared)
        assert line.status == "refused"
        assert line.reason == Msg("Sync", "The bundle's manifest is damaged.").render(kazakh) != \
            "The bundle's manifest is damaged."
        assert require_installation().role == "office"


def test_the_worker_is_handed_a_few_files_at_a_time(stick, tmp_path, monkeypatch):
    many = tmp_path / "many"
    many.mkdir()
    source = [p for p in sorted(stick["usb"].glob("school*.tirkeu")) if "school4" not in p.name]
    for n in range(12):  # the same three bundles again and again: the counts do not matter here
        shutil.copy(source[n % 3], many / f"{n:02d}.tirkeu")
    files = sorted(many.iterdir())
    with opened(stick["office"]):
        with worker.Feed(files, [True] * len(files), worker.take_snapshot(False), every=True) as feed:
            seen = []
            for index in range(len(files)):
                prepared = feed.take(index)
                assert isinstance(prepared, Prepared) and prepared.path == str(files[index])
                seen.append(feed.ahead)
    assert max(count for count, _ in seen) == worker.AHEAD
    assert all(size <= worker.AHEAD_BYTES for _, size in seen)
    monkeypatch.setattr(worker, "AHEAD_BYTES", 1)  # one file at a time when they are large
    with opened(stick["office"]):
        with worker.Feed(files, [True] * len(files), worker.take_snapshot(False), every=True) as feed:
            for index in range(len(files)):
                assert feed.take(index) is not None
                assert feed.ahead[0] <= 1
    monkeypatch.setattr(worker, "BIG_FILE", 0)  # every file too large to hold twice: read here
    batch = import_(stick["office"], many, worker=True)
    assert batch.read_ahead == 0 and sum(b.status == "imported" for b in batch.bundles) == 3


HOLDER = """
import sys, time
from pathlib import Path
from app.db.store import open_database
from app.sync import worker

if __name__ == "__main__":
    open_database(sys.argv[1])
    files = [Path(p) for p in sys.argv[2:]]
    feed = worker.Feed(files, [True] * len(files), worker.take_snapshot(False), every=True)
    feed.take(0)
    print(feed.pid, flush=True)
    time.sleep(600)
"""


@pytest.mark.sqlite_only
@pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not Path("/proc").is_dir(), reason="POSIX signals and /proc")
def test_the_worker_ends_when_the_importing_program_is_killed(stick, tmp_path):
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    files = [str(p) for p in sorted(stick["usb"].glob("school*.tirkeu"))]
    proc = subprocess.Popen([sys.executable, str(script), str(stick["office"]), *files], cwd=ROOT,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, text=True)
    pid = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    for _ in range(600):  # it notices at its next look at its pipe
        if not _alive(pid):
            break
        time.sleep(0.1)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_few_or_small_files_are_read_here(stick):
    one = sorted(stick["usb"].glob("school*.tirkeu"))[:1]
    batch = import_(stick["office"], *one)
    assert batch.read_ahead == 0 and batch.bundles[0].status == "imported"
    files = sorted(stick["usb"].iterdir())
    assert not worker.worth_a_worker(files, [True] * len(files))  # 10 files of a few KB
    assert json.dumps(batch.as_json())  # the command line's --json is unchanged by the worker's count
    assert "read_ahead" not in batch.as_json()


@pytest.mark.sqlite_only
@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="POSIX signals")
def test_files_the_worker_has_not_started_are_read_here_instead_of_waiting(stick, tmp_path):
    """A busy computer may leave the worker without a core: the import does not wait for it."""
    files = [p for p in sorted(stick["usb"].glob("school*.tirkeu")) if "school4" not in p.name]
    with opened(stick["office"]):
        with worker.Feed(files, [True] * len(files), worker.take_snapshot(False)) as feed:
            assert feed._results.poll(60)  # it has started and said so
            os.kill(feed.pid, signal.SIGSTOP)  # and now gets no processor time at all
            try:
                taken = [feed.take(index) for index in range(len(files))]
            finally:
                os.kill(feed.pid, signal.SIGCONT)
            assert taken == [None] * len(files)  # each one to be read here, none waited for
            assert feed.taken_back == len(files) - 1  # the first one was never handed out
