"""Every CSV/XLSX Tirkeu writes shows formula-like text as text (issue 12, item 9)."""
from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from app.tables import read_table, write_errors_file, write_table
from app.tables.cells import csv_value, looks_like_formula

HOSTILE = ['=HYPERLINK("http://x","y")', "-2+3", "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
           "\t=1+1", "\r=1+1", "=1+1"]


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_which_text_is_formula_like():
    assert all(looks_like_formula(t) for t in HOSTILE)
    for plain in ("Әлібеков", "-5", "+77011234567", "-2.5", "3,5", "1e5", "", "a=b", "'=1"):
        assert not looks_like_formula(plain), plain
    assert csv_value("=1+1") == "'=1+1" and csv_value(-5) == -5 and csv_value(-2.5) == -2.5
    assert csv_value("-5") == "-5" and csv_value(None) is None


def test_csv_table_quotes_formulas_keeps_numbers_and_reads_back(tmp_path):
    path = tmp_path / "t.csv"
    rows = [[t, -7, -2.5, dt.date(2026, 1, 5)] for t in HOSTILE] + [["Әлі", 3, 0.5, None]]
    write_table(path, ["=title", "n", "x", "when"], rows)
    written = read_csv(path)
    assert written[0][0] == "'=title"
    for line, text in zip(written[1:], HOSTILE):
        assert line[0] == "'" + text  # the spreadsheet shows the text, quote first
        assert line[1:3] == ["-7", "-2.5"]  # negative numbers stay numbers
    assert written[-1] == ["Әлі", "3", "0.5", ""]
    back = read_table(path)
    assert back.headers[0] == "=title"
    assert [r[0] for r in back.rows[:3]] == HOSTILE[:3]  # the quote is taken off again on import


def test_xlsx_table_stores_formula_like_text_as_strings(tmp_path):
    path = tmp_path / "t.xlsx"
    rows = [[t, -7, -2.5] for t in HOSTILE] + [["#N/A", -1, 0]]
    write_table(path, ["=title", "n", "x"], rows)
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].data_type == "s" and ws["A1"].value == "=title"
    for i, text in enumerate(HOSTILE, start=2):
        cell = ws.cell(i, 1)
        assert cell.data_type == "s" and cell.value == text.replace("\r", "\n")  # XML reads CR as LF
        assert ws.cell(i, 2).data_type == "n" and ws.cell(i, 2).value == -7
        assert ws.cell(i, 3).value == -2.5
    assert ws.cell(len(HOSTILE) + 2, 1).data_type == "s"  # "#N/A" is text, not an error cell
    # The sheet's XML holds no formula at all.
    import zipfile

    with zipfile.ZipFile(path) as zf:
        assert b"<f>" not in zf.read("xl/worksheets/sheet1.xml")


def test_errors_file_quotes_the_rejected_rows(tmp_path):
    path = write_errors_file(tmp_path / "e.csv", ["title", "@head"], [(['=HYPERLINK("http://x","y")', "-2+3"],
                                                                       "bad")])
    assert read_csv(path)[1] == ['\'=HYPERLINK("http://x","y")', "'-2+3", "bad"]
    assert read_csv(path)[0] == ["title", "'@head", "error"]


@pytest.fixture
def events_with_formulas(store):
    from app.events.records import clean_event, upsert_event

    for title in ('=HYPERLINK("http://x","y")', "-2+3"):
        upsert_event(clean_event({"title": title, "kind": "lecture", "start_date": "2026-02-10",
                                  "region": "KZ-61"}, default_region="KZ-61"))
    return store


def test_participant_and_event_exports(events_with_formulas, tmp_path):
    from app.exporting import export_table
    from app.models import Person

    Person(surname="=HYPERLINK(\"http://x\",\"y\")", name="-2+3", phone="+77011234567").save()
    export_table("participants", tmp_path / "p.csv")
    export_table("events", tmp_path / "e.csv")
    people = read_csv(tmp_path / "p.csv")
    assert people[1][:2] == ['\'=HYPERLINK("http://x","y")', "'-2+3"]
    assert "+77011234567" in people[1]  # a phone number is a number-like text: unchanged
    titles = [r[0] for r in read_csv(tmp_path / "e.csv")[1:]]
    assert sorted(titles) == sorted(['\'=HYPERLINK("http://x","y")', "'-2+3"])
    export_table("events", tmp_path / "e.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "e.xlsx").active
    cells = [ws.cell(r, 1) for r in range(2, ws.max_row + 1)]
    assert {c.value for c in cells} == {'=HYPERLINK("http://x","y")', "-2+3"}
    assert all(c.data_type == "s" for c in cells)


def test_report_exports(events_with_formulas, tmp_path):
    from app.reports import compute_indicators, write_report

    report = compute_indicators("2026", "region:KZ-61", "en")
    xlsx = write_report(report, tmp_path / "r.xlsx")[0]
    wb = openpyxl.load_workbook(xlsx)
    found = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if cell.value in ('=HYPERLINK("http://x","y")', "-2+3"):
                    found.append(cell)
    assert found and all(c.data_type == "s" for c in found)
    for path in write_report(report, tmp_path / "r.csv"):
        for line in read_csv(path):
            for value in line:
                assert not looks_like_formula(value), (path.name, value)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_shows_the_text_not_a_formula_result(tmp_path):
    path = tmp_path / "t.xlsx"
    write_table(path, ["title", "n"], [['=HYPERLINK("http://x","y")', -7], ["-2+3", 1], ["=1+1", 2]])
    subprocess.run(["soffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180,
                   env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    rows = read_csv(tmp_path / "t.csv")
    assert rows[1:] == [['=HYPERLINK("http://x","y")', "-7"], ["-2+3", "1"], ["=1+1", "2"]]
