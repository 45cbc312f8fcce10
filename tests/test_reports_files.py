"""The report's files (XLSX, PDF, CSV, JSON) and its command line, on the hand-built database."""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys

from app.reports import write_report
from app.reports.indicators import MET, NOT_MET
from tests.conftest import ROOT
from tests.reports_world import report, world  # noqa: F401 (world is a fixture)

# --- files --------------------------------------------------------------------------------

def test_xlsx_numbers_and_kazakh_text(world, tmp_path):
    from openpyxl import load_workbook

    rep = report("2026-09")
    path = write_report(rep, tmp_path / "r.xlsx", lang="en")[0]  # English titles, Kazakh reference names
    wb = load_workbook(path)
    names = wb.sheetnames
    assert len(names) == len({n.casefold() for n in names}) and all(len(n) <= 31 for n in names)
    ws = wb[names[0]]
    assert ws.freeze_panes == "A2" and ws["A1"].font.bold
    values = [row for row in ws.iter_rows(min_row=2, values_only=True)]
    lectures = [r for r in values if r[9] == "legal_culture.lectures"][0]
    assert lectures[5] == 5 and isinstance(lectures[5], int) and lectures[7] == MET.render()
    kinds = [wb[n] for n in names if n.startswith("Legal Culture by")][0]
    cells = {r[0]: r for r in kinds.iter_rows(min_row=2, values_only=True)}
    assert cells["Дәріс / кездесу"][3] == 140 and isinstance(cells["Дәріс / кездесу"][3], int)
    failing = [wb[n] for n in names if n.startswith("Events that break")][0]
    assert isinstance(failing["A2"].value, dt.datetime) and failing["A2"].number_format == "DD.MM.YYYY"
    assert NOT_MET.render() in [c.value for c in ws["H"]]


def test_pdf_has_kazakh_text(world, tmp_path):
    rep = report("2026-09", lang="kk")
    path = write_report(rep, tmp_path / "r.pdf")[0]
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Түркістан облысы" in text and "Дәріс / кездесу" in text and "Мобильді фото" in text
    assert "2-бет" in text and "✓" in text and "✗" in text  # page numbers in Kazakh too


def test_csv_round_trip(world, tmp_path):
    rep = report("2026-09", lang="ru")
    files = write_report(rep, tmp_path / "r.csv")
    assert files[0] == tmp_path / "r.csv" and (tmp_path / "r-lc_kinds.csv") in files
    with open(files[0], encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert len(table) == len(rep.table("indicators").rows) + 1
    lecture = [r for r in table if r[-1] == "legal_culture.lectures" and r[3] == "2026-09"][0]
    assert lecture[5] == "5" and lecture[6] == "7"
    with open(tmp_path / "r-lc_kinds.csv", encoding="utf-8-sig", newline="") as fh:
        kinds = {r[0]: r for r in csv.reader(fh)}
    assert kinds["Лекция / встреча"][3] == "140"


def test_json_is_plain_data(world):
    data = report("2026-09").as_json()
    json.dumps(data, ensure_ascii=False)
    lectures = [i for s in data["sections"] for i in s["indicators"] if i["code"] == "legal_culture.lectures"]
    assert lectures[0]["value"] == 5 and lectures[0]["target"]["value"] == 5 and len(lectures[0]["failing"]) == 2


# --- command line ------------------------------------------------------------------------------

def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300)


def test_cli_exit_codes_and_json(world, store, tmp_path):
    db = store.location
    ok = run("--db", db, "report", "indicators", "--period", "2026-09", "--scope", "region:KZ-61",
             "--out", str(tmp_path / "r.xlsx"), "--json")
    assert ok.returncode == 0, ok.stderr
    data = json.loads(ok.stdout)
    assert data["files"] == [str(tmp_path / "r.xlsx")] and (tmp_path / "r.xlsx").exists()
    assert data["scope"] == "region:KZ-61" and data["sections"][0]["key"] == "legal_culture"
    bad = run("--db", db, "report", "indicators", "--period", "2026-13", "--json")
    assert bad.returncode == 2 and "2026-13" in bad.stderr and "Traceback" not in bad.stderr
    unwritable = run("--db", db, "report", "indicators", "--period", "2026-09",
                     "--out", str(tmp_path / "missing" / "r.pdf"))
    assert unwritable.returncode == 1 and "Traceback" not in unwritable.stderr
    refused = run("--db", db, "--lang", "en", "report", "targets", "--set", "legal_culture.lectures=6", "--json")
    assert refused.returncode == 2 and "region office" in refused.stderr  # a school only receives targets
    store.db.execute_sql("UPDATE installation SET role = 'office'")
    targets = run("--db", db, "report", "targets", "--set", "legal_culture.lectures=6", "--json")
    assert targets.returncode == 0, targets.stderr
    assert {r["code"]: r["value"] for r in json.loads(targets.stdout)}["legal_culture.lectures"] == 6
