"""A look at a table file before importing it: which column goes where, the rows as read."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.tables import Table, map_headers, read_table, spec_for


@dataclass
class Preview:
    """The file's columns, the field each one fills (or None: ignored), and its first rows.

    ``header_rows`` are the file's row numbers of the header (below any title
    rows; two for a two-row header); ``table`` is the whole file as read.
    """

    headers: list[str]
    fields: list[str | None]
    labels: list[str | None]
    rows: list[list[Any]]
    total: int
    encoding: str | None
    delimiter: str | None
    header_rows: list[int] = field(default_factory=list)
    table: Table | None = None


def read_for_import(kind: str, path: Path | str) -> Table:
    """``path`` read as the import of ``kind`` reads it (the header found below any title rows)."""
    return read_table(Path(path), spec=spec_for(kind.replace("_", "-")))


def preview(kind: str, path: Path | str, lang: str = "en", rows: int = 10) -> Preview:
    """Read ``path`` and match its columns to ``kind``'s fields (raises like the import)."""
    kind = kind.replace("_", "-")
    table = read_for_import(kind, path)
    mapping = map_headers(table.headers, kind)
    by_index = {index: key for key, index in mapping.columns.items()}
    spec = spec_for(kind)
    names = dict(zip(spec.keys, spec.labels(lang)))
    for column in spec.extra:  # a full name in one column: shown as the fields it is split into
        names[column.key] = " + ".join(names[k] for k in ("surname", "name", "patronymic") if k in names)
    fields = [by_index.get(i) for i in range(len(table.headers))]
    return Preview(headers=table.headers, fields=fields, labels=[names.get(f) if f else None for f in fields],
                   rows=table.rows[:rows], total=len(table.rows), encoding=table.encoding,
                   delimiter=table.delimiter, header_rows=table.header_rows, table=table)
