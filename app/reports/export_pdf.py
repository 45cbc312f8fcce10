"""The report as a PDF (A4, reportlab) in the DejaVu fonts shipped with Tirkeu, embedded.

A title with the period and scope; per section its indicators against their
targets with a ✓ (met) / ✗ (not met) / – (not judged) mark, then its tables.
Page numbers at the foot.  Column headers wrap between words only: a narrow
column takes room from a wide one, or its header's font gets smaller.  A very
long table is cut at ``MAX_ROWS`` rows with a note: the XLSX and CSV files hold
every row.
"""
from __future__ import annotations

from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from app.certificates.fonts import SANS, SANS_BOLD, register_fonts
from app.i18n import Msg, catalog
from app.reports.indicators import line_region
from app.reports.model import FLOAT, INT, MARK, MONEY, Report, Table, render_cell
from app.tables.writer import atomic_write  # the same safe writing as every file

MAX_ROWS = 400
GREEN, RED, GREY = "#1e7b34", "#b3261e", "#777777"
PAD = 13.0  # a cell's padding (6 pt a side) and a little air
TEXT_WIDTH = 180 * mm
HEAD_SIZE, HEAD_MIN = 7.5, 4.5
#: The columns of a section's indicator lines.
LINE_HEADERS = (Msg("Reports", "Indicator"), Msg("Reports", "Region"), Msg("Reports", "Month or week"),
                Msg("Reports", "Target"), Msg("Reports", "Value"), Msg("Reports", "Held"), Msg("Reports", "Met"))


def _longest_word(text: str, size: float) -> float:
    return max((stringWidth(w, SANS_BOLD, size) for w in text.split()), default=0.0)


def fit_headers(headers: list[str], widths: list[float]) -> tuple[list[float], list[float]]:
    """Widths and header font sizes such that no header breaks inside a word.

    Headers wrap only between words; a column narrower than its header's
    longest word takes the room from the columns with the most to spare (the
    table keeps its width); what still does not fit gets a smaller font.
    """
    widths = list(widths)
    need = [_longest_word(h, HEAD_SIZE) + PAD for h in headers]
    for i in range(len(widths)):
        while widths[i] < need[i] - 0.01:
            slack = [widths[j] - need[j] if j != i else 0.0 for j in range(len(widths))]
            donor = max(range(len(widths)), key=lambda j: slack[j])
            if slack[donor] <= 0.01:
                break
            moved = min(need[i] - widths[i], slack[donor])
            widths[i] += moved
            widths[donor] -= moved
    sizes = []
    for h, w in zip(headers, widths):
        size = HEAD_SIZE
        while size > HEAD_MIN and _longest_word(h, size) > w - PAD + 1:
            size -= 0.25
        sizes.append(size)
    return widths, sizes


