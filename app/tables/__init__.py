"""Tables in and out: CSV/XLSX reading and writing, and header matching."""
from app.tables.headers import (
    ALIASES,
    KINDS,
    REQUIRED,
    SPECS,
    Column,
    HeaderMap,
    TableSpec,
    header_labels,
    map_headers,
    match_headers,
    normalise,
    spec_for,
)
from app.tables.reader import Table, read_table, sniff_delimiter
from app.tables.writer import write_errors_file, write_table

__all__ = [
    "ALIASES", "KINDS", "REQUIRED", "SPECS", "Column", "HeaderMap", "Table", "TableSpec", "header_labels",
    "map_headers", "match_headers", "normalise", "read_table", "sniff_delimiter", "spec_for",
    "write_errors_file", "write_table",
]
