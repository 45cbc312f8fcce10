"""Importing participants, aid recipients and events from CSV or XLSX files."""

from app.importing.run import ImportSummary, import_file, KINDS

__all__ = ["ImportSummary", "import_file", "KINDS"]
