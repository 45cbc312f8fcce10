"""The round on paper: the draw sheet and the ballots, as A4 PDFs with the DejaVu fonts embedded.

Drawn straight on a reportlab canvas, as the certificates are: every text is
fitted to its box (a long team name gets smaller, then wraps) and never runs
over its neighbours.  Texts are in the language asked for (kk, ru or en),
through the same translations as the window.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.certificates.fonts import SANS, SANS_BOLD, register_fonts
from app.certificates.layout import fit_size, wrap
from app.i18n import Msg, catalog, normalise_language
from app.models import Tournament
from app.tables.writer import atomic_write  # the same safe writing as every file
from app.tournaments import types as T
from app.tournaments.sheets import SheetDebate, SheetRound, sheet_rounds

WIDTH, HEIGHT = A4
MARGIN = 15 * mm
INK = HexColor("#111111")
GREY = HexColor("#666666")
RULE = HexColor("#999999")
SHADE = HexColor("#E8EEF4")
CHAIR = "★"
CIRCLE = "○"
BOX = "☐"


@dataclass
class PaperSummary:
    """What was printed."""

    path: Path
    pages: int
    debates: int


def _number(value: float) -> str:
    return f"{float(value):g}"


class _Sheet:
    """A canvas with the tournament's texts in one language."""

    def __init__(self, canvas: Canvas, t: Tournament, lang: str) -> None:
        self.c = canvas
        self.t = t
        self.translate = catalog(normalise_language(lang)).translate
        self.pages = 0
        self.title = t.event.title

    def r(self, value: Msg | str | None) -> str:
        if value is None:
            return ""
        return value.render(self.translate) if isinstance(value, Msg) else str(value)

    def text(self, x: float, y: float, value: str, font: str = SANS, size: float = 10, width: float | None = None,
             colour: Any = INK, right: bool = False, centre: bool = False) -> float:
        """One line fitted to ``width``; returns the size used."""
        if width is not None:
            size = fit_size(value, font, size, width)
        self.c.setFont(font, size)
        self.c.setFillColor(colour)
        if right:
            self.c.drawRightString(x, y, value)
        elif centre:
            self.c.drawCentredString(x, y, value)
        else:
            self.c.drawString(x, y, value)
        return size

    def lines(self, x: float, y: float, value: str, width: float, font: str = SANS, size: float = 10,
              leading: float = 1.25) -> float:
        """Wrapped text from ``y`` down; returns the y below it."""
        self.c.setFont(font, size)
        self.c.setFillColor(INK)
        for line in wrap(value, font, size, width):
            if stringWidth(line, font, size) > width:  # one word longer than the line: shrink it alone
                self.c.setFont(font, fit_size(line, font, size, width))
            self.c.drawString(x, y, line)
            self.c.setFont(font, size)
            y -= size * leading
        return y

    def footer(self) -> None:
        self.pages += 1
        self.text(WIDTH - MARGIN, 9 * mm, self.r(Msg("Tournament", "Tirkeu · page {page}", page=self.pages)),
                  size=7, colour=GREY, right=True)

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()

    def heading(self, sheet: SheetRound, y: float, extra: str = "") -> float:
        """The tournament, the round and the league; returns the y below."""
        self.text(MARGIN, y, self.title, SANS_BOLD, 14, WIDTH - 2 * MARGIN)
        y -= 18
        line = self.r(Msg("Tournament", "{round} · {league}", round=sheet.title, league=sheet.league_name))
        self.text(MARGIN, y, line + extra, SANS, 11, WIDTH - 2 * MARGIN)
        return y - 8

    def motion(self, sheet: SheetRound, y: float, info: bool = True, size: float = 10) -> float:
        """The motion (and the info slide) under a heading; returns the y below."""
        if sheet.motion is None:
            return y
        width = WIDTH - 2 * MARGIN
        label = self.r(Msg("Tournament", "Motion:")) + " "
        self.text(MARGIN, y - size, label, SANS_BOLD, size)
        indent = stringWidth(label, SANS_BOLD, size)
        first, *rest = wrap(sheet.motion.text, SANS_BOLD, size, width - indent) or [""]
        self.text(MARGIN + indent, y - size, first, SANS_BOLD, size, width - indent)
        y -= size * 1.3
        if rest:
            y = self.lines(MARGIN + indent, y - size, " ".join(rest), width - indent, SANS_BOLD, size) + size
        if info and sheet.motion.info_slide:
            label = self.r(Msg("Tournament", "Info slide:")) + " "
            self.text(MARGIN, y - size + 1, label, SANS, size - 1, colour=GREY)
            indent = stringWidth(label, SANS, size - 1)
            y = self.lines(MARGIN + indent, y - size + 1, sheet.motion.info_slide, width - indent, SANS,
                           size - 1) + size - 1
        return y - 4


