"""Importing and exporting tables as offices really produce them."""
from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from app.errors import FileFormatError
from app.exporting import export_table
from app.importing import import_file
from app.models import AidRecipient, Event, ImportLog, Organisation, Person
from app.validation.iin import make_iin
from tests.conftest import write_csv

GOOD_IIN = make_iin(dt.date(2010, 5, 12), "M", 1234)


def read_errors(path: str, encoding: str = "utf-8-sig", delimiter: str = ",") -> list[dict[str, str]]:
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def test_cp1251_semicolon_russian_headers_with_bad_rows(store, tmp_path):
    bad_checksum = GOOD_IIN[:-1] + str((int(GOOD_IIN[-1]) + 1) % 10)
    text = ("Фамилия;Имя;Отчество;Дата рождения;Пол;ИИН;Школа\n"
            f"Иванов;Пётр;Сергеевич;12.05.2010;м;{GOOD_IIN};Школа №5\n"
            "Петрова;Анна;;31.02.2011;ж;;Школа №5\n"
            f"Сидоров;Олег;;01.01.2010;м;{bad_checksum};Школа №5\n"
            f"Ахметов;Ерлан;;13.05.2010;м;{GOOD_IIN};Школа №5\n"
            "Смирнова;Мария;;2011-03-04;жен;;Школа №6\n")
    path = write_csv(tmp_path / "list.csv", text, "cp1251")
    summary = import_file("participants", path)
    assert (summary.created, summary.rejected) == (2, 3)
    errors = read_errors(summary.errors_file, "cp1251", ";")  # as the imported file was: it opens in Excel alike
    assert [e["Фамилия"] for e in errors] == ["Петрова", "Сидоров", "Ахметов"]
    assert "31.02.2011" in errors[0]["error"] and errors[0]["error"].startswith("Дата рождения")
    assert errors[1]["error"].startswith("ИИН") and "check digit" in errors[1]["error"]
    assert "13.05.2010" in errors[2]["error"]  # IIN says 12.05.2010
    assert [r for r, _ in summary.errors] == [3, 4, 5]
    ivanov = Person.get(Person.surname == "Иванов")
    assert ivanov.birth_date == dt.date(2010, 5, 12) and ivanov.sex == "M"
    assert ivanov.school.name == "Школа №5" and Organisation.select().where(
        Organisation.kind == "school").count() == 3  # own school + two from the file


def test_same_file_twice_creates_nothing_new(store, tmp_path):
    path = write_csv(tmp_path / "p.csv", "surname,name,birth_date,sex,iin\n"
                     f"Әлібеков,Нұрсұлтан,12.05.2010,M,{GOOD_IIN}\nҚасымова,Әйгерім,2011-02-03,F,\n")
    first = import_file("participants", path)
    second = import_file("participants", path)
    assert (first.created, first.unchanged) == (2, 0)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 2)
    assert Person.live().count() == 2
    assert ImportLog.select().count() == 2


def test_changed_row_updates_and_blank_cell_erases_nothing(store, tmp_path):
    write_csv(tmp_path / "a.csv", "surname,name,birth_date,grade,phone\nОспанов,Дәулет,2010-01-01,5,87011234567\n")
    import_file("participants", tmp_path / "a.csv")
    write_csv(tmp_path / "b.csv", "surname,name,birth_date,grade,phone\nОспанов,Дәулет,2010-01-01,6,\n")
    summary = import_file("participants", tmp_path / "b.csv")
    assert summary.updated == 1
    person = Person.get()
    assert person.grade == "6" and person.phone == "+77011234567"


def test_dry_run_saves_nothing(store, tmp_path):
    path = write_csv(tmp_path / "p.csv", "surname,name\nТөлеуов,Ілияс\n")
    summary = import_file("participants", path, dry_run=True)
    assert summary.created == 1 and summary.dry_run
    assert Person.select().count() == 0 and ImportLog.select().count() == 0


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"\x89PNG\r\n\x1a\n\x00\x00garbage\x00"])
def test_empty_or_non_table_file_is_refused_clearly(store, tmp_path, content):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(FileFormatError) as err:
        import_file("participants", path)
    assert "x.csv" in str(err.value)
    assert Person.select().count() == 0


def test_missing_required_column_is_named(store, tmp_path):
    path = write_csv(tmp_path / "p.csv", "name,phone\nАйбек,87011234567\n")
    with pytest.raises(FileFormatError) as err:
        import_file("participants", path)
    assert "surname" in str(err.value)


def test_kazakh_headers_xlsx_and_errors_in_russian(store, tmp_path):
    from app.i18n import catalog
    from app.tables import write_table

    path = tmp_path / "тізім.xlsx"
    write_table(path, ["Тегі", "Аты", "Туған күні", "ЖСН"],
                [["Жұмабаев", "Ерасыл", dt.date(2010, 5, 12), GOOD_IIN],
                 ["Үсенова", "Інжу", "30.02.2012", None]], text_columns={"ЖСН"})
    summary = import_file("participants", path, translate=catalog("ru").translate)
    assert (summary.created, summary.rejected) == (1, 1)
    assert Person.get().iin == GOOD_IIN


