"""Real school lists import: title rows, merged two-row headers, serial dates, numeric IINs,
two-digit years, .xls, .ods, and every text encoding Excel and LibreOffice write.

Every messy file is made here: XLSX with openpyxl, .xls and .ods converted from it by
LibreOffice (``soffice``), a minimal .ods by hand, CSVs in each encoding.
"""
from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.errors import FileFormatError
from app.importing import import_file
from app.importing.templates import write_template
from app.models import AidRecipient, Person
from app.tables import read_table, spec_for
from app.tables.names import split_full_name
from app.tables.values import date_value, excel_serial_date, iin_value
from app.validation.iin import make_iin

IIN_2009 = make_iin(dt.date(2009, 8, 19), "M", 4321)  # starts with 0: Excel drops that zero
IIN_2010 = make_iin(dt.date(2010, 3, 5), "F", 77)
assert IIN_2009.startswith("0")


def school_workbook(path: Path) -> Path:
    """A class list as schools make it: two title rows, a merged two-row header, a numbering row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "5 А"
    ws["A1"] = "№12 мектеп-гимназиясы 5 «А» сынып оқушыларының тізімі"
    ws.merge_cells("A1:G1")
    ws["A2"] = "2024–2025 оқу жылы"
    ws.merge_cells("A2:G2")
    for cell, title in (("A4", "№"), ("B4", "Аты-жөні"), ("C4", "Туған күні"), ("D4", "ЖСН"), ("E4", "Жынысы")):
        ws[cell] = title
        ws.merge_cells(f"{cell}:{cell[0]}5")
    ws["F4"] = "Ата-анасы"
    ws.merge_cells("F4:G4")
    ws["F5"], ws["G5"] = "Аты-жөні", "Телефоны"
    ws.append([1, 2, 3, 4, 5, 6, 7])
    # An IIN stored as a number (zero lost), a date as a plain serial number, a two-digit year.
    ws.append([1, "Нұрмағамбетов Ерасыл Қайратұлы", 40044, int(IIN_2009), "ер", "Нұрмағамбетов Қайрат",
               "8 701 234 56 78"])
    ws.append([2, "Әлиева Іңкәр Серік қызы", "05.03.10", IIN_2010, "қыз", "Әлиев Серік", "87071234567"])
    ws.append([3, "Қасымов Бауыржан", dt.date(2011, 1, 2), "1.20101E+11", "ер", None, None])
    wb.save(path)
    return path


def soffice(source: Path, fmt: str, out: Path) -> Path:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = out / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                    "--outdir", str(out), str(source)], check=True, capture_output=True, timeout=300)
    converted = out / f"{source.stem}.{fmt}"
    assert converted.exists()
    return converted


def test_title_rows_merged_header_serial_dates_and_numeric_iins(store, tmp_path):
    path = school_workbook(tmp_path / "5a.xlsx")
    table = read_table(path, spec=spec_for("aid-recipients"))
    assert table.header_rows == [4, 5] and table.row_numbers == [7, 8, 9]  # numbering row 6 skipped
    assert table.headers[1:] == ["Аты-жөні", "Туған күні", "ЖСН", "Жынысы", "Ата-анасы Аты-жөні",
                                 "Ата-анасы Телефоны"]
    summary = import_file("aid-recipients", path)
    assert (summary.created, summary.rejected) == (2, 1), summary.errors
    erasyl = Person.get(Person.name == "Ерасыл")
    assert (erasyl.surname, erasyl.patronymic) == ("Нұрмағамбетов", "Қайратұлы")
    assert erasyl.iin == IIN_2009 and erasyl.birth_date == dt.date(2009, 8, 19)  # serial 40044
    inkar = Person.get(Person.name == "Іңкәр")
    assert (inkar.surname, inkar.patronymic, inkar.birth_date) == ("Әлиева", "Серік қызы", dt.date(2010, 3, 5))
    assert AidRecipient.get(AidRecipient.person == inkar).guardian == "Әлиев Серік"
    (row, reason), = summary.errors
    assert row == 9 and reason.startswith("ЖСН:") and "1.20101E+11" in reason and "Text" in reason
    assert Person.select().where(Person.surname == "Қасымов").count() == 0


def test_csv_with_a_title_row_serial_dates_and_an_iin_without_its_zero(store, tmp_path):
    text = ("Список участников семинара;;;\n"
            "Фамилия;Имя;Дата рождения;ИИН\n"
            f"Ахметов;Ерлан;40044;{IIN_2009[1:]}\n"
            "Петрова;Анна;19.08.09;\n"
            "Смирнов;Олег;01.02.75;\n"
            "Сидоров;Иван;31.02.09;\n")
    path = tmp_path / "seminar.csv"
    path.write_bytes(text.encode("cp1251"))
    summary = import_file("participants", path)
    assert (summary.created, summary.rejected) == (3, 1)
    assert Person.get(Person.surname == "Ахметов").iin == IIN_2009
    assert Person.get(Person.surname == "Петрова").birth_date == dt.date(2009, 8, 19)
    assert Person.get(Person.surname == "Смирнов").birth_date == dt.date(1975, 2, 1)  # a birth year is past
    assert summary.errors[0][0] == 6 and "31.02.09" in summary.errors[0][1]
    # The errors file is written as the list was: cp1251 and semicolons.
    with open(summary.errors_file, encoding="cp1251", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][:2] == ["Фамилия", "Имя"] and rows[1][0] == "Сидоров"


def test_excel_serial_dates_and_the_1900_leap_year_bug():
    assert excel_serial_date(1) == dt.date(1900, 1, 1)
    assert excel_serial_date(59) == dt.date(1900, 2, 28)
    assert excel_serial_date(61) == dt.date(1900, 3, 1)  # day 60 is Excel's 29.02.1900, which never was
    assert excel_serial_date(39679) == dt.date(2008, 8, 19)
    with pytest.raises(ValueError):
        excel_serial_date(60)
    assert date_value("39679", "birth_date") == dt.date(2008, 8, 19)
    assert date_value(39679.0, "start_date") == dt.date(2008, 8, 19)
    assert date_value(2009, "birth_date") == "2009"  # a year alone is not a serial date: the check says so
    today = dt.date(2025, 9, 1)
    assert date_value("19.08.09", "birth_date", today) == dt.date(2009, 8, 19)
    assert date_value("01.10.25", "birth_date", today) == dt.date(1925, 10, 1)  # not in the future
    assert date_value("01.10.25", "start_date", today) == dt.date(2025, 10, 1)
    assert date_value("19082009", "birth_date") == dt.date(2009, 8, 19)


def test_numeric_iins():
    assert iin_value(int(IIN_2009)) == IIN_2009
    assert iin_value(IIN_2009[1:]) == IIN_2009
    assert iin_value(IIN_2010) == IIN_2010
    not_valid = "12345678901"  # 11 digits that give no valid IIN with a zero: left to the IIN check
    assert iin_value(not_valid) == not_valid
    for rounded in ("1.20101E+11", "1,20101E+11", 1.20101e11 + 0.5):
        with pytest.raises(Exception, match="rounded number"):
            iin_value(rounded)


@pytest.mark.parametrize(("full", "parts"), [
    ("Нұрмағамбетов Ерасыл Қайратұлы", ("Нұрмағамбетов", "Ерасыл", "Қайратұлы")),
    ("Әлиева Іңкәр Серік қызы", ("Әлиева", "Іңкәр", "Серік қызы")),
    ("Иванов Пётр Сергеевич", ("Иванов", "Пётр", "Сергеевич")),
    ("Смирнова Анна Викторовна", ("Смирнова", "Анна", "Викторовна")),
    ("Ахметов Ерлан", ("Ахметов", "Ерлан", None)),
    ("Жұмабай Айым Нұр", ("Жұмабай", "Айым Нұр", None)),  # a two-word name is kept whole
    ("Сейтқали Нұрлан Болатулы", ("Сейтқали", "Нұрлан", "Болатулы")),
])
def test_full_name_split(full, parts):
    assert split_full_name(full) == parts


def test_one_word_full_name_is_refused_by_row(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("ФИО,Класс\nАхметов Ерлан Серікұлы,5А\nАхметов,5Б\n", encoding="utf-8")
    summary = import_file("participants", path)
    assert (summary.created, summary.rejected) == (1, 1)
    assert summary.errors[0][1].startswith("ФИО:") and "surname and the name" in summary.errors[0][1]
    assert Person.get(Person.surname == "Ахметов").patronymic == "Серікұлы"


def test_xls_made_by_libreoffice_imports_like_the_xlsx(store, tmp_path):
    xlsx = school_workbook(tmp_path / "5a.xlsx")
    xls = soffice(xlsx, "xls", tmp_path)
    assert xls.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    table = read_table(xls, spec=spec_for("aid-recipients"))
    assert table.sheet == "5 А" and table.header_rows == [4, 5] and len(table.rows) == 3
    summary = import_file("aid-recipients", xls)
    assert (summary.created, summary.rejected) == (2, 1)
    assert Person.get(Person.name == "Ерасыл").iin == IIN_2009


def test_ods_made_by_libreoffice_imports_like_the_xlsx(store, tmp_path):
    xlsx = school_workbook(tmp_path / "5a.xlsx")
    ods = soffice(xlsx, "ods", tmp_path)
    table = read_table(ods, spec=spec_for("aid-recipients"))
    assert table.header_rows == [4, 5] and table.row_numbers == [7, 8, 9]
    assert table.rows[2][2] == dt.date(2011, 1, 2)  # office:date-value
    summary = import_file("aid-recipients", ods)
    assert (summary.created, summary.rejected) == (2, 1)
    assert Person.get(Person.name == "Іңкәр").birth_date == dt.date(2010, 3, 5)


CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Тізім">
<table:table-column table:number-columns-repeated="16384"/>
<table:table-row><table:table-cell table:number-columns-spanned="3" office:value-type="string">
<text:p>Сынып тізімі</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/>
</table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
<table:table-row>
<table:table-cell office:value-type="string"><text:p>Тегі</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Аты</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Туған<text:s/>күні</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Мектеп</text:p></table:table-cell>
<table:table-cell table:number-columns-repeated="16380"/></table:table-row>
<table:table-row>
<table:table-cell office:value-type="string"><text:p>Сейтқали</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p><text:span>Нұр</text:span>лан</text:p></table:table-cell>
<table:table-cell office:value-type="date" office:date-value="2010-05-12"><text:p>12.05.10</text:p></table:table-cell>
<table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>№12 мектеп</text:p></table:table-cell>
<table:table-cell table:number-columns-repeated="16380"/></table:table-row>
<table:table-row>
<table:table-cell office:value-type="string"><text:p>Омарова</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Аружан</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="40044"><text:p>40044</text:p></table:table-cell>
<table:covered-table-cell/>
<table:table-cell table:number-columns-repeated="16380"/></table:table-row>
<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/>
</table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>
"""


