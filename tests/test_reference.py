"""Reference data in resources/reference and its lookups (app.reference), no Qt."""
from __future__ import annotations

import json
import re

import pytest

from app import reference
from app.errors import ValidationError

REGION_CODES = {
    "KZ-10": "Abai", "KZ-11": "Akmola", "KZ-15": "Aktobe", "KZ-19": "Almaty Region",
    "KZ-23": "Atyrau", "KZ-27": "West Kazakhstan", "KZ-31": "Jambyl", "KZ-33": "Jetisu",
    "KZ-35": "Karaganda", "KZ-39": "Kostanay", "KZ-43": "Kyzylorda", "KZ-47": "Mangystau",
    "KZ-55": "Pavlodar", "KZ-59": "North Kazakhstan", "KZ-61": "Turkistan", "KZ-62": "Ulytau",
    "KZ-63": "East Kazakhstan", "KZ-71": "Astana", "KZ-75": "Almaty city", "KZ-79": "Shymkent",
}
KINDS = ["regions", "programmes", "event_kinds", "social_categories", "family_categories",
         "aid_items", "attendance_roles", "organisation_kinds"]
# Kazakh text: Cyrillic letters (with the nine Kazakh ones), digits, spaces, punctuation.
KAZAKH_TEXT = re.compile(r"^[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9 .,()/«»\-№]+$")


def test_all_twenty_regions_with_three_names():
    regions = reference.load("regions")
    assert len(regions) == 20
    assert {r["code"] for r in regions} == set(REGION_CODES)
    assert sum(r["kind"] == "city" for r in regions) == 3
    for r in regions:
        assert REGION_CODES[r["code"]].split()[0] in r["en"]
        assert r["kk"] and r["ru"] and r["en"]
        assert r["kk"].endswith("облысы" if r["kind"] == "region" else "қаласы"), r["kk"]
        assert KAZAKH_TEXT.match(r["kk"]), r["kk"]
        assert 2 <= len([d for d in r["districts"] if d["kind"] == "district"]) <= 6
        assert 3 <= len(r["districts"]) <= 6
        for d in r["districts"]:
            assert d["kk"] and d["ru"] and d["en"]
            assert KAZAKH_TEXT.match(d["kk"]), d["kk"]


def test_new_regions_of_2022():
    assert reference.name("regions", "KZ-10", "kk") == "Абай облысы"
    assert reference.name("regions", "KZ-33", "kk") == "Жетісу облысы"
    assert reference.name("regions", "KZ-62", "kk") == "Ұлытау облысы"
    assert reference.name("regions", "KZ-75", "kk") == "Алматы қаласы"
    assert reference.name("regions", "KZ-75", "ru") == "город Алматы"


@pytest.mark.parametrize("kind", KINDS)
def test_every_file_is_well_formed(kind):
    path = reference.REFERENCE_DIR / f"{kind}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, list) and data
    codes = [item["code"] for item in data]
    assert len(codes) == len(set(codes))
    for item in data:
        for key in ("code", "kk", "ru", "en", "sort"):
            assert item.get(key) not in (None, ""), (kind, item, key)
        assert KAZAKH_TEXT.match(item["kk"]), item["kk"]
    assert reference.codes(kind) == [i["code"] for i in sorted(data, key=lambda i: i["sort"])]


@pytest.mark.parametrize("kind", KINDS)
def test_every_name_and_alias_finds_its_own_code(kind):
    for item in reference.load(kind):
        for text in [item["code"], item["kk"], item["ru"], item["en"], *item.get("aliases", [])]:
            assert reference.find_code(kind, text, "x") == item["code"], text
            assert reference.find_code(kind, text.upper(), "x") == item["code"], text


