"""Certificates benchmark: 1,000 certificates with QR codes vs the same pages text-only.

``python tests/bench/certificate_tasks.py DB N`` prints one JSON line: the
seconds of ``generate`` for an event with N attendees (issue, sign, encode
and draw the QR, write the PDF) and of drawing the same pages without QR.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def run(db_path: Path, n: int) -> dict:
    """Make an event with ``n`` attendees, time both PDFs; returns the figures."""
    from app.certificates.generate import generate, pages
    from app.certificates.layout import Style, render_pdf
    from app.db.store import close_database, current_store, open_database
    from app.installation import init_installation
    from app.models import Attendance, Certificate, Event, Person
    from app.synth import NAMES_F, SURNAMES

    store = open_database(db_path)
    init_installation("school", "Bench school", "KZ-61")
    with current_store().db.atomic():
        ev = Event(title="Облыстық пікірсайыс турнирі", programme="youth", kind="debate",
                   start_date=dt.date(2025, 2, 16), end_date=dt.date(2025, 2, 17), place="Түркістан қ.")
        ev.save()
        for i in range(n):
            p = Person(surname=SURNAMES[i % len(SURNAMES)] + "а", name=NAMES_F[i % len(NAMES_F)],
                       patronymic="Серікқызы")
            p.save()
            Attendance(event=ev.uid, person=p.uid).save()
    style = Style(signatories=[("Мектеп директоры", "Сейітов Б. Қ."), ("Үйлестіруші", "Әлібекова Г.")])
    out = db_path.parent / "certificates.pdf"
    began = time.perf_counter()
    result = generate(out, kind="participation", language="kk", event_uid=ev.uid, style=style)
    with_qr = time.perf_counter() - began
    certs = list(Certificate.select().where(Certificate.serial.in_(result.serials)))
    began = time.perf_counter()
    render_pdf(pages(certs), db_path.parent / "text-only.pdf", Style(signatories=style.signatories, qr=False))
    text_only = time.perf_counter() - began
    close_database(store)
    return {"count": result.count, "with_qr_s": with_qr, "text_only_s": text_only,
            "ratio": with_qr / text_only, "pdf_mb": out.stat().st_size / 1e6}


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]), int(sys.argv[2]))))