# -- the draw sheet ---------------------------------------------------------------------------------
_COLUMNS = (0.13, 0.25, 0.25, 0.27, 0.10)  # room, government, opposition, adjudicators, code


def _draw_sheet(s: _Sheet, sheet: SheetRound) -> None:
    y = HEIGHT - MARGIN - 6
    y = s.heading(sheet, y)
    y = s.motion(sheet, y - 6)
    width = WIDTH - 2 * MARGIN
    xs = [MARGIN]
    for share in _COLUMNS:
        xs.append(xs[-1] + share * width)
    heads = [s.r(Msg("Tournament", "Room")), s.r(Msg("Tournament", "Government")),
             s.r(Msg("Tournament", "Opposition")), s.r(Msg("Tournament", "Adjudicators")),
             s.r(Msg("Tournament", "Code"))]

    def header_row(y: float) -> float:
        s.c.setFillColor(SHADE)
        s.c.rect(MARGIN, y - 16, width, 16, stroke=0, fill=1)
        for i, head in enumerate(heads):
            s.text(xs[i] + 3, y - 11.5, head, SANS_BOLD, 9, xs[i + 1] - xs[i] - 6)
        return y - 16

    y = header_row(y - 4)
    size = 10
    for d in sheet.debates:
        cells = [
            wrap(d.room or "", SANS_BOLD, size, xs[1] - xs[0] - 6),
            wrap(d.gov, SANS, size, xs[2] - xs[1] - 6),
            wrap(d.opp, SANS, size, xs[3] - xs[2] - 6),
            [f"{CHAIR} {name}" if i == 0 and d.chaired else name for i, name in enumerate(d.panel)] or ["—"],
            [d.code],
        ]
        height = max(len(c) for c in cells) * size * 1.25 + 6
        if y - height < 18 * mm:
            s.new_page()
            y = header_row(s.heading(sheet, HEIGHT - MARGIN - 6,
                                     " " + s.r(Msg("Tournament", "(continued)"))) - 4)
        for i, lines in enumerate(cells):
            font = SANS_BOLD if i in (0, 4) else SANS
            for j, line in enumerate(lines):
                s.text(xs[i] + 3, y - 4 - size - j * size * 1.25, line, font, size, xs[i + 1] - xs[i] - 6)
        y -= height
        s.c.setStrokeColor(RULE)
        s.c.setLineWidth(0.4)
        s.c.line(MARGIN, y, MARGIN + width, y)
    y -= 14
    if sheet.byes:
        s.text(MARGIN, y, s.r(Msg("Tournament", "Bye (a win without a debate): {teams}",
                                  teams=", ".join(sheet.byes))), SANS, 10, width)
        y -= 14
    if any(d.chaired for d in sheet.debates):
        s.text(MARGIN, y, s.r(Msg("Tournament", "{mark} the chair of the panel", mark=CHAIR)), SANS, 8,
               colour=GREY)
    s.new_page()