@pytest.mark.parametrize("text,code", [
    ("Шығыс Қазақстан облысы", "KZ-63"), ("Восточно-Казахстанская область", "KZ-63"),
    ("East Kazakhstan Region", "KZ-63"), ("ВКО", "KZ-63"), ("шыгыс казакстан", "KZ-63"),
    ("Нур-Султан", "KZ-71"), ("астана", "KZ-71"),
    ("KZ-75", "KZ-75"), ("75", "KZ-75"), ("kz75", "KZ-75"), ("kz-19", "KZ-19"),
    ("Алматы", "KZ-75"), ("Almaty", "KZ-75"), ("г. Алматы", "KZ-75"), ("Алматы қаласы", "KZ-75"),
    ("Алматы облысы", "KZ-19"), ("Алматинская область", "KZ-19"), ("Almaty region", "KZ-19"),
    ("Алматинская обл.", "KZ-19"),
    ("Жетісу", "KZ-33"), ("область Жетысу", "KZ-33"), ("Ulytau", "KZ-62"), ("Ұлытау облысы", "KZ-62"),
    ("Абайская область", "KZ-10"), ("Түркістан облысы", "KZ-61"), ("Shymkent city", "KZ-79"),
    ("Карагандинская", "KZ-35"), ("Караганда обл", "KZ-35"),
])
def test_find_region(text, code):
    assert reference.find_region(text) == code


def test_unknown_region():
    with pytest.raises(ValidationError) as err:
        reference.find_region("Атлантида")
    assert err.value.field == "region"
    assert "Атлантида" in str(err.value)
    with pytest.raises(ValidationError):
        reference.find_region("99")
    with pytest.raises(ValidationError):
        reference.find_region("")


def test_name_in_each_language():
    assert reference.name("event_kinds", "master_class", "kk") == "Шебер-сынып"
    assert reference.name("event_kinds", "master_class", "ru") == "Мастер-класс"
    assert reference.name("event_kinds", "master_class", "en") == "Master class"
    assert reference.name("event_kinds", "master_class", "ru_RU") == "Мастер-класс"
    assert reference.name("event_kinds", "no_such_code", "kk") == "no_such_code"


def test_find_code_generic():
    assert reference.find_code("event_kinds", "Дәріс", "kind") == "lecture"
    assert reference.find_code("event_kinds", "МАСТЕР-КЛАСС", "kind") == "master_class"
    assert reference.find_code("social_categories", "Оқушы", "category") == "pupil"
    assert reference.find_code("family_categories", "многодетная семья", "family") == "large_family"
    assert reference.find_code("organisation_kinds", "НПО", "org") == "ngo"
    with pytest.raises(ValidationError) as err:
        reference.find_code("aid_items", "velosiped", "item")
    assert err.value.field == "item" and "velosiped" in str(err.value)


def test_event_kind_rules_and_programmes():
    kinds = {k["code"]: k for k in reference.load("event_kinds")}
    programmes = set(reference.codes("programmes"))
    assert {"lecture", "master_class", "consultation", "seminar", "training", "webinar",
            "debate_tournament", "contest", "campaign_action", "flash_mob", "challenge",
            "meeting", "other"} == set(kinds)
    for kind in kinds.values():
        assert set(kind["programmes"]) <= programmes
    assert {c for c, k in kinds.items() if k["mass"]} == {"flash_mob", "challenge", "webinar"}
    lecture = kinds["lecture"]["rules"]
    assert (lecture["min_duration_minutes"], lecture["max_duration_minutes"]) == (40, 60)
    assert lecture["min_participants"] == 20
    assert kinds["master_class"]["rules"]["max_duration_minutes"] == 60
    assert kinds["seminar"]["rules"]["days"] == 2
    assert kinds["seminar"]["rules"]["min_participants"] == 20


def test_other_lists():
    assert reference.codes("social_categories") == [
        "pupil", "student", "teacher", "parent", "employee", "self_employed", "job_centre_client", "other"]
    assert reference.codes("family_categories") == [
        "low_income", "large_family", "orphan", "no_parental_care", "other"]
    assert set(reference.codes("attendance_roles")) == {
        "participant", "speaker", "trainer", "organiser", "volunteer", "coach", "adjudicator", "applicant"}
    for item in reference.load("aid_items"):
        assert item["unit"]["kk"] and item["unit"]["ru"] and item["unit"]["en"]
    assert reference.name("programmes", "road_to_school", "kk") == "Мектепке жол"


def test_load_returns_a_copy():
    first = reference.load("regions")
    first[0]["kk"] = "changed"
    assert reference.load("regions")[0]["kk"] != "changed"


def test_unknown_kind_and_bad_names():
    with pytest.raises(ValueError):
        reference.load("../secrets")
    with pytest.raises(ValueError):
        reference.load("no_such_kind")
