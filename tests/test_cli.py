"""The command line as an office scripts it: exit codes, one-line errors, JSON."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.db import migrations
from tests.conftest import ROOT, write_csv


def run(*args: str, db: Path | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "app"] + (["--db", str(db)] if db else []) + list(args)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "school.sqlite3"
    result = run("init", "--role", "school", "--name", "№3 мектеп-лицей", "--region", "Түркістан облысы",
                 "--district", "Сайрам ауданы", db=path)
    assert result.returncode == 0, result.stderr
    return path


def test_init_demo_info(db):
    assert run("demo", "--people", "80", db=db).returncode == 0
    info = json.loads(run("info", "--json", db=db).stdout)
    assert info["region"] == "KZ-61" and info["counts"]["person"] >= 80
    assert info["counts"]["event"] > 10 and info["counts"]["team"] > 0


def test_import_with_bad_rows_reports_and_succeeds(db, tmp_path):
    path = write_csv(tmp_path / "p.csv", "surname;name;birth_date;iin\nӘлібеков;Ерлан;2010-01-01;\n"
                     "Қасымов;Дәулет;31.02.2010;\n;Аты жоқ;2010-01-01;\n", "utf-8")
    result = run("import", "participants", str(path), "--json", db=db)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["created"], summary["rejected"]) == (1, 2)
    assert Path(summary["errors_file"]).exists()
    again = json.loads(run("import", "participants", str(path), "--json", db=db).stdout)
    assert (again["created"], again["unchanged"]) == (0, 1)


def test_human_summary_in_russian(db, tmp_path):
    path = write_csv(tmp_path / "p.csv", "surname,name,birth_date\nИванов,Иван,31.02.2010\n")
    result = run("--lang", "ru", "import", "participants", str(path), db=db)
    assert result.returncode == 0
    assert "p.csv" in result.stdout


def test_export_round_trip(db, tmp_path):
    run("demo", "--people", "50", db=db)
    out = tmp_path / "people.xlsx"
    assert run("export", "participants", "--out", str(out), db=db).returncode == 0
    summary = json.loads(run("import", "participants", str(out), "--json", db=db).stdout)
    assert summary["created"] == 0 and summary["rejected"] == 0 and summary["unchanged"] >= 50


def test_check_and_backup(db, tmp_path):
    assert run("check", db=db).returncode == 0
    out = tmp_path / "usb" / "backup.sqlite3"
    assert run("backup", "--out", str(out), db=db).returncode == 0
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM installation").fetchone()[0] == 1
    conn.close()


def test_bad_usage_exits_2(db):
    assert run("import", "pets", "x.csv", db=db).returncode == 2
    assert run(db=db).returncode == 2
    result = run("init", "--role", "school", "--name", "X", "--region", "Нарния", db=db.with_name("n.sqlite3"))
    assert result.returncode == 2
    assert "Нарния" in result.stderr and "Traceback" not in result.stderr


def test_failures_exit_1_with_one_line(tmp_path, db):
    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    result = run("info", db=newer)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "newer version" in result.stderr
    missing = run("import", "participants", str(tmp_path / "nope.csv"), db=db)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    not_db = tmp_path / "text.sqlite3"
    not_db.write_text("hello")
    assert run("info", db=not_db).returncode == 1


def test_commands_need_setup_first(tmp_path):
    result = run("demo", db=tmp_path / "fresh.sqlite3")
    assert result.returncode == 2 and "init" in result.stderr


def test_synth_school_scale_is_deterministic(tmp_path):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    for path in (a, b):
        result = run("synth", "--scale", "school", "--seed", "7", db=path)
        assert result.returncode == 0, result.stderr
    rows = []
    for path in (a, b):
        conn = sqlite3.connect(path)
        rows.append(conn.execute("SELECT uid, surname, iin, origin FROM person ORDER BY uid").fetchall())
        conn.close()
    assert rows[0] == rows[1] and len(rows[0]) == 2000


def test_errors_follow_the_installations_language_unless_lang_is_given(tmp_path, capsys):
    from app.cli import main

    db = tmp_path / "kk.sqlite3"
    assert main(["--db", str(db), "init", "--role", "school", "--name", "№7 мектеп", "--region", "KZ-75",
                 "--language", "kk"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "tournament", "standings", "жоқ турнир"]) == 2
    assert "табылмады" in capsys.readouterr().err  # Kazakh: the installation's language
    assert main(["--db", str(db), "--lang", "en", "tournament", "standings", "жоқ турнир"]) == 2
    assert "There is no tournament" in capsys.readouterr().err
