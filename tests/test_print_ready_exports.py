"""Exports and reports print as a coordinator needs: header repeated, landscape, fitted to the width,
report headers never broken inside a word."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.certificates.fonts import SANS_BOLD, register_fonts
from app.exporting import export_table
from app.i18n import catalog
from app.reports import write_report
from app.reports.export_pdf import LINE_HEADERS, PAD, fit_headers
from tests.reports_world import report, world  # noqa: F401 (world is a fixture)

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def assert_print_ready(ws, landscape: bool = True) -> None:
    assert ws.print_title_rows == "$1:$1", ws.title  # the header row on every printed page
    assert (ws.page_setup.orientation == "landscape") is landscape
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)  # one page wide, any number long
    assert int(ws.page_setup.paperSize) == 9  # A4


@pytest.fixture
def people(store):
    from app.models import Person

    for i in range(150):
        Person(surname=f"Нұрмағамбетов{i:03}", name="Ерасыл", patronymic="Серікұлы",
               birth_date=dt.date(2009, 8, 19), iin=f"0908195{i:05}", phone="+7 701 123 45 67").save()


def test_an_exported_list_prints_landscape_with_its_header_on_every_page(people, tmp_path):
    path = tmp_path / "people.xlsx"
    assert export_table("participants", path, lang="kk") == 150
    ws = load_workbook(path).active
    assert_print_ready(ws)
    assert ws["A1"].value == "Тегі"


def test_every_report_sheet_is_print_ready(world, tmp_path):
    path = write_report(report("2026-09", lang="ru"), tmp_path / "r.xlsx", lang="ru")[0]
    wb = load_workbook(path)
    *tables, about = wb.worksheets
    assert tables
    for ws in tables:
        assert_print_ready(ws)
    assert about.sheet_properties.pageSetUpPr.fitToPage  # the "about" sheet: fitted, no header row


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"),
                    reason="LibreOffice or poppler-utils not installed")
def test_libreoffice_prints_the_export_on_landscape_a4_with_the_header_repeated(people, tmp_path):
    path = tmp_path / "people.xlsx"
    export_table("participants", path, lang="kk")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(path)], check=True, capture_output=True)
    pdf = tmp_path / "people.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert width > height and round(width) == 842 and pages >= 2
    for page in (1, pages):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        lines = [line for line in text.splitlines() if line.strip()]
        assert lines[0].split()[:3] == ["Тегі", "Аты", "Әкесінің"], lines[0]  # the header on every page
        assert "Телефон" in " ".join(lines[:2]) and "Аудан" in " ".join(lines[:2])  # the last columns too


def header_words(rep, lang: str) -> set[str]:
    t = catalog(lang).translate
    titles = [m.render(t) for m in LINE_HEADERS]
    titles += [c.title.render(t) for s in rep.sections for table in s.tables for c in table.columns
               if table.rows and table.key != "indicators"]  # the tables the PDF shows with their headers
    return {w.strip("(),.:;«»") for title in titles for w in title.split() if len(w.strip("(),.:;«»")) > 1}


@needs_poppler
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_report_pdf_headers_break_only_between_words(world, tmp_path, lang):
    rep = report("2026", lang=lang)
    path = write_report(rep, tmp_path / "r.pdf", lang=lang)[0]
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    tokens = set(re.findall(r"[\w\-–/%+№]+", text))
    broken = sorted(w for w in header_words(rep, lang) if w not in tokens)
    assert not broken, f"header words cut in two: {broken}"


def test_a_word_wider_than_its_column_takes_room_or_gets_a_smaller_font():
    register_fonts()
    widths, sizes = fit_headers(["Көрсеткіш", "Орындалуы"], [300.0, 20.0])
    assert sum(widths) == pytest.approx(320.0)  # the table keeps its width
    assert widths[1] >= stringWidth("Орындалуы", SANS_BOLD, 7.5) + PAD - 0.01 and sizes == [7.5, 7.5]
    widths, sizes = fit_headers(["Қатысушылардың", "Орындалуы"], [65.0, 45.0])  # no room anywhere
    for word, width, size in zip(["Қатысушылардың", "Орындалуы"], widths, sizes):
        assert size < 7.5 and stringWidth(word, SANS_BOLD, size) <= width - PAD + 1


def test_the_writer_sets_print_titles_on_any_table(tmp_path: Path):
    from app.tables.writer import write_table

    path = write_table(tmp_path / "t.xlsx", ["Аты", "Саны"], [["Әлем", 1]] * 3)
    assert_print_ready(load_workbook(path).active)
