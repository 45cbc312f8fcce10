"""``python -m ui --self-test`` (what ``make package-test`` runs in the built program) and resource_dir."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, env_drop: tuple[str, ...] = (), **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in env_drop}
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "ui", *args], cwd=ROOT, env=environ, capture_output=True,
                          text=True, encoding="utf-8", timeout=240)


def test_self_test_prints_one_json_line_and_exits_0(tmp_path):
    report = tmp_path / "report.json"
    done = _run("--self-test", "--self-test-report", str(report), QT_QPA_PLATFORM="offscreen",
                TIRKEU_DATA_DIR=str(tmp_path / "data"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["self_test"] == "ok" and result["frozen"] is False
    assert result["certificates"]["pages"] >= 1 and result["certificates"]["verified_at_office"] == "genuine"
    assert result["bundle"]["records"] > 0 and result["bundle"]["encrypted"] is True
    assert result["office_import"]["status"] == "imported"
    assert result["office_import"]["created"] == result["bundle"]["records"]
    assert result["office_import"]["people"] == result["demo"]["people"] > 0
    assert set(result["qt"]["translations"]) == {"kk", "ru", "en"}
    assert "qoffscreen" in result["qt"]["platform_plugins"] and "jpeg" in result["qt"]["image_formats"]
    assert json.loads(report.read_text(encoding="utf-8")) == result
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())  # nothing left behind


def test_self_test_needs_no_display(tmp_path):
    done = _run("--self-test", env_drop=("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"),
                TIRKEU_DATA_DIR=str(tmp_path / "data"))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["qt"]["platform"] == "offscreen"


def test_self_test_failure_is_one_line_and_exit_1(tmp_path):
    done = _run("--self-test", "--self-test-report", str(tmp_path / "no" / "such" / "folder" / "r.json"),
                QT_QPA_PLATFORM="offscreen", TIRKEU_DATA_DIR=str(tmp_path / "data"))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("Tirkeu self-test failed: cannot write ") and done.stderr.count("\n") == 1


def test_core_self_test_in_process(tmp_path):
    from app.selftest import run_self_test

    before = os.environ.get("TIRKEU_DATA_DIR")
    result = run_self_test(tmp_path, people=10)
    assert result["self_test"] == "ok" and result["demo"]["people"] == 10
    assert (tmp_path / "certificates.pdf").read_bytes().startswith(b"%PDF-")
    assert os.environ.get("TIRKEU_DATA_DIR") == before


def test_resource_dir_from_source_and_frozen(monkeypatch, tmp_path):
    from app.resources_path import resource_dir

    assert resource_dir() == ROOT / "resources"
    assert (resource_dir() / "reference" / "regions.json").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_dir() == tmp_path / "resources"


def test_every_reader_of_resources_uses_resource_dir():
    """No module builds its own path to resources/ (it would break in the built program)."""
    offenders = []
    for path in [*(ROOT / "app").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        if path.name != "resources_path.py" and "__file__" in text and '"resources"' in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
