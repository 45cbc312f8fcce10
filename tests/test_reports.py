"""Reports and indicators against a hand-built database whose every figure is known.

The world (region KZ-61 unless said; today pinned to 1 December 2026, so
September and October 2026 are over):

- people P01…P30 (F, pupils, born 2012-05-01), P31 deleted; school S1 (KZ-61).
- Legal Culture lectures in September: L1 45' P01–P20, L2 50' P01–P20, L3 90'
  P01–P25 (too long), L4 45' P01–P15 (too few), L5 60' P01–P20 plus two
  applicants and a deleted attendance, L6 40' P11–P30, L7 deleted, L8 in
  KZ-75 (another region), L9 45' P01–P20 plus P31 (deleted person).  So
  September: 7 held, 5 meet the rules (target ≥ 5: met), failing L3, L4.
  October: L10 only (not met).
- Master classes in September: 30' and 90' → 1 meets (≥ 2: not met).
- Seminars: S1 30 Sep – 1 Oct (2 days, 25 selected: counts in September),
  S2 10 Oct one day (fails "2 days").
- Consultations: Mon 7 and Wed 9 Sep (that week met), Tue 15 Sep (not met).
- A Legal Culture webinar with a head-count of 100 and no names.
- Trainers and consultants: P01 trainer+consultant, P02 consultant (KZ-61),
  P03 consultant in KZ-75.
- Aid: C1 low-income + large family: uniform delivered twice (20,000 each),
  a bag approved only; C2 orphan: shoes 15,000 from sponsor Sp1; C3
  low-income: nothing (a deleted delivered record); C4 in KZ-75.
- Contest (15 Sep): K1 aged 9 Фото place 1 and Эссе place 5, K2 aged 12 Фото
  place 2, K3 aged 16 Фото no place, a deleted work.
- Debate tournament (district stage): T1 kk (D1, D2), T2 kk (D3, D4), T3 ru
  (D1, D5); awards diploma_1, best_speaker (kk), thanks (no league).
- Debate clubs: 25 and 15 members in KZ-61, 10 in KZ-75.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import UsageError
from app.models import (AidGiven, AidRecipient, Appointment, Attendance, Award, Certificate, Contest, ContestWork,
                        Event, Organisation, Person, Team, TeamMember, Tournament)
from app.reports import (compute_indicators, effective_target, parse_period, parse_scope, set_target,
                         write_report)
from app.reports.indicators import MET, NOT_MET
from tests.conftest import ROOT

D = dt.date
TODAY = D(2026, 12, 1)


def person(surname: str, **kw) -> Person:
    kw.setdefault("name", "Тест")
    kw.setdefault("sex", "F")
    kw.setdefault("birth_date", D(2012, 5, 1))
    kw.setdefault("category", "pupil")
    p = Person(surname=surname, **kw)
    p.save()
    return p


def event(kind: str, start: dt.date, minutes: int | None = 45, programme: str = "legal_culture",
          end: dt.date | None = None, region: str = "KZ-61", **kw) -> Event:
    ev = Event(title=kw.pop("title", f"{kind} {start}"), programme=programme, kind=kind, start_date=start,
               end_date=end or start, duration_minutes=minutes, region=region, language=kw.pop("language", "kk"),
               **kw)
    ev.save()
    return ev


def attend(ev: Event, people: list[Person], status: str = "attended") -> None:
    for p in people:
        Attendance(event=ev, person=p, status=status).save()


def org(name: str, kind: str, region: str = "KZ-61", **kw) -> Organisation:
    o = Organisation(name=name, kind=kind, region=region, **kw)
    o.save()
    return o


@pytest.fixture
def world(store) -> dict:
    s1 = org("№1 мектеп", "school", district="Сайрам ауданы")
    s2 = org("№5 мектеп", "school", region="KZ-75")
    P = [None] + [person(f"Қатысушы{i:02d}", school=s1) for i in range(1, 31)]
    gone = person("Өшірілген")
    gone.delete_softly()
    P01_20, P01_25 = P[1:21], P[1:26]
    lectures = {}
    lectures["L1"] = event("lecture", D(2026, 9, 3), 45)
    attend(lectures["L1"], P01_20)
    lectures["L2"] = event("lecture", D(2026, 9, 10), 50)
    attend(lectures["L2"], P01_20)
    lectures["L3"] = event("lecture", D(2026, 9, 17), 90)
    attend(lectures["L3"], P01_25)
    lectures["L4"] = event("lecture", D(2026, 9, 24), 45)
    attend(lectures["L4"], P[1:16])
    lectures["L5"] = event("lecture", D(2026, 9, 25), 60)
    attend(lectures["L5"], P01_20)
    attend(lectures["L5"], P[21:23], status="applicant")
    dropped = Attendance(event=lectures["L5"], person=P[23], status="attended")
    dropped.save()
    dropped.delete_softly()
    lectures["L6"] = event("lecture", D(2026, 9, 26), 40)
    attend(lectures["L6"], P[11:31])
    lectures["L7"] = event("lecture", D(2026, 9, 28), 45)
    attend(lectures["L7"], P01_20)
    lectures["L7"].delete_softly()
    lectures["L8"] = event("lecture", D(2026, 9, 29), 45, region="KZ-75")
    attend(lectures["L8"], P01_20)
    lectures["L9"] = event("lecture", D(2026, 9, 30), 45)
    attend(lectures["L9"], P01_20 + [gone])
    lectures["L10"] = event("lecture", D(2026, 10, 5), 45)
    attend(lectures["L10"], P01_20)
    mc1 = event("master_class", D(2026, 9, 6), 30)
    attend(mc1, P[1:6])
    mc2 = event("master_class", D(2026, 9, 13), 90)
    attend(mc2, P[1:6])
    seminar = event("seminar", D(2026, 9, 30), None, end=D(2026, 10, 1))
    attend(seminar, P01_25, status="selected")
    attend(seminar, P[26:28], status="not_selected")
    short = event("seminar", D(2026, 10, 10), None)
    attend(short, P01_25, status="selected")
    c1 = event("consultation", D(2026, 9, 7), 30)
    event("consultation", D(2026, 9, 9), 30)
    event("consultation", D(2026, 9, 15), 30)
    for status, who in (("held", P[1]), ("held", P[2]), ("missed", P[3])):
        Appointment(event=c1, person=who, date=D(2026, 9, 7), status=status).save()
    event("webinar", D(2026, 9, 15), 60, headcount=100, hc_pupils=60, hc_teachers=40, hc_girls=50, hc_boys=50)
    event("flash_mob", D(2026, 9, 20), None, programme="youth_movement", headcount=1000, hc_pupils=1000)
    P[1].qualifications = "trainer,consultant"
    P[1].save()
    P[2].qualifications = "consultant"
    P[2].save()
    person("Басқа", region="KZ-75", qualifications="consultant")
    # «Мектепке жол»
    sponsor = org("Демеуші ЖШС", "sponsor")
    kids = {}
    for name, cats, school in (("C1", "low_income,large_family", s1), ("C2", "orphan", s1),
                               ("C3", "low_income", s1), ("C4", "orphan", s2)):
        child = person(f"Бала{name}", school=school)
        rec = AidRecipient(person=child, family_categories=cats, school=school, identified_date=D(2026, 8, 1))
        rec.save()
        kids[name] = rec
    AidGiven(recipient=kids["C1"], item="uniform", value_tenge=20000, given_date=D(2026, 8, 10),
             status="delivered").save()
    AidGiven(recipient=kids["C1"], item="uniform", value_tenge=20000, given_date=D(2026, 8, 20),
             status="delivered").save()
    AidGiven(recipient=kids["C1"], item="bag", value_tenge=5000, given_date=D(2026, 8, 21), status="approved").save()
    AidGiven(recipient=kids["C2"], item="shoes", quantity=1, value_tenge=15000, sponsor=sponsor,
             given_date=D(2026, 8, 15), status="delivered").save()
    gift = AidGiven(recipient=kids["C3"], item="bag", value_tenge=7000, given_date=D(2026, 8, 15), status="delivered")
    gift.save()
    gift.delete_softly()
    AidGiven(recipient=kids["C4"], item="bag", value_tenge=9000, given_date=D(2026, 8, 15), status="delivered").save()
    # Contest
    ev = event("contest", D(2026, 9, 15), None, programme="youth_movement", title="Мобильді фото")
    contest = Contest(event=ev, nominations="Фото\nЭссе", age_groups="7-10,11-13,14-17", winners_up_to=3)
    contest.save()
    k1 = person("K1", birth_date=D(2016, 10, 1))
    k2 = person("K2", birth_date=D(2013, 9, 20))
    k3 = person("K3", birth_date=D(2010, 1, 1))
    for who, nomination, place in ((k1, "Фото", 1), (k1, "Эссе", 5), (k2, "Фото", 2), (k3, "Фото", None)):
        ContestWork(contest=contest, person=who, nomination=nomination, place=place).save()
    w = ContestWork(contest=contest, person=k3, nomination="Эссе", place=1)
    w.save()
    w.delete_softly()
    # Debate
    tour_ev = event("debate_tournament", D(2026, 9, 20), None, programme="youth_movement", end=D(2026, 9, 21))
    tour = Tournament(event=tour_ev, stage="district", leagues="kk,ru")
    tour.save()
    debaters = [person(f"D{i}") for i in range(1, 6)]
    teams = []
    for name, league, members in (("T1", "kk", [0, 1]), ("T2", "kk", [2, 3]), ("T3", "ru", [0, 4])):
        team = Team(event=tour_ev, name=name, league=league)
        team.save()
        teams.append(team)
        for i in members:
            TeamMember(team=team, person=debaters[i]).save()
    # Awards given are the certificates issued for the tournament (a cancelled one does not count).
    for n, (kind, team, holder, status) in enumerate((("diploma_1", teams[0], debaters[0], "issued"),
                                                      ("best_speaker", teams[0], debaters[0], "issued"),
                                                      ("thanks", None, None, "issued"),
                                                      ("diploma_2", teams[1], debaters[2], "cancelled"))):
        Certificate(serial=f"TEST-2026-{n:05d}", kind=kind, event=tour_ev, team=team, person=holder,
                    recipient_name="Алушы", issued_date=dt.date(2026, 9, 20), status=status).save()
    Award(event=tour_ev, tournament=tour, league="kk", kind="nomination", title="best_orator",
          person=debaters[0]).save()  # chosen, not printed: not given yet
    org("Шешендер", "debate_club", district="Сайрам ауданы", members=25)
    org("Ойшыл", "debate_club", district="Сайрам ауданы", members=15)
    org("Алматы клубы", "debate_club", region="KZ-75", members=10)
    return {"P": P, "lectures": lectures, "s1": s1, "kids": kids}


def report(period: str = "2026", scope: str = "region:KZ-61", lang: str = "kk"):
    return compute_indicators(period, scope, lang, today=TODAY)


def line(rep, code: str, month: str | None = None, region: str | None = None, week: dt.date | None = None):
    found = [x for x in rep.lines(code) if (month is None or x.month == month)
             and (region is None or x.region == region) and (week is None or x.week == week)]
    assert len(found) == 1, (code, month, region, found)
    return found[0]


def rows(rep, key: str) -> list[list]:
    return [[v.render() if hasattr(v, "render") else v for v in row] for row in rep.table(key).rows]


# --- periods and scopes -------------------------------------------------------------------

def test_periods_parse_and_reject():
    assert parse_period("2026-09").start == D(2026, 9, 1) and parse_period("2026-09").end == D(2026, 9, 30)
    q = parse_period("2026-Q3")
    assert (q.start, q.end, [m[0] for m in q.months()]) == (D(2026, 7, 1), D(2026, 9, 30),
                                                            ["2026-07", "2026-08", "2026-09"])
    assert parse_period("2026").end == D(2026, 12, 31)
    r = parse_period("2026-09-15..15.10.2026")
    assert (r.start, r.end) == (D(2026, 9, 15), D(2026, 10, 15))
    assert [m[3] for m in r.months()] == [True, True]  # both months only partly inside
    weeks = parse_period("2026-09").weeks()
    assert weeks[0] == (D(2026, 8, 31), D(2026, 9, 6), True) and weeks[1][2] is False
    for bad in ("2026-13", "2026-Q5", "сентябрь", "2026-10-01..2026-09-01"):
        with pytest.raises(UsageError):
            parse_period(bad)


def test_scopes(world):
    assert parse_scope("region:Түркістан облысы").region == "KZ-61"
    assert parse_scope("country").level == "country"
    assert parse_scope("").level == "school"  # the fixture is a school installation
    school = parse_scope(f"school:{world['s1'].uid}")
    assert (school.level, school.region, school.name) == ("school", "KZ-61", "№1 мектеп")
    district = parse_scope("district:сайрам ауданы")
    assert district.region == "KZ-61"
    for bad in ("planet:Earth", "region:", "school:nope"):
        with pytest.raises(UsageError):
            parse_scope(bad)


# --- Legal Culture ------------------------------------------------------------------------

def test_lectures_per_month_with_failing_events(world):
    rep = report()
    sep = line(rep, "legal_culture.lectures", "2026-09")
    assert (sep.value, sep.held, sep.met) == (5, 7, True)
    L = world["lectures"]
    assert [f.uid for f in sep.failing] == [L["L3"].uid, L["L4"].uid]
    long, few = sep.failing
    assert (long.minutes, long.participants, few.participants) == (90, 25, 15)
    assert "90 minutes" in long.problems[0].render()
    assert "15 participants" in few.problems[0].render()
    oct_ = line(rep, "legal_culture.lectures", "2026-10")
    assert (oct_.value, oct_.held, oct_.met) == (1, 1, False)
    assert line(rep, "legal_culture.lectures", "2026-11").met is False  # over: nothing held
    assert line(rep, "legal_culture.lectures", "2026-12").met is None  # still running
    mc = line(rep, "legal_culture.master_classes", "2026-09")
    assert (mc.value, mc.held, mc.met, len(mc.failing)) == (1, 2, False, 1)
    failing = rows(rep, "lc_failing")
    assert [r[1] for r in failing] == ["master_class 2026-09-13", "lecture 2026-09-17", "lecture 2026-09-24",
                                       "seminar 2026-10-10"]


def test_a_two_month_seminar_counts_in_the_month_it_starts(world):
    autumn = line(report("2026-09-01..2026-10-31"), "legal_culture.seminars")
    assert (autumn.value, autumn.held, autumn.met) == (1, 2, False)
    assert "2 days" in autumn.failing[0].problems[0].render()
    assert line(report(), "legal_culture.seminars").met is None  # 2026 is not over: not yet failed
    sep = line(report("2026-09"), "legal_culture.seminars")
    assert (sep.value, sep.held) == (1, 1)
    oct_ = line(report("2026-10"), "legal_culture.seminars")
    assert (oct_.value, oct_.held) == (0, 1)  # only the one-day seminar of 10 October
    # Its 25 selected count as participants; the 2 not selected do not.
    kinds = {r[0]: r for r in rows(report("2026-09"), "lc_kinds")}
    assert kinds["Семинар"][3:5] == [25, 25]


def test_consultations_per_week(world):
    rep = report("2026-09")
    assert line(rep, "legal_culture.consultations", week=D(2026, 9, 7)).value == 2
    assert line(rep, "legal_culture.consultations", week=D(2026, 9, 7)).met is True
    assert line(rep, "legal_culture.consultations", week=D(2026, 9, 14)).met is False
    assert line(rep, "legal_culture.consultations", week=D(2026, 8, 31)).met is None  # partial week
    appointments = {r[0]: r[1:] for r in rows(rep, "lc_appointments")}
    assert appointments == {"held": [2, 2], "missed": [1, 1]}


def test_people_covered_unique_not_attendances(world):
    rep = report()
    covered = line(rep, "legal_culture.people_covered_region")
    # P01–P30 once each (not P31, deleted; not the applicants), plus the webinar's 100 without names.
    assert (covered.value, covered.met) == (130, None)  # under 8,000, but the year is not over
    kinds = {r[0]: r for r in rows(rep, "lc_kinds")}
    lectures = kinds["Дәріс / кездесу"]
    # L1 20, L2 20, L3 25, L4 15, L5 20, L6 20, L9 20, L10 20 attendances; 30 people.
    assert lectures[1:5] == [8, 6, 160, 30]
    total = rows(rep, "lc_kinds")[-1]
    assert total[0] == "Total" and total[4] == 30
    breakdown = {r[0]: r[1:] for r in rows(rep, "by_sex")}
    assert breakdown["Total"][0] == sum(v[0] for k, v in breakdown.items() if k != "Total")


def test_country_counts_people_once_and_each_region_its_own(world):
    rep = report(scope="country")
    assert line(rep, "legal_culture.people_covered").value == 130  # P01–P20 also came in KZ-75
    assert line(rep, "legal_culture.people_covered_region", region="KZ-61").value == 130
    assert line(rep, "legal_culture.people_covered_region", region="KZ-75").value == 20
    assert line(rep, "legal_culture.people_covered_region", region="KZ-10").value == 0
    assert line(rep, "legal_culture.lectures", "2026-09", region="KZ-75").held == 1
    assert line(rep, "legal_culture.consultants", region="KZ-75").value == 1
    assert line(rep, "legal_culture.trainers").met is False  # 1 of more than 500
    assert len(rep.lines("legal_culture.lectures")) == 20 * 12


def test_deleted_and_other_regions_are_not_counted(world):
    rep = report("2026-09")
    uids = {f.uid for x in rep.lines("legal_culture.lectures") for f in x.failing}
    assert world["lectures"]["L7"].uid not in uids
    assert line(rep, "legal_culture.lectures", "2026-09").held == 7  # not L7 (deleted), not L8 (KZ-75)
    by_region = report("2026-09", "region:KZ-75")
    assert line(by_region, "legal_culture.lectures", "2026-09").held == 1
    assert line(by_region, "legal_culture.people_covered_region").value == 20


def test_trainers_and_consultants(world):
    rep = report()
    consultants = line(rep, "legal_culture.consultants")
    assert (consultants.value, consultants.met) == (2, True)
    trainers = line(rep, "legal_culture.trainers")
    assert (trainers.value, trainers.met) == (1, None)  # a national target is not judged in a region


def test_region_override_of_a_target(world):
    assert effective_target("legal_culture.lectures", "KZ-61").value == 5
    spec = set_target("legal_culture.lectures", "KZ-61", 6)
    assert (spec.value, spec.overridden, spec.region) == (6, True, "KZ-61")
    assert effective_target("legal_culture.lectures", "KZ-75").value == 5
    sep = line(report(), "legal_culture.lectures", "2026-09")
    assert (sep.value, sep.target.value, sep.met) == (5, 6, False)
    set_target("legal_culture.lectures", "KZ-61", 4)  # changes the same row
    from app.models import Target
    assert Target.live().where(Target.indicator == "legal_culture.lectures").count() == 1
    set_target("legal_culture.lectures", "KZ-61", None)
    assert effective_target("legal_culture.lectures", "KZ-61").overridden is False
    with pytest.raises(UsageError):
        set_target("no.such", "KZ-61", 1)


def test_school_scope_judges_no_region_targets(world):
    rep = report("2026-09", "")  # this installation's own school
    # This school's installation made every event here without an organiser: all are its own,
    # L8 in KZ-75 too (deleted L7 still not).
    sep = line(rep, "legal_culture.lectures", "2026-09")
    assert sep.held == 8 and sep.met is None
    other = report("2026-09", f"school:{world['s1'].uid}")  # organised nothing
    assert line(other, "legal_culture.lectures", "2026-09").held == 0


# --- Debate, contests, aid, mass actions, breakdowns ---------------------------------------

def test_contests_by_nomination_and_age_group(world):
    rep = report("2026-09")
    table = rows(rep, "contests")
    assert table[:5] == [["Мобильді фото", "Фото", "7-10", 1, 1, 1], ["Мобильді фото", "Фото", "11-13", 1, 1, 1],
                         ["Мобильді фото", "Фото", "14-17", 1, 1, 0], ["Мобильді фото", "Эссе", "7-10", 1, 1, 0],
                         ["Мобильді фото", "All nominations", "", 4, 3, 2]]
    assert line(rep, "contests.participants").value == 3 and line(rep, "contests.winners").value == 2


def test_debate_teams_and_debaters_per_league(world):
    rep = report("2026-09")
    assert rows(rep, "debate_teams") == [["district stage", "Kazakh league", 2, 4],
                                         ["district stage", "Russian league", 1, 2], ["Total", "", 3, 5]]
    awards = rows(rep, "awards")
    assert awards[-1] == ["Total", "", 3] and ["Kazakh league", "Best speaker diploma", 1] in awards
    assert rows(rep, "debate_clubs")[-1] == ["Total", 2, 40]


def test_road_to_school(world):
    rep = report("2026")
    assert [line(rep, c).value for c in ("road.identified", "road.helped", "road.not_helped", "road.value",
                                         "road.twice")] == [3, 2, 1, 55000, 1]
    cats = {r[0]: r[1:] for r in rows(rep, "aid_categories")}
    assert cats["Аз қамтылған отбасы"] == [2, 1, 40000]
    assert cats["Көп балалы отбасы"] == [1, 1, 40000]
    assert cats["Жетім бала"] == [1, 1, 15000]  # C4 is an orphan too, but in KZ-75
    assert cats["Total"] == [3, 2, 55000]
    assert rows(rep, "aid_twice") == [["БалаC1 Тест", "№1 мектеп", "Мектеп формасы", 2, 40000]]
    items = {r[0]: r[1:] for r in rows(rep, "aid_items")}
    assert items["Total"] == [3, 2, 3, 55000]
    sponsors = rows(rep, "aid_sponsors")
    assert ["Демеуші ЖШС", 1, 1, 15000] in sponsors
    statuses = {r[0]: r[1:] for r in rows(rep, "aid_statuses")}
    assert statuses["approved"] == [1, 1, 5000]
    passport = {r[0]: r[1:] for r in rows(rep, "social_passport")}
    assert passport["Аз қамтылған отбасы"] == [2, 0, 2]


def test_mass_actions_and_breakdowns(world):
    rep = report("2026-09")
    mass = {r[0]: r[1:] for r in rows(rep, "mass_actions")}
    assert mass["Флешмоб"][:3] == [1, 1000, 1000] and mass["Total"][1] == 1100
    assert line(rep, "all.people").value == 30 and line(rep, "all.headcount").value == 1100
    ages = {r[0]: r[1:] for r in rows(rep, "by_age")}
    assert ages["14–17"] == [30, ages["Total"][1]]  # all born 2012-05-01: 14 on 30 September
    lang = {r[0]: r[1:] for r in rows(rep, "by_language")}
    assert lang["Kazakh"][0] == 30


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
    db = str(store.path)
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
    targets = run("--db", db, "report", "targets", "--set", "legal_culture.lectures=6", "--json")
    assert targets.returncode == 0, targets.stderr
    assert {r["code"]: r["value"] for r in json.loads(targets.stdout)}["legal_culture.lectures"] == 6


def test_a_school_counts_what_its_coordinator_recorded_whoever_organised_it(store):
    """A partner NGO's lecture recorded at the school is the school's work in the school's own report."""
    from app.models import Attendance, Event, Organisation, Person

    ngo = Organisation(kind="ngo", name="«Заң және қоғам» ҮЕҰ")
    ngo.save()
    lecture = Event(title="Жастар құқығы", programme="legal_culture", kind="lecture", start_date=dt.date(2026, 9, 8),
                    end_date=dt.date(2026, 9, 8), duration_minutes=45, organiser=ngo)
    lecture.save()
    for i in range(21):
        p = Person(surname=f"Оқушы{i}", name="Әлия")
        p.save()
        Attendance(event=lecture, person=p).save()
    rep = report("2026-09", "")  # the school's own scope
    assert line(rep, "legal_culture.lectures", "2026-09").held == 1
    assert line(rep, "legal_culture.people_covered_region").value == 21


def test_events_per_month_add_up_to_the_events_held(world):
    rep = report("2026")
    table = rows(rep, "events_by_month")
    months = [r for r in table if r[0] != "Total" and r[0] != "Барлығы"]
    assert [r[0] for r in months] == sorted(r[0] for r in months)
    assert sum(r[-2] for r in months) == table[-1][-2] == line(rep, "all.events").value
    assert all(sum(r[1:-2]) == r[-2] for r in months)  # the programmes add up to all events


def test_a_mistyped_district_is_refused_not_reported_as_zero(world):
    with pytest.raises(UsageError, match="No district"):
        report("2026-09", "district:Сайрам аудны")
    assert report("2026-09", "district:сайрам ауданы").scope.level == "district"  # any case
    assert report("2026-09", "district:Сарыағаш ауданы").scope.level == "district"  # in the reference data
