"""Realistic demo data: Kazakh and Russian names, real regions, every programme.

Everything goes through the same functions the window and the importer use
(validation included), so the demo also shows that those rules hold.
"""
from __future__ import annotations

import datetime as dt
import random
from typing import Any

from app.contests.core import add_work, create_contest
from app.db.store import current_store
from app.models import (
    Adjudicator,
    AidGiven,
    AidRecipient,
    Appointment,
    Attendance,
    Event,
    EventPartner,
    Installation,
    Person,
    Team,
    TeamMember,
    Tournament,
)
from app.organisations import find_or_create
from app.people.records import clean_person, upsert_person
from app.reference import load
from app.tournaments import context as ctx
from app.tournaments.attendees import refresh_attendance
from app.tournaments.results import BallotInput, enter_ballot
from app.tournaments.rounds import make_draw
from app.validation.iin import make_iin

KK_SURNAMES = ["Әлібеков", "Нұрланов", "Серіков", "Қасымов", "Жұмабаев", "Оспанов", "Төлеуов",
               "Ғабитов", "Смағұлов", "Құрманов", "Үсенов", "Ысқақов", "Бөкейханов", "Сәрсенбаев",
               "Тұрсынов", "Мұқанов", "Шәкенов", "Әбдірахманов", "Ізбасаров", "Қуанышев"]
RU_SURNAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов",
               "Морозов", "Волков", "Фёдоров"]
KK_MALE = ["Нұрсұлтан", "Әлихан", "Ерлан", "Дәулет", "Айбек", "Ерасыл", "Санжар", "Нұрислам",
           "Бекзат", "Мағжан", "Ілияс", "Өркен", "Ұлан", "Тимур", "Арман"]
KK_FEMALE = ["Аружан", "Әйгерім", "Айару", "Жансая", "Інжу", "Томирис", "Аяулым", "Ақбота",
             "Гүлназ", "Өмірзая", "Ұлжан", "Дана", "Меруерт", "Айша", "Сәуле"]
RU_MALE = ["Александр", "Дмитрий", "Максим", "Артём", "Иван", "Никита", "Сергей"]
RU_FEMALE = ["Анна", "Мария", "Екатерина", "Виктория", "Полина", "Дарья", "Алина"]
TOPICS = ["Құқықтық сауаттылық негіздері", "Тұтынушылардың құқықтары", "Кибербуллингтен қорғану",
          "Права несовершеннолетних", "Онлайн-алаяқтықтан сақтану", "Дербес деректерді қорғау"]


def _kk_patronymic(rng: random.Random, sex: str) -> str:
    return rng.choice(KK_MALE[:10]) + ("ұлы" if sex == "M" else "қызы")


def _ru_patronymic(rng: random.Random, sex: str) -> str:
    return rng.choice(["Сергеев", "Иванов", "Петров", "Андреев"]) + ("ич" if sex == "M" else "на")


def _person_row(rng: random.Random, category: str, school: str, serial: int) -> dict[str, Any]:
    sex = rng.choice("MF")
    kazakh = rng.random() < 0.75
    if kazakh:
        surname = rng.choice(KK_SURNAMES) + ("" if sex == "M" else "а")
        name = rng.choice(KK_MALE if sex == "M" else KK_FEMALE)
        patronymic = _kk_patronymic(rng, sex)
    else:
        surname = rng.choice(RU_SURNAMES) + ("" if sex == "M" else "а")
        name = rng.choice(RU_MALE if sex == "M" else RU_FEMALE)
        patronymic = _ru_patronymic(rng, sex)[:-2] + ("ович" if sex == "M" else "овна")
    if category == "pupil":
        birth = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    else:
        birth = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(12000))
    row = {"surname": surname, "name": name, "patronymic": patronymic, "birth_date": birth,
           "sex": sex, "category": category, "school": school,
           "grade": str(rng.randint(1, 11)) if category == "pupil" else None,
           "phone": f"+7 70{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"}
    if rng.random() < 0.9:
        row["iin"] = make_iin(birth, sex, 1000 + serial)
    return row


