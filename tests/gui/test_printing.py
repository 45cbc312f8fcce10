"""Printing certificates from the window: the PDF itself to a real CUPS queue, or pages painted at ≤ 300 dpi."""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from app.certificates.generate import generate
from app.certificates.layout import Style
from tests.cups_server import CUPS_PDF_BACKEND, PrivateCups
from ui.certificates.printing import MAX_DPI, media_name, paint_pages, print_route, send_pdf

A4_LANDSCAPE = (841.89, 595.28)
needs_poppler = pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils not installed "
                                   "(tools/ensure_debs.sh installs it)")


def pdfinfo(path: Path) -> dict[int, tuple[float, float, int]]:
    """{page: (width, height, rotation)} as poppler reads the file."""
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], check=True, capture_output=True,
                         text=True).stdout
    pages: dict[int, list] = {}
    for number, w, h in re.findall(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", out):
        pages[int(number)] = [float(w), float(h), 0]
    for number, rot in re.findall(r"Page\s+(\d+) rot:\s+(\d+)", out):
        pages[int(number)][2] = int(rot)
    return {n: tuple(v) for n, v in pages.items()}


def shown_landscape(width: float, height: float, rotation: int) -> bool:
    """Wider than high as the page is shown and printed (a /Rotate of 90 or 270 turns it)."""
    return (width > height) != (rotation % 180 == 90)


def is_a4(width: float, height: float) -> bool:
    return sorted((round(width), round(height))) == [595, 842]


def image_ppi(path: Path) -> list[int]:
    """The x resolution of every image in the PDF (pdfimages -list)."""
    out = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    return [int(line.split()[12]) for line in out.splitlines()[2:] if line.strip()]


@pytest.fixture
def certificates(store, tmp_path) -> Path:
    """A two-page landscape certificate batch, made as the window makes it."""
    from app.events.attendance import add_attendee
    from app.models import Event, Person

    ev = Event(title="Құқықтық мәдениет: дәріс", programme="legal_culture", kind="lecture",
               start_date=dt.date(2026, 12, 4), end_date=dt.date(2026, 12, 4), place="№7 мектеп")
    ev.save()
    for surname, name in (("Әлібекова", "Гүлназ"), ("Нұрмағамбетов", "Ерасыл")):
        person = Person(surname=surname, name=name)
        person.save()
        add_attendee(ev.uid, person.uid)
    result = generate(tmp_path / "certificates.pdf", kind="participation", language="kk", event_uid=ev.uid,
                      style=Style(signatories=[("Директор", "Сейітов Б. Қ.")]))
    assert result.count == 2
    return result.path


# -- the decision -------------------------------------------------------------------------------------

def test_the_pdf_goes_to_cups_only_when_the_chosen_printer_is_a_cups_queue(tmp_path):
    pdf = tmp_path / "c.pdf"
    sizes = [A4_LANDSCAPE, A4_LANDSCAPE]
    assert print_route(pdf, queue="HP", page_sizes=sizes, lp=None, cups_queues={"HP"}).kind == "paint"  # Windows
    assert print_route(pdf, queue="HP", page_sizes=sizes, lp="/usr/bin/lp", cups_queues={"Other"}).kind == "paint"
    assert print_route(pdf, queue="HP", page_sizes=sizes, lp="/usr/bin/lp", cups_queues={"HP"},
                       to_file=str(tmp_path / "out.pdf")).kind == "copy"
    route = print_route(pdf, queue="HP", copies=2, first=2, last=3, page_sizes=sizes, title="Сертификаттар",
                        lp="/usr/bin/lp", cups_queues={"HP"})
    assert route.kind == "cups"
    assert route.command == ("/usr/bin/lp", "-d", "HP", "-n", "2", "-t", "Сертификаттар", "-o", "media=A4",
                             "-o", "collate=true", "-P", "2-3", "--", str(pdf))


def test_cups_is_told_the_paper_of_the_pages_and_fits_only_odd_sizes():
    assert media_name([A4_LANDSCAPE, (595.28, 841.89)]) == "A4"  # either orientation is A4 paper
    assert media_name([(612, 792)]) == "Letter"
    assert media_name([A4_LANDSCAPE, (612, 792)]) is None
    route = print_route(Path("x.pdf"), queue="Q", page_sizes=[(500, 500)], lp="lp", cups_queues={"Q"})
    assert ("-o", "fit-to-page") == route.command[route.command.index("fit-to-page") - 1:][:2]
    assert not any(part.startswith("media=") for part in route.command)


# -- a real CUPS queue ----------------------------------------------------------------------------------

@pytest.fixture
def cups(tmp_path, monkeypatch):
    """A private cupsd with a cups-pdf queue writing into tmp_path; stopped afterwards."""
    if not shutil.which("cupsd"):
        pytest.skip("CUPS is not installed (tools/ensure_debs.sh installs cups and printer-driver-cups-pdf)")
    if os.geteuid() == 0:
        assert CUPS_PDF_BACKEND.exists(), "cups-pdf is missing: apt-get install printer-driver-cups-pdf"
    else:
        assert shutil.which("ps2pdf"), "ghostscript (ps2pdf) is missing: apt-get install printer-driver-cups-pdf"
    server = PrivateCups(tmp_path / "cups", tmp_path / "printed", f"tirkeu_test_{os.getpid()}")
    try:
        server.start()
        monkeypatch.setenv("CUPS_SERVER", server.server)  # lp, lpstat and Qt's own CUPS support ask it
        yield server
    finally:
        server.stop()


@needs_poppler
def test_landscape_certificates_print_on_a_real_cups_queue_as_the_vector_pdf(qapp, certificates, cups):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(cups.queue)
    route = send_pdf(certificates, printer, title="Сертификаттар")
    assert route.kind == "cups", route
    out = cups.wait_for_pdf()
    pages = pdfinfo(out)
    assert len(pages) == 2, cups.error_log()
    for width, height, rotation in pages.values():
        assert is_a4(width, height)
        assert shown_landscape(width, height, rotation)  # not shrunk onto a portrait page
    # The old way sent each page as a 1200-dpi image: ~3 MB a page. The PDF itself is text and lines.
    raster_estimate = 3_000_000 * len(pages)
    assert out.stat().st_size < raster_estimate / 10
    assert all(ppi <= 150 for ppi in image_ppi(out))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    # Still text, not pictures of it (PostScript on the way loses the Cyrillic letters' mapping, not the serials).
    assert len(re.findall(r"-2026-0000[12]", text)) == 2


# -- painting (Windows, printers CUPS does not know) --------------------------------------------------------

def _mixed_pdf(path: Path) -> Path:
    """Page 1 landscape, page 2 portrait, page 3 landscape."""
    canvas = Canvas(str(path), pagesize=landscape(A4))
    for size in (landscape(A4), A4, landscape(A4)):
        canvas.setPageSize(size)
        canvas.rect(20, 20, size[0] - 40, size[1] - 40)
        canvas.drawString(40, size[1] - 60, f"{size[0]:.0f} x {size[1]:.0f}")
        canvas.showPage()
    canvas.save()
    return path


@needs_poppler
def test_painted_pages_keep_each_pages_orientation_at_300_dpi_at_most(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi: the old images were that fine
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    assert paint_pages(_mixed_pdf(tmp_path / "mixed.pdf"), printer) == 3
    pages = pdfinfo(tmp_path / "painted.pdf")
    assert [shown_landscape(*pages[n]) for n in (1, 2, 3)] == [True, False, True]
    assert all(is_a4(w, h) for w, h, _ in pages.values())
    ppi = image_ppi(tmp_path / "painted.pdf")
    assert len(ppi) == 3 and all(MAX_DPI - 5 <= p <= MAX_DPI + 5 for p in ppi)


@needs_poppler
def test_a_page_range_paints_only_those_pages(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    printer.setFromTo(2, 2)
    assert paint_pages(_mixed_pdf(tmp_path / "mixed.pdf"), printer) == 1
    assert [shown_landscape(*p) for p in pdfinfo(tmp_path / "painted.pdf").values()] == [False]


def test_printing_to_a_pdf_file_copies_the_pdf_and_an_unreadable_file_is_said(qapp, certificates, tmp_path):
    from app.errors import KnownError

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "copy.pdf"))
    assert send_pdf(certificates, printer).kind == "copy"
    assert (tmp_path / "copy.pdf").read_bytes() == certificates.read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(KnownError, match="cannot be read as a PDF"):
        send_pdf(broken, printer)
