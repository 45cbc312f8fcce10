"""Databases made by every earlier schema version open, migrate and keep all their data.

The fixtures in tests/fixtures/ were made by ``tools/make_schema_fixtures.py``
with the ladder steps of that version only; each is copied to a temporary
folder first, so the committed files are never touched.
"""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.db import migrations
from app.db.store import close_database, open_database
from app.errors import DatabaseTooNew
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
VERSIONS = [v for v, _ in migrations.LADDER]
# Values compared before and after, where the table has the columns.
VALUES = {
    "installation": "SELECT id, role, name, region, district, coordinator, language, public_key, secret_key "
                    "FROM installation",
    "organisation": "SELECT uid, kind, name, region, district, stamp FROM organisation ORDER BY uid",
    "person": "SELECT uid, origin, stamp, surname, name, patronymic, birth_date, sex, iin, category, "
              "school_uid, grade FROM person ORDER BY uid",
    "event": "SELECT uid, title, programme, kind, start_date, end_date, headcount FROM event ORDER BY uid",
    "attendance": "SELECT uid, event_uid, person_uid, role, status FROM attendance ORDER BY uid",
    "aid_recipient": "SELECT uid, person_uid, family_categories, guardian FROM aid_recipient ORDER BY uid",
    "aid_given": "SELECT uid, recipient_uid, item, quantity, value_tenge, given_date FROM aid_given ORDER BY uid",
    "team": "SELECT uid, event_uid, name, league, coach_uid FROM team ORDER BY uid",
    "team_member": "SELECT uid, team_uid, person_uid, position FROM team_member ORDER BY uid",
    "import_log": "SELECT id, kind, source, sha256, summary FROM import_log ORDER BY id",
}


def fixture(version: int) -> Path:
    return FIXTURES / f"schema_v{version}.sqlite3"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def queries(version: int) -> dict[str, str]:
    """The VALUES queries that apply to a database of ``version``."""
    out = dict(VALUES)
    if version >= 3:
        out["peer"] = "SELECT * FROM peer ORDER BY 1"
        out["export_log"] = ("SELECT sequence, full, seen_from, seen_to, records, sha256, file_name, stored_path, "
                             "created_at FROM export_log ORDER BY 1")
        out["bundle_log"] = ("SELECT id, installation, sequence, full, sha256, status, imported_at, source, "
                             "summary FROM bundle_log ORDER BY 1")
    if version >= 4:
        out["certificate"] = ("SELECT uid, serial, kind, person_uid, recipient_name, issued_date, code "
                              "FROM certificate ORDER BY uid")
    if version >= 5:
        out.update({"ballot": "SELECT uid, winner, pm_uid, pm_score, mo_score FROM ballot ORDER BY uid",
                    "tournament": "SELECT uid, stage, leagues, score_step, seed FROM tournament ORDER BY uid",
                    "contest_work": "SELECT uid, nomination, place FROM contest_work ORDER BY uid",
                    "target": "SELECT indicator, region, value FROM target ORDER BY uid"})
    return out


def snapshot(path: Path) -> tuple[int, dict[str, int], dict[str, list]]:
    """(schema version, row counts of every table, the rows of ``queries``) read with plain sqlite3."""
    conn = sqlite3.connect(path)
    try:
        version = migrations.schema_version(conn)
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables(conn)}
        values = {t: conn.execute(sql).fetchall() for t, sql in queries(version).items()}
    finally:
        conn.close()
    return version, counts, values


@pytest.fixture
def copy_of(tmp_path):
    def make(version: int) -> Path:
        source = fixture(version)
        assert source.exists(), f"{source.name} missing: run tools/make_schema_fixtures.py"
        assert not Path(f"{source}-wal").exists(), "the fixture must be one self-contained file"
        target = tmp_path / f"school-v{version}.sqlite3"
        shutil.copyfile(source, target)
        return target
    return make


