"""The hall's projector: a full-screen draw per league (room → teams) and the standings after the qualifying rounds.

Large type, fitted to the screen: a long draw is laid out in two or three
columns rather than shrunk past reading from the back of a hall.  The
keyboard moves between pages: → / PageDown / Space the next, ← / PageUp the
previous, Home / End the first and last; Esc leaves.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.tournaments.sheets import round_title, sheet_round
from app.tournaments.tab import qualifying_complete, team_rows
from ui.i18n import tr
from ui.tournaments.common import league_label, number, text

if TYPE_CHECKING:
    from app.models import Tournament

BACKGROUND = QColor("#0f2540")
INK = QColor("#ffffff")
SOFT = QColor("#b8c7d9")
ACCENT = QColor("#ffd166")
SMALLEST = 20  # pixels: below this a line is not read from the back of a hall; more columns instead


@dataclass
class ProjectorPage:
    """One screen: a title, an optional motion, and rows of (left, middle, right) cells."""

    league: str
    title: str
    motion: str = ""
    heads: tuple[str, str, str, str] = ("", "", "", "")
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    note: str = ""


def projector_pages(t: Tournament, round_no: int) -> list[ProjectorPage]:
    """The draw of ``round_no`` in every league drawn, then the standings of every league whose qualifying
    rounds are complete."""
    pages = []
    for league in t.league_list:
        sheet = sheet_round(t, league, round_no)
        if not sheet.debates and not sheet.byes:
            continue
        rows = [(d.room or "", d.gov, "—", d.opp) for d in sheet.debates]
        note = (tr("Tournaments", "Bye: {teams}").format(teams=", ".join(sheet.byes)) if sheet.byes else "")
        pages.append(ProjectorPage(
            league=league, title=f"{text(round_title(t, round_no))} · {league_label(league)}",
            motion=sheet.motion.text if sheet.motion else "",
            heads=(tr("Tournaments", "Room"), tr("Tournaments", "Government"), "",
                   tr("Tournaments", "Opposition")), rows=rows, note=note))
    for league in t.league_list:
        if not qualifying_complete(t, league):
            continue
        standings = team_rows(t, league)
        if not standings:
            continue
        pages.append(ProjectorPage(
            league=league, title=tr("Tournaments", "Standings after the qualifying rounds · {league}")
            .format(league=league_label(league)),
            heads=("", tr("Tournaments", "Team"), tr("Tournaments", "Wins"), tr("Tournaments", "Points")),
            rows=[(r.rank_label, r.team, str(r.wins), number(r.points)) for r in standings]))
    return pages


class ProjectorView(QWidget):
    """A full-screen window showing one page at a time."""

    closed = Signal()

    def __init__(self, pages: list[ProjectorPage], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.pages = pages
        self.index = 0
        self.setWindowTitle(tr("Tournaments", "Projector"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.BlankCursor)

    def page(self) -> ProjectorPage | None:
        """The page shown."""
        return self.pages[self.index] if self.pages else None

    def go(self, index: int) -> None:
        """Show page ``index`` (kept within the pages)."""
        if self.pages:
            self.index = max(0, min(len(self.pages) - 1, index))
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.go(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.pages) - 1)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Q):
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), BACKGROUND)
        w, h = float(self.width()), float(self.height())
        margin = max(16.0, w * 0.03)
        page = self.page()
        if page is None:
            self._draw(p, QRectF(0, 0, w, h), tr("Tournaments", "No round is drawn yet."), h * 0.05, INK,
                       Qt.AlignmentFlag.AlignCenter, bold=True)
            return
        y = margin
        title_size = max(SMALLEST * 1.2, h * 0.055)
        y += self._draw(p, QRectF(margin, y, w - 2 * margin, title_size * 1.5), page.title, title_size, ACCENT,
                        Qt.AlignmentFlag.AlignLeft, bold=True)
        if page.motion:
            size = max(SMALLEST, h * 0.035)
            y += self._draw(p, QRectF(margin, y, w - 2 * margin, h * 0.2), page.motion, size, INK,
                            Qt.AlignmentFlag.AlignLeft, wrap=True) + size * 0.4
        footer = max(14.0, h * 0.022)
        bottom = h - margin - footer * 1.6
        if page.note:
            note_size = max(SMALLEST, h * 0.03)
            bottom -= note_size * 1.5
            self._draw(p, QRectF(margin, bottom, w - 2 * margin, note_size * 1.5), page.note, note_size, SOFT,
                       Qt.AlignmentFlag.AlignLeft)
        self._table(p, page, QRectF(margin, y + 6, w - 2 * margin, bottom - y - 12))
        hint = tr("Tournaments", "{page} of {pages} · ← → PageUp PageDown: pages · Esc: leave").format(
            page=self.index + 1, pages=len(self.pages))
        self._draw(p, QRectF(margin, h - margin - footer * 1.4, w - 2 * margin, footer * 1.4), hint, footer, SOFT,
                   Qt.AlignmentFlag.AlignRight)

    def _font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, int(size)))
        font.setBold(bold)
        return font

    def _draw(self, p: QPainter, box: QRectF, value: str, size: float, colour: QColor,
              align: Qt.AlignmentFlag, bold: bool = False, wrap: bool = False) -> float:
        """Text in ``box`` (shrunk to fit its width when one line); returns the height used."""
        font = self._font(size, bold)
        metrics = QFontMetricsF(font)
        if not wrap:
            while metrics.horizontalAdvance(value) > box.width() and font.pixelSize() > 10:
                font.setPixelSize(font.pixelSize() - 1)
                metrics = QFontMetricsF(font)
        p.setFont(font)
        p.setPen(colour)
        flags = int(align | Qt.AlignmentFlag.AlignVCenter) if not wrap else int(align | Qt.TextFlag.TextWordWrap)
        used = metrics.boundingRect(box, flags, value)
        p.drawText(box, flags, value)
        return min(box.height(), used.height()) if wrap else metrics.height() * 1.2

    def _table(self, p: QPainter, page: ProjectorPage, box: QRectF) -> None:
        """The rows in as few columns as keep the type at least :data:`SMALLEST` pixels."""
        count = len(page.rows)
        if not count:
            return
        for columns in (1, 2, 3, 4):
            per_column = -(-count // columns)
            size = min(box.height() * 0.06, box.height() / ((per_column + 1) * 1.45))
            if size >= SMALLEST or columns == 4:
                break
        gap = size * 1.2
        width = (box.width() - gap * (columns - 1)) / columns
        line = size * 1.45
        shares = (0.16, 0.40, 0.06, 0.38) if page.heads[2] == "" else (0.1, 0.56, 0.14, 0.2)
        for c in range(columns):
            x = box.left() + c * (width + gap)
            rows = page.rows[c * per_column:(c + 1) * per_column]
            if not rows:
                break
            y = box.top()
            cells = [x]
            for share in shares:
                cells.append(cells[-1] + share * width)
            for i, head in enumerate(page.heads):
                self._draw(p, QRectF(cells[i], y, cells[i + 1] - cells[i] - 8, line), head, size * 0.7, SOFT,
                           Qt.AlignmentFlag.AlignLeft)
            y += line
            for r, row in enumerate(rows):
                if r % 2:
                    p.fillRect(QRectF(x - 4, y, width + 8, line), QColor(255, 255, 255, 18))
                for i, value in enumerate(row):
                    colour = ACCENT if i == 0 else (SOFT if value == "—" else INK)
                    self._draw(p, QRectF(cells[i], y, cells[i + 1] - cells[i] - 8, line), value, size, colour,
                               Qt.AlignmentFlag.AlignLeft, bold=i == 0)
                y += line
