"""What a report holds: sections of indicator lines and tables, language-neutral.

Titles and labels are :class:`Msg` (rendered in the reader's language when
shown or exported); reference names (regions, event kinds) are already in the
report's language.  Cells are ``int``, ``float``, ``str``, ``Msg``, a date or
None, so exports keep numbers as numbers.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.i18n import Msg, Translate
from app.reports.periods import Period
from app.reports.scope import Scope
from app.reports.targets import TargetSpec

#: Column kinds: how exports format a column.
TEXT, INT, MONEY, FLOAT, DATE, MARK = "text", "int", "money", "float", "date", "mark"


def render_cell(value: Any, translate: Translate | None = None) -> Any:
    """A cell for a file: a Msg (or a tuple of Msgs, joined by "; ") as text; numbers and dates kept."""
    if isinstance(value, Msg):
        return value.render(translate)
    if isinstance(value, (tuple, list)):
        return "; ".join(str(render_cell(v, translate)) for v in value)
    return value


@dataclass(frozen=True)
class Column:
    """A table column: its title and kind (``text``, ``int``, ``money``, ``float``, ``date``, ``mark``)."""

    title: Msg
    kind: str = TEXT


@dataclass
class Table:
    """One table of a section; ``key`` names it in files (``FILE-<key>.csv``, the sheet)."""

    key: str
    title: Msg
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    note: Msg | None = None


@dataclass(frozen=True)
class FailingEvent:
    """An event that breaks a rule of its kind, with every rule it breaks."""

    uid: str
    title: str
    kind: str
    start_date: dt.date
    end_date: dt.date
    region: str | None
    participants: int
    minutes: int | None
    problems: tuple[Msg, ...]


@dataclass
class IndicatorLine:
    """One figure against its target: for the period, or one month/week, or one region.

    ``met`` is True/False when the target is judged, None when it is not:
    no target, a target of a wider level (a region's target in a school's
    report), a partial month/week, or a month not over yet and not reached.
    ``value`` counts only the events that meet their kind's rules; ``held``
    counts all of them (None where that distinction does not apply).
    """

    code: str
    name: Msg
    value: float
    target: TargetSpec | None = None
    met: bool | None = None
    region: str | None = None
    month: str | None = None  # YYYY-MM
    week: dt.date | None = None  # its Monday
    held: int | None = None
    failing: list[FailingEvent] = field(default_factory=list)
    note: Msg | None = None

    @property
    def when(self) -> str:
        """The month (``2026-09``), the week (``2026-W36``) or "" for the whole period."""
        if self.month:
            return self.month
        if self.week:
            year, week, _ = self.week.isocalendar()
            return f"{year}-W{week:02d}"
        return ""


@dataclass
class Section:
    """A part of the report (Legal Culture, Debate and contests, …)."""

    key: str
    title: Msg
    lines: list[IndicatorLine] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass
class Report:
    """The indicators of one period and scope."""

    period: Period
    scope: Scope
    lang: str
    today: dt.date
    sections: list[Section] = field(default_factory=list)
    seconds: float = 0.0

    def section(self, key: str) -> Section:
        """The section ``key`` (KeyError if absent)."""
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)

    def lines(self, code: str | None = None) -> list[IndicatorLine]:
        """Every indicator line (of ``code`` only, when given), in report order."""
        return [line for s in self.sections for line in s.lines if code is None or line.code == code]

    def table(self, key: str) -> Table:
        """The table ``key`` (KeyError if absent)."""
        for s in self.sections:
            for t in s.tables:
                if t.key == key:
                    return t
        raise KeyError(key)

    def title(self) -> Msg:
        """The report's title: indicators, period and scope."""
        return Msg("Reports", "Programme indicators: {period}, {scope}", period=self.period.title(),
                   scope=self.scope.title(self.lang))

    def as_json(self, translate: Translate | None = None) -> dict:
        """The whole report as plain data (``--json``); Msgs rendered with ``translate``."""
        def cell(v: Any) -> Any:
            v = render_cell(v, translate)
            return v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v

        def line(item: IndicatorLine) -> dict:
            return {"code": item.code, "name": item.name.render(translate), "value": item.value,
                    "held": item.held, "target": item.target.as_json() if item.target else None,
                    "met": item.met, "region": item.region, "month": item.month,
                    "week": item.week.isoformat() if item.week else None,
                    "note": item.note.render(translate) if item.note else None,
                    "failing": [{"uid": f.uid, "title": f.title, "kind": f.kind,
                                 "start_date": f.start_date.isoformat(), "participants": f.participants,
                                 "minutes": f.minutes, "problems": [p.render(translate) for p in f.problems]}
                                for f in item.failing]}

        return {
            "title": self.title().render(translate),
            "period": {"label": self.period.label, "start": self.period.start.isoformat(),
                       "end": self.period.end.isoformat()},
            "scope": self.scope.spec, "lang": self.lang, "today": self.today.isoformat(),
            "sections": [{"key": s.key, "title": s.title.render(translate),
                          "indicators": [line(i) for i in s.lines],
                          "tables": [{"key": t.key, "title": t.title.render(translate),
                                      "columns": [c.title.render(translate) for c in t.columns],
                                      "rows": [[cell(v) for v in row] for row in t.rows]}
                                     for t in s.tables]}
                         for s in self.sections],
        }
