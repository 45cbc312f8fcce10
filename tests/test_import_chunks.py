"""A long participants list imported a chunk at a time: the same people, messages and counts as row by row."""
from __future__ import annotations

import datetime as dt

import pytest
from peewee import IntegrityError

from app.db.changes import last_seen
from app.importing import import_file
from app.importing.participants import CHUNK
from app.models import ImportLog, Organisation, Person
from app.people.records import clean_person, upsert_person
from app.text import fold
from app.validation.iin import make_iin
from tests.conftest import write_csv

HEADER = "surname,name,patronymic,birth_date,sex,iin,school\n"


def _pupil(i: int) -> str:
    born = dt.date(2010, 1, 1) + dt.timedelta(days=i % 3000)
    return f"Пупил{i:05d},Ерлан,,{born:%d.%m.%Y},M,{make_iin(born, 'M', i)},№{i % 7} мектеп\n"


def test_rows_naming_each_other_within_and_across_chunks(store, tmp_path):
    iin = make_iin(dt.date(2011, 3, 4), "F", 77)
    rows = [_pupil(i) for i in range(CHUNK + 300)]
    rows[3] = f"Нұрмағамбетова,Әйгерім,,04.03.2011,F,{iin},№1 мектеп\n"
    rows[10] = "Қасымов,Дәурен,,05.06.2012,M,,№2 мектеп\n"
    rows[20] = "Касымов,Даурен,,05.06.2012,м,,№2 мектеп\n"  # row 10 again, typed without Kazakh letters
    rows[CHUNK + 5] = f"Нурмагамбетова,Айгерим,,04.03.2011,F,{iin},№1 мектеп\n"  # row 3 again, next chunk
    rows[CHUNK + 6] = "Қасымов,Дәурен,Серікұлы,05.06.2012,M,,№2 мектеп\n"  # row 10 again, with a patronymic
    rows[40] = "Сейтов,Арман,,31.02.2012,M,,№2 мектеп\n"  # no such date
    path = write_csv(tmp_path / "long.csv", HEADER + "".join(rows))
    before = last_seen(Person._meta.database)

    first = import_file("participants", path)

    assert (first.created, first.updated, first.unchanged, first.rejected) == (len(rows) - 4, 1, 2, 1)
    assert [number for number, _ in first.errors] == [42]  # file rows count from 1, the header first
    assert [(n, name) for n, name, _ in first.matched] == [
        (22, "Касымов Даурен"), (CHUNK + 7, "Нурмагамбетова Айгерим"), (CHUNK + 8, "Қасымов Дәурен Серікұлы")]
    aigerim = Person.get(Person.iin == iin)
    assert aigerim.full_name == "Нұрмағамбетова Әйгерім"  # the spelling with the Kazakh letters stays
    dauren = Person.get(Person.surname == "Қасымов")
    assert (dauren.full_name, dauren.sex, dauren.school.name) == ("Қасымов Дәурен Серікұлы", "M", "№2 мектеп")
    assert Person.live().count() == len(rows) - 4
    people = list(Person.select())
    assert all(p.seen > before and p.origin == store.installation_id for p in people)
    assert len({p.stamp for p in people}) == len(people)
    assert all(p.sort and p.search.startswith(fold(p.surname)) for p in people)
    assert Organisation.select().where(Organisation.kind == "school").count() == 1 + 7

    again = import_file("participants", path)
    assert (again.created, again.updated, again.rejected) == (0, 0, 1)
    assert again.unchanged == len(rows) - 1