def test_hand_built_ods_with_huge_repeats_spans_and_dates(store, tmp_path):
    path = tmp_path / "tizim.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", CONTENT)
    table = read_table(path, spec=spec_for("participants"))
    assert table.sheet == "Тізім" and table.header_rows == [4]
    assert table.headers == ["Тегі", "Аты", "Туған күні", "Мектеп"]
    assert table.rows == [["Сейтқали", "Нұрлан", dt.date(2010, 5, 12), "№12 мектеп"],
                          ["Омарова", "Аружан", 40044, "№12 мектеп"]]  # the merged school fills its rows
    summary = import_file("participants", path)
    assert (summary.created, summary.rejected) == (2, 0)
    assert Person.get(Person.surname == "Омарова").birth_date == dt.date(2009, 8, 19)


def test_ods_data_far_right_is_refused(tmp_path):
    path = tmp_path / "wide.ods"
    content = CONTENT.replace('<table:table-cell table:number-columns-repeated="16380"/></table:table-row>\n'
                              '<table:table-row table:number-rows-repeated="1048570">',
                              '<table:table-cell table:number-columns-repeated="16380" office:value-type="float" '
                              'office:value="1"/></table:table-row>\n<table:table-row table:number-rows-repeated'
                              '="1048570">')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("content.xml", content)
    with pytest.raises(FileFormatError, match="far to the right"):
        read_table(path, spec=spec_for("participants"))


