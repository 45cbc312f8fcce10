"""Exporting people, aid recipients and events to CSV or XLSX.

Column titles are the English keys the importer accepts (or their kk/ru
titles with ``lang``), and values are written the way the importer reads
them, so an exported file imports back with nothing changed.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.errors import UsageError
from app.i18n import Msg
from app.models import AidRecipient, Event, Organisation, Person
from app.tables import SPECS, header_labels, write_table

KINDS = ("participants", "aid-recipients", "events")
TEXT_COLUMNS = {"iin", "phone", "guardian_phone", "grade"}


def _schools() -> dict[str, str]:
    return {o.uid: o.name for o in Organisation.select(Organisation.uid, Organisation.name)}


def _person_cells(p: Person, schools: dict[str, str]) -> dict[str, Any]:
    return {"surname": p.surname, "name": p.name, "patronymic": p.patronymic,
            "birth_date": p.birth_date, "sex": p.sex, "iin": p.iin, "category": p.category,
            "school": schools.get(p.school_uid) if p.school_uid else None, "grade": p.grade, "phone": p.phone,
            "region": p.region, "district": p.district}


def _participants(columns: list[str]) -> Iterator[list[Any]]:
    schools = _schools()
    for p in Person.live().order_by(Person.surname.collate("KAZAKH"), Person.name.collate("KAZAKH")).iterator():
        cells = _person_cells(p, schools)
        yield [cells.get(c) for c in columns]


def _aid_recipients(columns: list[str]) -> Iterator[list[Any]]:
    schools = _schools()
    query = (AidRecipient.live(AidRecipient, Person).join(Person)
             .order_by(Person.surname.collate("KAZAKH"), Person.name.collate("KAZAKH")))
    for r in query.iterator():
        cells = _person_cells(r.person, schools)
        cells.update({"family_category": ",".join(r.categories) or None, "guardian": r.guardian,
                      "guardian_phone": r.guardian_phone, "address": r.address, "needs": r.needs})
        if r.school_uid:
            cells["school"] = schools.get(r.school_uid)
        yield [cells.get(c) for c in columns]


def _events(columns: list[str]) -> Iterator[list[Any]]:
    for e in Event.live().order_by(Event.start_date, Event.title).iterator():
        yield [getattr(e, c, None) for c in columns]


ROWS = {"participants": _participants, "aid-recipients": _aid_recipients, "events": _events}


def export_table(kind: str, out: Path | str, lang: str = "en") -> int:
    """Write all live records of ``kind`` to ``out`` (.csv or .xlsx); returns the row count."""
    kind = kind.replace("_", "-")
    if kind not in ROWS:
        raise UsageError(Msg("Export", "Unknown export type {kind}: use one of {kinds}.",
                             kind=kind, kinds=", ".join(KINDS)))
    columns = SPECS[kind].keys  # the column order per kind
    labels = header_labels(kind, lang)
    rows = list(ROWS[kind](columns))
    text = {labels[i] for i, c in enumerate(columns) if c in TEXT_COLUMNS}
    write_table(Path(out), labels, rows, sheet_title=kind, text_columns=text)
    return len(rows)