def test_aid_recipients_with_several_family_categories(store, tmp_path):
    path = write_csv(tmp_path / "aid.csv",
                     "Тегі;Аты;Туған күні;Отбасы санаты;Қамқоршы;Қамқоршының телефоны;Мекенжайы\n"
                     "Сәрсенбаев;Ұлан;2015-09-01;көп балалы, аз қамтылған;Сәрсенбаева Гүл;8 701 555 44 33;Абай к-сі 5\n"
                     "Мұқанова;Айару;2014-04-04;жетім;;;\n"
                     "Ысқақов;Бекзат;2014-04-04;марсиандық;;;\n")
    summary = import_file("aid-recipients", path)
    assert (summary.created, summary.rejected) == (2, 1)
    rec = AidRecipient.select().join(Person).where(Person.surname == "Сәрсенбаев").get()
    assert set(rec.categories) == {"large_family", "low_income"}
    assert rec.guardian_phone == "+77015554433"
    assert rec.person.category == "pupil"
    again = import_file("aid-recipients", path)
    assert (again.created, again.unchanged) == (0, 2)


def test_events_import_and_round_trip(store, tmp_path):
    path = write_csv(tmp_path / "ev.csv",
                     "title,kind,programme,start_date,end_date,duration_minutes,place,region,language,headcount\n"
                     "Құқықтық дәріс,lecture,legal_culture,2026-09-10,,45,Мектеп,Түркістан облысы,қазақ,25\n"
                     "Семинар,seminar,legal_culture,2026-10-01,2026-10-02,480,Аудан,KZ-61,ru,\n"
                     "Bad,lecture,legal_culture,2026-10-05,2026-10-01,45,,,,\n")
    summary = import_file("events", path)
    assert (summary.created, summary.rejected) == (2, 1)
    seminar = Event.get(Event.title == "Семинар")
    assert seminar.end_date == dt.date(2026, 10, 2) and seminar.language == "ru"
    out = tmp_path / "events.xlsx"
    assert export_table("events", out) == 2
    assert import_file("events", out).unchanged == 2


@pytest.mark.parametrize("suffix,lang", [(".csv", "en"), (".xlsx", "kk"), (".csv", "ru")])
def test_participants_export_round_trips(store, tmp_path, suffix, lang):
    from app.demo import make_demo

    make_demo(seed=3, people=60)
    out = tmp_path / f"people{suffix}"
    count = export_table("participants", out, lang=lang)
    assert count == Person.live().count()
    summary = import_file("participants", out)
    assert (summary.created, summary.updated, summary.rejected) == (0, 0, 0)
    assert summary.unchanged == count


def test_export_is_in_kazakh_alphabetical_order(store, tmp_path):
    for surname in ("Ысқақов", "Әлібеков", "Иванов", "Ақанов", "Іздібаев", "Бөкеев"):
        Person(surname=surname, name="Тест").save()
    out = tmp_path / "p.csv"
    export_table("participants", out)
    with open(out, encoding="utf-8-sig") as fh:
        order = [row["surname"] for row in csv.DictReader(fh)]
    assert order == ["Ақанов", "Әлібеков", "Бөкеев", "Иванов", "Ысқақов", "Іздібаев"]


def test_summary_json_has_documented_keys(store, tmp_path):
    path = write_csv(tmp_path / "p.csv", "surname,name\nА,Б\n")
    data = import_file("participants", path).as_json()
    assert {"created", "updated", "unchanged", "rejected", "errors_file"} <= set(data)
    json.dumps(data)


def test_rejected_rows_from_a_read_only_folder_go_to_the_data_folder(store, tmp_path, _data_dir,
                                                                   monkeypatch):
    from app.errors import KnownError
    from app.i18n import Msg
    from app.importing import run as run_module

    folder = tmp_path / "usb"
    folder.mkdir()
    path = write_csv(folder / "p.csv", "surname,name,birth_date\nНұрланов,Айбек,2010-01-01\nX,Y,31.02.2010\n")
    real_write = run_module.write_errors_file

    def write_protected(target, *args, **kwargs):  # root can write anywhere, so simulate the stick
        if Path(target).parent == folder:
            raise KnownError(Msg("Tables", "Permission denied"))
        return real_write(target, *args, **kwargs)

    monkeypatch.setattr(run_module, "write_errors_file", write_protected)
    summary = import_file("participants", path)
    assert summary.created == 1 and summary.rejected == 1
    assert summary.errors_file.startswith(str(_data_dir))
    assert "31.02.2010" in Path(summary.errors_file).read_text(encoding="utf-8-sig")


def test_a_schools_own_list_without_a_school_column_registers_its_own_pupils(store, tmp_path):
    from app.installation import get_installation

    own = Organisation.get_by_id(get_installation().organisation_uid)
    other = Organisation(kind="school", name="№12 мектеп")
    other.save()
    earlier = Person(surname="Қасымова", name="Інжу", birth_date=dt.date(2011, 3, 4), school=other)
    earlier.save()
    path = write_csv(tmp_path / "p.csv", "surname,name,birth_date\n"
                                         "Әлиев,Нұрлан,12.05.2010\n"
                                         "Қасымова,Інжу,04.03.2011\n")
    import_file("participants", path)
    assert Person.get(Person.surname == "Әлиев").school_uid == own.uid  # a new pupil: this school's
    assert Person.get_by_id(earlier.uid).school_uid == other.uid  # someone registered keeps their school
