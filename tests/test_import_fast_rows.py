"""Participants import: new rows written as rows and unchanged rows compared as read give what the long way gives."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.ids import HybridClock, is_uid, new_uids, uid_time_ms
from app.importing import import_file
from app.models import Installation, Organisation, Person
from app.people.records import clean_person, find_match, upsert_person
from app.tables.values import prepare_row
from app.text import fold, fold_joined
from app.validation.iin import make_iin
from tests.conftest import write_csv

ROOT = Path(__file__).resolve().parents[1]
HEADER = "surname,name,patronymic,birth_date,sex,iin,school,grade,phone\n"
_COLUMNS = HEADER.strip().split(",")


def _rows() -> list[str]:
    """A list with what a school's list holds: Kazakh letters, patronymics, rows without IIN or school."""
    rows = []
    for i in range(700):  # more than one chunk
        born = dt.date(2009, 1, 1) + dt.timedelta(days=i * 7 % 2900)
        sex = "MF"[i % 2]
        surname = ("Әлібеков", "Нұрмағамбетов", "Құдайберген", "Smith")[i % 4] + ("а" if sex == "F" and i % 4 < 2 else "")
        name = ("Ерлан", "Әйгерім", "Дәурен", "Жанар")[i % 4]
        iin = make_iin(born, sex, i) if i % 5 else ""
        patronymic = "Серікұлы" if i % 3 == 0 else ""
        school = f"№{i % 6} мектеп" if i % 9 else ""
        phone = f"+7 701 {i:03d} 45 67" if i % 4 == 0 else ""
        rows.append(f"{surname},{name},{patronymic},{born:%d.%m.%Y},{sex},{iin},{school},{i % 11 + 1},{phone}\n")
    rows[30] = "ҚАСЫМОВ,дәурен,,05.06.2012,M,,№2 мектеп,3,\n"  # capitals and small letters made Title case
    rows[31] = "Касымов,Даурен,,05.06.2012,м,,№2 мектеп,3,\n"  # row 30 again, typed without Kazakh letters
    rows[600] = rows[10]  # the same pupil again in the next chunk
    return rows


def _people() -> list[tuple]:
    """Every person as the list shows and exports them: all columns but the ones made anew (uid, stamp, seen)."""
    out = []
    for p in Person.select().order_by(Person.search, Person.birth_date, Person.phone):
        school = p.school.name if p.school_uid else None
        out.append((p.surname, p.name, p.patronymic, p.birth_date, p.sex, p.iin, p.category, school, p.grade,
                    p.phone, p.region, p.district, p.deleted, p.search, p.sort, p.origin, p.notes))
    return out


def test_a_list_imported_gives_the_people_saving_row_by_row_gives(store, tmp_path):
    rows = _rows()
    path = write_csv(tmp_path / "list.csv", HEADER + "".join(rows))
    summary = import_file("participants", path)
    assert (summary.created, summary.updated, summary.unchanged, summary.rejected) == (len(rows) - 2, 0, 2, 0)
    assert [name for _, name, _ in summary.matched] == ["Касымов Даурен"]
    imported = _people()
    stamps = [p.stamp for p in Person.select()]
    assert len(set(stamps)) == len(stamps) and all(is_uid(p.uid) for p in Person.select())

    # The same rows saved one by one the way the person form saves them.
    Person.delete().execute()
    own = Organisation.get_by_id(Installation.get().organisation_uid)
    for line in rows:
        raw = dict(zip(_COLUMNS, line.rstrip("\n").split(",")))
        person = clean_person(prepare_row(raw))
        match = find_match(person)
        school = Organisation.get(Organisation.name == person.school_name) if person.school_name else None
        upsert_person(person, school or (own if match is None else None), existing=match, looked_up=True)
    assert _people() == imported
    assert max(stamps) < min(p.stamp for p in Person.select())  # the block's stamps were the clock's


def test_a_list_imported_again_changes_only_what_changed(store, tmp_path):
    rows = _rows()
    first = import_file("participants", write_csv(tmp_path / "list.csv", HEADER + "".join(rows)))
    before = {p.uid: p.stamp for p in Person.select()}
    changed = list(rows)
    changed[5] = changed[5].replace(",6,", ",7,")  # another grade
    changed[12] = changed[12].replace(",2,", ",,")  # a blank grade: what is known stays
    changed[18] = changed[18].replace("Құдайберген", "Кудайберген")  # written without Kazakh letters
    changed[14] = changed[14].replace("№2 мектеп", "№5 мектеп")  # moved to another school
    again = import_file("participants", write_csv(tmp_path / "again.csv", HEADER + "".join(changed)))
    assert (again.created, again.updated, again.rejected) == (0, 2, 0)
    assert again.unchanged == first.created + first.unchanged - 2
    assert [(n, name) for n, name, _ in again.matched] == [
        (20, "Кудайберген Дәурен Серікұлы"), (33, "Касымов Даурен")]
    moved = [p for p in Person.select() if p.stamp != before[p.uid]]
    assert sorted((p.grade, p.school.name) for p in moved) == [("4", "№5 мектеп"), ("7", "№5 мектеп")]
    kept = Person.get(Person.iin == changed[12].split(",")[5])
    assert (kept.grade, kept.surname) == ("2", "Әлібеков")
    assert Person.get(Person.iin == changed[18].split(",")[5]).surname == "Құдайберген"


