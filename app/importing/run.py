"""One import of a table file: every row checked, good rows in, bad rows reported.

Rows are written inside one transaction, each in its own savepoint, so a bad
row leaves nothing behind and a failure of the disk leaves the database as it
was.  Rejected rows go, exactly as they were read plus the reason, to an
errors file the user can fix and import again.  Matching (by IIN, names and
birth date compared folded; events by title, date and region) makes a second
import of the same file create nothing, and a row naming someone already
registered with other letters («Нурмагамбетов» for «Нұрмағамбетов») is that
person, reported in ``matched``, never a second one.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.aid.records import clean_aid_recipient, upsert_aid_recipient
from app.db.bulk_writing import bulk_writing
from app.db.store import current_store
from app.errors import KnownError, UsageError, ValidationError
from app.events.records import clean_event, upsert_event
from app.i18n import Msg, Translate
from app.importing.collector import collector_paused
from app.importing.participants import RowResult, chunks, import_chunk
from app.importing.person_rows import PeopleChecker, kept
from app.importing.row_dicts import RowDicts
from app.installation import require_installation
from app.models import ImportLog, Installation, Organisation, Person
from app.organisations import OrganisationCache
from app.paths import data_dir
from app.people.records import PersonInput, clean_person, find_match, spelled_differently, upsert_person
from app.tables import Table, map_headers, read_table, spec_for, write_errors_file
from app.tables.values import prepare_row
from app.text import fold
from app.validation.fields import format_date

KINDS = ("participants", "aid-recipients", "events")


@dataclass
class ImportSummary:
    """What an import did, as the command line and the window report it."""

    kind: str
    source: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors_file: str | None = None
    dry_run: bool = False
    ignored_columns: list[str] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    # Rows naming a person already registered under other letters (or with their IIN):
    # (row number, the row's name, the registered person as the window shows them).
    matched: list[tuple[int, str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The summary as the ``--json`` output documents it."""
        data = asdict(self)
        data["errors"] = [{"row": r, "reason": why} for r, why in self.errors]
        data["matched"] = [{"row": r, "name": name, "registered": who} for r, name, who in self.matched]
        return data

    def render(self, translate: Translate | None = None) -> str:
        """One human line: counts and where the rejected rows went."""
        text = Msg("Import", "{file}: created {created}, updated {updated}, unchanged {unchanged}, "
                   "rejected {rejected}.", file=Path(self.source).name, created=self.created,
                   updated=self.updated, unchanged=self.unchanged,
                   rejected=self.rejected).render(translate)
        if self.dry_run:
            text += " " + Msg("Import", "Dry run: nothing was saved.").render(translate)
        if self.errors_file:
            text += " " + Msg("Import", "Rejected rows with reasons: {path}",
                              path=self.errors_file).render(translate)
        if self.matched:
            shown = [Msg("Import", "row {row}: {name} is {registered}", row=row, name=name,
                         registered=who).render(translate) for row, name, who in self.matched[:_SHOWN_MATCHES]]
            more = len(self.matched) - len(shown)
            text += " " + Msg("Import", "Already registered, written differently, not added again: {rows}.",
                              rows="; ".join(shown) + (f"; … (+{more})" if more else "")).render(translate)
        return text


_SHOWN_MATCHES = 10


def _registered(person: Person) -> str:
    """A registered person as a line names them: full name, birth date, school."""
    school = person.school if person.school_uid else None
    born = format_date(person.birth_date) if person.birth_date else None
    return ", ".join(p for p in (person.full_name, born, school.name if school is not None else None) if p)


