"""The look remembered between batches, the batch's file name, and no English on a Kazakh or Russian preview."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.certificates.generate import preview
from app.certificates.layout import Style
from app.certificates.look import batch_file_name, load_style, save_style, windows_safe


def test_the_look_is_remembered_and_a_moved_logo_is_forgotten(store, tmp_path):
    assert load_style() == Style()  # nothing saved yet: the default look
    logo = tmp_path / "logo.png"
    from PIL import Image

    Image.new("RGB", (8, 8), "red").save(logo)
    save_style(Style(orientation="portrait", primary="#112233", accent="#445566", logo=logo,
                     signatories=[("Директор", "Сейітов Б. Қ."), ("Орынбасар", "Әлиева Г.")]))
    again = load_style()
    assert (again.orientation, again.primary, again.accent, again.logo) == ("portrait", "#112233", "#445566", logo)
    assert again.signatories == [("Директор", "Сейітов Б. Қ."), ("Орынбасар", "Әлиева Г.")]
    logo.unlink()
    assert load_style().logo is None  # the next batch does not fail over a logo moved away


@pytest.mark.parametrize("text, expected", [
    ('Дәріс: «Құқық» / 9 "А"?', "Дәріс «Құқық» 9 А"),
    ("a<b>c|d*e\\f\tg", "a b c d e f g"),
    ("CON", "_CON"),
    ("ends with dots...  ", "ends with dots"),
    ("::", "_"),
])
def test_file_names_keep_kazakh_letters_and_lose_what_windows_refuses(text, expected):
    assert windows_safe(text) == expected


def test_a_batch_is_named_in_the_interface_language_with_the_event_and_day():
    name = batch_file_name("Сертификаттар", "Дәріс: Кибербуллинг", dt.date(2026, 12, 4))
    assert name == "Сертификаттар — Дәріс Кибербуллинг — 2026-12-04.pdf"
    assert batch_file_name("Сертификаты", None, dt.date(2026, 12, 4)) == "Сертификаты — 2026-12-04.pdf"
    assert len(batch_file_name("С", "ұ" * 500, dt.date(2026, 12, 4))) <= 160


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
@pytest.mark.parametrize("language, name, title", [("kk", "Алушының аты-жөні", "Сертификаттар"),
                                                    ("ru", "ФИО получателя", "Сертификаты")])
def test_preview_and_batch_speak_the_certificates_language(store, tmp_path: Path, language, name, title):
    from app.certificates.generate import generate
    from app.models import Person

    out = preview(tmp_path / "p.pdf", kind="participation", language=language)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert name in text and "Recipient" not in text  # the stand-in name, before anyone is chosen
    assert not re.findall(r"(?<![\w-])[A-Za-z]{3,}(?![\w-])", text)  # no English word anywhere on it (was PREVIEW)
    person = Person(surname="Әлібекова", name="Гүлназ")
    person.save()
    batch = generate(tmp_path / "b.pdf", kind="participation", language=language, person_uids=[person.uid])
    info = subprocess.run(["pdfinfo", str(batch.path)], capture_output=True, text=True, check=True).stdout
    assert f"Title:           {title}\n" in info  # what the PDF viewer's title bar shows
