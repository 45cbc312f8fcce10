"""Make the upgrade fixtures: one small database per schema version of the ladder.

``tests/fixtures/schema_vN.sqlite3`` is built the way Tirkeu of schema N built
its databases: the ladder steps 1..N only (the released steps are never
edited, so they are the code of that version), WAL mode, then realistic rows
that are valid *for that version* — a school installation, its school and
partners, people with Kazakh names and valid IINs, events with attendance and
a consultation, an aid recipient with aid given, a debate team; from v2 a
social passport and aid statuses, from v3 a trusted office, an export and an
imported bundle, from v4 a signed certificate, from v5 a tournament with a
debate, from v8 its named rooms and a round's motion, from v9 its iron-person
and least-rounds settings, from v10 a team's absence from round 2, from v11
an adjudicator's rating, panel sizes, a novice break and team / speaker
categories.

Rows are written with plain SQL: each row names every column a later version
may have, and only the columns the table has at version N are written, with
the values that version's code gave them (``sort`` from v2, ``seen`` from v3,
``code`` from v4, ``search`` with Kazakh letters folded to Russian from v7).
Everything is deterministic (fixed keys, ids, dates), so
running the tool again gives the same data.

    python tools/make_schema_fixtures.py            # all versions, into tests/fixtures/
    python tools/make_schema_fixtures.py --out DIR

``tests/test_upgrades.py`` opens each file with the current code.  When a new
step is appended to the ladder, run this once more: it adds the new version's
file and leaves the older ones as they are (``--force`` rebuilds them).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sqlite3
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.db import migrations  # noqa: E402
from app.ids import pack_stamp  # noqa: E402
from app.text import fold, sort_text  # noqa: E402
from app.validation.iin import make_iin  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
# 1 KiB pages keep each file well under 200 KB (a table or index costs one page).
PAGE_SIZE = 1024
# When each version was current: the rows of schema N are dated within its time.
RELEASED = {1: dt.date(2025, 9, 1), 2: dt.date(2025, 11, 3), 3: dt.date(2026, 1, 12), 4: dt.date(2026, 3, 2),
            5: dt.date(2026, 11, 23)}


def released(version: int) -> dt.date:
    """The day rows of ``version`` are dated from (later versions: a month apart)."""
    last = max(RELEASED)
    return RELEASED.get(version) or RELEASED[last] + dt.timedelta(days=30 * (version - last))


def _fold_before_v7(text: str) -> str:
    """app.text.fold of schema v1–v6: NFC, case-folded, ё→е, spaces collapsed; Kazakh letters kept."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().replace("ё", "е").split())