def test_there_is_a_small_fixture_for_every_version_of_the_ladder():
    for version in VERSIONS:
        path = fixture(version)
        assert path.exists(), f"{path.name} missing: run tools/make_schema_fixtures.py"
        assert path.stat().st_size < 200 * 1024
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            assert migrations.schema_version(conn) == version
            assert conn.execute("SELECT count(*) FROM person").fetchone()[0] >= 5
        finally:
            conn.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_database_of_every_version_opens_migrates_and_keeps_its_data(version, copy_of):
    from app.models import AidGiven, Attendance, Installation, Person, ReferenceItem

    path = copy_of(version)
    found, before, values = snapshot(path)
    assert found == version

    store = open_database(path)
    try:
        db = store.db
        assert migrations.schema_version(db.connection()) == migrations.LATEST
        assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        # Every row is still there, every value as it was.
        for table, count in before.items():
            if table == "reference_item":
                continue  # the shipped items are refreshed on open; the office's own are checked below
            after = db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert after == count, f"v{version}: {table} had {count} rows, now {after}"
        for table, sql in queries(version).items():
            assert db.execute_sql(sql).fetchall() == values[table], f"v{version}: {table} changed"
        # The model layer reads the old rows, and what the later steps derive is filled in.
        inst = Installation.get()
        assert store.installation_id == inst.id and inst.role == "school"
        people = {p.iin: p for p in Person.select()}
        teacher = people["860417403115"]
        assert (teacher.surname, teacher.name, teacher.patronymic) == ("Омарова", "Айгүл", "Бақытжанқызы")
        assert all(p.sort for p in people.values())  # v2 filled the sort string
        assert db.execute_sql("SELECT count(*) FROM person WHERE seen <> stamp").fetchone()[0] == 0  # v3
        assert Attendance.select().count() == 4
        statuses = sorted(g.status for g in AidGiven.select())
        assert "delivered" in statuses  # v1 rows were delivered (v2's default)
        assert ReferenceItem.get_or_none(kind="aid_items", code="bicycle").name_kk == "Велосипед"
        assert ReferenceItem.select().where(ReferenceItem.builtin == 1).count() > 20  # refreshed
        if version >= 4:
            from app.certificates.signing import code_is_valid
            from app.models import Certificate

            cert = Certificate.get()
            assert code_is_valid(inst.public_key, cert.code, cert.serial, cert.recipient_name, cert.kind,
                                 cert.issued_date)
        # The migrated database takes new work; its clock is past every old change.
        old_stamps = db.execute_sql("SELECT max(stamp) FROM person").fetchone()[0]
        assert store.clock.last >= old_stamps
        newcomer = Person(surname="Бекболатов", name="Дәурен")
        newcomer.save()
        assert newcomer.stamp > old_stamps
    finally:
        close_database(store)

    copies = sorted(path.parent.glob(f"{path.stem}.v{version}-before-migration-*.sqlite3"))
    if version == migrations.LATEST:
        assert copies == []  # nothing to migrate, nothing copied
    else:
        assert len(copies) == 1, "a copy is taken before migrating"
        copy_version, copy_counts, copy_values = snapshot(copies[0])
        assert (copy_version, copy_counts, copy_values) == (version, before, values)
    # Opening again migrates nothing and copies nothing more.
    close_database(open_database(path))
    assert len(list(path.parent.glob(f"{path.stem}.v*-before-migration-*"))) == len(copies)


def test_database_from_a_newer_version_is_refused_and_left_byte_identical(copy_of):
    path = copy_of(migrations.LATEST)
    conn = sqlite3.connect(path)  # as the next version of Tirkeu would leave it
    conn.execute("CREATE TABLE next_feature (uid TEXT PRIMARY KEY, note TEXT)")
    conn.execute("INSERT INTO next_feature VALUES ('x', 'келешек')")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.commit()
    conn.close()
    files = sorted(p.name for p in path.parent.iterdir())
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as err:
        open_database(path)
    assert "newer version" in str(err.value) and "not changed" in str(err.value)
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == files  # no -wal, -shm or copy beside it


def test_newer_database_is_refused_by_the_command_line(copy_of):
    import os
    import subprocess
    import sys

    path = copy_of(migrations.LATEST)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.commit()
    conn.close()
    before = digest(path)
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(path), "info"], capture_output=True,
                            text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "newer version" in result.stderr
    assert digest(path) == before


