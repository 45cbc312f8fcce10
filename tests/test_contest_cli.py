"""The ``contest`` verb: create, import works (all or nothing), summary, list, and diplomas from the command line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.conftest import write_csv

WORKS = ("nomination;surname;name;birth_date;title;place\n"
         "Табиғат;Әлиева;Аружан;2013-05-01;Көктем;1\n"
         "Менің мектебім;Әлиева;Аружан;2013-05-01;Сынып;5\n"
         "табиғат;Бекұлы;Нұрсұлтан;2010-02-01;Тау;2\n"
         "Табиғат;Сәкен;Іңкәр;2018-01-01;Гүл;\n")


def cli(db: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--lang", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db(tmp_path, capsys) -> Path:
    path = tmp_path / "school.sqlite3"
    assert cli(path, capsys, "init", "--role", "school", "--name", "№7 мектеп", "--region", "KZ-61")[0] == 0
    return path


def test_create_import_summary_list_and_diplomas(db, tmp_path, capsys):
    code, out, err = cli(db, capsys, "contest", "create", "--name", "Мобильді фотосурет",
                         "--nominations", "Табиғат;Менің мектебім", "--age-groups", "7-10,11-13,14-17",
                         "--date", "2026-10-01", "--winners", "3")
    assert code == 0, err
    uid = out.strip()
    assert len(uid) >= 16
    works = write_csv(tmp_path / "works.csv", WORKS)
    code, out, err = cli(db, capsys, "contest", "import-works", uid[:8], str(works), "--json")
    assert code == 0, err
    assert json.loads(out) == {"works_added": 4, "people_created": 3}

    code, out, err = cli(db, capsys, "contest", "summary", "Мобильді фотосурет", "--json")
    assert code == 0, err
    s = json.loads(out)
    assert s["totals"] == {"participants": 3, "works": 4, "winners": 2}
    cells = {(r["nomination"], r["age_group"]): (r["participants"], r["works"], r["winners"]) for r in s["rows"]}
    assert cells[("Табиғат", "14–17")] == (1, 1, 1)
    assert cells[("Табиғат", "11–13")] == (1, 1, 1)
    assert cells[("Табиғат", "7–10")] == (1, 1, 0)
    assert cells[("Менің мектебім", "11–13")] == (1, 1, 0)
    assert cells[("Менің мектебім", "7–10")] == (0, 0, 0)

    code, out, _ = cli(db, capsys, "contest", "summary", uid)
    assert code == 0 and "Табиғат" in out and out.strip().splitlines()[-1].split()[1:] == ["3", "4", "2"]

    code, out, _ = cli(db, capsys, "contest", "list", "--json")
    rows = json.loads(out)
    assert [(r["uid"], r["participants"], r["works"], r["winners"]) for r in rows] == [(uid, 3, 4, 2)]
    assert rows[0]["format"] == "remote" and rows[0]["nominations"] == ["Табиғат", "Менің мектебім"]
    code, out, _ = cli(db, capsys, "contest", "list")
    assert code == 0 and "Мобильді фотосурет" in out

    pdf = tmp_path / "diplomas.pdf"
    code, out, err = cli(db, capsys, "certificates", "generate", "--contest", uid, "--out", str(pdf), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["count"] == 4 and pdf.exists()
    code, out, _ = cli(db, capsys, "certificates", "list", "--json")
    kinds = sorted(r["kind"] for r in json.loads(out))
    assert kinds == ["diploma_1", "diploma_2", "participation", "participation"]


def test_a_bad_works_file_imports_nothing_and_errors_are_one_line(db, tmp_path, capsys):
    code, out, _ = cli(db, capsys, "contest", "create", "--name", "Эссе", "--nominations", "Эссе",
                       "--scoring", "scores", "--in-person")
    uid = out.strip()
    bad = write_csv(tmp_path / "bad.csv", "nomination;surname;name;birth_date\nЭссе;Әлиева;Аружан;2013-05-01\n"
                                          "Спорт;Бекұлы;Нұрсұлтан;2010-02-01\n")
    code, out, err = cli(db, capsys, "contest", "import-works", uid, str(bad))
    assert code == 2 and "row 3" in err and "Nothing was imported" in err and len(err.strip().splitlines()) == 1
    code, out, _ = cli(db, capsys, "contest", "summary", uid, "--json")
    assert json.loads(out)["totals"]["works"] == 0
    missing = write_csv(tmp_path / "missing.csv", "surname;name\nӘлиева;Аружан\n")
    code, _, err = cli(db, capsys, "contest", "import-works", uid, str(missing))
    assert code != 0 and "nomination" in err

    code, _, err = cli(db, capsys, "contest", "summary", "no such contest")
    assert code == 2 and err.startswith("tirkeu: There is no contest")
    code, _, err = cli(db, capsys, "contest", "create", "--name", "X", "--nominations", "A", "--age-groups",
                       "7-10,9-12")
    assert code == 2 and "overlap" in err
    code, _, err = cli(db, capsys, "contest", "create", "--name", "X", "--nominations", " ; ")
    assert code == 2 and "nomination" in err
    code, _, err = cli(db, capsys, "certificates", "generate", "--contest", uid, "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "nothing to print" in err  # the one message of issue_awards, for contests and tournaments
