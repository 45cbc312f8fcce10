"""Sync bundles end to end: schools → office, in every order, twice, tampered, encrypted."""
from __future__ import annotations

import json
import shutil

import pytest

from app.errors import UsageError
from app.ids import new_uid
from tests.sync_helpers import add_people, card, dump, export, import_, make, opened, resign, rewrite, trust_cards


@pytest.fixture
def world(tmp_path):
    """Three schools and an office that trust each other; schools encrypt to the office."""
    office = make(tmp_path, "office", "office")
    schools = [make(tmp_path, f"school{i}") for i in (1, 2, 3)]
    office_card = card(office, tmp_path)
    trust_cards(office, *[card(s, tmp_path) for s in schools])
    for s in schools:
        trust_cards(s, office_card)
    return {"office": office, "schools": schools, "dir": tmp_path}


def test_export_import_and_already_imported(world):
    school, office = world["schools"][0], world["office"]
    add_people(school, [("Әлібеков", "Ерлан"), ("Қасымова", "Інжу")])
    result = export(school, world["dir"] / "usb")
    assert result.sequence == 1 and result.encrypted and result.records == 3  # 2 people + the school
    assert result.path.name.startswith("school1-") and result.path.name.endswith("-1.tirkeu")
    first = import_(office, result.path)
    b = first.bundles[0]
    assert (b.status, b.created, b.rejected, b.conflicts) == ("imported", 3, [], [])
    before = dump(office)
    again = import_(office, result.path).bundles[0]
    assert again.status == "already imported" and dump(office) == before


def test_incremental_bundles_carry_only_changes_and_deletions_travel(world):
    from app.models import Person

    school, office = world["schools"][0], world["office"]
    (uid,) = add_people(school, [("Оспанов", "Дәулет")])
    b1 = export(school, world["dir"] / "b1")
    with opened(school):
        p = Person.get_by_id(uid)
        p.grade = "7"
        p.save()
        p.delete_softly()
    b2 = export(school, world["dir"] / "b2")
    assert b2.records == 1 and b2.sequence == 2
    import_(office, b2.path)  # the newer one first
    summary = import_(office, b1.path).bundles[0]  # the older arrives later
    assert summary.ignored == 1  # the old version of the person does not come back
    with opened(office):
        assert Person.get_by_id(uid).deleted


def test_any_order_gives_the_same_database(world, tmp_path):
    from app.models import Person

    a, b = world["schools"][:2]
    bundles = []
    (ua,) = add_people(a, [("Ақанов", "Бекзат")])
    add_people(b, [("Бөкеев", "Арман"), ("Иванова", "Мария")])
    bundles += [export(a, tmp_path / "x").path, export(b, tmp_path / "y").path]
    with opened(a):
        p = Person.get_by_id(ua)
        p.name = "Бекзат-Әли"
        p.save()
    bundles.append(export(a, tmp_path / "z").path)
    offices = []
    for i, order in enumerate((bundles, bundles[::-1], [bundles[1], bundles[2], bundles[0], bundles[2]])):
        office = tmp_path / f"office{i}.sqlite3"
        shutil.copy(world["office"], office)
        import_(office, *order)
        offices.append(dump(office))
    assert offices[0] == offices[1] == offices[2]
    with opened(tmp_path / "office1.sqlite3"):
        assert Person.get_by_id(ua).name == "Бекзат-Әли"


def test_gaps_are_reported_and_a_full_snapshot_covers_them(world, tmp_path):
    school, office = world["schools"][0], world["office"]
    paths = []
    for i in range(3):
        add_people(school, [(f"Тегі{i}", "Аты")])
        paths.append(export(school, tmp_path / f"s{i}").path)
    batch = import_(office, paths[0], paths[2])
    assert [(g.name, g.missing) for g in batch.gaps] == [("school1", [2])]
    full = export(school, tmp_path / "full", full=True)
    assert full.records == 4 and full.sequence == 4
    assert import_(office, full.path).gaps == []


def test_same_sequence_with_other_content_is_a_conflict_not_applied(world, tmp_path):
    school, office = world["schools"][0], world["office"]
    copy = tmp_path / "copy-of-school.sqlite3"
    shutil.copy(school, copy)
    add_people(school, [("Бір", "Адам")])
    add_people(copy, [("Басқа", "Адам")])
    one = export(school, tmp_path / "one").path
    other = export(copy, tmp_path / "other").path
    import_(office, one)
    before = dump(office)
    summary = import_(office, other).bundles[0]
    assert summary.status == "conflict" and "already imported with other content" in summary.reason
    assert dump(office) == before


def test_rewriting_an_earlier_sequence_gives_the_same_bytes(world, tmp_path):
    school = world["schools"][0]
    add_people(school, [("Нұрланов", "Айбек")])
    first = export(school, tmp_path / "a")
    add_people(school, [("Тағы", "Бір")])
    export(school, tmp_path / "b")
    again = export(school, tmp_path / "c", sequence=1)
    assert again.path.read_bytes() == first.path.read_bytes()


