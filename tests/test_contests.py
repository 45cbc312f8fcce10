"""Contests: age groups from the birth date on the contest day, works, jury places or scores, counts, winners."""
from __future__ import annotations

import datetime as dt

import pytest

from app.contests.core import (
    add_work,
    age_group,
    certificate_awards,
    create_contest,
    import_works,
    parse_age_groups,
    set_result,
    summary,
    winners,
)
from app.errors import ValidationError
from app.models import ContestWork, Person

D = dt.date


def pupil(surname: str, born: dt.date) -> Person:
    p = Person(surname=surname, name="Оқушы", birth_date=born, category="pupil")
    p.save()
    return p


def test_age_groups_come_from_the_birth_date_on_the_contest_day():
    groups = parse_age_groups("7-10, 11-13, 14–17")
    assert [g.label for g in groups] == ["7–10", "11–13", "14–17"]
    day = D(2026, 10, 1)
    assert age_group(D(2015, 10, 1), day, groups) == "11–13"  # 11 on the day itself
    assert age_group(D(2015, 10, 2), day, groups) == "7–10"  # 11 only the next day
    assert age_group(D(2006, 1, 1), day, groups) == "—"  # 20: outside every group
    assert age_group(None, day, groups) == "—"
    for bad in ("7-10,10-13", "a-b", "13-11"):
        with pytest.raises(ValidationError):
            parse_age_groups(bad)


def test_counts_by_nomination_and_age_group_as_the_seed_reports_them(store):
    c = create_contest("Мобильді фотосурет", ["Табиғат", "Менің мектебім"], "7-10,11-13,14-17",
                       start=D(2026, 10, 1))
    a, b, young = pupil("Әлиева", D(2013, 5, 1)), pupil("Бекұлы", D(2010, 2, 1)), pupil("Сәкен", D(2018, 1, 1))
    w1 = add_work(c, a.uid, "табиғат", "Көктем", place=1)
    add_work(c, a.uid, "Менің мектебім", "Сынып", place=5)  # one pupil, two works
    add_work(c, b.uid, "Табиғат", "Тау", place=2)
    add_work(c, young.uid, "Табиғат", "Гүл")
    with pytest.raises(ValidationError, match="one of"):
        add_work(c, b.uid, "Спорт")
    s = summary(c)
    assert (s.participants, s.works, s.winners) == (3, 4, 2)
    cells = {(r.nomination, r.age_group): (r.participants, r.works, r.winners) for r in s.rows}
    assert cells[("Табиғат", "14–17")] == (1, 1, 1)  # Бекұлы is 16
    assert cells[("Табиғат", "11–13")] == (1, 1, 1)  # Әлиева is 13
    assert cells[("Табиғат", "7–10")] == (1, 1, 0)
    assert cells[("Менің мектебім", "11–13")] == (1, 1, 0)
    set_result(w1, place=4)
    assert summary(c).winners == 1


def test_scores_make_winners_per_cell_and_equal_scores_share_a_place(store):
    c = create_contest("Эссе", ["Эссе"], "11-13,14-17", start=D(2026, 10, 1), scoring="scores", winners_up_to=2)
    kids = [pupil(f"Оқушы{i}", D(2012, 1, 1)) for i in range(4)]
    for kid, score in zip(kids, (90, 90, 80, 70)):
        add_work(c, kid.uid, "Эссе", score=score)
    won = winners(c)
    assert sorted(w.score for w in won) == [80, 90, 90]
    kinds = sorted(a.kind for a in certificate_awards(c))
    assert kinds == ["diploma_1", "diploma_1", "diploma_2", "participation"]


def test_a_works_file_is_all_or_nothing(store, tmp_path):
    c = create_contest("Сурет", ["Сурет"], start=D(2026, 10, 1))
    good = tmp_path / "works.csv"
    good.write_text("nomination,surname,name,birth_date,school,title,place\n"
                    "Сурет,Қасымова,Іңкәр,2013-04-02,№5 мектеп,Ауыл,1\n"
                    "сурет,Төлеу,Ұлан,2011-09-09,№5 мектеп,Дала,\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("nomination,surname,name,birth_date\nСурет,Ахмет,Ержан,2013-01-01\nБи,Сая,Ару,2012-01-01\n",
                   encoding="utf-8")
    with pytest.raises(ValidationError, match="row 3"):
        import_works(c, bad)
    assert ContestWork.select().count() == 0
    assert import_works(c, good) == (2, 2)
    assert summary(c).winners == 1


def test_the_same_works_file_twice_adds_nothing(store, tmp_path):
    c = create_contest("Сурет", ["Сурет"], start=D(2026, 10, 1))
    f = tmp_path / "works.csv"
    f.write_text("nomination,surname,name,birth_date,title,place\n"
                 "Сурет,Қасымова,Іңкәр,2013-04-02,Ауыл,1\n"
                 "Сурет,Қасымова,Іңкәр,2013-04-02,Ауыл,1\n", encoding="utf-8")
    assert import_works(c, f) == (1, 1)
    assert import_works(c, f) == (0, 0)
    assert ContestWork.live().count() == 1 and summary(c).winners == 1
