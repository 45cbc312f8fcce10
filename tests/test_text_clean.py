"""Clean text where it is stored, and safe text on the terminal (issue 12, item 9)."""
from __future__ import annotations

import datetime as dt
import inspect
import sqlite3
import unicodedata

import pytest

from app.text import (
    ascii_digits,
    clean_iin,
    clean_record_text,
    clean_record_values,
    clean_text,
    fold,
    sort_text,
    terminal_safe,
)

KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b",
             "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u00ad"]
CONTROLS = ["\x00", "\x07", "\x08", "\x1b", "\x7f", "\x9b"]  # (U+0085 NEL is a line break)


def test_kazakh_letters_are_kept_exactly():
    assert clean_text(KAZAKH_LETTERS) == KAZAKH_LETTERS
    assert clean_text(KAZAKH_LETTERS, multiline=True) == KAZAKH_LETTERS
    words = "Әлібекова Іңкәр Ғаниқызы, Ұлжан Өмірзақ, Үмбетов Һәкім"
    assert clean_text(words) == words
    # Typed in decomposed form (Й and Ё as a letter plus a mark): stored composed.
    assert clean_text(unicodedata.normalize("NFD", "Йошкар Ёлкин Әлі")) == "Йошкар Ёлкин Әлі"


@pytest.mark.parametrize("ch", INVISIBLE + CONTROLS)
def test_invisible_and_control_characters_are_removed(ch):
    assert clean_text(f"Әлі{ch}беков") == "Әлібеков"
    assert clean_text(f"Әлі{ch}беков", multiline=True) == "Әлібеков"


def test_every_format_character_is_removed():
    import sys

    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if unicodedata.category(ch) == "Cf":
            assert clean_text(f"a{ch}b") == "ab", hex(code)


def test_line_breaks_and_tabs():
    assert clean_text(" Қазақ\tтілі\r\nпәні\n ") == "Қазақ тілі пәні"
    assert clean_text("бір\x85екі") == "бір екі"
    assert clean_text("бір\r\nекі\rүш\u2028төрт\tбес", multiline=True) == "бір\nекі\nүш\nтөрт\tбес"
    assert clean_text("\u00a0\u2003 Абай \u3000") == "Абай"  # any surrounding space, NBSP too
    assert clean_text("Абай  Құнанбайұлы") == "Абай  Құнанбайұлы"  # inner spaces are the caller's business
    assert clean_text("") == "" and clean_text(None) == ""  # type: ignore[arg-type]


def test_escape_sequence_loses_its_escape():
    assert clean_text("\x1b[31mҚызыл\x1b[0m") == "[31mҚызыл[0m"
    assert "\x1b" not in clean_text("\x1b]0;title\x07x")


def test_clean_iin():
    assert clean_iin("080101550123") == "080101550123"
    assert clean_iin("0801\u200b0155 0123") == "080101550123"
    assert clean_iin("０８０１０１５５０１２３") == "080101550123"  # full-width digits
    assert clean_iin(" 080101-550123\u202e ") == "080101550123"
    assert clean_iin("") == "" and clean_iin("ЖСН жоқ") == ""
    assert ascii_digits("٠١٢ ۳۴ १२") == "012 34 12"


def test_terminal_safe():
    assert terminal_safe("Әлібеков Іңкәр") == "Әлібеков Іңкәр"
    out = terminal_safe("A\x1b[2J\x1b]0;pwned\x07B\rC\nD\u202eE\u200bF\x7f\x9b")
    assert all(unicodedata.category(ch) not in ("Cc", "Cf") for ch in out)
    assert out.startswith("A␛[2J␛]0;pwned␇B␍C␊D") and "<U+202E>" in out and "<U+200B>" in out
    assert "<U+009B>" in out and "␡" in out


