"""Sending a PDF the program wrote to the printer the user chose in the print dialog.

Two ways, chosen by :func:`print_route`:

- **CUPS** (Linux, macOS): the PDF file itself goes to the queue with ``lp``.
  CUPS lays each page on the paper by the page's own size and orientation,
  and the job is the PDF's size (a 36-page batch: ~150 KB, under a second),
  not a stack of page images.
- **Painting** (Windows, or a printer CUPS does not know): each page is rendered
  by QtPdf at the printer's resolution capped at :data:`MAX_DPI`, one page at a
  time (memory stays at one page image), on a page of the document page's own
  size and orientation.

A "print to file (PDF)" choice gets a copy of the PDF itself.
"""
from __future__ import annotations

import shutil
import subprocess
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.errors import KnownError
from app.i18n import Msg

MAX_DPI = 300  # enough for text and QR codes on any office printer; 1200 made 113 MB jobs
LP_TIMEOUT = 120  # seconds lp may take to hand the file to the local CUPS
#: Paper names CUPS knows (``media=``), by their size in points (portrait), to 2 pt.
MEDIA = {"A4": (595.28, 841.89), "A5": (419.53, 595.28), "A3": (841.89, 1190.55), "Letter": (612.0, 792.0)}
SIDES = {QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
         QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
         QPrinter.DuplexMode.DuplexNone: "one-sided"}


@dataclass(frozen=True)
class Route:
    """How one print job goes out: ``"cups"`` (``command`` is the lp command), ``"paint"`` or ``"copy"``."""

    kind: str
    command: tuple[str, ...] = ()


def media_name(page_sizes: Sequence[tuple[float, float]]) -> str | None:
    """The paper name (A4, …) all pages share in either orientation, or None when they differ or are odd."""
    names = set()
    for width, height in page_sizes:
        short, long = sorted((width, height))
        name = next((n for n, (w, h) in MEDIA.items() if abs(w - short) <= 2 and abs(h - long) <= 2), None)
        names.add(name)
    return names.pop() if len(names) == 1 else None


def print_route(path: Path, *, queue: str, copies: int = 1, first: int = 0, last: int = 0,
                page_sizes: Sequence[tuple[float, float]] = (), title: str = "", sides: str | None = None,
                to_file: str = "", lp: str | None = None, cups_queues: Collection[str] = ()) -> Route:
    """Decide how to print ``path``: the file to CUPS, painted page by page, or copied to a file.

    ``queue`` is the printer chosen in the dialog; it goes to CUPS only when
    ``lp`` (the lp program's path) exists and ``queue`` is one of ``cups_queues``.
    ``first``/``last`` are 1-based pages (0: all).  CUPS is told the paper the
    pages are on (``media=A4``) so it neither crops nor shrinks them; pages of
    mixed or unknown sizes are scaled to the printer's paper (``fit-to-page``).
    """
    if to_file:
        return Route("copy")
    if not lp or not queue or queue not in cups_queues:
        return Route("paint")
    command = [lp, "-d", queue, "-n", str(max(1, copies))]
    if title:
        command += ["-t", title]
    media = media_name(page_sizes)
    command += ["-o", f"media={media}"] if media else ["-o", "fit-to-page"]
    if copies > 1:
        command += ["-o", "collate=true"]
    if sides:
        command += ["-o", f"sides={sides}"]
    if first > 0:
        command += ["-P", f"{first}-{last}" if last >= first else str(first)]
    command += ["--", str(path)]
    return Route("cups", tuple(command))


def cups_queues() -> set[str]:
    """The destinations the local CUPS offers (``lpstat -e``); empty without CUPS or when it does not answer."""
    lpstat = shutil.which("lpstat")
    if not lpstat:
        return set()
    try:
        done = subprocess.run([lpstat, "-e"], capture_output=True, text=True, timeout=15, check=False)
    except (OSError, subprocess.SubprocessError):
        return set()
    return {line.strip() for line in done.stdout.splitlines() if line.strip()} if done.returncode == 0 else set()


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Each page's size in points, as QtPdf reads the file (empty if it cannot)."""
    doc = QPdfDocument()
    doc.load(str(path))
    try:
        if doc.status() != QPdfDocument.Status.Ready:
            return []
        return [(doc.pagePointSize(i).width(), doc.pagePointSize(i).height()) for i in range(doc.pageCount())]
    finally:
        doc.close()