def test_unknown_sender_needs_trust_new_and_revoked_is_refused(world, tmp_path):
    office = world["office"]
    stranger = make(tmp_path, "stranger")
    add_people(stranger, [("Жаңа", "Мектеп")])
    bundle = export(stranger, tmp_path / "s", plaintext=True).path
    refused = import_(office, bundle).bundles[0]
    assert refused.status == "refused" and "not trusted yet" in refused.reason and refused.fingerprint is None
    accepted = import_(office, bundle, trust_new=True).bundles[0]
    assert accepted.status == "imported" and accepted.created == 2
    from app.sync.trust import revoke

    with opened(office):
        revoke(accepted.installation)
    add_people(stranger, [("Тағы", "Бірі")])
    later = import_(office, export(stranger, tmp_path / "t", plaintext=True).path).bundles[0]
    assert later.status == "refused" and "revoked" in later.reason


def test_bundle_encrypted_to_another_office_is_refused(world, tmp_path):
    other_office = make(tmp_path, "other-office", "office")
    school = make(tmp_path, "lonely")
    trust_cards(school, card(other_office, tmp_path))
    add_people(school, [("Құпия", "Бала")])
    bundle = export(school, tmp_path / "x").path
    trust_cards(world["office"], card(school, tmp_path))
    before = dump(world["office"])
    summary = import_(world["office"], bundle).bundles[0]
    assert summary.status == "refused" and "written for another installation" in summary.reason
    assert dump(world["office"]) == before


def test_no_office_key_needs_an_explicit_choice_to_write_in_clear(tmp_path):
    from app.sync.export import NeedsReceiver

    school = make(tmp_path, "solo")
    add_people(school, [("Ашық", "Файл")])
    with pytest.raises(NeedsReceiver) as err:
        export(school, tmp_path / "x")
    assert "keys trust" in str(err.value) and "--plaintext" in str(err.value)
    assert not list((tmp_path / "x").glob("*.tirkeu"))
    result = export(school, tmp_path / "x", plaintext=True)
    assert not result.encrypted and result.records == 2


@pytest.fixture
def plain_bundle(tmp_path):
    """An unencrypted bundle from a school the office trusts."""
    office = make(tmp_path, "office", "office")
    school = make(tmp_path, "school")
    trust_cards(office, card(school, tmp_path))
    add_people(school, [("Әлібеков", "Ерлан"), ("Қасымова", "Інжу")])
    return {"office": office, "school": school, "bundle": export(school, tmp_path / "b", plaintext=True).path,
            "dir": tmp_path}


def _refused(plain_bundle, path, words):
    before = dump(plain_bundle["office"])
    summary = import_(plain_bundle["office"], path).bundles[0]
    assert summary.status == "refused", summary
    assert words in summary.reason
    assert dump(plain_bundle["office"]) == before


def test_tampered_payload_is_refused(plain_bundle):
    def change(m):
        m["payload.jsonl"] = m["payload.jsonl"].replace("Ерлан".encode(), "Ержан".encode())
    bad = rewrite(plain_bundle["bundle"], plain_bundle["dir"] / "bad.tirkeu", change)
    _refused(plain_bundle, bad, "changed after it was signed")


def test_tampered_manifest_is_refused(plain_bundle):
    def change(m):
        m["manifest.json"] = m["manifest.json"].replace(b'"sequence": 1', b'"sequence": 9')
    bad = rewrite(plain_bundle["bundle"], plain_bundle["dir"] / "bad.tirkeu", change)
    _refused(plain_bundle, bad, "signature does not match")