class Maker:
    """Writes rows of one version with deterministic ids and stamps."""

    def __init__(self, conn: sqlite3.Connection, version: int) -> None:
        self.conn, self.version = conn, version
        self.rng = random.Random(f"tirkeu-fixture-v{version}")
        start = dt.datetime.combine(released(version), dt.time(9, 0), dt.UTC)
        self.ms = int(start.timestamp() * 1000)
        self.columns: dict[str, set[str]] = {}
        self.installation_id = self.uid()
        # The search text as that version folded it: before v7 Kazakh letters were kept (ә stayed ә).
        self.fold = fold if version >= 7 else _fold_before_v7

    def uid(self) -> str:
        """A UUIDv7-style id (as app.ids.new_uid makes) from a seeded generator."""
        self.ms += self.rng.randint(1_000, 90_000)
        rand = self.rng.getrandbits(80)
        value = (self.ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (rand >> 68 & 0xFFF) << 64
        value |= 0b10 << 62 | rand & ((1 << 62) - 1)
        return f"{value:032x}"

    def stamp(self) -> int:
        self.ms += self.rng.randint(200, 5_000)
        return pack_stamp(self.ms, 0)

    def has(self, table: str, column: str | None = None) -> bool:
        if table not in self.columns:
            self.columns[table] = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
        return bool(self.columns[table]) and (column is None or column in self.columns[table])

    def insert(self, table: str, row: dict) -> dict:
        """Insert the columns ``table`` has at this version; returns the row as written."""
        if not self.has(table):
            raise RuntimeError(f"table {table} does not exist at schema v{self.version}")
        row = {k: v for k, v in row.items() if k in self.columns[table]}
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
        return row

    def synced(self, table: str, **values) -> dict:
        """A synced record made here: uid, origin, stamp (and ``seen`` = stamp, as v3+ saved it)."""
        stamp = self.stamp()
        row = {"uid": self.uid(), "origin": self.installation_id, "stamp": stamp, "deleted": 0,
               "seen": stamp, **values}
        return self.insert(table, row)


def person_row(m: Maker, surname: str, name: str, patronymic: str | None, born: dt.date, sex: str,
               serial: int, **extra) -> dict:
    iin = make_iin(born, sex, serial)
    return m.synced("person", surname=surname, name=name, patronymic=patronymic,
                    birth_date=born.isoformat(), sex=sex, iin=iin,
                    search=m.fold(" ".join(p for p in (surname, name, patronymic or "", iin) if p)),
                    sort=sort_text(" ".join(p for p in (surname, name, patronymic or "") if p)),
                    **extra)


def fill(conn: sqlite3.Connection, version: int) -> dict[str, int]:
    """Write the rows of ``version``; returns how many rows each table got."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    m = Maker(conn, version)
    day = released(version)
    key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"fixture key v{version}".encode()).digest())
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    secret = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                               serialization.NoEncryption())
    region, district = "KZ-61", "Сайрам ауданы"

    school = m.synced("organisation", kind="school", name="№7 жалпы білім беретін мектеп",
                      region=region, district=district, locality="Ақсу ауылы",
                      address="Абай көшесі, 12", phone="+7 725 312 34 56",
                      search=m.fold("№7 жалпы білім беретін мектеп"))
    m.insert("installation", {
        "id": m.installation_id, "role": "school", "name": school["name"], "organisation_uid": school["uid"],
        "region": region, "district": district, "coordinator": "Әлібекова Гүлназ Серікқызы",
        "language": "kk", "created_at": f"{day.isoformat()}T09:00:00+00:00",
        "public_key": public, "secret_key": secret, "age_identity": None})
    ngo = m.synced("organisation", kind="ngo", name="«Заң және қоғам» қоғамдық бірлестігі", region=region,
                   phone="+7 701 555 12 12", search=m.fold("«Заң және қоғам» қоғамдық бірлестігі"),
                   activity="жалған жаңалықтар бойынша тренингтер", frequency="айына бір рет")
    sponsor = m.synced("organisation", kind="sponsor", name="«Шымкент Сүт» ЖШС", region=region,
                       search=m.fold("«Шымкент Сүт» ЖШС"))

    teacher = person_row(m, "Омарова", "Айгүл", "Бақытжанқызы", dt.date(1986, 4, 17), "F", 311,
                         category="teacher", school_uid=school["uid"], phone="+7 702 345 67 89",
                         region=region, district=district, qualifications="trainer")
    pupils = [
        person_row(m, "Сейітқали", "Нұрсұлтан", "Ерланұлы", dt.date(2011, 2, 3), "M", 1204,
                   category="pupil", school_uid=school["uid"], grade="9Ә", region=region,
                   consent_date=(day - dt.timedelta(days=20)).isoformat(), consent_by="Сейітқали Ерлан"),
        person_row(m, "Жұмабекова", "Әйгерім", "Талғатқызы", dt.date(2010, 11, 28), "F", 2231,
                   category="pupil", school_uid=school["uid"], grade="10А", region=region),
        person_row(m, "Қуанышбаев", "Бауыржан", None, dt.date(2011, 7, 14), "M", 3307,
                   category="pupil", school_uid=school["uid"], grade="9Ә", region=region),
        person_row(m, "Төлеуова", "Іңкәр", "Мұратқызы", dt.date(2014, 9, 1), "F", 4410,
                   category="pupil", school_uid=school["uid"], grade="5Б", region=region,
                   notes="Көп балалы отбасы"),
    ]
    parent = person_row(m, "Төлеуов", "Мұрат", "Жандосұлы", dt.date(1982, 1, 9), "M", 512,
                        category="parent", phone="+7 747 111 22 33", region=region)
    lecture = m.synced("event", title="Құқықтық мәдениет: жасөспірімдердің құқықтары",
                       programme="legal_culture", kind="lecture",
                       start_date=(day + dt.timedelta(days=3)).isoformat(),
                       end_date=(day + dt.timedelta(days=3)).isoformat(), start_time="14:00",
                       duration_minutes=45, place="Акт залы", format="in_person", language="kk",
                       region=region, district=district, organiser_uid=school["uid"], audience="9–10 сынып",
                       headcount=48, hc_pupils=42, hc_teachers=4, hc_parents=2, hc_girls=25, hc_boys=23,
                       search=m.fold("Құқықтық мәдениет: жасөспірімдердің құқықтары Акт залы"))
    m.synced("event_partner", event_uid=lecture["uid"], organisation_uid=ngo["uid"])
    for person, role in ((teacher, "trainer"), (pupils[0], "participant"), (pupils[1], "participant"),
                         (pupils[2], "participant")):
        m.synced("attendance", event_uid=lecture["uid"], person_uid=person["uid"], role=role, status="attended")
    consultation = m.synced("event", title="Заң кеңесі ата-аналарға", programme="legal_culture",
                            kind="consultation", start_date=(day + dt.timedelta(days=10)).isoformat(),
                            end_date=(day + dt.timedelta(days=10)).isoformat(), place="Кітапхана",
                            region=region, search=m.fold("Заң кеңесі ата-аналарға Кітапхана"))
    m.synced("appointment", event_uid=consultation["uid"], person_uid=parent["uid"],
             date=(day + dt.timedelta(days=10)).isoformat(), time_slot="15:30", topic="Алимент", status="booked")
    tournament = m.synced("event", title="«Жас көшбасшы» аудандық дебат турнирі", programme="youth_movement",
                          kind="debate_tournament", start_date=(day + dt.timedelta(days=14)).isoformat(),
                          end_date=(day + dt.timedelta(days=15)).isoformat(), place="№7 мектеп",
                          region=region, district=district, search=m.fold("«Жас көшбасшы» аудандық дебат турнирі"))
    team = m.synced("team", event_uid=tournament["uid"], name="Қыран", league="kk", school_uid=school["uid"],
                    coach_uid=teacher["uid"], category="novice")  # category: from v11
    for position, pupil in enumerate(pupils[:3], start=1):
        m.synced("team_member", team_uid=team["uid"], person_uid=pupil["uid"], position=position,
                 category="junior" if position == 2 else None)  # category: from v11
    recipient = m.synced("aid_recipient", person_uid=pupils[3]["uid"], family_categories="large_family,low_income",
                         guardian="Төлеуов Мұрат Жандосұлы", guardian_phone="+7 747 111 22 33",
                         address="Ақсу ауылы, Бейбітшілік көшесі, 4", school_uid=school["uid"], grade="5Б",
                         needs="мектеп формасы, сөмке", identified_date=(day - dt.timedelta(days=5)).isoformat())
    m.synced("aid_given", recipient_uid=recipient["uid"], item="bag", quantity=1, value_tenge=12500,
             sponsor_uid=sponsor["uid"], given_date=(day + dt.timedelta(days=1)).isoformat(),
             status="delivered", notes="«Мектепке жол» акциясы")
    if version >= 2:  # aid statuses came with v2
        m.synced("aid_given", recipient_uid=recipient["uid"], item="uniform", quantity=1, value_tenge=18000,
                 sponsor_uid=sponsor["uid"], given_date=(day + dt.timedelta(days=20)).isoformat(),
                 status="approved")
        for category, count in (("low_income", 37), ("large_family", 52)):
            m.synced("social_passport", school_uid=school["uid"], year=day.year, category=category, count=count)
    m.insert("import_log", {"kind": "participants", "source": "C:/Users/Гүлназ/Desktop/9-сынып.xlsx",
                            "sha256": hashlib.sha256(b"9-class").hexdigest(),
                            "imported_at": f"{day.isoformat()}T10:15:00",
                            "summary": json.dumps({"created": 4, "updated": 0, "rejected": 1})})
    # An item the office added to the reference data by hand (builtin = 0): never overwritten.
    m.insert("reference_item", {"kind": "aid_items", "code": "bicycle", "name_kk": "Велосипед",
                                "name_ru": "Велосипед", "name_en": "Bicycle", "data": "{}", "sort": 50,
                                "builtin": 0})
    m.insert("meta", {"key": "reference_hash", "value": f"schema-v{version}-fixture"})
    if version >= 3:  # sync tables came with v3
        office_key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"fixture office").digest())
        office_id = m.uid()
        m.insert("peer", {"id": office_id, "role": "office", "name": "Сайрам аудандық білім бөлімі",
                          "region": region, "district": district,
                          "public_key": office_key.public_key().public_bytes(
                              serialization.Encoding.Raw, serialization.PublicFormat.Raw),
                          "age_recipient": "age1" + "q" * 58, "source": "card",
                          "trusted_at": f"{day.isoformat()}T11:00:00+00:00"})
        seen = [r[0] for r in conn.execute("SELECT seen FROM person UNION ALL SELECT seen FROM event")]
        m.insert("export_log", {"sequence": 1, "full": 1, "seen_from": 0, "seen_to": max(seen),
                                "records": 24, "sha256": hashlib.sha256(b"bundle 1").hexdigest(),
                                "file_name": "tirkeu-school-0001.tirkeu", "stored_path": None,
                                "created_at": f"{(day + dt.timedelta(days=21)).isoformat()}T16:40:00+00:00"})
        # The office's bundle imported here (its reference data and trainers' events).
        m.insert("bundle_log", {"installation": office_id, "sequence": 3, "full": 0,
                                "sha256": hashlib.sha256(b"office bundle 3").hexdigest(), "status": "imported",
                                "imported_at": f"{(day + dt.timedelta(days=22)).isoformat()}T08:05:00+00:00",
                                "source": "tirkeu-office-0003.tirkeu",
                                "summary": json.dumps({"created": 0, "updated": 0, "unchanged": 0, "ignored": 0,
                                                       "rejected": 0, "conflicts": 0})})
    if version >= 4:  # signed certificates came with v4
        from app.certificates.signing import Signer, serial_prefix

        serial = f"{serial_prefix(m.installation_id)}-{day.year:04d}-00001"
        name = "Жұмабекова Әйгерім Талғатқызы"
        issued = (day + dt.timedelta(days=15)).isoformat()
        m.synced("certificate", serial=serial, kind="diploma", person_uid=pupils[1]["uid"],
                 event_uid=tournament["uid"], team_uid=team["uid"], recipient_name=name,
                 reason="I орын", language="kk", issued_date=issued, status="issued", times_printed=1,
                 code=Signer(secret).code(serial, name, "diploma", issued))
    if version >= 5:  # tournaments, contests and targets came with v5
        rival = m.synced("team", event_uid=tournament["uid"], name="Сұңқар", league="kk",
                         school_uid=school["uid"], coach_uid=teacher["uid"])
        for position, pupil in enumerate((pupils[3], parent), start=1):
            m.synced("team_member", team_uid=rival["uid"], person_uid=pupil["uid"], position=position)
        tour = m.synced("tournament", event_uid=tournament["uid"], stage="district", leagues="kk",
                        rounds=4, break_size=4, score_min=60.0, score_max=80.0, score_step=0.5,
                        low_point_wins=0, tiebreaks="wins,points,head_to_head,draw_strength",
                        speakers_rule="total", seed=7, rooms="12\n14\nАкт залы",  # rooms: from v8
                        iron_person=1, speaker_min_rounds=2,  # from v9
                        absences=json.dumps({rival["uid"]: [2]}),  # from v10
                        panel_size=3, elim_panel_size=5, category_break_size=2)  # from v11
        judge = m.synced("adjudicator", tournament_uid=tour["uid"], person_uid=teacher["uid"],
                         school_uid=ngo["uid"], rating=7.5)  # rating: from v11
        debate = m.synced("debate", tournament_uid=tour["uid"], league="kk", round=1, elimination=0,
                          position=1, room="12", gov_uid=team["uid"], opp_uid=rival["uid"], winner="gov",
                          decided="ballots")
        m.synced("debate_adjudicator", debate_uid=debate["uid"], adjudicator_uid=judge["uid"], chair=1)
        m.synced("ballot", debate_uid=debate["uid"], adjudicator_uid=judge["uid"], winner="gov",
                 pm_uid=pupils[0]["uid"], pm_score=75.5, mg_uid=pupils[1]["uid"], mg_score=74.0,
                 lo_uid=pupils[3]["uid"], lo_score=72.0, mo_uid=parent["uid"], mo_score=71.5,
                 status="active", entered_at=f"{(day + dt.timedelta(days=14)).isoformat()}T12:00:00")
        m.synced("award", event_uid=tournament["uid"], tournament_uid=tour["uid"], league="kk",
                 kind="best_speaker", title="Үздік спикер", rank=1, person_uid=pupils[0]["uid"])
        if version >= 8:  # rooms and motions came with v8
            m.synced("motion", tournament_uid=tour["uid"], league="kk", round=1,
                     text="Мектептерде ұялы телефонға тыйым салу керек",
                     info_slide="Қазақстанның бірқатар мектептерінде сабақ кезінде телефон жиналады.")
        photo = m.synced("event", title="Мобильді фотосурет байқауы", programme="youth_movement",
                         kind="contest", start_date=(day + dt.timedelta(days=5)).isoformat(),
                         end_date=(day + dt.timedelta(days=25)).isoformat(), format="remote",
                         region=region, search=m.fold("Мобильді фотосурет байқауы"))
        contest = m.synced("contest", event_uid=photo["uid"], nominations="Табиғат\nМенің мектебім",
                           age_groups="7-10,11-13,14-17", scoring="places", winners_up_to=3)
        m.synced("contest_work", contest_uid=contest["uid"], person_uid=pupils[2]["uid"], nomination="Табиғат",
                 title="Көктем", submitted=(day + dt.timedelta(days=9)).isoformat(), place=2)
        m.synced("target", indicator="legal_culture.people_covered", region=region, value=9000.0,
                 notes="Облыс өз жоспары")
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "AND name NOT LIKE 'sqlite_%' ORDER BY name")}


def build(version: int, out: Path) -> dict[str, int]:
    """Write the fixture of ``version`` to ``out`` (replacing it); returns its row counts."""
    steps = [(v, step) for v, step in migrations.LADDER if v <= version]
    if not steps or steps[-1][0] != version:
        raise SystemExit(f"schema v{version} is not in the ladder")
    out.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(out, isolation_level=None)
    try:
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode = wal")  # as every version of the program opened it
        conn.execute("PRAGMA foreign_keys = 1")
        for reached, step in steps:  # as migrations.migrate ran them
            conn.execute("BEGIN IMMEDIATE")
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(reached)}")
            conn.execute("COMMIT")
        conn.execute("BEGIN IMMEDIATE")
        counts = fill(conn, version)
        conn.execute("COMMIT")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise SystemExit(f"v{version}: foreign keys broken: {problems}")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()  # the last connection removes the -wal file: one self-contained file
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=FIXTURES, help="folder (default: tests/fixtures)")
    parser.add_argument("--force", action="store_true", help="rebuild files that exist already")
    args = parser.parse_args(argv)
    for version, _ in migrations.LADDER:
        path = args.out / f"schema_v{version}.sqlite3"
        if path.exists() and not args.force:
            print(f"{path.name}: kept ({path.stat().st_size // 1024} KB)")
            continue
        counts = build(version, path)
        rows = sum(n for t, n in counts.items() if t != "reference_item")
        print(f"{path.name}: {path.stat().st_size // 1024} KB, {rows} rows in {len(counts)} tables")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