def test_someone_elses_person_is_refused_and_leaves_nothing(store, tmp_path):
    iin = make_iin(dt.date(2010, 9, 1), "M", 5)
    theirs = Person(surname="Омаров", name="Бекзат", birth_date=dt.date(2010, 9, 1), sex="M", iin=iin,
                    origin="another-school")
    theirs.save(force_insert=True)
    upsert_person(clean_person({"surname": "Әлиев", "name": "Нұр", "birth_date": "01.01.2011", "sex": "M"}))
    path = write_csv(tmp_path / "p.csv", HEADER
                     + f"Омаров,Бекзат,,01.09.2010,M,{iin},Жаңа мектеп\n"
                     + "Әлиев,Нұр,,01.01.2011,M,,№3 мектеп\n"
                     + f"Омаров,Бекзат,,01.09.2010,M,{iin},\n")
    summary = import_file("participants", path)
    assert (summary.created, summary.updated, summary.unchanged, summary.rejected) == (0, 1, 1, 1)
    assert summary.errors[0][0] == 2 and "another installation" in summary.errors[0][1]
    assert not Organisation.select().where(Organisation.name == "Жаңа мектеп").exists()
    assert Person.get(Person.iin == iin).school_uid is None
    assert Person.get(Person.surname == "Әлиев").school.name == "№3 мектеп"


def test_dry_run_of_a_long_list_saves_nothing(store, tmp_path):
    path = write_csv(tmp_path / "p.csv", HEADER + "".join(_pupil(i) for i in range(CHUNK + 10)))
    summary = import_file("participants", path, dry_run=True)
    assert summary.created == CHUNK + 10
    assert Person.select().count() == 0


def test_a_row_the_database_refuses_leaves_the_database_as_it_was(store, tmp_path):
    if store.engine != "sqlite":
        pytest.skip("the refusing trigger is written in SQLite's dialect")
    db = Person._meta.database
    db.execute_sql("CREATE TRIGGER refuse BEFORE INSERT ON person WHEN NEW.surname = 'Қате' "
                   "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
    rows = [_pupil(i) for i in range(CHUNK + 10)]
    rows[CHUNK + 3] = "Қате,Ерлан,,01.01.2012,M,,№1 мектеп\n"  # the second chunk's write fails; row by row says where
    path = write_csv(tmp_path / "p.csv", HEADER + "".join(rows))
    with pytest.raises(IntegrityError, match="refused by the test"):
        import_file("participants", path)
    assert Person.select().count() == 0 and ImportLog.select().count() == 0


@pytest.mark.parametrize("others", [3, 1200])  # few registered without an IIN (read at once) or many (by name)
def test_a_row_with_an_iin_finds_the_person_registered_without_one(store, tmp_path, others):
    no_iin = [f"Басқа{i:04d},Ерлан,,01.01.2012,M,,№1 мектеп\n" for i in range(others)]
    no_iin.append("Жұмабаев,Нұрлан,,07.08.2011,M,,№1 мектеп\n")
    assert import_file("participants", write_csv(tmp_path / "a.csv", HEADER + "".join(no_iin))).created == others + 1
    iin = make_iin(dt.date(2011, 8, 7), "M", 9)
    rows = [_pupil(i) for i in range(20)] + [f"Жумабаев,Нурлан,,07.08.2011,M,{iin},№1 мектеп\n"]
    summary = import_file("participants", write_csv(tmp_path / "b.csv", HEADER + "".join(rows)))
    assert (summary.created, summary.updated) == (20, 1)
    assert [(n, name) for n, name, _ in summary.matched] == [(22, "Жумабаев Нурлан")]
    nurlan = Person.get(Person.iin == iin)
    assert nurlan.full_name == "Жұмабаев Нұрлан" and Person.select().count() == others + 21


def test_a_changed_row_keeps_what_only_the_form_holds(store, tmp_path):
    iin = make_iin(dt.date(2012, 2, 2), "F", 4)
    person, _ = upsert_person(clean_person({"surname": "Сәрсенова", "name": "Аружан", "iin": iin, "grade": "4"}))
    person.notes, person.consent_date, person.consent_by = "Аллергия: жаңғақ", dt.date(2024, 9, 2), "Анасы"
    person.save()
    path = write_csv(tmp_path / "p.csv", "surname,name,iin,grade\n" f"Сәрсенова,Аружан,{iin},5\n")
    assert import_file("participants", path).updated == 1
    again = Person.get(Person.iin == iin)
    assert (again.grade, again.notes, again.consent_date, again.consent_by) == (
        "5", "Аллергия: жаңғақ", dt.date(2024, 9, 2), "Анасы")
    assert again.search == fold(f"Сәрсенова Аружан {iin}") and again.seen > person.seen and again.stamp > person.stamp