def test_validation_cleans_what_a_form_or_file_gives():
    from app.people.records import clean_person
    from app.validation import parse_iin
    from app.validation.fields import clean_text as clean_field
    from app.validation.fields import require

    person = clean_person({"surname": "Әлі\u200bбеков\u202e", "name": "\x1bЕрлан", "patronymic": "\u00ad",
                           "iin": "1001\u200b2150\u00a02157", "sex": "M"})
    assert (person.surname, person.name, person.patronymic) == ("Әлібеков", "Ерлан", None)
    assert person.iin == parse_iin("100121502157").iin == "100121502157"
    assert parse_iin("１００１２１５０２１５７").iin == "100121502157"
    assert require("title", " Пікір\u200bсайыс ") == "Пікірсайыс"
    assert clean_field("\ufeff\u200b") is None


def test_import_with_invisible_characters_finds_the_same_child(store, tmp_path):
    from app.importing import import_file
    from app.models import Person
    from tests.conftest import write_csv

    clean = write_csv(tmp_path / "a.csv", "surname,name,birth_date,iin\nӘлібеков,Ерлан,21.01.2010,100121502157\n")
    dirty = write_csv(tmp_path / "b.csv", "surname,name,birth_date,iin\n"
                      "Әлі\u200bбеков\u202e,Ер\u200dлан,21.01.2010,1001\u200b21502157\n"
                      "Сейіт\u2060қали,\u00adАйгерім,2011-03-04,\n")
    assert import_file("participants", clean).created == 1
    summary = import_file("participants", dirty)
    assert (summary.created, summary.unchanged, summary.rejected) == (1, 1, 0)
    people = {p.surname: p for p in Person.select()}
    assert set(people) == {"Әлібеков", "Сейітқали"}
    aigerim = people["Сейітқали"]
    assert aigerim.name == "Айгерім" and aigerim.search == fold("Сейітқали Айгерім")
    assert import_file("participants", dirty).unchanged == 2  # twice: nothing new


def test_clean_record_text_cleans_every_text_column_and_keys_follow():
    from app.models import Event, Person

    p = Person(surname=" Әлі\u200bбеков ", name="Ер\u202eлан\x1b", patronymic="\u200b", iin="1001\u200b21502157",
               notes="бір\r\nекі\u200b\tүш\x07", school="uid-of-a-school")
    assert clean_record_text(p) is True
    assert (p.surname, p.name, p.patronymic, p.iin) == ("Әлібеков", "Ерлан", None, "100121502157")
    assert p.notes == "бір\nекі\tүш" and p.school_uid == "uid-of-a-school"
    p.before_save()
    assert p.search == fold("Әлібеков Ерлан 100121502157") and p.sort.startswith(sort_text("Әлібеков"))
    assert clean_record_text(p) is False  # already clean: nothing to do
    e = Event(title="=HYPERLINK(\u200b)", programme="road", kind="lecture", place="\u202eмектеп")
    assert clean_record_text(e) and (e.title, e.place) == ("=HYPERLINK()", "мектеп")


def test_clean_record_values_for_bundle_records():
    from app.models import Organisation, Person

    record = {"uid": "u1", "origin": "o1", "stamp": 5, "deleted": 0, "surname": "Сейіт\u200bқали",
              "name": "Айгерім", "patronymic": None, "iin": "1001 2150\u200b2157", "school_uid": "s1",
              "notes": "a\r\nb", "search": "сейіт\u200bқали айгерім", "sort": "x"}
    out = clean_record_values(Person, record)
    assert out is not record and record["surname"] == "Сейіт\u200bқали"  # the input is left alone
    assert (out["surname"], out["iin"], out["notes"], out["school_uid"]) == ("Сейітқали", "100121502157",
                                                                            "a\nb", "s1")
    assert out["search"] == fold("Сейітқали Айгерім 100121502157")
    clean = {"uid": "u2", "origin": "o1", "kind": "school", "name": "№1 мектеп", "search": "№1 мектеп"}
    assert clean_record_values(Organisation, clean) is clean


def _integrated() -> bool:
    from app.models.base import SyncedModel

    return "clean_record_text" in inspect.getsource(SyncedModel.save)