def _fmt(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and kind in (INT, MONEY, FLOAT):
        return f"{value:,}".replace(",", " ")  # thin grouping as Kazakh documents write it
    return str(value)


class _Pdf:
    def __init__(self, report: Report, lang: str) -> None:
        register_fonts()
        self.report = report
        self.t = catalog(lang).translate
        self.body = ParagraphStyle("body", fontName=SANS, fontSize=7.5, leading=9)
        self.bold = ParagraphStyle("bold", parent=self.body, fontName=SANS_BOLD)
        self.h1 = ParagraphStyle("h1", fontName=SANS_BOLD, fontSize=15, leading=19, spaceAfter=4)
        self.h2 = ParagraphStyle("h2", fontName=SANS_BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
        self.h3 = ParagraphStyle("h3", fontName=SANS_BOLD, fontSize=9.5, leading=12, spaceBefore=7, spaceAfter=3)
        self.note = ParagraphStyle("note", parent=self.body, textColor=GREY)

    def r(self, msg: Msg | str) -> str:
        return msg.render(self.t) if isinstance(msg, Msg) else str(msg)

    def p(self, text: str, style: Any = None) -> Any:
        return Paragraph(escape(text), style or self.body)

    def grid(self, headers: list[str], rows: list[list[Any]], kinds: list[str], widths: list[float] | None = None,
             colours: list[str | None] | None = None) -> Any:
        widths, sizes = fit_headers(headers, widths or self.widths(headers, rows, kinds))
        data = [[Paragraph(escape(h), ParagraphStyle("head", parent=self.bold, fontSize=size, leading=size * 1.2,
                                                     splitLongWords=0))
                 for h, size in zip(headers, sizes)]]
        for row in rows:
            data.append([self.p(_fmt(v, k)) if k not in (INT, MONEY, FLOAT) else _fmt(v, k)
                         for v, k in zip(row, kinds)])
        table = RLTable(data, colWidths=widths, repeatRows=1)
        style = [("FONT", (0, 0), (-1, -1), SANS, 7.5), ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
        for i, k in enumerate(kinds):
            if k in (INT, MONEY, FLOAT):
                style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
            if k == MARK:
                style.append(("ALIGN", (i, 1), (i, -1), "CENTER"))
        for r, colour in enumerate(colours or [], start=1):
            if colour:
                style.append(("BACKGROUND", (-1, r), (-1, r), colors.HexColor(colour)))
        table.setStyle(TableStyle(style))
        return table

    @staticmethod
    def widths(headers: list[str], rows: list[list[Any]], kinds: list[str]) -> list[float]:
        """Column widths over the A4 text width: each at least its longest word, the rest shared
        by how much more each column's text wants."""
        natural, least = [], []
        for i, (h, k) in enumerate(zip(headers, kinds)):
            texts = [_fmt(r[i], k) for r in rows[:200] if i < len(r)]
            words = [w for t in texts + [h] for w in t.split()] or [""]
            least.append(max(stringWidth(w, SANS_BOLD, 7.5) for w in words) + PAD)
            natural.append(max([stringWidth(t, SANS, 7.5) for t in texts] + [least[-1] - PAD]) + PAD)
        if sum(natural) <= TEXT_WIDTH:
            return [n * TEXT_WIDTH / sum(natural) for n in natural]
        if sum(least) > TEXT_WIDTH:  # too many columns: shared out, the headers' fonts shrink to fit
            return [m * TEXT_WIDTH / sum(least) for m in least]
        spare = TEXT_WIDTH - sum(least)
        extra = [n - m for n, m in zip(natural, least)]
        return [m + (spare * e / sum(extra) if sum(extra) else 0) for m, e in zip(least, extra)]

    def cut(self, rows: list, story: list) -> list:
        if len(rows) > MAX_ROWS:
            story.append(self.p(self.r(Msg("Reports", "The first {shown} of {total} rows; the XLSX and CSV "
                                               "files hold them all.", shown=MAX_ROWS, total=len(rows))), self.note))
            return rows[:MAX_ROWS]
        return rows

    def lines(self, section: Any, story: list) -> None:
        if not section.lines:
            return
        headers = [self.r(m) for m in LINE_HEADERS]
        rows, colours = [], []
        several = self.report.scope.level == "country"  # a Region column only when lines differ by it
        for line in self.cut(section.lines, story):
            mark = "–" if line.met is None else ("✓" if line.met else "✗")
            rows.append([self.r(line.name), line_region(self.report, line), line.when,
                         line.target.text() if line.target else "", line.value, line.held, mark])
            colours.append(None if line.met is None else ("#c6efce" if line.met else "#ffc7ce"))
        kinds = ["text", "text", "text", "text", FLOAT, INT, MARK]
        widths = [62 * mm, 32 * mm, 20 * mm, 18 * mm, 17 * mm, 14 * mm, 10 * mm]
        if not several:
            headers, kinds, widths = headers[:1] + headers[2:], kinds[:1] + kinds[2:], [94 * mm] + widths[2:]
            rows = [r[:1] + r[2:] for r in rows]
        story.append(self.grid(headers, rows, kinds, widths, colours))

    def table(self, table: Table, story: list) -> None:
        if table.key == "indicators":
            return  # the same lines are shown section by section
        story.append(self.p(self.r(table.title), self.h3))
        if not table.rows:
            story.append(self.p(self.r(Msg("Reports", "Nothing in this period.")), self.note))
            return
        rows = [[render_cell(v, self.t) for v in row] for row in self.cut(table.rows, story)]
        story.append(self.grid([self.r(c.title) for c in table.columns], rows, [c.kind for c in table.columns]))
        if table.note is not None:
            story.append(Spacer(1, 2))
            story.append(self.p(self.r(table.note), self.note))

    def story(self) -> list:
        rep = self.report
        story = [self.p(self.r(Msg("Reports", "Programme indicators")), self.h1),
                 self.p(self.r(rep.period.title()), self.h3),
                 self.p(self.r(rep.scope.title(rep.lang)), self.h3),
                 self.p(self.r(Msg("Reports", "Made on {date}. ✓ met, ✗ not met, – not judged (no target here, "
                                              "a partial or unfinished month or week, or a target of a wider "
                                              "level).", date=rep.today.strftime("%d.%m.%Y"))), self.note)]
        for section in rep.sections:
            story.append(self.p(self.r(section.title), self.h2))
            self.lines(section, story)
            for table in section.tables:
                self.table(table, story)
        return story

    def footer(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7)
        canvas.setFillColorRGB(0.45, 0.45, 0.45)
        text = self.r(Msg("Reports", "Tirkeu · {period} · page {page}", period=self.report.period.label,
                          page=doc.page))
        canvas.drawRightString(doc.pagesize[0] - 15 * mm, 8 * mm, text)
        canvas.restoreState()


def write_pdf(report: Report, path: Path, lang: str) -> Path:
    """Write ``report`` to ``path`` (.pdf, A4) in ``lang``; returns the path."""
    pdf = _Pdf(report, lang)

    def write(f: IO[bytes]) -> None:
        doc = SimpleDocTemplate(f, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                                bottomMargin=14 * mm, title=pdf.r(report.title()), author="Tirkeu",
                                creator="Tirkeu")
        doc.build(pdf.story(), onFirstPage=pdf.footer, onLaterPages=pdf.footer)

    atomic_write(Path(path), write)
    return Path(path)