def make_demo(seed: int = 1, people: int = 300) -> dict[str, int]:
    """Add demo records to the set-up database; returns counts of what was added."""
    rng = random.Random(seed)
    inst = Installation.get()
    region = inst.region
    districts = next((r.get("districts") for r in load("regions") if r["code"] == region), None) or []
    district_names = [d["kk"] if isinstance(d, dict) else str(d) for d in districts] or [inst.district or ""]
    counts: dict[str, int] = {}
    with current_store().db.atomic():
        schools = [find_or_create("school", f"№{n} {kind}", region, rng.choice(district_names))
                   for n, kind in zip(rng.sample(range(1, 60), 6),
                                      ["жалпы білім беретін мектеп", "мектеп-гимназия",
                                       "мектеп-лицей", "средняя школа", "жалпы білім беретін мектеп",
                                       "мектеп-интернат"])]
        partners = [find_or_create("ngo", "«Заң және қоғам» ҚҚ", region),
                    find_or_create("partner", "Аудандық ішкі істер бөлімі", region)]
        sponsors = [find_or_create("sponsor", "«Береке» ЖШС", region),
                    find_or_create("business", "ИП «Ақ жол»", region)]
        persons: list[Person] = []
        for i in range(people):
            category = rng.choices(["pupil", "teacher", "parent", "employee"], [70, 12, 12, 6])[0]
            school = rng.choice(schools)
            person, _ = upsert_person(clean_person(_person_row(rng, category, school.name, i)), school)
            persons.append(person)
        counts["people"] = len(persons)
        pupils = [p for p in persons if p.category == "pupil"]
        adults = [p for p in persons if p.category != "pupil"]
        events = _events(rng, region, schools, partners, persons, pupils, adults)
        counts["events"] = len(events)
        counts["attendance"] = Attendance.live().count()
        counts["teams"] = _tournament(rng, region, schools, pupils, adults)
        counts["aid_recipients"] = _aid(rng, pupils, sponsors)
    return counts


def _attend(event: Event, people: list[Person], role: str = "participant",
            status: str = "attended") -> None:
    for person in people:
        Attendance(event=event, person=person, role=role, status=status).save()


def _events(rng, region, schools, partners, persons, pupils, adults) -> list[Event]:
    today = dt.date.today()
    events: list[Event] = []

    def make(title, programme, kind, days_ago, **kw) -> Event:
        start = today - dt.timedelta(days=days_ago)
        event = Event(title=title, programme=programme, kind=kind, start_date=start,
                      end_date=start + dt.timedelta(days=kw.pop("days", 1) - 1), region=region,
                      organiser=rng.choice(schools), language=kw.pop("language", "kk"), **kw)
        event.save()
        events.append(event)
        return event

    for i in range(6):
        lecture = make(f"Дәріс: {rng.choice(TOPICS)}", "legal_culture", "lecture", 10 + i * 12,
                       duration_minutes=rng.choice((40, 45, 60, 75)), start_time="15:00",
                       place="Мәжіліс залы", language=rng.choice(("kk", "ru")))
        listeners = rng.sample(persons, min(len(persons), rng.randint(15, 35)))
        speakers = [a for a in adults if a not in listeners][:1]
        _attend(lecture, listeners)
        _attend(lecture, speakers, role="speaker")
        EventPartner(event=lecture, organisation=rng.choice(partners)).save()
    for i in range(3):
        mc = make(f"Шебер-сынып: {rng.choice(TOPICS)}", "legal_culture", "master_class", 5 + i * 20,
                  duration_minutes=rng.choice((45, 60, 90)), place="Кітапхана")
        _attend(mc, rng.sample(persons, min(len(persons), rng.randint(10, 25))))
    consultation = make("Заң кеңесі (штаб)", "legal_culture", "consultation", 3, duration_minutes=30)
    for k, person in enumerate(rng.sample(persons, min(len(persons), 6))):
        Appointment(event=consultation, person=person, date=consultation.start_date,
                    time_slot=f"{10 + k}:00", topic=rng.choice(TOPICS),
                    status=rng.choice(("booked", "held", "missed"))).save()
    seminar = make("Аймақтық семинар: құқықтық мәдениет", "legal_culture", "seminar", 40, days=2,
                   duration_minutes=480, place="Аудандық мәдениет үйі")
    applicants = rng.sample(adults, min(len(adults), 30))
    _attend(seminar, applicants[:22], status="selected")
    _attend(seminar, applicants[22:], status="not_selected")
    for i in range(3):
        training = make(f"Медиасауаттылық тренингі: фейк жаңалықтар {i + 1}", "media_literacy",
                        "training", 15 + i * 25, duration_minutes=90, language=rng.choice(("kk", "ru")))
        _attend(training, rng.sample(persons, min(len(persons), rng.randint(12, 30))))
    make("«Мектепке жол» қайырымдылық жәрмеңкесі", "road_to_school", "campaign_action", 60,
         place="Мектеп ауласы", headcount=240, hc_pupils=150, hc_teachers=30, hc_parents=50, hc_others=10)
    make("«Заң — бәріне ортақ» флешмобы", "youth_movement", "flash_mob", 20, headcount=1288,
         hc_pupils=1000, hc_teachers=120, hc_parents=100, hc_others=68, hc_girls=560, hc_boys=440)
    contest = make("Мобильді фотография байқауы", "youth_movement", "contest", 30, format="remote")
    authors = rng.sample(pupils, min(len(pupils), 25))
    _attend(contest, authors)
    _contest(rng, contest, authors)
    return events


