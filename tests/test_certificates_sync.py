"""Verifying a school's certificates at the office that imported its bundles; the command line."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from tests.sync_helpers import card, export, import_, make, opened, trust_cards

ROOT = Path(__file__).resolve().parent.parent


def _issue_at_school(school: Path, out: Path) -> list[str]:
    from app.certificates.generate import generate
    from app.events.attendance import add_attendee
    from app.models import Event, Person

    with opened(school):
        ev = Event(title="Облыстық байқау", programme="youth", kind="contest", start_date=dt.date(2025, 4, 1),
                   end_date=dt.date(2025, 4, 1))
        ev.save()
        for surname, name in (("Әлібекова", "Гүлназ"), ("Қасымов", "Ұлан")):
            p = Person(surname=surname, name=name)
            p.save()
            add_attendee(ev.uid, p.uid)
        return generate(out, kind="participation", language="kk", event_uid=ev.uid).serials


def test_office_verifies_after_import_and_sees_cancellation(tmp_path):
    from app.certificates.verify import verify
    from app.models import Certificate

    office = make(tmp_path, "office", "office")
    school = make(tmp_path, "school")
    trust_cards(office, card(school, tmp_path))
    trust_cards(school, card(office, tmp_path))
    serials = _issue_at_school(school, tmp_path / "c.pdf")
    with opened(school):
        code = Certificate.get(Certificate.serial == serials[0]).code
    qr = f"TIRKEU1:{serials[0]}:{code}"
    with opened(office):
        assert verify(qr).status == "unknown"  # nothing imported yet
    first = export(school, tmp_path / "usb")
    assert import_(office, first.path).bundles[0].status == "imported"
    with opened(office):
        verdict = verify(qr)
        assert verdict.status == "genuine" and verdict.details["issuer"] == "school"
        assert verify(serials[1]).status == "code needed"  # a bare serial proves nothing
        tampered = code[:10] + ("B" if code[10] == "A" else "A") + code[11:]
        assert verify(f"TIRKEU1:{serials[0]}:{tampered}").status == "forged"
    with opened(school):
        from app.certificates.register import cancel

        cancel(serials[0])
    second = export(school, tmp_path / "usb")
    assert import_(office, second.path).bundles[0].status == "imported"
    with opened(office):
        assert verify(qr).status == "cancelled"
        assert verify(serials[1]).status == "code needed"  # a bare serial proves nothing


def test_certificate_forged_in_an_office_database_is_caught(tmp_path):
    """A row whose name was changed after import no longer matches the school's signature."""
    from app.certificates.verify import verify
    from app.models import Certificate

    office = make(tmp_path, "office", "office")
    school = make(tmp_path, "school")
    trust_cards(office, card(school, tmp_path))
    serials = _issue_at_school(school, tmp_path / "c.pdf")
    import_(office, export(school, tmp_path / "usb", plaintext=True).path)
    with opened(office):
        Certificate.update(recipient_name="Жалған Есім").where(Certificate.serial == serials[0]).execute()
        assert verify(serials[0]).status == "forged"


def cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db), "--lang", "en", *args],
                          capture_output=True, text=True, cwd=ROOT)


def test_command_line_generate_list_verify_cancel(tmp_path):
    school = make(tmp_path, "school")
    with opened(school):
        from app.events.attendance import add_attendee
        from app.models import Event, Person

        ev = Event(title="Debate club", programme="youth", kind="debate", start_date=dt.date(2025, 5, 1),
                   end_date=dt.date(2025, 5, 1))
        ev.save()
        p = Person(surname="Өмірзақова", name="Іңкәр")
        p.save()
        add_attendee(ev.uid, p.uid)
        event_uid, person_uid = ev.uid, p.uid
    out = tmp_path / "out.pdf"
    r = cli(school, "certificates", "generate", "--event", event_uid, "--kind", "participation", "--lang", "en",
            "--out", str(out), "--signatory", "Director=Seitov B.", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["count"] == 1 and out.read_bytes().startswith(b"%PDF")
    serial = data["serials"][0]
    r = cli(school, "certificates", "generate", "--person", person_uid, "--for-event", event_uid,
            "--kind", "participation", "--lang", "en", "--out", str(out))
    assert r.returncode == 0 and "1 printed again" in r.stdout
    listed = json.loads(cli(school, "certificates", "list", "--json").stdout)
    assert listed[0]["serial"] == serial and listed[0]["times_printed"] == 2
    r = cli(school, "certificates", "verify", serial, "--json")
    assert r.returncode == 1 and json.loads(r.stdout)["status"] == "code needed"  # a serial proves nothing
    with opened(school):
        from app.models import Certificate

        code = Certificate.get(Certificate.serial == serial).code
    r = cli(school, "certificates", "verify", f"TIRKEU1:{serial}:{code}", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["status"] == "genuine"
    r = cli(school, "certificates", "cancel", serial)
    assert r.returncode == 0 and "cancelled" in r.stdout
    r = cli(school, "certificates", "verify", serial)
    assert r.returncode == 1 and r.stdout.startswith("Cancelled")
    r = cli(school, "certificates", "generate", "--event", event_uid, "--kind", "diploma_1",
            "--out", str(tmp_path / "x.pdf"), "--logo", str(tmp_path / "missing.png"))
    assert r.returncode != 0 and "missing.png was not found" in (r.stderr + r.stdout)
    assert "Traceback" not in r.stderr