@pytest.mark.skipif(not _integrated(), reason="SyncedModel.save does not call clean_record_text yet")
def test_every_saved_record_is_clean(store):
    from app.models import Event, Person

    p = Person(surname="Әлі\u200bбеков", name="Ерлан\x1b", iin="1001\u200b21502157")
    p.save()
    got = Person.get_by_id(p.uid)
    assert (got.surname, got.name, got.iin) == ("Әлібеков", "Ерлан", "100121502157")
    assert got.search == fold("Әлібеков Ерлан 100121502157")
    e = Event(title="\u202eОқу\u200b", programme="road", kind="lecture", start_date=dt.date(2026, 1, 5),
              end_date=dt.date(2026, 1, 5))
    e.save()
    assert Event.get_by_id(e.uid).title == "Оқу"


# --- the terminal -----------------------------------------------------------

_ESC = "\x1b[2J\x1b[31mFAKE\x1b]0;owned\x07"


def _init(tmp_path, capsys):
    from app.cli import main

    db = tmp_path / "office.sqlite3"
    assert main(["--db", str(db), "--lang", "en", "init", "--role", "office", "--name", "Облыс",
                 "--region", "KZ-61"]) == 0
    capsys.readouterr()
    return db, main


def _insert(db, table: str, **values) -> None:
    conn = sqlite3.connect(db)
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    base = {c: "" for c in columns if c in ("search", "sort")}
    base.update(stamp=1, seen=1, deleted=0)
    base.update(values)
    conn.execute(f"INSERT INTO {table} ({', '.join(base)}) VALUES ({', '.join('?' * len(base))})", list(base.values()))
    conn.commit()
    conn.close()


def test_bundle_review_prints_names_terminal_safe(tmp_path, capsys):
    db, main = _init(tmp_path, capsys)
    for n, origin in enumerate(("school-a", "school-b")):
        _insert(db, "person", uid=f"p{n}", origin=origin, surname=f"Әлі{_ESC}беков", name="Ерлан\u202e",
                iin="100121502157")
    assert main(["--db", str(db), "bundle", "review"]) == 0
    out = capsys.readouterr().out
    assert "duplicates: 1" in out and "Әлі" in out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "␛[2J" in out and "<U+202E>" in out


def test_certificates_list_prints_names_terminal_safe(tmp_path, capsys):
    db, main = _init(tmp_path, capsys)
    _insert(db, "certificate", uid="c1", origin="school-a", serial="AB12-2026-00001", kind="diploma_1",
            recipient_name=f"Іңкәр{_ESC}\r\nFAKE LINE", language="kk", issued_date="2026-05-25",
            status="issued", times_printed=1)
    assert main(["--db", str(db), "certificates", "list"]) == 0
    out = capsys.readouterr().out
    assert "AB12-2026-00001" in out and "Іңкәр" in out
    assert "\x1b" not in out and "\r" not in out and out.count("\n") == 1


def test_certificate_signed_for_a_dirty_name_verifies_against_the_clean_one():
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.certificates.signing import Signer, canonical, code_is_valid

    key = Ed25519PrivateKey.generate()
    secret = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                               serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    signer = Signer(secret)
    code = signer.code("AB12-2026-00001", "Әлі\u200bбеков Іңкәр", "diploma_1", dt.date(2026, 5, 25))
    assert code_is_valid(public, code, "AB12-2026-00001", "Әлібеков Іңкәр", "diploma_1", "2026-05-25")
    # A certificate signed before names were cleaned (the name signed as it was) still verifies.
    old = key.sign(
        canonical("AB12-2026-00002", "Әлі\u200bбеков", "diploma_1", "2026-05-25", legacy=True))
    old_code = base64.b32encode(old).decode().rstrip("=")
    assert code_is_valid(public, old_code, "AB12-2026-00002", "Әлі\u200bбеков", "diploma_1", "2026-05-25")
    assert not code_is_valid(public, old_code, "AB12-2026-00002", "Әлібеков Ж", "diploma_1", "2026-05-25")
