"""The hand-built database of the report tests, whose every figure is known.

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

import datetime as dt

import pytest

from app.models import (
    AidGiven,
    AidRecipient,
    Appointment,
    Attendance,
    Award,
    Certificate,
    Contest,
    ContestWork,
    Event,
    Organisation,
    Person,
    Team,
    TeamMember,
    Tournament,
)
from app.reports import compute_indicators

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
