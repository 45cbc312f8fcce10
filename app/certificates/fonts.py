"""The fonts certificates are printed in: DejaVu, shipped in resources/fonts/ and embedded.

Never a system font: the PDF must look the same on every laptop and every
Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І) must print.  reportlab embeds TrueType
fonts as subsets with a ToUnicode map, so the text copies out as typed.
"""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources_path import resource_dir

FONTS_DIR = resource_dir() / "fonts"
#: reportlab name -> file in FONTS_DIR
FONT_FILES = {
    "TirkeuSans": "DejaVuSans.ttf",
    "TirkeuSans-Bold": "DejaVuSans-Bold.ttf",
    "TirkeuSerif": "DejaVuSerif.ttf",
    "TirkeuSerif-Bold": "DejaVuSerif-Bold.ttf",
}
SANS, SANS_BOLD, SERIF, SERIF_BOLD = FONT_FILES
_registered = False


def register_fonts() -> None:
    """Register the shipped fonts with reportlab (once per process)."""
    global _registered
    if _registered:
        return

    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file)))
    _registered = True
