"""Bounded table readers (issue 12, item 6): absurd files are refused before they take memory.

The hostile files are imported by the command line in a child process whose
peak memory is measured (``/usr/bin/time -v``, else the child's getrusage);
before the bounds, the XFD file took 2.6 GB and more, the zip bombs ran out
of 6 GB, the 50 MB CSV line took 1.8 GB (tests/hostile_files.py says how).
"""
from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from app.errors import FileFormatError
from app.tables import limits, read_table
from tests import hostile_files as hostile

PEAK_MB = 300


@pytest.fixture(scope="module")
def school_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("db") / "school.sqlite3"
    hostile.init_database(path)
    return path


@pytest.fixture
def db(school_db, tmp_path) -> Path:
    copy = tmp_path / "school.sqlite3"
    shutil.copy(school_db, copy)
    return copy


HOSTILE = {
    # name: (maker, words of the message)
    "xfd.xlsx": (lambda p: hostile.xfd_xlsx(p, rows=30_000), "has data in column XFD (row 2)"),
    "bomb.xlsx": (lambda p: hostile.bomb_xlsx(p, megabytes=600), "would unpack to more than 512 MB"),
    "one-row.xlsx": (lambda p: hostile.bomb_xlsx(p, megabytes=200), "is damaged or is not an ordinary"),
    "rows.xlsx": (hostile.repeated_rows_xlsx, "is damaged or is not an ordinary"),
    "strings.xlsx": (hostile.shared_strings_bomb_xlsx, "is damaged or is not an ordinary"),
    "line.csv": (lambda p: hostile.long_line_csv(p, megabytes=50), "Line 2 of line.csv is longer than 1 MB"),
    "rows.csv": (hostile.many_rows_csv, "has more than 200 000 rows"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_file_is_refused_in_bounded_memory(name, db, tmp_path):
    make, words = HOSTILE[name]
    path = make(tmp_path / name)
    result = hostile.measure_import(db, path)
    print(f"{name}: {path.stat().st_size // 1024} KB, peak {result['peak_mb']:.0f} MB")
    assert result["peak_mb"] < PEAK_MB, result["stderr"][-2000:]
    assert result["returncode"] not in (0, 99), result["stderr"][-2000:]  # refused, not out of memory
    assert words in result["stderr"] and "Traceback" not in result["stderr"], result["stderr"][-2000:]
    assert hostile.person_count(db) == 0


def test_good_file_still_imports_in_a_child(db, tmp_path):
    path = tmp_path / "good.csv"
    path.write_text("surname,name,birth_date\nӘлібеков,Ерлан,21.01.2010\nСейітқали,Айгерім,04.03.2011\n",
                    encoding="utf-8")
    result = hostile.measure_import(db, path)
    assert result["returncode"] == 0 and result["summary"]["created"] == 2, result["stderr"][-2000:]
    assert hostile.person_count(db) == 2


# --- each bound, with small limits (in this process) -------------------------------


def put(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_rows_columns_and_cells(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 3)
    ok = put(tmp_path, "ok.csv", "a,b\n1,2\n\n3,4\n5,6\n")
    assert len(read_table(ok).rows) == 3  # blank rows do not count
    with pytest.raises(FileFormatError, match="more than 3 rows"):
        read_table(put(tmp_path, "four.csv", "a,b\n1,2\n3,4\n5,6\n7,8\n"))
    monkeypatch.setattr(limits, "MAX_ROWS", 1000)
    monkeypatch.setattr(limits, "MAX_CELLS", 5)
    with pytest.raises(FileFormatError, match="with its 2 columns, at most 2 rows fit"):
        read_table(put(tmp_path, "cells.csv", "a,b\n1,2\n3,4\n5,6\n"))
    monkeypatch.setattr(limits, "MAX_COLUMNS", 3)
    with pytest.raises(FileFormatError, match="titles in more than 3 columns"):
        read_table(put(tmp_path, "wide.csv", "a,b,c,d\n1,2,3,4\n"))
    # Untitled columns far right: empty cells are fine, data there is refused by name.
    assert read_table(put(tmp_path, "trail.csv", "a,b\n1,2,,,,,,\n")).rows == [["1", "2"]]
    with pytest.raises(FileFormatError, match=r"data in column 6 \(row 2\)"):
        read_table(put(tmp_path, "far.csv", "a,b\n1,2,,,,x\n"))


def test_long_csv_lines(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 100)
    fine = "a,b\n" + "".join(f"{'x' * 90},{i}\n" for i in range(10))
    assert len(read_table(put(tmp_path, "fine.csv", fine)).rows) == 10
    with pytest.raises(FileFormatError, match="Line 3 of long.csv is longer than"):
        read_table(put(tmp_path, "long.csv", "a,b\n1,2\n" + "y," * 60 + "\n3,4\n"))
    with pytest.raises(FileFormatError, match="Line 2 of mac.csv"):  # old Mac line ends (CR alone)
        read_table(put(tmp_path, "mac.csv", "a,b\r" + "y," * 60 + "\r3,4\r"))


def test_file_size(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 50)
    with pytest.raises(FileFormatError, match=r"big.csv is too large to import"):
        read_table(put(tmp_path, "big.csv", "a,b\n" + "1,2\n" * 30))


def xlsx_bytes(**sheets_rows) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets_rows.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_xlsx_unpacked_size_and_parts(tmp_path, monkeypatch):
    data = xlsx_bytes(Data=[["a", "b"], [1, 2]])
    path = put(tmp_path, "w.xlsx", data)
    assert read_table(path).rows == [[1, 2]]
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 2000)
    with pytest.raises(FileFormatError, match="would unpack to more than"):
        read_table(path)
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 512 << 20)
    monkeypatch.setattr(limits, "MAX_ZIP_ENTRIES", 5)
    with pytest.raises(FileFormatError, match="would unpack to more than"):
        read_table(path)


def test_xlsx_row_bounds(tmp_path, monkeypatch):
    path = hostile.write_xlsx(tmp_path / "r.xlsx", [
        hostile._SHEET_HEAD, hostile._header_row(),
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Әлі</t></is></c><c r="B3"><v>5</v></c></row>',
        '<row r="3"><c r="A3"><v>9</v></c></row>',  # the same row number again: ignored (as Excel does)
        '<row r="2"><c r="A2"><v>8</v></c></row>',  # going back: ignored
        '<row r="7"><c r="B7"><v>-2.5</v></c><c r="XFD7"/></row>',  # an empty cell far right is fine
        hostile._SHEET_TAIL])
    table = read_table(path)
    assert table.headers == list(hostile.HEADERS)
    assert table.rows == [["Әлі", 5, None, None, None], [None, -2.5, None, None, None]]
    assert table.row_numbers == [3, 7]
    monkeypatch.setattr(limits, "MAX_ITEM_ELEMENTS", 3)
    with pytest.raises(FileFormatError, match="is damaged or is not an ordinary"):
        read_table(path)
    monkeypatch.setattr(limits, "MAX_ITEM_ELEMENTS", 100_000)
    monkeypatch.setattr(limits, "MAX_SHEET_ROWS", 3)
    with pytest.raises(FileFormatError, match="is damaged or is not an ordinary"):
        read_table(path)


def test_xlsx_damaged_parts_are_named_not_crashed(tmp_path):
    good = xlsx_bytes(Data=[["a", "b"], [1, 2]])
    for part, content in (("xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row><c"),
                          ("xl/workbook.xml", b"<workbook><sheets><sheet name='x' r:id='rId1'"),
                          ("xl/worksheets/sheet1.xml", b'<worksheet xmlns="http://schemas.openxmlformats.org/'
                           b'spreadsheetml/2006/main"><sheetData><row r="x"/></sheetData></worksheet>')):
        src = zipfile.ZipFile(io.BytesIO(good))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as out:
            for info in src.infolist():
                out.writestr(info.filename, content if info.filename == part else src.read(info))
        with pytest.raises(FileFormatError, match="cannot be read as an Excel workbook|damaged"):
            read_table(put(tmp_path, "d.xlsx", buf.getvalue()))


def test_exported_csv_quotes_are_taken_off_on_import(tmp_path):
    table = read_table(put(tmp_path, "q.csv", "title,n\n'=1+1,'-2+3\n'plain,'-5\n"))
    assert table.rows == [["=1+1", "-2+3"], ["'plain", "'-5"]]


def test_xlsx_with_encrypted_parts_is_named_not_crashed(tmp_path):
    data = bytearray(xlsx_bytes(Data=[["a", "b"], [1, 2]]))
    for magic, flag_at in ((b"PK\x01\x02", 8), (b"PK\x03\x04", 6)):  # the "encrypted" bit of every part
        at = data.find(magic)
        while at >= 0:
            data[at + flag_at] |= 1
            at = data.find(magic, at + 4)
    with pytest.raises(FileFormatError, match=r"e\.xlsx cannot be read as an Excel workbook"):
        read_table(put(tmp_path, "e.xlsx", bytes(data)))