KAZAKH_LIST = ("Тегі;Аты;Әкесінің аты;Туған күні\n"
               "Нұрмағамбетов;Ерасыл;Қайратұлы;19.08.2009\n"
               "Әлиева;Іңкәр;Серікқызы;01.01.2010\n")
RUSSIAN_LIST = ("Фамилия;Имя;Отчество;Дата рождения\n"
                "Нурмагамбетов;Ерасыл;Кайратович;19.08.2009\n"
                "Смирнова;Анна;Викторовна;03.04.2011\n"
                "Кузнецов;Дмитрий;Олегович;05.06.2009\n")


@pytest.mark.parametrize(("text", "encoding", "delimiter"), [
    (KAZAKH_LIST, "utf-8", ";"), (KAZAKH_LIST, "utf-8-sig", ";"),
    (KAZAKH_LIST.replace(";", "\t"), "utf-16", "\t"),  # Excel "Unicode text"
    (KAZAKH_LIST, "kz1048", ";"),  # Kazakh Windows
    (RUSSIAN_LIST, "cp1251", ";"), (RUSSIAN_LIST, "koi8_r", ";"), (RUSSIAN_LIST, "mac_cyrillic", ";"),
])
def test_encodings_are_recognised(tmp_path, text, encoding, delimiter):
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path, spec=spec_for("participants"))
    assert table.encoding == encoding and table.delimiter == delimiter
    lines = [line.split(delimiter) for line in text.splitlines()]
    assert table.headers == lines[0] and [r[:3] for r in table.rows] == [line[:3] for line in lines[1:]]


