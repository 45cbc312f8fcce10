"""Importing participants, aid recipients and events from CSV or XLSX files."""

from app.importing.run import KINDS, ImportSummary, import_file

__all__ = ["ImportSummary", "import_file", "KINDS"]