class _Context:
    """What the row handlers share during one import."""

    def __init__(self, installation: Installation) -> None:
        self.installation = installation
        self.orgs = OrganisationCache(installation.region, installation.district)
        self.matched: tuple[str, str] | None = None  # set by a row that named someone registered differently
        self._own_school: list[Organisation | None] = []  # looked up once, on first need
        self._schools: set[str] = set()  # folded names of the schools rows have used (so they exist)
        self._school_names: set[str] = set()  # the same names as rows wrote them: no folding on every row
        self._by_name: dict[str, Organisation] = {}
        self.checker = PeopleChecker()  # participants' rows: each field's distinct values checked once

    def person(self, person: PersonInput, school) -> tuple[Person, str]:
        """Save the row's person once: the one registered already (by IIN or folded name) if any."""
        match = find_match(person)
        if match is not None and spelled_differently(person, match):
            name = " ".join(p for p in (person.surname, person.name, person.patronymic) if p)
            self.matched = (name, _registered(match))
        if school is None and match is None:
            school = self.own_school()  # a school's own list: its pupils, unless the row names another
        return upsert_person(person, school, existing=match, looked_up=True)

    def registered(self, person: Person) -> str:
        """A registered person as a line names them: full name, birth date, school."""
        return _registered(person)

    def own_school(self) -> Organisation | None:
        """At a school, the school itself (None at an office: its lists come from many schools)."""
        if not self._own_school:
            inst = self.installation
            if inst.role != "school" or not inst.organisation_uid:
                self._own_school.append(None)
            else:
                self._own_school.append(Organisation.get_or_none(Organisation.uid == inst.organisation_uid))
        return self._own_school[0]

    def school(self, name: str | None, region: str | None, district: str | None):
        if not name:
            return None
        found = self._by_name.get(name)  # the same few schools on every row: no folding again
        if found is None:
            found = self._by_name[name] = self.orgs.get("school", name, region, district)
        return found

    def knows_school(self, name: str | None) -> bool:
        """Whether a school named ``name`` (or none) is known to exist: no row can make it."""
        if not name or name in self._school_names or fold(name) in self._schools:
            return True
        if self.orgs.find("school", name) is not None:  # registered before: a re-imported list's schools
            self.learn_school(name)
            return True
        return False

    def learn_school(self, name: str | None) -> None:
        """A row naming ``name`` was saved: the school exists now."""
        if name:
            self._schools.add(fold(name))
            self._school_names.add(name)

    def forget_schools(self) -> None:
        """A row that may have made a school was undone: look the schools up again."""
        self.orgs = OrganisationCache(self.installation.region, self.installation.district)
        self._own_school.clear()
        self._schools.clear()
        self._school_names.clear()
        self._by_name.clear()


def _participant(raw: dict[str, Any], ctx: _Context) -> str:
    person = clean_person(raw)
    school = ctx.school(person.school_name, person.region, person.district)
    return ctx.person(person, school)[1]


def _aid_recipient(raw: dict[str, Any], ctx: _Context) -> str:
    data = clean_aid_recipient(raw)
    school = ctx.school(data.person.school_name, data.person.region, data.person.district)
    person, person_outcome = ctx.person(data.person, school)
    outcome = upsert_aid_recipient(data, person, school)[1]
    if outcome == "unchanged" and person_outcome != "unchanged":
        return "updated"
    return outcome


def _event(raw: dict[str, Any], ctx: _Context) -> str:
    event = clean_event(raw, default_region=ctx.installation.region)
    return upsert_event(event)[1]


HANDLERS: dict[str, Callable[[dict[str, Any], _Context], str]] = {
    "participants": _participant, "aid-recipients": _aid_recipient, "events": _event,
}


def default_errors_path(source: Path) -> Path:
    """Beside the imported file: ``<name>.errors.csv``."""
    return source.with_name(f"{source.stem}.errors.csv")


def _write_rejected(target: Path, table: Table, rejected: list, header_error: str) -> Path:
    """Write the rejected rows; beside the file if possible, else in the data folder.

    The rows were already imported by now: a write-protected USB stick must
    not turn a good import into a failure or lose the list of rejected rows.
    """
    def write(to: Path) -> Path:  # in the imported file's delimiter and encoding
        return write_errors_file(to, table.headers, rejected, error_header=header_error,
                                 delimiter=table.delimiter, encoding=table.encoding)

    try:
        return write(target)
    except KnownError:
        fallback = data_dir() / "import-errors" / target.name
        try:
            fallback.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # write_errors_file then explains what is wrong with the folder
        return write(fallback)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _one_row(raw: dict[str, Any], handler: Callable[[dict[str, Any], _Context], str], ctx: _Context,
             db: Any) -> RowResult:
    """One row imported in its own savepoint: a row that fails leaves nothing behind."""
    ctx.matched = None
    try:
        with db.atomic():
            outcome = handler(prepare_row(raw), ctx)
    except KnownError as exc:
        return None, None, kept(exc)
    return outcome, ctx.matched, None


def _tell(results: list[RowResult], progress: Callable[[int, int], None] | None, start: int,
          total: int) -> list[RowResult]:
    """``results`` of the chunk from ``start``, after telling ``progress`` how far the import is."""
    if progress:
        progress(start, total)
    return results


