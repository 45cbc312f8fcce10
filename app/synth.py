"""Deterministic synthetic data at school, region and nation scale, for benchmarks.

Rows are generated lazily, table by table, from a seeded random generator, so
the nation scale (5 million attendance rows) never sits in memory, and the
benchmark can generate exactly the same rows again for its plain-sqlite3
baseline.  Records are written straight with ``executemany`` in one
transaction: the point is the database's own speed, not the forms'.
"""
from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.db.page_cache import bulk_page_cache
from app.db.store import close_database, open_database
from app.errors import UsageError
from app.i18n import Msg
from app.ids import pack_stamp
from app.installation import init_installation
from app.text import fold, sort_text
from app.validation.iin import make_iin

SCALES: dict[str, dict[str, int]] = {
    "school": {"regions": 1, "schools": 1, "people": 2_000, "events": 300, "attendance": 6_000,
               "aid": 100},
    "region": {"regions": 1, "schools": 400, "people": 100_000, "events": 20_000,
               "attendance": 400_000, "aid": 20_000},
    "nation": {"regions": 20, "schools": 8_000, "people": 1_000_000, "events": 200_000,
               "attendance": 5_000_000, "aid": 200_000},
}
REGIONS = ["KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35",
           "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71",
           "KZ-75", "KZ-79"]
SURNAMES = ["Әлібеков", "Нұрланов", "Серіков", "Қасымов", "Жұмабаев", "Оспанов", "Төлеуов",
            "Ғабитов", "Иванов", "Петров", "Смағұлов", "Құрманов", "Үсенов", "Ысқақов", "Һашимов"]
NAMES_M = ["Нұрсұлтан", "Әлихан", "Ерлан", "Дәулет", "Айбек", "Ерасыл", "Санжар", "Іңкәр", "Алексей"]
NAMES_F = ["Аружан", "Әйгерім", "Айару", "Жансая", "Інжу", "Томирис", "Аяулым", "Ақбота", "Мария"]
KINDS = [("legal_culture", "lecture"), ("legal_culture", "master_class"),
         ("legal_culture", "consultation"), ("legal_culture", "seminar"),
         ("media_literacy", "training"), ("youth_movement", "contest"),
         ("road_to_school", "campaign_action"), ("youth_movement", "flash_mob")]
EPOCH_MS = 1_767_225_600_000  # 2026-01-01, so uids and stamps do not depend on today
SYNC = ("uid", "origin", "stamp", "deleted", "seen")


@dataclass
class TableRows:
    """One table's columns and a factory of its rows (callable again for the same rows)."""

    table: str
    columns: tuple[str, ...]
    rows: Callable[[], Iterator[tuple[Any, ...]]]
    count: int


def _uid(rng: random.Random, ms: int) -> str:
    return f"{ms:012x}7{rng.getrandbits(12):03x}{(0b10 << 62) | rng.getrandbits(62):016x}"


def _uids(seed: int, salt: str, n: int) -> list[str]:
    rng = random.Random(f"{seed}-{salt}")
    return [_uid(rng, EPOCH_MS + i) for i in range(n)]


