"""Drawing certificates with reportlab: A4, border, logo, texts that shrink to fit, QR code.

One page per certificate, drawn straight on a canvas (no platypus flowables:
1,000 pages must take seconds).  Every text is fitted to its box with
``stringWidth``: a long name or reason gets smaller, then wraps, and never
runs off the page or over its neighbours.
"""
from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.certificates import qr
from app.certificates.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts
from app.certificates.signing import SHORT, qr_text
from app.certificates.templates import labels
from app.errors import ValidationError
from app.i18n import Msg

Progress = Callable[[int, int], None]
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass
class Style:
    """How the certificates of one batch look (the user's choices)."""

    orientation: str = "landscape"  # or portrait
    primary: str = "#1F4E79"  # title, border
    accent: str = "#B8860B"  # ornament, subtitle, rule under the name
    logo: Path | None = None
    signatories: list[tuple[str, str]] = field(default_factory=list)  # (position, name), at most 2
    qr: bool = True  # off only to measure the pages without it (bench)

    def check(self) -> Style:
        """Refuse what cannot be drawn, with a message naming the field."""
        if self.orientation not in ("landscape", "portrait"):
            raise ValidationError("orientation", Msg("Certificates", "The orientation must be landscape or "
                                                     "portrait."))
        for name in ("primary", "accent"):
            if not _COLOUR.match(getattr(self, name) or ""):
                raise ValidationError(name, Msg("Certificates", "“{value}” is not a colour; write it as "
                                                "#RRGGBB, e.g. #1F4E79.", value=getattr(self, name)))
        if len(self.signatories) > 2:
            raise ValidationError("signatories", Msg("Certificates", "A certificate has at most two "
                                                     "signatories."))
        if self.logo is not None:
            check_image(Path(self.logo))
        return self


def check_image(path: Path) -> None:
    """Refuse a logo that is missing or is not a readable PNG/JPEG/GIF/BMP image."""
    if not path.is_file():
        raise ValidationError("logo", Msg("Certificates", "The logo file {path} was not found.", path=str(path)))
    try:
        with Image.open(path) as image:
            image.verify()
            kind = image.format
    except Exception as exc:  # PIL raises many types for damaged or foreign files
        raise ValidationError("logo", Msg("Certificates", "The logo file {path} is not an image (PNG or "
                                          "JPEG) or it is damaged.", path=str(path))) from exc
    if kind not in ("PNG", "JPEG", "GIF", "BMP"):
        raise ValidationError("logo", Msg("Certificates", "The logo file {path} is a {kind} image; use PNG "
                                          "or JPEG.", path=str(path), kind=str(kind)))


@dataclass(frozen=True)
class Page:
    """Everything printed on one certificate."""

    serial: str
    code: str
    language: str
    name: str
    title: str
    subtitle: str
    above: str
    body: str
    dateline: str


def fit_size(text: str, font: str, size: float, width: float, minimum: float = 4.0) -> float:
    """The largest size <= ``size`` at which ``text`` is at most ``width`` wide."""
    while size > minimum and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines at most ``width`` wide ('\\n' always breaks)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(simpleSplit(paragraph, font, size, width) or [""])
    return lines


def fit_block(text: str, font: str, size: float, width: float, height: float,
              minimum: float = 6.0) -> tuple[float, list[str]]:
    """A size and lines so that ``text`` fits ``width`` × ``height`` (leading 1.3 × size)."""
    while True:
        lines = wrap(text, font, size, width)
        widest = max((stringWidth(line, font, size) for line in lines), default=0)
        if (len(lines) * size * 1.3 <= height and widest <= width) or size <= minimum:
            if widest > width:  # one unbreakable word: shrink it alone until it fits
                size = min(fit_size(line, font, size, width) for line in lines)
            return size, lines
        size -= 0.5


def name_lines(name: str, width: float, size: float = 34.0) -> tuple[float, list[str]]:
    """The recipient's name in one line, or two balanced lines when one would be under 18 pt."""
    one = fit_size(name, SERIF_BOLD, size, width)
    words = name.split()
    if one >= 18 or len(words) < 2:
        return one, [name]
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    lines = [" ".join(words[:best]), " ".join(words[best:])]
    two = min(fit_size(line, SERIF_BOLD, min(size, 26.0), width) for line in lines)
    return (two, lines) if two > one else (one, [name])


