"""What every section of the report shares: the context and how a target is judged."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.i18n import Msg
from app.reference import codes
from app.reference import name as ref_name
from app.reports.data import Working
from app.reports.model import INT, TEXT, Column
from app.reports.periods import Period
from app.reports.scope import Scope
from app.reports.targets import Targets, TargetSpec


@dataclass
class Context:
    """The report being made: period, scope, language, today, targets and the working set."""

    period: Period
    scope: Scope
    lang: str
    today: dt.date
    targets: Targets
    w: Working

    def regions(self) -> list[str | None]:
        """The regions a region-level target is judged for: every region (country), else the scope's."""
        if self.scope.level == "country":
            return list(codes("regions"))
        return [self.scope.region]

    def applies(self, level: str) -> bool:
        """True when a target of ``level`` is judged in this scope (a region's not in a school's report)."""
        if level == "country":
            return self.scope.level == "country"
        return self.scope.level in ("country", "region")

    def region_name(self, code: str | None) -> str:
        """A region's name in the report's language ("" for none)."""
        return ref_name("regions", code, self.lang) if code else ""

    def ref(self, kind: str, code: str | None) -> str:
        """A reference item's name in the report's language."""
        return ref_name(kind, code, self.lang) if code else ""


def judge(spec: TargetSpec | None, value: float, first: dt.date, last: dt.date, today: dt.date,
          applies: bool = True, partial: bool = False) -> bool | None:
    """Met (True), not met (False) or not judged (None) for a span from ``first`` to ``last``.

    Reached is met at once; not reached is "not met" only once the span is
    over (before ``today``) — a month still running is not yet a failure.
    """
    if spec is None or not applies or partial:
        return None
    if spec.met(value):
        return True
    return False if last < today else None


def count_col(title: Msg) -> Column:
    """An integer column."""
    return Column(title, INT)


def text_col(title: Msg) -> Column:
    """A text column."""
    return Column(title, TEXT)


UNIQUE = Msg("Reports", "People (unique)")
ATTENDANCES = Msg("Reports", "Attendances")
EVENTS = Msg("Reports", "Events")
TOTAL = Msg("Reports", "Total")
NOT_GIVEN = Msg("Reports", "not given")