def plan(scale: str, seed: int, origin: str) -> list[TableRows]:
    """The tables of a synthetic data set, parents before children."""
    if scale not in SCALES:
        raise UsageError(Msg("CLI", "Unknown scale {scale}: use school, region or nation.", scale=scale))
    size = SCALES[scale]
    regions = REGIONS[: size["regions"]]
    schools = _uids(seed, "org", size["schools"])
    people = _uids(seed, "person", size["people"])
    events = _uids(seed, "event", size["events"])
    recipients = _uids(seed, "aid", size["aid"])
    start = dt.date(2026, 1, 1)

    def stamp(i: int) -> int:
        return pack_stamp(EPOCH_MS + i, 0)

    def org_rows() -> Iterator[tuple]:
        for i, uid in enumerate(schools):
            name = f"№{i + 1} мектеп"
            yield (uid, origin, stamp(i), 0, stamp(i), "school", name, regions[i % len(regions)],
                   f"Аудан {i % 17 + 1}", fold(name))

    def person_rows() -> Iterator[tuple]:
        rng = random.Random(f"{seed}-people")
        for i, uid in enumerate(people):
            sex = "M" if rng.random() < 0.5 else "F"
            surname = rng.choice(SURNAMES) + ("" if sex == "M" else "а")
            name = rng.choice(NAMES_M if sex == "M" else NAMES_F)
            birth = dt.date(2006, 1, 1) + dt.timedelta(days=rng.randrange(4000))
            iin = make_iin(birth, sex, i % 9000)
            school = schools[i % len(schools)]
            yield (uid, origin, stamp(i), 0, stamp(i), surname, name, None, birth.isoformat(), sex, iin,
                   "pupil", school, str(rng.randint(1, 11)), regions[i % len(regions)],
                   fold(f"{surname} {name} {iin}"), sort_text(f"{surname} {name}"))

    def event_rows() -> Iterator[tuple]:
        rng = random.Random(f"{seed}-events")
        for i, uid in enumerate(events):
            programme, kind = KINDS[i % len(KINDS)]
            day = start + dt.timedelta(days=rng.randrange(330))
            end = day + dt.timedelta(days=1 if kind == "seminar" else 0)
            title = f"{kind} {i + 1}"
            yield (uid, origin, stamp(i), 0, stamp(i), title, programme, kind, day.isoformat(), end.isoformat(),
                   rng.choice((40, 45, 60, 90)), regions[i % len(regions)], schools[i % len(schools)],
                   rng.choice(("kk", "ru")), fold(title))

    def attendance_rows() -> Iterator[tuple]:
        rng = random.Random(f"{seed}-attendance")
        n_people, per_event = len(people), max(1, size["attendance"] // len(events))
        salt = random.Random(f"{seed}-attendance-uid")
        i = 0
        for _e, event in enumerate(events):
            base = rng.randrange(n_people)
            for k in range(per_event):
                person = people[(base + k * 7919) % n_people]
                yield (_uid(salt, EPOCH_MS + i), origin, stamp(i), 0, stamp(i), event, person, "participant",
                       "attended")
                i += 1

    def aid_rows() -> Iterator[tuple]:
        rng = random.Random(f"{seed}-aid")
        cats = ("low_income", "large_family", "orphan", "no_parental_care")
        for i, uid in enumerate(recipients):
            yield (uid, origin, stamp(i), 0, stamp(i), people[(i * 5) % len(people)], rng.choice(cats),
                   schools[i % len(schools)])

    per_event = max(1, size["attendance"] // len(events))
    return [
        TableRows("organisation", SYNC + ("kind", "name", "region", "district", "search"),
                  org_rows, len(schools)),
        TableRows("person", SYNC + ("surname", "name", "patronymic", "birth_date", "sex", "iin",
                                    "category", "school_uid", "grade", "region", "search", "sort"),
                  person_rows, len(people)),
        TableRows("event", SYNC + ("title", "programme", "kind", "start_date", "end_date",
                                   "duration_minutes", "region", "organiser_uid", "language",
                                   "search"), event_rows, len(events)),
        TableRows("attendance", SYNC + ("event_uid", "person_uid", "role", "status"),
                  attendance_rows, per_event * len(events)),
        TableRows("aid_recipient", SYNC + ("person_uid", "family_categories", "school_uid"),
                  aid_rows, len(recipients)),
    ]


def insert_sql(t: TableRows) -> str:
    """The INSERT statement for one planned table."""
    return (f"INSERT INTO {t.table} ({', '.join(t.columns)}) "
            f"VALUES ({', '.join('?' * len(t.columns))})")


def write_rows(conn, tables: list[TableRows], batch: int = 50_000) -> int:
    """Insert every planned row in one transaction; returns the row count."""
    total = 0
    conn.execute("BEGIN")
    try:
        for t in tables:
            sql = insert_sql(t)
            chunk: list[tuple] = []
            for row in t.rows():
                chunk.append(row)
                if len(chunk) >= batch:
                    conn.executemany(sql, chunk)
                    total += len(chunk)
                    chunk.clear()
            conn.executemany(sql, chunk)
            total += len(chunk)
            # The rows carry their own change numbers: the counter must be past them, or the
            # next bundle would leave them out (app/db/changes.py).
            conn.execute(f"UPDATE change_clock SET seen = max(seen, (SELECT coalesce(max(seen), 0) "
                         f"FROM {t.table}))")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return total


def make_synthetic(path: Path | str, scale: str, seed: int) -> dict[str, Any]:
    """Create a set-up database at ``path`` filled with synthetic data; returns figures."""
    path = Path(path)
    if path.exists():
        raise UsageError(Msg("CLI", "{path} already exists; synth makes a new database.", path=str(path)))
    store = open_database(path)
    try:
        inst = init_installation("office", "Synthetic office", REGIONS[0],
                                 installation_id=_uids(seed, "installation", 1)[0])
        tables = plan(scale, seed, inst.id)
        conn = store.db.connection()
        began = time.perf_counter()
        with bulk_page_cache(conn):  # the program's own bulk-write setting, as an office import uses
            rows = write_rows(conn, tables)
        seconds = time.perf_counter() - began
    finally:
        close_database(store)
    return {"scale": scale, "seed": seed, "rows": rows, "seconds": round(seconds, 3),
            "rows_per_s": round(rows / seconds) if seconds else None}
