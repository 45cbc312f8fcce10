"""Crash handler, one program per database, daily backup at start."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from ui import crash
from ui.application import single_instance


def test_second_start_on_the_same_database_is_refused(tmp_path):
    db = tmp_path / "school.sqlite3"
    first = single_instance(db)
    assert first is not None
    assert single_instance(db) is None  # refused while the first holds it
    first.unlock()
    again = single_instance(db)
    assert again is not None
    again.unlock()


def test_unexpected_error_is_logged_and_shown_once(qapp, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.detailedText()) or 0)
    monkeypatch.setitem(crash._state, "shown", False)
    monkeypatch.setitem(crash._state, "dialog", True)
    with caplog.at_level(logging.ERROR, logger="tirkeu.crash"):
        for _ in range(2):
            try:
                raise ValueError("Қате болды")
            except ValueError as exc:
                crash.handle(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1 and "Қате болды" in shown[0] and "Traceback" in shown[0]
    assert sum("Қате болды" in r.message for r in caplog.records) == 2


def test_no_crash_dialog_only_logs(qapp, monkeypatch, caplog):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (_ for _ in ()).throw(AssertionError("shown")))
    monkeypatch.setitem(crash._state, "shown", False)
    monkeypatch.setitem(crash._state, "dialog", False)
    with caplog.at_level(logging.ERROR, logger="tirkeu.crash"):
        try:
            raise RuntimeError("scripted")
        except RuntimeError as exc:
            crash.handle(type(exc), exc, exc.__traceback__)
    assert any("scripted" in r.message for r in caplog.records)


def test_program_start_makes_the_daily_backup(tmp_path, store):
    import os
    import subprocess
    import sys

    from app.backup import backups_dir
    from tests.conftest import ROOT

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "ui", "--db", str(store.path), "--quit-after-load",
                             "--no-crash-dialog"], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert len(list(backups_dir(store).glob("*.sqlite3"))) == 1
