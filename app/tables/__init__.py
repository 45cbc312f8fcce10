"""Tables in and out: CSV/XLSX reading and writing, and header matching."""
from app.tables.headers import ALIASES, KINDS, REQUIRED, HeaderMap, header_labels, map_headers, normalise
from app.tables.reader import Table, read_table, sniff_delimiter
from app.tables.writer import write_errors_file, write_table

__all__ = [
    "ALIASES", "KINDS", "REQUIRED", "HeaderMap", "Table", "header_labels", "map_headers",
    "normalise", "read_table", "sniff_delimiter", "write_errors_file", "write_table",
]