# -- the ballot ---------------------------------------------------------------------------------------
def _ballot(s: _Sheet, sheet: SheetRound, d: SheetDebate, adjudicator: str | None, chair: bool) -> None:
    t = s.t
    width = WIDTH - 2 * MARGIN
    top = HEIGHT - MARGIN
    # The code, large in a box at the top right: the first thing typed in.
    box_w, box_h = 46 * mm, 20 * mm
    s.c.setStrokeColor(INK)
    s.c.setLineWidth(1.2)
    s.c.rect(WIDTH - MARGIN - box_w, top - box_h, box_w, box_h)
    s.text(WIDTH - MARGIN - box_w / 2, top - 7, s.r(Msg("Tournament", "Debate code")), SANS, 7, box_w - 6,
           colour=GREY, centre=True)
    s.text(WIDTH - MARGIN - box_w / 2, top - box_h + 5, d.code, SANS_BOLD, 22, box_w - 8, centre=True)
    left = width - box_w - 6 * mm
    s.text(MARGIN, top - 12, s.r(Msg("Tournament", "Ballot")), SANS_BOLD, 16, left)
    s.text(MARGIN, top - 28, s.title, SANS, 10, left)
    room = d.room or "—"
    s.text(MARGIN, top - 42, s.r(Msg("Tournament", "{round} · {league} · Room {room}", round=sheet.title,
                                     league=sheet.league_name, room=room)), SANS, 10, left)
    y = top - box_h - 10
    y = s.motion(sheet, y, info=False)
    who = adjudicator or "_______________________________"
    label = s.r(Msg("Tournament", "Adjudicator:"))
    s.text(MARGIN, y - 12, label, SANS_BOLD, 10)
    role = (" (" + s.r(Msg("Tournament", "chair")) + ")") if chair and adjudicator else ""
    s.text(MARGIN + stringWidth(label, SANS_BOLD, 10) + 4, y - 12, who + role, SANS, 10, width * 0.7)
    y -= 26
    low, high, step = float(t.score_min), float(t.score_max), float(t.score_step)
    s.text(MARGIN, y, s.r(Msg("Tournament", "Each speech is scored from {low} to {high} in steps of {step}.",
                              low=_number(low), high=_number(high), step=_number(step))), SANS, 9, width,
           colour=GREY)
    y -= 8
    score_w = 30 * mm
    role_w = 52 * mm
    for side, team, speakers in (("gov", d.gov, d.gov_speakers), ("opp", d.opp, d.opp_speakers)):
        heading = (Msg("Tournament", "Government: {team}", team=team) if side == "gov"
                   else Msg("Tournament", "Opposition: {team}", team=team))
        s.c.setFillColor(SHADE)
        s.c.rect(MARGIN, y - 20, width, 20, stroke=0, fill=1)
        s.text(MARGIN + 4, y - 14, s.r(heading), SANS_BOLD, 12, width - score_w - 12)
        s.text(MARGIN + width - 4, y - 14, s.r(Msg("Tournament", "Score")), SANS_BOLD, 9, score_w - 8, right=True)
        y -= 20
        for r in (x for x in T.ROLES if T.ROLE_SIDE[x] == side):
            row_h = 30
            s.text(MARGIN + 4, y - 18, s.r(T.role_name(r)), SANS_BOLD, 9.5, role_w - 8)
            name = d.roles.get(r)
            spoken = name if name else "    ".join(f"{CIRCLE} {p}" for p in speakers)
            s.text(MARGIN + role_w, y - 18, spoken, SANS, 10.5, width - role_w - score_w - 10)
            s.c.setStrokeColor(INK)
            s.c.setLineWidth(0.8)
            s.c.rect(MARGIN + width - score_w + 4, y - row_h + 4, score_w - 8, row_h - 8)
            y -= row_h
            s.c.setStrokeColor(RULE)
            s.c.setLineWidth(0.4)
            s.c.line(MARGIN, y, MARGIN + width, y)
        s.text(MARGIN + width - score_w - 4, y - 17, s.r(Msg("Tournament", "Team total")), SANS_BOLD, 10,
               width - score_w - 10, right=True)
        s.c.setStrokeColor(INK)
        s.c.setLineWidth(1.2)
        s.c.rect(MARGIN + width - score_w + 4, y - 26, score_w - 8, 22)
        y -= 40
    if not d.roles:
        s.text(MARGIN, y + 8, s.r(Msg("Tournament", "Circle the speaker of each speech.")), SANS, 8, width,
               colour=GREY)
        y -= 6
    s.text(MARGIN, y - 4, s.r(Msg("Tournament", "Winner (tick one):")), SANS_BOLD, 11)
    y -= 24
    for side, team in (("gov", d.gov), ("opp", d.opp)):
        side_word = Msg("Tournament", "Government") if side == "gov" else Msg("Tournament", "Opposition")
        s.c.setStrokeColor(INK)
        s.c.setLineWidth(1.2)
        s.c.rect(MARGIN + 4, y - 3, 13, 13)
        s.text(MARGIN + 24, y, f"{s.r(side_word)} — {team}", SANS, 11, width - 30)
        y -= 22
    if not t.low_point_wins:
        s.text(MARGIN, y, s.r(Msg("Tournament", "The winning team must have the higher total; totals may not be "
                                  "equal.")), SANS, 8, width, colour=GREY)
    y -= 30
    s.text(MARGIN, y, s.r(Msg("Tournament", "Signature:")) + " ______________________", SANS, 10)
    s.text(MARGIN, 16 * mm, s.r(Msg("Tournament", "Type the code {code} in the Rounds tab (Debate code) to open "
                                    "this debate's ballot.", code=d.code)), SANS, 7.5, width, colour=GREY)
    s.new_page()


