"""``compute_indicators``: every programme's indicators for a period and a scope.

The whole report is read in one transaction (a consistent snapshot while
bundles may be imported, on a server too: :func:`app.db.reading.snapshot`) from temp tables of the period's events and
attendance (:mod:`app.reports.data`), with SQL aggregates only.
"""
from __future__ import annotations

import datetime as dt
import time

from app.db.reading import snapshot
from app.db.store import current_store
from app.i18n import Msg, normalise_language
from app.reference import name
from app.reports.beside import Beside, Job
from app.reports.breakdowns import breakdowns
from app.reports.common import Context
from app.reports.data import Working
from app.reports.legal import legal_culture
from app.reports.media import mass_actions, media_literacy
from app.reports.model import MARK, Column, IndicatorLine, Report, Table
from app.reports.periods import Period, parse_period
from app.reports.reading import Reading
from app.reports.road import road_to_school
from app.reports.scope import Scope, parse_scope
from app.reports.targets import Targets
from app.reports.youth import debate_and_contests

MET = Msg("Reports", "met")
NOT_MET = Msg("Reports", "not met")
NOT_JUDGED = "—"


def compute_indicators(period: Period | str | None = None, scope: Scope | str | None = None,
                       lang: str = "kk", today: dt.date | None = None) -> Report:
    """The indicators of ``period`` (a Period or ``2026-09``/``2026-Q3``/``2026``; blank: this year)
    in ``scope`` (a Scope or ``region:KZ-61``…; blank: this installation's own).

    ``lang`` is the language of reference names in the cells (kk, ru, en);
    titles stay Msgs.  ``today`` decides which months are over (tests pin it).
    Raises :class:`UsageError` for a malformed period or scope.
    """
    today = today or dt.date.today()
    lang = normalise_language(lang)
    if not isinstance(period, Period):
        period = parse_period(period, today)
    if not isinstance(scope, Scope):
        scope = parse_scope(scope)
    began = time.perf_counter()
    db = current_store().db
    report = Report(period, scope, lang, today)
    with snapshot(db) as snap:
        targets = Targets()

        def context(reading: Reading) -> Context:
            return Context(period, scope, lang, today, targets, reading)  # type: ignore[arg-type]

        # A second connection counts half of the people and works out Road to School (which reads
        # nothing the other sections share) while this one builds the rest (app/reports/beside.py).
        with Beside(snap, lambda conn: Reading(period, scope, conn)) as beside:
            road: list[Job] = []
            w = Working(period, scope, beside, meanwhile=lambda: road.append(
                beside.submit(lambda reading: road_to_school(context(reading)))))
            try:
                c = context(w)
                first = [legal_culture(c), debate_and_contests(c)]
                rest = [media_literacy(c), mass_actions(c), breakdowns(c)]
                # Road to School is asked for last: the second connection works on it meanwhile.
                report.sections = [*first, beside.result(road[0], lambda: road_to_school(c)), *rest]
            finally:
                w.close()
    report.sections[0].tables.insert(0, indicator_table(report))
    report.seconds = time.perf_counter() - began
    return report


def mark(met: bool | None) -> Msg | str:
    """The met / not met mark of a line (a dash when not judged)."""
    return NOT_JUDGED if met is None else (MET if met else NOT_MET)


def line_region(report: Report, line: IndicatorLine) -> str:
    """The region a line is for, by name ("" for the whole scope)."""
    if report.scope.level == "country" and line.region:
        return name("regions", line.region, report.lang)
    return ""


def indicator_table(report: Report) -> Table:
    """Every indicator line of the report as one table (the main sheet, ``FILE.csv``)."""
    rows = []
    for section in report.sections:
        for line in section.lines:
            rows.append([section.title, line.name, line_region(report, line), line.when,
                         line.target.text() if line.target else "", line.value,
                         line.held if line.held is not None else None, mark(line.met),
                         len(line.failing) if line.failing else None, line.code])
    return Table("indicators", Msg("Reports", "Indicators"),
                 [Column(Msg("Reports", "Section")), Column(Msg("Reports", "Indicator")),
                  Column(Msg("Reports", "Region")), Column(Msg("Reports", "Month or week")),
                  Column(Msg("Reports", "Target")), Column(Msg("Reports", "Value"), "float"),
                  Column(Msg("Reports", "Held"), "int"), Column(Msg("Reports", "Met"), MARK),
                  Column(Msg("Reports", "Breaking a rule"), "int"), Column(Msg("Reports", "Code"))], rows)
