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
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Where each public name lives.  The package loads them on first use (PEP 562): the overview
# reads one target without loading the XLSX/PDF writers and the whole indicator engine.
_WHERE = {
    "write_report": "export", "compute_indicators": "indicators", "mark": "indicators",
    "Column": "model", "FailingEvent": "model", "IndicatorLine": "model", "Report": "model",
    "Section": "model", "Table": "model", "render_cell": "model", "Period": "periods",
    "parse_period": "periods", "Scope": "scope", "default_scope": "scope", "parse_scope": "scope",
    "TargetDef": "targets", "TargetSpec": "targets", "definitions": "targets",
    "effective_target": "targets", "set_target": "targets", "target_rows": "targets",
}

if TYPE_CHECKING:  # the type checker sees the real names
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


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'app.reports' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"app.reports.{where}"), name)
    globals()[name] = value
    return value
