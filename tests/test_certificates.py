"""Certificates checked as a person would: real PDFs read back with poppler and zbar."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest

from app.certificates.generate import generate, reprint
from app.certificates.layout import Style, name_lines
from app.certificates.register import Award, cancel, correct_name, find
from app.certificates.signing import parse, serial_prefix
from app.certificates.templates import save_overrides, texts_for
from app.certificates.verify import verify
from app.errors import UsageError, ValidationError

NAMES = [("Әлібекова", "Гүлназ", "Серікқызы", "F"), ("Нұрланова", "Ұлжан", None, "F"),
         ("Қасымова", "Іңкәр", None, "F"), ("Өтегенов", "Ғалымжан", "Һадиұлы", "M"),
         ("Үсенов", "Ербол", None, "M")]
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed "
                                   "(tools/ensure_debs.sh installs it)")
needs_zbar = pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools not installed")


def run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def event(store):
    """An event with five Kazakh-named attendees (and one applicant, who gets nothing)."""
    from app.events.attendance import add_attendee
    from app.models import Event, Person

    ev = Event(title="Аудандық пікірсайыс турнирі", programme="youth", kind="debate",
               start_date=dt.date(2025, 2, 16), end_date=dt.date(2025, 2, 17), place="Шымкент қ.")
    ev.save()
    for surname, name, patronymic, sex in NAMES:
        p = Person(surname=surname, name=name, patronymic=patronymic, sex=sex)
        p.save()
        add_attendee(ev.uid, p.uid)
    applicant = Person(surname="Жоқ", name="Келмеген")
    applicant.save()
    add_attendee(ev.uid, applicant.uid, status="applicant")
    return ev


def full(n: tuple) -> str:
    return " ".join(p for p in n[:3] if p)


@needs_poppler
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_kazakh_name_copies_out_exactly_fonts_embedded_a4(event, tmp_path, language):
    out = generate(tmp_path / "d.pdf", kind="diploma_1", language=language, event_uid=event.uid,
                   style=Style(signatories=[("Директор", "Сейітов Б. Қ.")]))
    assert out.count == 5 and out.new == 5
    text = run("pdftotext", str(out.path), "-")
    for n in NAMES:
        assert full(n) in text
    assert "Келмеген" not in text
    fonts = run("pdffonts", str(out.path)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column
    assert all("DejaVu" in line for line in fonts)
    info = run("pdfinfo", str(out.path))
    assert "(A4)" in info and re.search(r"Pages:\s+5\n", info)


@needs_poppler
def test_kazakh_texts_have_the_right_words(event, tmp_path):
    out = generate(tmp_path / "t.pdf", kind="thanks", language="kk", event_uid=event.uid)
    text = " ".join(run("pdftotext", str(out.path), "-").split())
    assert "АЛҒЫС ХАТ" in text and "Құрметті" in text and "2025 жылғы 17 ақпан" in text
    ru = generate(tmp_path / "r.pdf", kind="thanks", language="ru", event_uid=event.uid)
    text = run("pdftotext", str(ru.path), "-")
    assert "Уважаемая" in text and "Уважаемый" in text  # by the person's sex


@needs_poppler
@needs_zbar
def test_qr_reads_back_and_verifies_genuine(event, tmp_path):
    out = generate(tmp_path / "q.pdf", kind="participation", language="kk", event_uid=event.uid)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(out.path),
                    str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    scanned = run("zbarimg", "-q", "--raw", str(png)).strip()
    assert scanned.startswith(f"TIRKEU1:{out.serials[0]}:")
    verdict = verify(scanned)
    assert verdict.status == "genuine" and verdict.details["recipient"] == full(NAMES[0])
    # the short code printed beside the QR, typed by hand with a lower-case serial
    text = run("pdftotext", "-f", "1", "-l", "1", str(out.path), "-")
    short = text.split("Тексеру коды:")[1].split()[0]
    assert verify(f"{out.serials[0].lower()} {short}").status == "genuine"
    assert verify(f"{out.serials[0]} AAAAAAAA").status == "forged"


def test_tampered_qr_text_is_forged_and_unknown_serial_unknown(event, tmp_path):
    out = generate(tmp_path / "x.pdf", kind="diploma_2", language="ru", event_uid=event.uid)
    cert = find(out.serials[0])
    good = f"TIRKEU1:{cert.serial}:{cert.code}"
    assert verify(good).status == "genuine"
    flipped = cert.code[:-2] + ("A" if cert.code[-2] != "A" else "B") + cert.code[-1]
    assert verify(f"TIRKEU1:{cert.serial}:{flipped}").status == "forged"
    other = find(out.serials[1])
    assert verify(f"TIRKEU1:{cert.serial}:{other.code}").status == "forged"  # a real code of another one
    assert verify("TIRKEU1:garbage").status in ("unknown", "forged")
    assert verify(f"{serial_prefix('nobody')}-2025-00001").status == "unknown"
    # the register changed behind the signature's back (a name edited in the database)
    from app.models import Certificate

    Certificate.update(recipient_name="Басқа Адам").where(Certificate.uid == cert.uid).execute()
    assert verify(cert.serial).status == "forged"


def test_reprint_correct_and_cancel(event, tmp_path):
    first = generate(tmp_path / "a.pdf", kind="diploma_3", language="kk", event_uid=event.uid)
    again = generate(tmp_path / "b.pdf", kind="diploma_3", language="kk", event_uid=event.uid)
    assert again.serials == first.serials and again.new == 0 and again.reprinted == 5
    assert find(first.serials[0]).times_printed == 2
    reprint([first.serials[0]], tmp_path / "c.pdf")
    assert find(first.serials[0]).times_printed == 3
    assert len(set(first.serials)) == 5
    prefix, year, seq = first.serials[0].split("-")
    assert len(prefix) == 8 and year == str(dt.date.today().year) and len(seq) == 5
    new = correct_name(first.serials[0], "Әлібекова Гүлнәз Серікқызы")
    assert new.serial not in first.serials and new.replaces_uid == find(first.serials[0]).uid
    old_verdict = verify(first.serials[0])
    assert old_verdict.status == "cancelled" and old_verdict.details["replaced_by"] == new.serial
    assert verify(new.serial).status == "code needed"
    assert verify(f"TIRKEU1:{new.serial}:{new.code}").status == "genuine"
    with pytest.raises(ValidationError, match="cancelled"):
        reprint([first.serials[0]], tmp_path / "d.pdf")
    cancel(first.serials[1])
    assert verify(first.serials[1]).status == "cancelled"
    with pytest.raises(ValidationError, match="already cancelled"):
        cancel(first.serials[1])


def test_award_list_with_own_kinds_and_reasons(event, tmp_path):
    from app.events.attendance import attendance_rows

    rows = attendance_rows(event.uid)
    awards = [Award(kind="diploma_1", person_uid=rows[0].person_uid, reason="қазақ лигасында І орын"),
              Award(kind="nomination", person_uid=rows[1].person_uid, reason="Үздік шешен"),
              Award(kind="thanks", name="Жаттықтырушы Бауыржан Сәкенұлы")]
    out = generate(tmp_path / "w.pdf", kind="diploma_1", language="kk", event_uid=event.uid, awards=awards)
    assert out.count == 3
    if shutil.which("pdftotext"):
        text = " ".join(run("pdftotext", str(out.path), "-").split())
        assert "қазақ лигасында І орын үшін" in text and "«Үздік шешен» номинациясы" in text
        assert "Жаттықтырушы Бауыржан Сәкенұлы" in text


@needs_poppler
def test_a_60_character_name_fits_its_box(event, tmp_path):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.certificates.fonts import SERIF_BOLD, register_fonts
    from app.models import Person

    long_name = "Жақсылықова-Сұлтанбекова Гүлнәзира-Әйгерім Серікбайқызы Ұлы"[:60]
    long_name = long_name + "ә" * (60 - len(long_name))
    assert len(long_name) == 60
    register_fonts()
    width = 841.89 - 2 * 110
    size, lines = name_lines(long_name, width)
    assert all(stringWidth(line, SERIF_BOLD, size) <= width for line in lines)
    assert size >= 14
    p = Person(surname=long_name, name="")
    p.save()
    out = generate(tmp_path / "long.pdf", kind="diploma_1", language="kk", person_uids=[p.uid],
                   event_uid=event.uid)
    bbox = run("pdftotext", "-bbox", str(out.path), "-")
    for line in bbox.splitlines():
        if "<word" in line:
            xmin = float(line.split('xMin="')[1].split('"')[0])
            xmax = float(line.split('xMax="')[1].split('"')[0])
            assert 28 <= xmin and xmax <= 841.89 - 28, line  # inside the inner border
    assert " ".join(long_name.split()) in " ".join(run("pdftotext", str(out.path), "-").split())


def test_bad_input_gives_clear_messages(event, tmp_path, store):
    with pytest.raises(ValidationError, match="was not found") as err:
        generate(tmp_path / "a.pdf", kind="diploma_1", event_uid=event.uid, style=Style(logo=tmp_path / "no.png"))
    assert err.value.field == "logo"
    fake = tmp_path / "logo.png"
    fake.write_text("this is not a picture")
    with pytest.raises(ValidationError, match="is not an image"):
        generate(tmp_path / "a.pdf", kind="diploma_1", event_uid=event.uid, style=Style(logo=fake))
    with pytest.raises(ValidationError, match="list of recipients is empty"):
        generate(tmp_path / "a.pdf", kind="diploma_1", awards=[])
    from app.models import Event

    empty = Event(title="Бос", programme="youth", kind="debate", start_date=dt.date(2025, 3, 1),
                  end_date=dt.date(2025, 3, 1))
    empty.save()
    with pytest.raises(ValidationError, match="list of recipients is empty"):
        generate(tmp_path / "a.pdf", kind="participation", event_uid=empty.uid)
    with pytest.raises(ValidationError, match=r"unknown placeholder \{surname\}"):
        save_overrides({"thanks": {"kk": {"body": "Рахмет, {surname}!"}}})
    with pytest.raises(ValidationError, match="Unknown kind"):
        generate(tmp_path / "a.pdf", kind="diploma_9", event_uid=event.uid)
    with pytest.raises(ValidationError, match="not a colour"):
        generate(tmp_path / "a.pdf", kind="diploma_1", event_uid=event.uid, style=Style(primary="blue"))
    with pytest.raises(UsageError):
        generate(tmp_path / "a.pdf", kind="diploma_1")
    assert not (tmp_path / "a.pdf").exists()
    from app.models import Certificate

    assert Certificate.select().count() == 0  # nothing issued by any refused batch


def test_an_unknown_placeholder_stored_earlier_is_refused_when_used(event, tmp_path):
    from app.certificates.templates import OVERRIDES_KEY
    from app.models import Setting

    Setting.create(key=OVERRIDES_KEY, value='{"diploma_1": {"kk": {"title": "ДИПЛОМ {grade}"}}}')
    with pytest.raises(ValidationError, match=r"\{grade\}"):
        generate(tmp_path / "a.pdf", kind="diploma_1", event_uid=event.uid)


def test_user_edited_texts_and_a_good_logo(event, tmp_path):
    from PIL import Image

    save_overrides({"participation": {"en": {"title": "CERTIFICATE OF MERIT", "body": "{name} was at {event}"}}})
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 80), (30, 80, 150)).save(logo)
    out = generate(tmp_path / "e.pdf", kind="participation", language="en", event_uid=event.uid,
                   style=Style(logo=logo, orientation="portrait", primary="#6A1B9A"))
    if shutil.which("pdftotext"):
        text = run("pdftotext", str(out.path), "-")
        assert "CERTIFICATE OF MERIT" in text and "Әлібекова Гүлназ Серікқызы was at" in text
        assert "(A4)" in run("pdfinfo", str(out.path))
    t = texts_for("nomination", "ru", name="X", reason="Лучший аналитик", event=None,
                  date=dt.date(2025, 2, 16), place=None)
    assert t["subtitle"] == "Номинация «Лучший аналитик»" and t["dateline"] == "16 февраля 2025 г."


def test_parse_forgives_case_and_lookalikes():
    assert parse("tirkeu1:abcdefgh-2025-00001:xyz").code == "XYZ"
    assert parse(" AB0DEF1H-2025-00001 ").serial == "ABODEFIH-2025-00001"
    assert parse("ABCDEFGH-2025-00001 ABCD 2345").short == "ABCD2345"