def test_a_birth_date_held_against_its_iin_is_put_right_by_the_list_and_a_blank_one_kept(store, tmp_path):
    """The birth date is compared on its own (the database keeps it as text): a registered pupil whose
    date disagrees with the IIN (as an old record may) is updated by a row with the IIN; a row without
    a date leaves the date known."""
    rows = _rows()[:40]
    import_file("participants", write_csv(tmp_path / "list.csv", HEADER + "".join(rows)))
    wrong, blank = rows[1].split(","), rows[2].split(",")
    Person.update(birth_date=dt.date(2001, 1, 1)).where(Person.iin == wrong[5]).execute()
    changed = list(rows)
    blank[3] = ""
    changed[2] = ",".join(blank)
    again = import_file("participants", write_csv(tmp_path / "again.csv", HEADER + "".join(changed)))
    assert (again.created, again.updated, again.rejected) == (0, 1, 0)
    assert Person.get(Person.iin == wrong[5]).birth_date == dt.datetime.strptime(wrong[3], "%d.%m.%Y").date()
    assert Person.get(Person.iin == blank[5]).birth_date == dt.datetime.strptime(rows[2].split(",")[3], "%d.%m.%Y").date()


def test_the_search_text_folded_a_part_at_a_time_is_the_whole_texts_fold():
    awkward = ["", " ", "Ә", "і\u0301", "\u0301", "ΑΣ", "İstanbul", "straße", "\u00a0x\u2003", "가\u1161",
               "\u1100", "e\u0301", "ﬁ", "Ӑ", "123456789012", "A\u200bB", "\t", "Ё"]
    for first in awkward:
        for second in awkward:
            for parts in ((first, second), (first, second, "150427600000"), (second, None, first)):
                assert fold_joined(parts) == fold(" ".join(str(p) for p in parts if p)), parts


def test_uids_made_at_once_are_time_ordered_uuids_and_stamps_reserved_at_once_are_the_clocks():
    uids = new_uids(1000, now_ms=1_700_000_000_123)
    assert len(set(uids)) == 1000
    assert all(is_uid(u) and len(u) == 32 and u[12] == "7" and u[16] in "89ab" for u in uids)
    assert {uid_time_ms(u) for u in uids} == {1_700_000_000_123}
    clock = HybridClock(wall=lambda: 5)
    one = clock.now()
    first = clock.reserve(3)
    assert first == one + 1 and clock.now() == one + 4  # one after another, as three calls of now()
    late = HybridClock(last=(9 << 16) | 0xFFFF, wall=lambda: 5)  # a full counter carries into the next ms
    assert late.reserve(2) == 10 << 16 and late.now() == (10 << 16) + 2


def test_two_desktops_importing_at_once_on_a_server_get_stamps_of_their_own(store, db_target, tmp_path, engine):
    if engine != "postgresql":
        pytest.skip("desktops share a server's clock; a file has one desktop")
    iins = sorted({make_iin(dt.date(2012, 2, 1), "M", serial) for serial in range(3000)})[:2400]  # all different
    files = []
    for who in range(2):
        rows = [f"Оқушы{who}x{i:04d},Ерлан,,01.02.2012,M,{iins[who * 1200 + i]},№{who} мектеп,5,\n"
                for i in range(1200)]
        files.append(write_csv(tmp_path / f"desk{who}.csv", HEADER + "".join(rows)))
    started = [subprocess.Popen([sys.executable, "-m", "app", "--db", str(db_target), "import", "participants",
                                 str(path), "--json"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for path in files]
    outcomes = [proc.communicate(timeout=300) for proc in started]
    assert [proc.returncode for proc in started] == [0, 0], [err for _, err in outcomes]
    assert [json.loads(out)["created"] for out, _ in outcomes] == [1200, 1200]
    people = list(Person.select(Person.stamp, Person.surname))
    assert len(people) == 2400
    stamps = [p.stamp for p in people]
    assert len(set(stamps)) == 2400  # no stamp given to both desktops



def test_a_formula_is_never_taken_for_a_name(store, tmp_path):
    """A cell a spreadsheet would run (=HYPERLINK(…), +…, @…) is refused as a name, with the row's line; the
    rows around it are imported; a name with a hyphen inside it is a name."""
    from app.errors import ValidationError
    from app.people.records import normalise_name

    good = make_iin(dt.date(2012, 2, 1), "M", 15)
    rows = [f"Әлібеков,Ерлан,,01.02.2012,M,{good},№1 мектеп,8,\n",
            '"=HYPERLINK(""http://x"",""y"")",Болат,,01.02.2012,M,,№1 мектеп,8,\n',
            "Серікбаев,@Ерлан,,01.02.2012,M,,№1 мектеп,8,\n",
            "Жұмабаева-Оспан,Әйгерім,+Серікқызы,03.04.2013,F,,№1 мектеп,7,\n",
            "Жұмабаева-Оспан,Әйгерім,,03.04.2013,F,,№1 мектеп,7,\n"]
    summary = import_file("participants", write_csv(tmp_path / "list.csv", HEADER + "".join(rows)))
    assert (summary.created, summary.rejected) == (2, 3)
    assert [line for line, _ in summary.errors] == [3, 4, 5]
    assert all("formula" in reason for _, reason in summary.errors)
    assert sorted(p.surname for p in Person.select()) == ["Жұмабаева-Оспан", "Әлібеков"]
    with pytest.raises(ValidationError):  # the person form's way too
        normalise_name("=1+1", "surname")
    assert normalise_name("Әлі-Хан", "name") == "Әлі-Хан"
