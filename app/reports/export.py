"""Write a report to a file by its suffix: .xlsx, .pdf or .csv."""
from __future__ import annotations

from pathlib import Path

from app.errors import UsageError
from app.i18n import Msg
from app.reports.export_csv import write_csv
from app.reports.model import Report

SUFFIXES = (".xlsx", ".pdf", ".csv")


def write_report(report: Report, path: Path, lang: str | None = None) -> list[Path]:
    """Write ``report`` to ``path`` in ``lang`` (default: the report's); returns the files written.

    CSV writes one file per table (see :mod:`app.reports.export_csv`).
    Raises :class:`UsageError` for another suffix, :class:`KnownError` when
    the file cannot be written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    lang = lang or report.lang
    if suffix == ".xlsx":
        # Imported here, not at the top: each format's writer loads its heavy library
        # (openpyxl, reportlab; ~0.3 s each), which no other format needs.
        from app.reports.export_xlsx import write_xlsx

        return [write_xlsx(report, path, lang)]
    if suffix == ".pdf":
        from app.reports.export_pdf import write_pdf

        return [write_pdf(report, path, lang)]
    if suffix == ".csv":
        return write_csv(report, path, lang)
    raise UsageError(Msg("Reports", "Write the report to a .xlsx, .pdf or .csv file, not “{name}”.",
                         name=path.name))
