"""The report as CSV: one file per table (UTF-8 with BOM, commas, as every Tirkeu CSV).

``FILE.csv`` holds the indicators (every line with its target, value and
mark); each other table goes to ``FILE-<key>.csv`` beside it, ``key`` being
the table's stable English key (``FILE-lc_failing.csv``, ``FILE-aid_items.csv``…),
so scripts find the same file whatever the language of the titles.
"""
from __future__ import annotations

from pathlib import Path

from app.i18n import catalog
from app.reports.model import Report, render_cell
from app.tables.writer import write_table


def csv_paths(report: Report, path: Path) -> dict[str, Path]:
    """{table key: file} the report's CSV files go to."""
    path = Path(path)
    out = {}
    for section in report.sections:
        for table in section.tables:
            out[table.key] = path if table.key == "indicators" else path.with_name(
                f"{path.stem}-{table.key}{path.suffix}")
    return out


def write_csv(report: Report, path: Path, lang: str) -> list[Path]:
    """Write every table of ``report`` in ``lang``; returns the files, the indicators first."""
    translate = catalog(lang).translate
    paths = csv_paths(report, path)
    written = []
    for section in report.sections:
        for table in section.tables:
            rows = ([render_cell(v, translate) for v in row] for row in table.rows)
            written.append(write_table(paths[table.key], [c.title.render(translate) for c in table.columns],
                                       rows))
    return written