@pytest.mark.parametrize("version", [v for v in VERSIONS if v < 7])
def test_search_text_of_older_databases_is_folded_again(version, copy_of):
    """v7 folds Kazakh letters to Russian ones: what older versions stored is made again on opening."""
    from app.models import Event, Organisation, Person
    from app.people.listing import PEOPLE

    path = copy_of(version)
    conn = sqlite3.connect(path)
    try:
        stored = [r[0] for r in conn.execute("SELECT search FROM person UNION ALL SELECT search FROM event")]
    finally:
        conn.close()
    assert any(ch in "әғқңөұүһі" for text in stored for ch in text)  # as the older fold kept them
    store = open_database(path)
    try:
        for model in (Person, Event, Organisation):
            records = list(model.select())
            assert records and all(r.search == model.search_of(r.__data__) for r in records)
            assert not any(ch in "әғқңөұүһі" for r in records for ch in r.search)
        # Typed without the Kazakh layout, the pupil Сейітқали Нұрсұлтан is found; typed with it, too.
        for typed in ("нурсултан", "НҰРСҰЛТАН", "сейиткали нурс"):
            assert [Person.get_by_id(uid).name for uid in PEOPLE.ids(typed)] == ["Нұрсұлтан"], typed
        indexes = {r[0] for r in store.db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "person_search" in indexes
        # Only the local search text changed: nothing is stamped anew, so nothing is sent again.
        if version >= 3:
            assert store.db.execute_sql("SELECT count(*) FROM person WHERE seen <> stamp").fetchone()[0] == 0
    finally:
        close_database(store)


@pytest.mark.parametrize("version", [v for v in VERSIONS if v >= 5])
def test_tournaments_of_older_databases_get_rooms_and_motions(version, copy_of):
    """v8 adds a tournament's named rooms and the motion of each round; older tournaments keep their draw."""
    from app.models import Tournament
    from app.tournaments.motions import motion_of, set_motion
    from app.tournaments.rooms import named_rooms
    from app.tournaments.rounds import draw_rows

    store = open_database(copy_of(version))
    try:
        t = Tournament.get()
        rows = draw_rows(t, "kk", 1)
        assert [(r.room, r.gov, r.opp, r.code) for r in rows] == [("12", "Қыран", "Сұңқар", "R1-K-01")]
        if version >= 8:
            assert named_rooms(t) == ["12", "14", "Акт залы"]
            assert motion_of(t, "kk", 1).text == "Мектептерде ұялы телефонға тыйым салу керек"
        else:
            assert named_rooms(t) == [] and motion_of(t, "kk", 1) is None
            set_motion(t, "kk", 2, "Бұл палата үй тапсырмасын жояды")
            assert motion_of(t, "kk", 2).text == "Бұл палата үй тапсырмасын жояды"
    finally:
        close_database(store)


@pytest.mark.parametrize("version", [v for v in VERSIONS if v >= 5])
def test_tournaments_of_older_databases_get_iron_person_and_least_rounds(version, copy_of):
    """v9 adds iron person and the least rounds for speakers ranked by average; older tournaments get them off/0."""
    from app.models import Tournament
    from app.tournaments.context import rule_settings
    from app.tournaments.setup import settings_of, update_tournament

    store = open_database(copy_of(version))
    try:
        t = Tournament.get()
        rules = rule_settings(t)
        if version >= 9:
            assert rules.iron_person and rules.speaker_min_rounds == 2
        else:
            assert not rules.iron_person and rules.speaker_min_rounds == 0
            s = settings_of(t)
            s.iron_person, s.speaker_min_rounds = True, 3
            update_tournament(t, s)
            again = Tournament.get()
            assert again.iron_person and again.speaker_min_rounds == 3
    finally:
        close_database(store)


@pytest.mark.parametrize("version", [v for v in VERSIONS if v >= 5])
def test_tournaments_of_older_databases_get_per_round_absences(version, copy_of):
    """v10 adds the teams' per-round absences; older tournaments have nobody away and can mark a team away."""
    from app.models import Team, Tournament
    from app.tournaments.availability import absences, absent_in, set_absent

    store = open_database(copy_of(version))
    try:
        t = Tournament.get()
        team = Team.get(Team.name == "Сұңқар")
        if version >= 10:
            assert absences(t) == {team.uid: [2]} and absent_in(t, 2) == {team.uid}
        else:
            assert absences(t) == {}
            set_absent(t, team, 3)
            assert absent_in(Tournament.get(), 3) == {team.uid}
    finally:
        close_database(store)


@pytest.mark.parametrize("version", [v for v in VERSIONS if v >= 5])
def test_older_databases_get_ratings_panel_sizes_and_categories(version, copy_of):
    """v11 adds adjudicators' ratings, panel sizes, the category break and team / speaker categories.

    Older adjudicators are rated 5.0, tournaments keep one adjudicator per qualifying debate (three in
    eliminations) and no category break, and every team and speaker is open; all can then be set.
    """
    from app.models import Adjudicator, Team, TeamMember, Tournament

    store = open_database(copy_of(version))
    try:
        t, judge = Tournament.get(), Adjudicator.get()
        team = Team.get(Team.name == "Қыран")
        members = list(TeamMember.select().where(TeamMember.team == team.uid).order_by(TeamMember.position))
        if version >= 11:
            assert judge.rating == 7.5
            assert (t.panel_size, t.elim_panel_size, t.category_break_size) == (3, 5, 2)
            assert team.category == "novice" and [m.category for m in members] == [None, "junior", None]
        else:
            assert judge.rating == 5.0
            assert (t.panel_size, t.elim_panel_size, t.category_break_size) == (1, 3, 0)
            assert team.category is None and all(m.category is None for m in members)
            judge.rating, t.panel_size, team.category = 8.5, 3, "junior"
            judge.save(), t.save(), team.save()
            assert Adjudicator.get().rating == 8.5 and Tournament.get().panel_size == 3
            assert Team.get(Team.name == "Қыран").category == "junior"
    finally:
        close_database(store)


@pytest.mark.parametrize(("table", "column", "value"), [
    ("adjudicator", "rating", 10.5), ("adjudicator", "rating", -1), ("adjudicator", "rating", "9"),
    ("tournament", "panel_size", 7), ("tournament", "elim_panel_size", 0),
    ("tournament", "category_break_size", 10**6)])
def test_a_bundle_with_a_v11_number_out_of_range_is_refused(table, column, value):
    """A rating or panel size from a bundle outside its range (or not a number) never reaches the database."""
    from app.sync.record_rules import Bad, check_record, specs

    spec = specs()[table]
    record = {"uid": "a" * 32, "origin": "b" * 32, "stamp": 5, column: value}
    record.update({c: "c" * 32 for c in spec.required if c not in record})
    with pytest.raises(Bad) as exc:
        check_record(spec, record)
    assert column in str(exc.value)
