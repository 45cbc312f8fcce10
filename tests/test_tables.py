"""Reading, writing and header matching of tables (no Qt)."""
from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path

import pytest

from app.errors import FileFormatError, KnownError, UsageError
from app.i18n import Msg
from app.tables import ALIASES, KINDS, header_labels, map_headers, normalise, read_table, write_errors_file, write_table
from app.tables import writer as writer_module

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def put(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- CSV -------------------------------------------------------------------


def test_utf8_bom_comma(tmp_path: Path) -> None:
    path = put(tmp_path, "a.csv", "\ufeffsurname,name\r\n Abai , Kunanbaiuly\r\n,\r\nB,\r\n".encode())
    t = read_table(path)
    assert t.headers == ["surname", "name"]
    assert t.rows == [["Abai", "Kunanbaiuly"], ["B", None]]
    assert t.row_numbers == [2, 4]  # the blank row 3 is skipped but counted
    assert (t.encoding, t.delimiter, t.source) == ("utf-8-sig", ",", path)


def test_cp1251_semicolon_russian_headers(tmp_path: Path) -> None:
    text = "Фамилия;Имя;Дата рождения;ИИН\r\nИванов;Пётр;01.02.2010;100201500123\r\n"
    t = read_table(put(tmp_path, "ru.csv", text.encode("cp1251")))
    assert t.encoding == "cp1251" and t.delimiter == ";"
    assert t.headers == ["Фамилия", "Имя", "Дата рождения", "ИИН"]
    assert t.rows == [["Иванов", "Пётр", "01.02.2010", "100201500123"]]
    hm = map_headers(t.headers, "participants")
    assert hm.columns == {"surname": 0, "name": 1, "birth_date": 2, "iin": 3}
    assert hm.get(t.rows[0], "iin") == "100201500123" and hm.get(t.rows[0], "phone") is None


def test_tab_separated_with_commas_in_values(tmp_path: Path) -> None:
    t = read_table(put(tmp_path, "t.txt", b"title\tstart_date\nA, B and C\t01.09.2025\n"))
    assert t.delimiter == "\t"
    assert t.rows == [["A, B and C", "01.09.2025"]]


def test_quoted_newline_and_row_numbers(tmp_path: Path) -> None:
    data = 'surname;name;notes\n"A";"B";"line one\nline two"\n"C";"D;E";\n'
    t = read_table(put(tmp_path, "q.csv", data.encode()))
    assert t.rows == [["A", "B", "line one\nline two"], ["C", "D;E", None]]
    assert t.row_numbers == [2, 3]  # Excel row numbers, not text lines


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
@pytest.mark.parametrize("odd", ["", "\u2028", "\x85", "\x0c", "\x1c"], ids=["plain", "ls", "nel", "ff", "fs"])
def test_only_cr_and_lf_end_rows(tmp_path: Path, end: str, odd: str) -> None:
    """A line or paragraph separator, a form feed or a file separator inside a cell (Word pastes
    them) is part of the cell, as Excel reads it: it never ends the row, whatever ends the lines."""
    text = end.join(["Тегі;Аты;Ескерту", f"Әлиева;Гүлім;бір{odd}екі", f'"Сейіт";"Нұр";"үш{end}төрт"', "Оспан;Ұлан;"])
    t = read_table(put(tmp_path, "odd.csv", (text + end).encode("utf-8")))
    assert [row[:2] for row in t.rows] == [["Әлиева", "Гүлім"], ["Сейіт", "Нұр"], ["Оспан", "Ұлан"]]
    assert t.row_numbers == [2, 3, 4]
    assert t.rows[1][2].replace("\r\n", "\n").replace("\r", "\n") == "үш\nтөрт"
    assert t.rows[0][2].startswith("бір") and t.rows[0][2].endswith("екі")


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64, 1 << 20])
def test_lines_read_a_block_at_a_time_are_the_lines_of_the_whole(monkeypatch, block: int) -> None:
    """Whatever the block size, the lines are those open(newline="") gives: CR LF never split in two,
    the rarer breaks inside a line, a last line without an end kept."""
    import random
    import re

    from app.tables import reader

    monkeypatch.setattr(reader, "_BLOCK", block)
    whole = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
    rng = random.Random(block)
    pieces = ["ә", "a;b", "\r\n", "\n", "\r", "\u2028", "\x0c", '"', "қ" * 9, "\r\r\n", "\n\r"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        assert list(reader._csv_lines(text)) == whole.findall(text), repr(text)


def test_kazakh_letters_utf8(tmp_path: Path) -> None:
    text = "Тегі,Аты,Әкесінің аты,Жынысы,ЖСН,Сынып\nҚұрманғазы,Әсем,Нұрұлы,ә,060101600123,5Ә\n"
    t = read_table(put(tmp_path, "kk.csv", text.encode("utf-8")))
    assert t.encoding == "utf-8"
    assert t.rows[0][:2] == ["Құрманғазы", "Әсем"]
    hm = map_headers(t.headers, "participants")
    assert list(hm.columns) == ["surname", "name", "patronymic", "sex", "iin", "grade"]


def test_ragged_rows_padded_and_truncated(tmp_path: Path) -> None:
    t = read_table(put(tmp_path, "r.csv", b"a;b;c;;\n1\n1;2;3;4;5\n"))
    assert t.headers == ["a", "b", "c"]
    assert t.rows == [["1", None, None], ["1", "2", "3"]]


def test_excel_sep_hint_line(tmp_path: Path) -> None:
    t = read_table(put(tmp_path, "s.csv", b"sep=;\na;b,c\n1;2,3\n"))
    assert t.delimiter == ";" and t.headers == ["a", "b,c"] and t.row_numbers == [2]


def test_header_only_is_not_an_error(tmp_path: Path) -> None:
    t = read_table(put(tmp_path, "h.csv", b"surname,name\r\n\r\n"))
    assert t.headers == ["surname", "name"] and t.rows == [] and t.row_numbers == []


# --- bad input -------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"  \r\n\t\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n;;\r\n"])
def test_empty_files(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(FileFormatError, match="empty"):
        read_table(put(tmp_path, "e.csv", data))


def test_png_renamed_csv(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=r"pic\.csv is a PNG"):
        read_table(put(tmp_path, "pic.csv", PNG))


def test_binary_junk(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=r"junk\.csv.*binary"):
        read_table(put(tmp_path, "junk.csv", bytes(range(256)) * 4))


def test_xls_magic(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=r"old\.xls.*\.xlsx"):
        read_table(put(tmp_path, "old.xls", OLE))


def test_zip_that_is_not_xlsx(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hi")
    with pytest.raises(FileFormatError, match=r"z\.xlsx is a zip archive"):
        read_table(put(tmp_path, "z.xlsx", buf.getvalue()))


def test_damaged_xlsx(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<not xml")
    with pytest.raises(FileFormatError, match="cannot be read"):
        read_table(put(tmp_path, "d.xlsx", buf.getvalue()))


def test_single_column_text(tmp_path: Path) -> None:
    path = put(tmp_path, "letter.txt", b"Dear colleagues\nPlease find attached\n")
    with pytest.raises(FileFormatError, match=r"letter\.txt.*only 1 column"):
        read_table(path)
    assert read_table(path, min_columns=1).rows == [["Please find attached"]]


def test_html_saved_as_xls(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="web page"):
        read_table(put(tmp_path, "w.xls", b"<html><table><tr><td>a</td></tr></table></html>"))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=r"nope\.csv was not found"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(FileFormatError, match="folder"):
        read_table(tmp_path)


# --- XLSX ------------------------------------------------------------------


def test_xlsx_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    rows = [["Әлиев", "060101500123", dt.date(2006, 1, 1), 7, 2.5, dt.datetime(2025, 9, 1, 10, 30)],
            ["=1+1", 60101500123, None, 0, None, dt.datetime(2025, 9, 1)]]
    write_table(path, ["surname", "iin", "birth_date", "grade", "score", "when"], rows,
                sheet_title="Қатысушылар: 2025/26", text_columns={"iin"})
    t = read_table(path)
    assert t.headers == ["surname", "iin", "birth_date", "grade", "score", "when"]
    assert t.rows[0] == ["Әлиев", "060101500123", dt.date(2006, 1, 1), 7, 2.5,
                         dt.datetime(2025, 9, 1, 10, 30)]
    assert t.rows[1] == ["=1+1", "60101500123", None, 0, None, dt.date(2025, 9, 1)]
    assert (t.encoding, t.delimiter, t.sheet) == (None, None, "Қатысушылар 2025 26")  # ":" and "/" leave one space

    import openpyxl
    ws = openpyxl.load_workbook(path).active
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    assert ws["C2"].number_format == "DD.MM.YYYY" and ws["B2"].number_format == "@"
    assert ws["A3"].data_type == "s"  # imported text never becomes a formula


def test_xlsx_disguised_as_csv_hidden_sheet_and_named_sheet(tmp_path: Path) -> None:
    import openpyxl
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title, hidden.sheet_state = "Help", "hidden"
    hidden.append(["x", "y"])
    data = wb.create_sheet("Data")
    data.append(["surname", "name", "n"])
    data.append([])
    data.append(["A", "B", 3.0])
    other = wb.create_sheet("Other")
    other.append(["title", "start_date"])
    path = tmp_path / "really.csv"
    wb.save(path)
    t = read_table(path)
    assert t.sheet == "Data" and t.rows == [["A", "B", 3]] and t.row_numbers == [3]
    assert read_table(path, sheet="other").headers == ["title", "start_date"]
    with pytest.raises(FileFormatError, match="no sheet named"):
        read_table(path, sheet="Nope")


# --- writing ---------------------------------------------------------------


def test_csv_written_with_bom_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    write_table(path, ["Тегі", "Туған күні"], [["Әсем", dt.date(2010, 2, 1)], ["a,b", None]])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf\xd0\xa2")
    t = read_table(path)
    assert t.rows == [["Әсем", "01.02.2010"], ["a,b", None]] and t.delimiter == ","


def test_unknown_suffix(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="xlsx or .csv"):
        write_table(tmp_path / "x.ods", ["a"], [])


def test_write_errors_file(tmp_path: Path) -> None:
    path = tmp_path / "rejected.csv"
    write_errors_file(path, ["surname", "name"],
                      [(["A"], "no name"), (["B", "C", "extra"], Msg("T", "bad {x}", x=1))])
    t = read_table(path)
    assert t.headers == ["surname", "name", "error"]
    assert t.rows == [["A", None, "no name"], ["B", "C", "bad 1"]]
    assert map_headers(t.headers, "participants").unknown == ["error"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    path = tmp_path / f"list{suffix}"
    path.write_bytes(b"old content")

    def rows():
        yield ["a", "b"]
        raise OSError(28, "No space left on device")

    with pytest.raises(KnownError, match="No space left"):
        write_table(path, ["x", "y"], rows())
    assert path.read_bytes() == b"old content"
    assert os.listdir(tmp_path) == [path.name]

    def boom(*args):
        raise RuntimeError("crash between write and rename")

    monkeypatch.setattr(writer_module.os, "replace", boom)
    with pytest.raises(RuntimeError):
        write_table(path, ["x"], [[1]])
    assert path.read_bytes() == b"old content"
    assert os.listdir(tmp_path) == [path.name]


def test_replace_keeps_mode_and_writes_new(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("old")
    os.chmod(path, 0o640)
    write_table(path, ["x", "y"], [[1, 2]])
    assert read_table(path).rows == [["1", "2"]]
    if os.name == "posix":  # mkstemp's 0600 must not leak into the saved file
        assert path.stat().st_mode & 0o777 == 0o640


# --- headers ---------------------------------------------------------------


def test_map_headers_variants() -> None:
    hm = map_headers(["№", "ФАМИЛИЯ*", "имя", "Тегi", "Дата рожд.", "Телефон", "Школа",
                      "Photo", "", "Телефон опекуна"], "aid-recipients")
    assert hm.columns == {"surname": 1, "name": 2, "birth_date": 4, "phone": 5, "school": 6,
                          "guardian_phone": 9}
    assert hm.unknown == ["№", "Тегi", "Photo"]  # a second surname column is ignored


def test_events_headers_with_units() -> None:
    hm = map_headers(["Атауы", "Басталу күні", "Ұзақтығы (мин)", "Өтетін орны", "Кол-во участников"],
                     "events")
    assert hm.columns == {"title": 0, "start_date": 1, "duration_minutes": 2, "place": 3,
                          "headcount": 4}


def test_missing_required_column_message() -> None:
    with pytest.raises(FileFormatError) as info:
        map_headers(["Фамилия", "Класс"], "participants")
    text = str(info.value)
    assert "name" in text and "Имя" in text and "Аты" in text and "First name" in text
    assert "surname:" not in text
    # A full name in one column is read (and split on import) for people's lists.
    assert map_headers(["ФИО", "Класс"], "participants").columns == {"full_name": 0, "grade": 1}


def test_missing_column_message_names_columns_in_the_interface_language() -> None:
    from app.i18n import catalog

    with pytest.raises(FileFormatError) as info:
        map_headers(["Класс", "Мектеп"], "participants")
    kk = info.value.msg.render(catalog("kk").translate)
    ru = info.value.msg.render(catalog("ru").translate)
    assert "Тегі" in kk and "surname" not in kk and "Surname" not in kk and "Required" not in kk
    assert "Фамилия" in ru and "surname" not in ru and "Last name" not in ru


def test_unknown_kind() -> None:
    with pytest.raises(UsageError):
        map_headers(["a"], "teachers")


@pytest.mark.parametrize("kind", KINDS)
def test_aliases_unambiguous_and_labels_reimport(kind: str) -> None:
    owner: dict[str, str] = {}
    for key, aliases in ALIASES[kind].items():
        for alias in aliases:
            assert owner.setdefault(normalise(alias), key) == key, alias
    for lang in ("kk", "ru", "en"):
        labels = header_labels(kind, lang)
        assert map_headers(labels, kind).columns == {k: i for i, k in enumerate(ALIASES[kind])}
    assert header_labels(kind, "en") == list(ALIASES[kind])
