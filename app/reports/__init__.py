"""Reports and indicators: the programmes' targets against what was done, from one school to the country.

The public API (the window's dashboard and ``python -m app report`` call it)::

    from app.reports import compute_indicators, write_report
    report = compute_indicators("2026-09", "region:KZ-61", "kk")
    write_report(report, Path("out.xlsx"))          # .xlsx, .pdf or .csv

- :func:`compute_indicators` → :class:`Report` (sections of
  :class:`IndicatorLine` and :class:`Table`), see :mod:`app.reports.model`;
- :func:`parse_period`, :func:`parse_scope`, :func:`default_scope`;
- targets: :func:`effective_target`, :func:`set_target`, :func:`target_rows`.

The counting rules (unique people, statuses, months, scopes) are written at
the top of each module: periods, scope, data, legal, youth, road, media, breakdowns.
"""
from app.reports.export import write_report
from app.reports.indicators import compute_indicators, mark
from app.reports.model import Column, FailingEvent, IndicatorLine, Report, Section, Table, render_cell
from app.reports.periods import Period, parse_period
from app.reports.scope import Scope, default_scope, parse_scope
from app.reports.targets import TargetDef, TargetSpec, definitions, effective_target, set_target, target_rows

__all__ = ["compute_indicators", "write_report", "mark", "Report", "Section", "Table", "Column",
           "IndicatorLine", "FailingEvent", "render_cell", "Period", "parse_period", "Scope",
           "parse_scope", "default_scope", "TargetDef", "TargetSpec", "definitions",
           "effective_target", "set_target", "target_rows"]