def send_pdf(path: Path, printer: QPrinter, title: str = "") -> Route:
    """Print the PDF at ``path`` on ``printer`` as the print dialog left it; returns the way it went.

    Raises :class:`KnownError` when the system refuses the job or the file cannot be read.
    """
    path = Path(path)
    sizes = page_sizes(path)
    if not sizes:
        raise KnownError(Msg("Printing", "The file {path} cannot be read as a PDF, so it cannot be printed.",
                             path=str(path)))
    printing_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName()
    route = print_route(path, queue=printer.printerName(), copies=printer.copyCount(), first=printer.fromPage(),
                        last=printer.toPage(), page_sizes=sizes, title=title or path.stem,
                        sides=SIDES.get(printer.duplex()), to_file=printer.outputFileName() if printing_file else "",
                        lp=shutil.which("lp"), cups_queues=cups_queues())
    if route.kind == "copy":
        _copy(path, Path(printer.outputFileName()))
    elif route.kind == "cups":
        _run_lp(route.command)
    else:
        paint_pages(path, printer)
    return route


def _copy(path: Path, target: Path) -> None:
    if target.resolve() == path.resolve():
        return
    try:
        shutil.copyfile(path, target)
    except OSError as exc:
        raise KnownError(Msg("Printing", "Cannot write {file}: {reason}", file=str(target),
                             reason=exc.strerror or str(exc))) from None


def _run_lp(command: Sequence[str]) -> None:
    try:
        done = subprocess.run(list(command), capture_output=True, text=True, timeout=LP_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        raise KnownError(Msg("Printing", "The printing service did not take the job: {reason}",
                             reason=str(exc))) from None
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip() or f"lp exit {done.returncode}"
        raise KnownError(Msg("Printing", "The printing service did not take the job: {reason}", reason=reason))


def _page_layout(width: float, height: float, margins: QMarginsF) -> QPageLayout:
    """A page of the document page's size, in its orientation (a landscape page is landscape paper)."""
    landscape = width > height
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, margins, QPageLayout.Unit.Point)


def _on_white(image: QImage) -> QImage:
    """The page on white paper, without an alpha channel (drivers send a transparent image twice)."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def paint_pages(path: Path, printer: QPrinter) -> int:
    """Render each page (within the printer's page range) at ≤ :data:`MAX_DPI` and paint it on its own
    paper and orientation, fitted into the printable area; returns the number of pages painted."""
    doc = QPdfDocument()
    doc.load(str(path))
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
        raise KnownError(Msg("Printing", "The file {path} cannot be read as a PDF, so it cannot be printed.",
                             path=str(path)))
    first, last = 0, doc.pageCount() - 1
    if printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, min(last, max(printer.toPage(), printer.fromPage()) - 1)
    painter = QPainter()
    dpi = min(printer.resolution(), MAX_DPI)
    margins = printer.pageLayout().margins(QPageLayout.Unit.Point)  # the printer's own unprintable edges
    try:
        for index in range(first, last + 1):
            points = doc.pagePointSize(index)
            # Set before begin() for the first page and before newPage() for the others: it applies to the next page.
            printer.setPageLayout(_page_layout(points.width(), points.height(), margins))
            if index == first:
                if not painter.begin(printer):
                    raise KnownError(Msg("Printing", "The printer {printer} cannot be used now.",
                                         printer=printer.printerName()))
            else:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            scale = min(area.width() / points.width(), area.height() / points.height())  # device px per pt
            width, height = points.width() * scale, points.height() * scale
            pixels = QSize(round(width / printer.resolution() * dpi), round(height / printer.resolution() * dpi))
            image = _on_white(doc.render(index, pixels))
            painter.drawImage(QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height),
                              image)
            del image  # one page image at a time
    finally:
        if painter.isActive():
            painter.end()
        doc.close()
    return last - first + 1