class Painter:
    """Draws pages of one style on one canvas."""

    def __init__(self, canvas, style: Style) -> None:
        self.c = canvas
        self.style = style
        self.w, self.h = canvas._pagesize
        self.primary = HexColor(style.primary)
        self.accent = HexColor(style.accent)
        self.logo = None
        if style.logo is not None:
            self.logo = ImageReader(str(style.logo))  # one object: embedded once for all pages

    def frame(self) -> None:
        """Border, inner rule and corner ornaments."""
        c, w, h = self.c, self.w, self.h
        c.setStrokeColor(self.primary)
        c.setLineWidth(4)
        c.rect(18, 18, w - 36, h - 36)
        c.setStrokeColor(self.accent)
        c.setLineWidth(1.2)
        c.rect(28, 28, w - 56, h - 56)
        c.setFillColor(self.accent)
        for x, y in ((28, 28), (w - 28, 28), (28, h - 28), (w - 28, h - 28)):
            p = c.beginPath()
            p.moveTo(x, y - 9)
            p.lineTo(x + 9, y)
            p.lineTo(x, y + 9)
            p.lineTo(x - 9, y)
            p.close()
            c.drawPath(p, stroke=0, fill=1)

    def page(self, page: Page) -> None:
        """Draw one certificate and end the page."""
        c, w, h = self.c, self.w, self.h
        portrait = h > w
        self.frame()
        top = h - (80 if portrait else 70)
        if self.logo is not None:
            iw, ih = self.logo.getSize()
            box = 70.0
            scale = min(box / iw, box / ih)
            c.drawImage(self.logo, (w - iw * scale) / 2, top - ih * scale, iw * scale, ih * scale, mask="auto")
            top -= box + 12
        text_width = w - 2 * (90 if portrait else 110)
        # Title and subtitle
        size = fit_size(page.title, SERIF_BOLD, 46 if not portrait else 40, text_width)
        top -= size
        c.setFillColor(self.primary)
        c.setFont(SERIF_BOLD, size)
        c.drawCentredString(w / 2, top, page.title)
        if page.subtitle:
            size = fit_size(page.subtitle, SERIF, 22, text_width)
            top -= size + 12
            c.setFillColor(self.accent)
            c.setFont(SERIF, size)
            c.drawCentredString(w / 2, top, page.subtitle)
        top -= 60 if portrait else 44
        c.setFillColorRGB(0.3, 0.3, 0.3)
        if page.above:
            size = fit_size(page.above, SANS, 14, text_width)
            top -= size
            c.setFont(SANS, size)
            c.drawCentredString(w / 2, top, page.above)
        # The name: the largest thing after the title
        size, lines = name_lines(page.name, text_width)
        top -= 14
        c.setFillColorRGB(0.08, 0.08, 0.08)
        c.setFont(SERIF_BOLD, size)
        for line in lines:
            top -= size * 1.15
            c.drawCentredString(w / 2, top, line)
        top -= 12
        c.setStrokeColor(self.accent)
        c.setLineWidth(0.8)
        c.line(w * 0.25, top, w * 0.75, top)
        # The body, in the space left above the footer
        footer_top = 150 if not portrait else 190
        size, lines = fit_block(page.body, SANS, 17, text_width, max(top - 40 - footer_top, 20))
        c.setFillColorRGB(0.15, 0.15, 0.15)
        c.setFont(SANS, size)
        top -= 20
        for line in lines:
            top -= size * 1.3
            c.drawCentredString(w / 2, top, line)
        self.footer(page, portrait)
        c.showPage()

    def footer(self, page: Page, portrait: bool) -> None:
        """Date and place, signatories, the QR code with serial and short code."""
        c, w = self.c, self.w
        qr_size = 84.0
        qr_x, qr_y = w - 44 - qr_size, 38
        c.setFillColorRGB(0.2, 0.2, 0.2)
        if page.dateline:
            size = fit_size(page.dateline, SANS, 12, w - 2 * 110)
            c.setFont(SANS, size)
            c.drawCentredString(w / 2, 150 if portrait else 122, page.dateline)
        slot = (qr_x - 70 - 20) / 2
        for i, (position, name) in enumerate(self.style.signatories[:2]):
            x = 62 + i * (slot + 10)
            c.setStrokeColorRGB(0.3, 0.3, 0.3)
            c.setLineWidth(0.6)
            c.line(x, 70, x + slot - 20, 70)
            c.setFont(SANS, fit_size(position, SANS, 10, slot - 20))
            c.drawString(x, 76, position)
            c.setFont(SANS_BOLD, fit_size(name, SANS_BOLD, 11, slot - 20))
            c.drawString(x, 58, name)
        if self.style.qr:
            qr.draw(c, qr_text(page.serial, page.code), qr_x, qr_y, qr_size)
        words = labels(page.language)
        c.setFont(SANS, 7.5)
        c.setFillColorRGB(0.25, 0.25, 0.25)
        right = qr_x - 4  # left of the QR, under the signatures' names
        c.drawRightString(right, qr_y + 12, f"{words['serial']}: {page.serial}")
        c.drawRightString(right, qr_y + 3, f"{words['code']}: {page.code[:SHORT]}")


def render_pdf(pages: Iterable[Page], out: Path, style: Style, total: int = 0,
               progress: Progress | None = None, title: str = "", author: str = "") -> Path:
    """Write ``pages`` to ``out`` as one PDF (through a temporary file: never half a file)."""
    style.check()
    register_fonts()
    # Compressed streams stay binary: reportlab's ASCII85 wrapping runs in pure Python and
    # cost more than everything else on a 1,000-page batch.
    rl_config.useA85 = 0
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tirkeu-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    try:
        size = landscape(A4) if style.orientation == "landscape" else A4
        # The initial font must be ours too, or an unused, unembedded Helvetica is listed in the PDF.
        canvas = Canvas(tmp, pagesize=size, pageCompression=1, initialFontName=SANS, initialFontSize=12)
        canvas.setTitle(title)
        canvas.setAuthor(author)
        canvas.setCreator("Tirkeu")
        painter = Painter(canvas, style)
        done = 0
        for page in pages:
            painter.page(page)
            done += 1
            if progress is not None and (done % 25 == 0 or done == total):
                progress(done, total)
        canvas.save()
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out