def test_cp1251_csv_with_kazakh_letters_lost_is_refused_and_nothing_is_stored(store, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(KAZAKH_LIST.encode("cp1251", errors="replace"))  # what Excel's plain "CSV" does
    assert b"?" in path.read_bytes()
    before = Person.select().count()
    with pytest.raises(FileFormatError) as info:
        import_file("participants", path)
    text = str(info.value)
    assert "«?»" in text and "Excel Workbook (.xlsx)" in text and "CSV UTF-8" in text
    assert "?" in text.split("example «")[1][:20]  # shows a damaged word
    assert Person.select().count() == before


def test_name_with_a_question_mark_is_refused_by_row(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Тегі,Аты\n?ажыбек,Ерлан\nҚажыбек,Ерлан\n", encoding="utf-8")
    summary = import_file("participants", path)
    assert (summary.created, summary.rejected) == (1, 1) and "«?»" in summary.errors[0][1]
    assert not Person.select().where(Person.surname.contains("?")).exists()


def test_template_has_the_titles_in_the_language_and_imports_back(store, tmp_path):
    path = write_template("aid-recipients", tmp_path / "template.xlsx", "kk")
    wb = load_workbook(path)
    ws = wb.active
    titles = [c.value for c in ws[1]]
    assert titles[:3] == ["Тегі", "Аты", "Әкесінің аты"] and "Қамқоршы" in titles
    iin_col = titles.index("ЖСН") + 1
    assert ws.cell(2, iin_col).number_format == "@"  # the IIN stays text when typed
    ws.cell(2, 1, "Жұмабай")
    ws.cell(2, 2, "Айым")
    ws.cell(2, iin_col, IIN_2009)
    wb.save(path)
    summary = import_file("aid-recipients", path)
    assert (summary.created, summary.rejected) == (1, 0)
    assert Person.get(Person.surname == "Жұмабай").iin == IIN_2009
    ru = write_template("participants", tmp_path / "template.csv", "ru")
    assert ru.read_text(encoding="utf-8-sig").startswith("Фамилия,Имя,Отчество")