def _reason(exc: KnownError, labels: dict[str, str], translate: Translate | None) -> str:
    text = exc.msg.render(translate)
    if isinstance(exc, ValidationError) and exc.field in labels:
        return f"{labels[exc.field]}: {text}"
    return text


def import_file(kind: str, path: Path | str, *, dry_run: bool = False,
                translate: Translate | None = None, errors_path: Path | None = None,
                progress: Callable[[int, int], None] | None = None,
                corrections: dict[int, list[Any]] | None = None) -> ImportSummary:
    """Import a CSV/XLSX/XLS/ODS file of ``kind`` (participants, aid-recipients, events).

    ``corrections`` replace rows of the file by their row number (the rows a
    user corrected in the import dialog), the file itself left as it is.
    """
    kind = kind.replace("_", "-")
    if kind not in HANDLERS:
        raise UsageError(Msg("Import", "Unknown import type {kind}: use one of {kinds}.",
                             kind=kind, kinds=", ".join(KINDS)))
    # Participants' lists are long and their path makes no cycles (app/importing/collector.py); the others
    # go row by row through the records' own saves, left as they were.
    with collector_paused() if kind == "participants" else nullcontext():
        return _import_file(kind, Path(path), dry_run=dry_run, translate=translate, errors_path=errors_path,
                            progress=progress, corrections=corrections)


def _import_file(kind: str, path: Path, *, dry_run: bool, translate: Translate | None, errors_path: Path | None,
                 progress: Callable[[int, int], None] | None,
                 corrections: dict[int, list[Any]] | None) -> ImportSummary:
    installation = require_installation()
    table = read_table(path, spec=spec_for(kind))
    if corrections:
        table.rows = [corrections.get(n, row) for row, n in zip(table.rows, table.row_numbers)]
    header_map = map_headers(table.headers, kind)
    labels = {key: table.headers[idx] for key, idx in header_map.columns.items()}
    for key in ("surname", "name", "patronymic"):  # split from the full name: its column names them
        if "full_name" in labels:
            labels.setdefault(key, labels["full_name"])
    summary = ImportSummary(kind=kind, source=str(path), dry_run=dry_run,
                            ignored_columns=header_map.unknown)
    handler = HANDLERS[kind]
    rejected: list[tuple[list[Any], str]] = []
    db = current_store().db
    ctx = _Context(installation)
    # The program's bulk-write setting: a list of 10,000 pupils and its indexes outgrow SQLite's 2 MB cache,
    # and each chunk's savepoint would journal its pages to a file on disk (app/db/bulk_writing.py).
    with bulk_writing(db.connection()), db.atomic() as transaction:
        raws = RowDicts(table.rows, header_map.columns)  # {field: cell} of a row, made when asked for
        results: Iterator[RowResult]
        if kind == "participants":  # the common and large list: a chunk of rows at a time
            results = (result for start, part in chunks(raws) for result in _tell(
                import_chunk(part, ctx, lambda raw: _one_row(raw, handler, ctx, db)), progress, start, len(raws)))
        else:
            results = (_one_row(raw, handler, ctx, db) for raw in raws)
        counts = dict.fromkeys(("created", "updated", "unchanged"), 0)
        for index, (row, number, (outcome, matched, exc)) in enumerate(zip(table.rows, table.row_numbers, results)):
            if exc is not None:
                reason = _reason(exc, labels, translate)
                rejected.append((row, reason))
                summary.errors.append((number, reason))
                continue
            if matched:
                summary.matched.append((number, *matched))
            counts[outcome or "unchanged"] += 1
            if progress and kind != "participants" and index % 500 == 0:
                progress(index, len(table.rows))
        summary.created, summary.updated, summary.unchanged = counts["created"], counts["updated"], counts["unchanged"]
        summary.rejected = len(rejected)
        if dry_run:
            transaction.rollback()
        else:
            ImportLog.create(kind=f"table:{kind}", source=str(path), sha256=_sha256(path),
                             imported_at=datetime.now(UTC).isoformat(timespec="seconds"),
                             summary=json.dumps({k: getattr(summary, k) for k in
                                                 ("created", "updated", "unchanged", "rejected")}))
    if rejected:
        header_error = Msg("Import", "error").render(translate)
        summary.errors_file = str(_write_rejected(errors_path or default_errors_path(path), table,
                                                  rejected, header_error))
    if progress:
        progress(len(table.rows), len(table.rows))
    return summary
