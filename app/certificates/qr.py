"""QR codes drawn as one PDF path.

reportlab's own QrCodeWidget encodes in pure Python with all eight masks
scored and draws every module as a separate shape: about 80 ms a page.
Here segno encodes with a fixed mask (any of the eight is valid by ISO/IEC
18004; scoring them all is four fifths of the encoding time, and scanners
read a fixed mask as well), and the dark modules are merged into horizontal
runs and drawn as one filled path: about 1.5 ms a page in all.
"""
from __future__ import annotations

import segno

QUIET = 2  # modules of white margin drawn around the symbol (the page around it is white too)


def matrix(text: str) -> list[list[bool]]:
    """The QR modules of ``text`` (rows top to bottom, True = dark), error level M."""
    code = segno.make(text, error="m", micro=False, boost_error=False, mask=2)
    return [[bool(v) for v in row] for row in code.matrix]


def runs(modules: list[list[bool]]) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules: (row, first column, length)."""
    out = []
    for r, row in enumerate(modules):
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                out.append((r, start, c - start))
            else:
                c += 1
    return out


def draw(canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR of ``text`` with its lower-left corner at (x, y), ``size`` points wide (one path).

    The path is written in module units (a scaled, flipped coordinate system),
    so its numbers are small integers: reportlab's float formatting, in pure
    Python without its optional accelerator, would cost more than the encoding.
    """
    modules = matrix(text)
    n = len(modules)
    unit = size / (n + 2 * QUIET)
    ops = "\n".join(f"{c} {r} {length} 1 re" for r, c, length in runs(modules))
    canvas.saveState()
    canvas.translate(x + QUIET * unit, y + size - QUIET * unit)  # i18n: ignore (a PDF transform)
    canvas.scale(unit, -unit)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.addLiteral(ops + "\nf")
    canvas.restoreState()