def _contest(rng, event: Event, authors: list[Person]) -> None:
    """Works and jury places of the demo contest (two nominations, seed 001's age groups)."""
    contest = create_contest(event.title, ["Табиғат", "Менің мектебім"], "7-10,11-13,14-17", event_uid=event.uid)
    for i, author in enumerate(authors):
        nomination = "Табиғат" if i % 2 else "Менің мектебім"
        add_work(contest, author.uid, nomination, f"Фото №{i + 1}", place=rng.choice([1, 2, 3, None, None, None]))


def _tournament(rng, region, schools, pupils, adults) -> int:
    start = dt.date.today() - dt.timedelta(days=2)
    event = Event(title="Аудандық пікірсайыс турнирі (АПФ)", programme="youth_movement",
                  kind="debate_tournament", start_date=start, end_date=start, region=region,
                  organiser=schools[0], language="kk", place="№1 мектеп")
    event.save()

    tournament = Tournament(event=event, stage="district", leagues="kk,ru", rounds=4, break_size=4, seed=7)
    tournament.save()
    for judge in rng.sample(adults, min(len(adults), 5)):
        Adjudicator(tournament=tournament, person=judge, school=judge.school_uid).save()
    free = list(pupils)
    rng.shuffle(free)
    teams = 0
    for league, count in (("kk", 8), ("ru", 4)):
        for n in range(count):
            if len(free) < 2:
                break
            school = rng.choice(schools)
            team = Team(event=event, name=f"{school.name.split()[0]}-{league.upper()}-{n + 1}",
                        league=league, school=school, coach=rng.choice(adults))
            team.save()
            for position in (1, 2):
                TeamMember(team=team, person=free.pop(), position=position).save()
            teams += 1
    refresh_attendance(event.uid)  # its debaters and adjudicators are the event's attendees
    _play(rng, tournament, rounds=2)
    return teams


def _play(rng, tournament, rounds: int) -> None:
    """Draw and decide the first rounds, so the demo shows standings."""
    for league in tournament.league_list:
        if len(ctx.team_values(tournament, league)) < 2:
            continue  # a small demo may have too few pupils for this league
        for round_no in range(1, rounds + 1):
            for debate in make_draw(tournament, league, round_no):
                if debate.opp_uid is None:
                    continue
                gov_uid = ctx.government(debate)
                gov = ctx.speakers_by_team([gov_uid])[gov_uid]
                opp = ctx.speakers_by_team([debate.opp_uid])[debate.opp_uid]
                scores = [rng.randrange(66, 78) for _ in range(4)]
                if scores[0] + scores[1] == scores[2] + scores[3]:
                    scores[0] += 1
                winner = "gov" if scores[0] + scores[1] > scores[2] + scores[3] else "opp"
                enter_ballot(tournament, debate, BallotInput(
                    winner=winner, speakers={"pm": gov[0], "mg": gov[1], "lo": opp[0], "mo": opp[1]},
                    scores=dict(zip(("pm", "mg", "lo", "mo"), scores))))


def _aid(rng, pupils, sponsors) -> int:
    cats = ["low_income", "large_family", "orphan", "no_parental_care", "other"]
    items = {"uniform": 25000, "shoes": 12000, "bag": 8000, "stationery": 5000, "textbooks": 15000}
    recipients = rng.sample(pupils, min(len(pupils), 30))
    for k, child in enumerate(recipients):
        chosen = rng.sample(cats[:4], rng.choice((1, 1, 2)))
        rec = AidRecipient(person=child, family_categories=",".join(chosen), school=child.school_uid,
                           grade=child.grade, guardian=f"{child.surname} (ата-анасы)",
                           guardian_phone=child.phone, address="Ауыл, Бейбітшілік к-сі, " + str(k + 1),
                           needs="мектеп формасы, сөмке", identified_date=dt.date.today() - dt.timedelta(days=90))
        rec.save()
        if k % 3 != 2:
            for item in rng.sample(list(items), 2):
                AidGiven(recipient=rec, item=item, quantity=1, value_tenge=items[item],
                         sponsor=rng.choice(sponsors), given_date=dt.date.today() - dt.timedelta(days=70)).save()
    return len(recipients)
