"""Reports and indicators against the hand-built database of tests/reports_world.py (every figure known)."""
from __future__ import annotations

import datetime as dt

import pytest

from app.errors import UsageError
from app.reports import effective_target, parse_period, parse_scope, set_target
from tests.reports_world import D, line, report, rows, world  # noqa: F401 (world is a fixture)

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


def test_region_override_of_a_target(world, store):
    from app.errors import UsageError

    with pytest.raises(UsageError, match="region office"):
        set_target("legal_culture.lectures", "KZ-61", 6)  # a school receives targets, never sets them
    store.db.execute_sql("UPDATE installation SET role = 'office'")
    with pytest.raises(UsageError, match="its own region"):
        set_target("legal_culture.lectures", "KZ-75", 6)
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


def test_aid_children_are_placed_by_their_schools_region_else_their_own(world):
    """A region's children: those of its schools; of a school without a region (or none on record, nor on the
    person), those whose own region it is; never those of another region's school, whatever their own."""
    from app.models import AidRecipient
    from tests.reports_world import org, person

    before = line(report("2026"), "road.identified").value
    other_before = line(report("2026", "region:KZ-75"), "road.identified").value
    nowhere = org("Аймақсыз мектеп", "school", region=None)
    elsewhere = org("№9 мектеп", "school", region="KZ-75")
    cases = [("Аймақсыз", dict(school=nowhere, region="KZ-61"), True),  # school without a region: the child's
             ("Аймақсыз2", dict(school=nowhere, region="KZ-75"), False),
             ("Басқада", dict(school=elsewhere, region="KZ-61"), False),  # another region's school decides
             ("Мектепсіз", dict(school=None, region="KZ-61"), True),  # no school at all: the child's own region
             ("Мектебі", dict(school=world["s1"]), None)]  # the record names no school: the person's school's
    for surname, where, _ in cases:
        child = person(surname, **where)
        AidRecipient(person=child, family_categories="orphan", school=None if surname == "Мектебі" else
                     where.get("school"), identified_date=dt.date(2026, 8, 1)).save()
    counted = line(report("2026"), "road.identified").value
    assert counted == before + 3  # Аймақсыз, Мектепсіз and Мектебі
    assert line(report("2026", "region:KZ-75"), "road.identified").value == other_before + 2  # Аймақсыз2, Басқада
    assert line(report("2026", "country"), "road.identified").value == counted + 1 + 2  # C4, Аймақсыз2, Басқада


def test_pupils_per_school_are_the_same_through_the_school_index(world, monkeypatch):
    """A scope holding few of the file's schools (a region on the national file) counts their pupils
    through the school index; one holding most reads every person once: the same passport either way."""
    from app.reports.data import Working
    from tests.reports_world import person

    school = world["s1"]
    person("Мұғалім", school=school, category="teacher")  # not a pupil
    gone = person("Кеткен", school=school)
    gone.deleted = True
    gone.save()
    monkeypatch.setattr(Working, "WIDE_SHARE", 10**6)  # every scope "holds most": one pass over people
    wide = {scope: rows(report("2026", scope), "social_passport") for scope in ("region:KZ-61", "country")}
    monkeypatch.setattr(Working, "WIDE_SHARE", 0)  # every scope "holds few": the school index
    narrow = {scope: rows(report("2026", scope), "social_passport") for scope in ("region:KZ-61", "country")}
    assert narrow == wide
    # P01…P30 and the aid children C1…C3 of KZ-61 (P31 deleted), C4 of KZ-75 in the country
    assert (wide["region:KZ-61"][0][3], wide["country"][0][3]) == (33, 34)


def test_mass_actions_and_breakdowns(world):
    rep = report("2026-09")
    mass = {r[0]: r[1:] for r in rows(rep, "mass_actions")}
    assert mass["Флешмоб"][:3] == [1, 1000, 1000] and mass["Total"][1] == 1100
    assert line(rep, "all.people").value == 30 and line(rep, "all.headcount").value == 1100
    ages = {r[0]: r[1:] for r in rows(rep, "by_age")}
    assert ages["14–17"] == [30, ages["Total"][1]]  # all born 2012-05-01: 14 on 30 September
    lang = {r[0]: r[1:] for r in rows(rep, "by_language")}
    assert lang["Kazakh"][0] == 30


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
