"""The commands of docs/bundle-format.md, run with the real unzip-free zipfile, sha256, minisign and age."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT
from tests.sync_helpers import add_people, card, export, make, trust_cards

needs_tools = pytest.mark.skipif(not (shutil.which("minisign") and shutil.which("age")),
                                 reason="minisign and age are installed by `make test` (tools/ensure_debs.sh)")


def cli(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300)


@needs_tools
def test_bundle_checks_out_with_minisign_sha256sum_and_age(tmp_path):
    office = make(tmp_path, "office", "office")
    school = make(tmp_path, "school")
    trust_cards(school, card(office, tmp_path))
    add_people(school, [("Әлібеков", "Ерлан")])
    bundle = export(school, tmp_path / "usb").path
    out = tmp_path / "b"
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(out)
    assert cli("--db", str(school), "keys", "export", "--out", str(tmp_path / "s.card"),
               "--minisign", str(tmp_path / "school.pub")).returncode == 0
    check = subprocess.run(["minisign", "-V", "-p", str(tmp_path / "school.pub"), "-m", str(out / "manifest.json")],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    payload = out / manifest["payload"]["name"]
    assert hashlib.sha256(payload.read_bytes()).hexdigest() == manifest["payload"]["sha256"]
    assert cli("--db", str(office), "keys", "export-age-identity", "--out", str(tmp_path / "office.agekey")).returncode == 0
    opened = subprocess.run(["age", "-d", "-i", str(tmp_path / "office.agekey"), str(payload)], capture_output=True)
    assert opened.returncode == 0, opened.stderr
    lines = [json.loads(line) for line in opened.stdout.decode("utf-8").splitlines()]
    assert any(item["record"].get("surname") == "Әлібеков" for item in lines)
    # and a changed manifest no longer verifies
    (out / "manifest.json").write_bytes((out / "manifest.json").read_bytes().replace(b'"sequence": 1', b'"sequence": 2'))
    bad = subprocess.run(["minisign", "-V", "-p", str(tmp_path / "school.pub"), "-m", str(out / "manifest.json")],
                         capture_output=True, text=True)
    assert bad.returncode != 0


def test_command_line_round_trip_with_json_and_exit_codes(tmp_path):
    office = tmp_path / "office.sqlite3"
    school = tmp_path / "school.sqlite3"
    assert cli("--db", str(office), "init", "--role", "office", "--name", "Облыс штабы", "--region", "KZ-61").returncode == 0
    assert cli("--db", str(school), "init", "--role", "school", "--name", "№3 мектеп", "--region", "KZ-61").returncode == 0
    assert cli("--db", str(office), "keys", "export", "--out", str(tmp_path / "office.card")).returncode == 0
    assert cli("--db", str(school), "keys", "export", "--out", str(tmp_path / "school.card")).returncode == 0
    refused = cli("--db", str(school), "keys", "trust", str(tmp_path / "office.card"))
    assert refused.returncode == 2 and "--fingerprint" in refused.stderr  # an office's card: compare first
    fp = json.loads((tmp_path / "office.card").read_text())["fingerprint"]
    assert cli("--db", str(school), "keys", "trust", str(tmp_path / "office.card"), "--fingerprint", fp[:9]
               ).returncode == 0
    assert cli("--db", str(school), "demo", "--people", "40").returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    exported = cli("--db", str(school), "bundle", "export", "--out", str(usb), "--json")
    info = json.loads(exported.stdout)
    assert info["sequence"] == 1 and info["encrypted"] and info["records"] > 40
    refused = cli("--db", str(office), "bundle", "import", str(usb), "--json")
    assert refused.returncode == 1 and json.loads(refused.stdout)["bundles"][0]["status"] == "refused"
    assert cli("--db", str(office), "keys", "trust", str(tmp_path / "school.card")).returncode == 0
    dry = json.loads(cli("--db", str(office), "bundle", "import", str(usb), "--dry-run", "--json").stdout)
    assert dry["bundles"][0]["status"] == "dry run" and dry["totals"]["created"] == info["records"]
    done = cli("--db", str(office), "bundle", "import", str(usb), "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["totals"]["created"] == info["records"]
    again = json.loads(cli("--db", str(office), "bundle", "import", str(usb), "--json").stdout)
    assert again["totals"]["already imported"] == 1
    listed = json.loads(cli("--db", str(office), "keys", "list", "--json").stdout)
    assert listed[0]["name"] == "№3 мектеп"
    revoked = cli("--db", str(office), "keys", "revoke", listed[0]["installation"])
    assert revoked.returncode == 0
    assert cli("--db", str(office), "bundle", "import", str(tmp_path / "nothing-here")).returncode == 1
