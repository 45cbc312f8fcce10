"""A look at a table file before importing it: which column goes where, first rows."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.tables import header_labels, map_headers, read_table, spec_for


@dataclass
class Preview:
    """The file's columns, the field each one fills (or None: ignored), and its first rows."""

    headers: list[str]
    fields: list[str | None]
    labels: list[str | None]
    rows: list[list[Any]]
    total: int
    encoding: str | None
    delimiter: str | None


def preview(kind: str, path: Path | str, lang: str = "en", rows: int = 10) -> Preview:
    """Read ``path`` and match its columns to ``kind``'s fields (raises like the import)."""
    kind = kind.replace("_", "-")
    table = read_table(Path(path))
    mapping = map_headers(table.headers, kind)
    by_index = {index: key for key, index in mapping.columns.items()}
    keys = spec_for(kind).keys
    names = dict(zip(keys, header_labels(kind, lang)))
    fields = [by_index.get(i) for i in range(len(table.headers))]
    return Preview(headers=table.headers, fields=fields, labels=[names.get(f) if f else None for f in fields],
                   rows=table.rows[:rows], total=len(table.rows), encoding=table.encoding,
                   delimiter=table.delimiter)