# -- writing ------------------------------------------------------------------------------------------------
def _write(out: Path, t: Tournament, lang: str, paint: Callable[[_Sheet], None], title: Msg) -> int:
    register_fonts()
    rl_config.useA85 = 0
    pages = [0]

    def write(f: IO[bytes]) -> None:
        # The initial font must be ours too, or an unused, unembedded Helvetica is listed in the PDF.
        canvas = Canvas(f, pagesize=A4, pageCompression=1, initialFontName=SANS, initialFontSize=10)
        sheet = _Sheet(canvas, t, lang)
        canvas.setTitle(f"{sheet.title} — {sheet.r(title)}")
        canvas.setAuthor("Tirkeu")
        canvas.setCreator("Tirkeu")
        paint(sheet)
        canvas.save()
        pages[0] = sheet.pages

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out, write)
    return pages[0]


def print_draw(t: Tournament, round_no: int, out: Path | str, leagues: list[str] | None = None,
               lang: str = "kk") -> PaperSummary:
    """The draw sheet of a round (every league drawn, or those asked for), one league per page or more."""
    sheets = sheet_rounds(t, round_no, leagues)

    def paint(s: _Sheet) -> None:
        for sheet in sheets:
            _draw_sheet(s, sheet)

    pages = _write(Path(out), t, lang, paint, Msg("Tournament", "Draw of round {round}", round=round_no))
    return PaperSummary(Path(out), pages, sum(len(s.debates) for s in sheets))


def print_ballots(t: Tournament, round_no: int, out: Path | str, leagues: list[str] | None = None,
                  lang: str = "kk") -> PaperSummary:
    """One ballot per adjudicator per debate (one blank-named ballot for a debate without adjudicators)."""
    sheets = sheet_rounds(t, round_no, leagues)

    def paint(s: _Sheet) -> None:
        for sheet in sheets:
            for d in sheet.debates:
                for i, name in enumerate(d.panel or [None]):
                    _ballot(s, sheet, d, name, chair=i == 0 and d.chaired)

    pages = _write(Path(out), t, lang, paint, Msg("Tournament", "Ballots of round {round}", round=round_no))
    return PaperSummary(Path(out), pages, sum(len(s.debates) for s in sheets))
