#!/usr/bin/env python3
"""Draw Tirkeu's icon: resources/icons/tirkeu.png (256×256) and tirkeu.ico (16–256).

A golden "T" on the sky blue of the flag, the ends of its bar curled into
ram's horns (қошқар мүйіз, the commonest Kazakh ornament).  Drawn with Pillow
(reportlab's dependency, so it is in the .venv) at 1024 px and scaled down.

    .venv/bin/python tools/make_icon.py            # writes resources/icons/
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZE = 1024
BLUE, DARK_BLUE, GOLD = (0, 175, 202, 255), (0, 122, 150, 255), (254, 197, 12, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def _stroke(draw: ImageDraw.ImageDraw, points: list[tuple[float, float]], width: int, colour) -> None:
    """A round brush of ``width`` dragged along the polyline (smooth on curves, round ends)."""
    r = width / 2
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        steps = max(1, int(math.hypot(x1 - x0, y1 - y0) / 2))
        for i in range(steps + 1):
            x, y = x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps
            draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)


def _horn(cx: float, cy: float, side: int, r0: float = 118, r1: float = 38,
          turn: float = 1.6 * math.pi) -> list[tuple[float, float]]:
    """A spiral starting at the top of a circle round ``(cx, cy)``: outwards on ``side`` (-1 left,
    1 right), down, and curling back in as its radius shrinks from ``r0`` to ``r1``."""
    points = []
    for i in range(161):
        t = i / 160
        angle = -math.pi / 2 - turn * t  # on screen (y down): up, left, down, right
        radius = r0 + (r1 - r0) * t
        x = radius * math.cos(angle)
        points.append((cx + (x if side < 0 else -x), cy + radius * math.sin(angle)))
    return points


def draw(size: int = SIZE) -> Image.Image:
    """The icon at ``size`` pixels (drawn at 1024 and scaled)."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((24, 24, SIZE - 24, SIZE - 24), radius=200, fill=BLUE)
    d.rounded_rectangle((70, 70, SIZE - 70, SIZE - 70), radius=160, outline=DARK_BLUE, width=14)
    bar_y, stroke = 330, 104
    # the stem and the bar
    _stroke(d, [(512, bar_y), (512, 800)], stroke, GOLD)
    _stroke(d, [(300, bar_y), (724, bar_y)], stroke, GOLD)
    # the horns: from each end of the bar, outwards, down and curling back in
    for side, cx in ((-1, 300), (1, 724)):
        _stroke(d, _horn(cx, bar_y + 118, side), stroke - 14, GOLD)
    # a small diamond under the stem, as on felt carpets (сырмақ)
    d.polygon([(512, 880), (556, 924), (512, 968), (468, 924)], fill=GOLD)
    return image.resize((size, size), Image.Resampling.LANCZOS) if size != SIZE else image


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw(256)
    icon.save(OUT / "tirkeu.png", optimize=True)
    icon.save(OUT / "tirkeu.ico", sizes=ICO_SIZES)
    print(f"wrote {OUT / 'tirkeu.png'} and {OUT / 'tirkeu.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