@pytest.mark.parametrize("case,words", [
    ("truncated", "damaged or incomplete"), ("not_zip", "not a ZIP"), ("extra", "unexpected file"),
    ("missing", "incomplete"), ("traversal", "unexpected file"), ("absolute", "unexpected file"),
    ("bomb", "changed after it was signed"), ("newer_format", "newer Tirkeu"), ("newer_schema", "newer Tirkeu"),
])
def test_broken_bundles_are_refused_with_a_reason(plain_bundle, case, words):
    import zipfile

    src, out = plain_bundle["bundle"], plain_bundle["dir"] / f"{case}.tirkeu"
    data = src.read_bytes()
    if case == "truncated":
        out.write_bytes(data[: len(data) // 2])
    elif case == "not_zip":
        out.write_text("Сәлем, бұл bundle емес")
    elif case in ("extra", "traversal", "absolute"):
        name = {"extra": "notes.txt", "traversal": "../../evil.py", "absolute": "/etc/passwd"}[case]
        rewrite(src, out, lambda m: m.__setitem__(name, b"x"))
    elif case == "missing":
        rewrite(src, out, lambda m: m.pop("manifest.json.minisig"))
    elif case == "bomb":
        with zipfile.ZipFile(src) as zf:
            members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", members["manifest.json"])
            zf.writestr("manifest.json.minisig", members["manifest.json.minisig"])
            zf.writestr("payload.jsonl", b"\n" * (300 * 1024 * 1024))  # 300 MB of nothing, 300 KB packed
    else:
        key = "format_version" if case == "newer_format" else "schema_version"

        def change(m):
            manifest = json.loads(m["manifest.json"])
            manifest[key] = 99
            m["manifest.json"] = json.dumps(manifest).encode()
        rewrite(src, out, change)
        members = {}
        import zipfile as z
        with z.ZipFile(out) as zf:
            members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
        resign(plain_bundle["school"], members)
        with z.ZipFile(out, "w") as zf:
            for n, d in members.items():
                zf.writestr(n, d)
    _refused(plain_bundle, out, words)


def test_invalid_records_are_rejected_and_the_rest_imported(plain_bundle):
    def change(m):
        lines = m["payload.jsonl"].decode().splitlines()
        bad = json.loads(lines[-1])
        bad["record"]["birth_date"] = "2012-02-31"
        lines[-1] = json.dumps(bad, ensure_ascii=False)
        lines.append(json.dumps({"table": "person", "record": {"uid": "x1", "origin": bad["record"]["origin"],
                                                               "stamp": 5, "name": "No surname"}}))
        lines.append(json.dumps({"table": "passwords", "record": {}}))
        m["payload.jsonl"] = ("\n".join(lines) + "\n").encode()
        resign(plain_bundle["school"], m)
    bad = rewrite(plain_bundle["bundle"], plain_bundle["dir"] / "bad.tirkeu", change)
    summary = import_(plain_bundle["office"], bad).bundles[0]
    assert summary.status == "imported" and summary.created == 2
    reasons = " ".join(r["reason"] for r in summary.rejected)
    assert len(summary.rejected) == 3 and "birth_date" in reasons and "surname" in reasons and "table" in reasons


def test_school_cannot_send_records_of_another_installation(plain_bundle):
    def change(m):
        lines = m["payload.jsonl"].decode().splitlines()
        rec = json.loads(lines[-1])
        rec["record"]["origin"] = new_uid()
        lines[-1] = json.dumps(rec, ensure_ascii=False)
        m["payload.jsonl"] = ("\n".join(lines) + "\n").encode()
        resign(plain_bundle["school"], m)
    bad = rewrite(plain_bundle["bundle"], plain_bundle["dir"] / "bad.tirkeu", change)
    summary = import_(plain_bundle["office"], bad).bundles[0]
    assert any("own records" in r["reason"] for r in summary.rejected)


def test_office_holds_schools_records_but_does_not_edit_them(plain_bundle):
    from app.models import Person

    import_(plain_bundle["office"], plain_bundle["bundle"])
    with opened(plain_bundle["office"]):
        person = Person.select().where(Person.surname == "Әлібеков").get()
        person.name = "Өзгертілген"
        with pytest.raises(UsageError):
            person.save()


def test_office_consolidates_for_national_and_records_keep_origin(world, tmp_path):
    school, office = world["schools"][0], world["office"]
    (uid,) = add_people(school, [("Ұлттық", "Деңгей")])
    import_(office, export(school, tmp_path / "s").path)
    national = make(tmp_path, "national", "national")
    trust_cards(office, card(national, tmp_path))
    trust_cards(national, card(office, tmp_path))
    bundle = export(office, tmp_path / "o")
    assert bundle.records >= 3  # the office itself, the school and its person
    summary = import_(national, bundle.path).bundles[0]
    assert summary.status == "imported"
    from app.models import Person

    with opened(national), opened(school):
        pass
    with opened(national):
        person = Person.get_by_id(uid)
    with opened(school):
        from app.models import Installation
        assert person.origin == Installation.get().id


def test_review_lists_duplicates_and_aid_twice(world, tmp_path):
    import datetime as dt

    from app.models import AidGiven, AidRecipient, Person
    from app.sync.review import review

    a, b = world["schools"][:2]
    for school in (a, b):
        with opened(school):
            p = Person(surname="Екі", name="Мектепте", iin="120501600123", birth_date=dt.date(2012, 5, 1))
            p.save()
            r = AidRecipient(person=p, family_categories="orphan")
            r.save()
            AidGiven(recipient=r, item="bag", given_date=dt.date(2026, 8, 20)).save()
    import_(world["office"], export(a, tmp_path / "a").path, export(b, tmp_path / "b").path)
    with opened(world["office"]):
        found = review()
    assert len(found["duplicates"]) == 1 and found["duplicates"][0]["installations"] == 2
    assert len(found["aid_twice"]) == 1 and found["aid_twice"][0]["year"] == "2026"
