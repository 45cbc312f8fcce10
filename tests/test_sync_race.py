"""Nothing is lost between import and export: two processes on one database, and wrong clocks."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT
from tests.sync_helpers import add_people, card, export, import_, make, opened, trust_cards

SLOW_IMPORT = """
import sys, time
from pathlib import Path
from app.db.store import open_database
from app.sync.importer import import_bundle
store = open_database(sys.argv[1])
with store.db.atomic():
    summary = import_bundle(Path(sys.argv[2]))
    assert summary.status == "imported", summary
    Path(sys.argv[3]).write_text(str(summary.created))
    time.sleep(2)  # the records are written, numbered, and not yet committed
store.close()
"""


def _people_in(bundle: Path, national: Path) -> set[str]:
    """The person uids a bundle for the national centre carries (decrypted by importing it there)."""
    from app.models import Person

    import_(national, bundle)
    with opened(national):
        return {p.uid for p in Person.select()}


def _world(tmp_path, people: int = 500):
    office, national, school = make(tmp_path, "office", "office"), make(tmp_path, "national", "national"), \
        make(tmp_path, "school")
    trust_cards(office, card(school, tmp_path), card(national, tmp_path))
    trust_cards(national, card(office, tmp_path))
    trust_cards(school, card(office, tmp_path))
    uids = add_people(school, [(f"Оқушы{i}", "Әлия") for i in range(people)])
    return office, national, school, export(school, tmp_path / "from-school").path, set(uids)


def test_an_export_during_a_slow_import_in_another_process_loses_nothing(tmp_path):
    office, national, _school, bundle, uids = _world(tmp_path)
    ready = tmp_path / "ready"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", SLOW_IMPORT, str(office), str(bundle), str(ready)],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        first = export(office, tmp_path / "up1")  # waits for the import's write lock, then covers it
    finally:
        assert proc.wait(timeout=60) == 0, proc.stderr.read()
    second = export(office, tmp_path / "up2")
    carried = _people_in(first.path, national) | _people_in(second.path, national)
    assert uids <= carried, f"{len(uids - carried)} imported people never left the office"


def test_a_fast_clock_at_one_export_does_not_hide_later_imports(tmp_path, monkeypatch):
    office, national, _school, bundle, uids = _world(tmp_path, people=50)
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 600)  # the office desktop is 10 minutes fast
    first = export(office, tmp_path / "up1")
    assert first.records >= 1
    monkeypatch.setattr(time, "time", real)  # someone corrects the clock; the program is restarted
    assert import_(office, bundle).bundles[0].created == len(uids) + 1
    second = export(office, tmp_path / "up2")
    assert uids <= _people_in(second.path, national)


def test_a_slow_clock_after_an_export_does_not_hide_later_saves(tmp_path, monkeypatch):
    from app.models import Person

    school = make(tmp_path, "school")
    office = make(tmp_path, "office", "office")
    trust_cards(school, card(office, tmp_path))
    trust_cards(office, card(school, tmp_path))
    add_people(school, [("Бірінші", "Адам")])
    export(school, tmp_path / "b1")
    monkeypatch.setattr(time, "time", lambda: 1_000_000.0)  # the battery ran flat: January 1970
    with opened(school):
        late = Person(surname="Кейінгі", name="Адам")
        late.save()
    second = export(school, tmp_path / "b2")
    assert second.records == 1 and second.warnings  # the clock is behind what the school holds
    monkeypatch.undo()
    summary = import_(office, second.path).bundles[0]
    assert summary.created == 1
    with opened(office):
        assert Person.get_by_id(late.uid).surname == "Кейінгі"


def test_two_command_lines_export_and_import_on_one_database(tmp_path):
    """The window and the command line (here: two command lines) on one office database at once."""
    office, national, _school, bundle, uids = _world(tmp_path, people=300)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    base = [sys.executable, "-m", "app", "--db", str(office), "--lang", "en"]
    importer = subprocess.Popen(base + ["bundle", "import", str(bundle), "--json"], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outs = []
    for i in range(3):
        out = tmp_path / f"up{i}"
        out.mkdir()
        r = subprocess.run(base + ["bundle", "export", "--out", str(out), "--json"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        outs.append(Path(json.loads(r.stdout)["file"]))
    stdout, stderr = importer.communicate(timeout=120)
    assert importer.returncode == 0, stderr
    r = subprocess.run(base + ["bundle", "export", "--out", str(tmp_path), "--json"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    outs.append(Path(json.loads(r.stdout)["file"]))
    carried: set[str] = set()
    for path in outs:
        carried |= _people_in(path, national)
    assert uids <= carried
