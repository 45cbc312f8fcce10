"""Batches: issue (or reuse) certificates and print them into one PDF, one a page.

The same functions serve the window (through ``ui.tasks.run_task``) and the
command line.  Everything that can be refused (kind, language, colours, logo,
template texts, an empty list) is checked before anything is written, and
the register is changed in the same transaction that the PDF is written in:
if the PDF cannot be written, no certificate is issued or counted printed.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.certificates.layout import Page, Progress, Style, render_pdf
from app.certificates.register import Award, find, issue, mark_printed
from app.certificates.signing import serial_prefix
from app.certificates.templates import clean_kind, clean_language, load_overrides, texts_for
from app.db.rows import tuples
from app.db.store import current_store
from app.errors import UsageError, ValidationError
from app.events.attendance import attendance_rows
from app.i18n import Msg, catalog
from app.installation import require_installation
from app.models import Certificate, Event, Person

#: Attendance statuses that earn a certificate of an event (not applicants or the not selected).
AWARDED_STATUSES = ("attended",)


@dataclass
class Result:
    """What a batch produced."""

    path: Path
    count: int
    new: int
    reprinted: int
    serials: list[str] = field(default_factory=list)


def event_awards(event_uid: str, kind: str, reason: str | None = None) -> list[Award]:
    """One award of ``kind`` for every person who attended the event (in name order)."""
    return [Award(kind=kind, person_uid=row.person_uid, reason=reason)
            for row in attendance_rows(event_uid) if row.status in AWARDED_STATUSES]


def _event(event_uid: str | None) -> Event | None:
    if event_uid is None:
        return None
    event = Event.get_or_none(Event.uid == event_uid)
    if event is None or event.deleted:
        raise ValidationError("event", Msg("Events", "The event was not found (it may have been deleted)."))
    return event


def pages(certs: list[Certificate], overrides: dict | None = None) -> Iterator[Page]:
    """The printed pages of ``certs`` (texts filled in each certificate's language)."""
    overrides = load_overrides() if overrides is None else overrides
    events: dict[str, Event] = {}
    person_uids = [c.person_uid for c in certs if c.person_uid]
    female = {uid for (uid,) in tuples(Person.select(Person.uid).where(Person.uid.in_(person_uids),
                                                                      Person.sex == "F"))}
    for cert in certs:
        event = None
        if cert.event_uid:
            event = events.get(cert.event_uid) or Event.get_by_id(cert.event_uid)
            events[cert.event_uid] = event
        texts = texts_for(cert.kind, cert.language, name=cert.recipient_name, reason=cert.reason,
                          event=event.title if event else None,
                          date=event.end_date if event else cert.issued_date,
                          place=event.place if event else None, female=cert.person_uid in female,
                          overrides=overrides)
        yield Page(serial=cert.serial, code=cert.code or "", language=cert.language, name=cert.recipient_name,
                   **texts)


def _check_texts(kind: str, language: str, overrides: dict) -> None:
    """Fill the template once with sample values: a bad placeholder is refused before any writing."""
    texts_for(kind, language, name="-", reason=None, event="-", date=dt.date.today(), place="-",
              overrides=overrides)
    texts_for(kind, language, name="-", reason=None, event=None, date=dt.date.today(), place=None,
              overrides=overrides)


def generate(out: Path, *, kind: str, language: str = "kk", event_uid: str | None = None,
             person_uids: list[str] | None = None, awards: list[Award] | None = None,
             reason: str | None = None, style: Style | None = None, issued: dt.date | None = None,
             progress: Progress | None = None) -> Result:
    """Issue certificates and print them into ``out``.

    Recipients: the ``awards`` given (e.g. a tournament's award list, each
    with its own kind and reason), else the people in ``person_uids``, else
    everyone who attended ``event_uid``.
    """
    kind, language = clean_kind(kind), clean_language(language)
    style = (style or Style()).check()
    overrides = load_overrides()
    _check_texts(kind, language, overrides)
    _event(event_uid)
    if awards is None:
        if person_uids:
            awards = [Award(kind=kind, person_uid=uid, reason=reason) for uid in person_uids]
        elif event_uid:
            awards = event_awards(event_uid, kind, reason)
        else:
            raise UsageError(Msg("Certificates", "Choose whom to issue certificates to: an event or a person."))
    for award in awards:
        if award.kind != kind:
            _check_texts(clean_kind(award.kind), language, overrides)
    inst = require_installation()
    with current_store().db.atomic():
        certs, new = issue(awards, language, event_uid, issued)
        path = render_pdf(pages(certs, overrides), Path(out), style, total=len(certs), progress=progress,
                          title=Msg("Certificates", "Certificates").render(catalog(language).translate),
                          author=inst.name)
        mark_printed(certs)
    return Result(path, len(certs), new, len(certs) - new, [c.serial for c in certs])


def reprint(serials: list[str], out: Path, style: Style | None = None,
            progress: Progress | None = None) -> Result:
    """Print certificates again with their own serials and codes (times printed + 1)."""
    style = (style or Style()).check()
    certs = [find(s) for s in serials]
    if not certs:
        raise ValidationError("recipients", Msg("Certificates", "There is nobody to issue certificates to: the "
                                                "list of recipients is empty."))
    inst = require_installation()
    for cert in certs:
        if cert.status != "issued" or cert.deleted:
            raise ValidationError("serial", Msg("Certificates", "The certificate {serial} is cancelled; it cannot "
                                                "be printed.", serial=cert.serial))
        if cert.origin != inst.id:
            raise UsageError(Msg("Certificates", "The certificate {serial} was issued by another installation; "
                                 "only that installation can print it.", serial=cert.serial))
    with current_store().db.atomic():
        languages = {c.language for c in certs}
        title = Msg("Certificates", "Certificates").render(catalog(languages.pop()).translate if len(languages) == 1
                                                           else None)
        path = render_pdf(pages(certs), Path(out), style, total=len(certs), progress=progress, title=title,
                          author=inst.name)
        mark_printed(certs)
    return Result(path, len(certs), 0, len(certs), [c.serial for c in certs])


def preview(out: Path, *, kind: str, language: str = "kk", event_uid: str | None = None,
            person_uid: str | None = None, reason: str | None = None, style: Style | None = None) -> Path:
    """A one-page PDF of how the first certificate will look; nothing is issued or written to the register."""
    kind, language = clean_kind(kind), clean_language(language)
    style = (style or Style()).check()
    event = _event(event_uid)
    if person_uid is None and event is not None:
        first = event_awards(event.uid, kind)
        person_uid = first[0].person_uid if first else None
    person = Person.get_or_none(Person.uid == person_uid) if person_uid else None
    # The stand-in name is printed on the page, so it is in the certificate's language.
    name = person.full_name if person else Msg("Certificates", "Recipient's Name").render(catalog(language).translate)
    inst = require_installation()
    texts = texts_for(kind, language, name=name, reason=reason, event=event.title if event else None,
                      date=event.end_date if event else dt.date.today(), place=event.place if event else None,
                      female=bool(person and person.sex == "F"))
    # A stand-in code of zeros: no word in any language on the preview.
    page = Page(serial=f"{serial_prefix(inst.id)}-{dt.date.today().year}-00000", code="0" * 105,
                language=language, name=name, **texts)
    return render_pdf([page], Path(out), style, total=1)


def event_choices(limit: int = 300) -> list[tuple[str, str]]:
    """Recent events as (uid, "date — title"), newest first, for the window's chooser."""
    query = (Event.select(Event.uid, Event.title, Event.start_date).where(Event.deleted == False)  # noqa: E712
             .order_by(Event.start_date.desc()).limit(limit))
    return [(e.uid, f"{e.start_date:%d.%m.%Y} — {e.title}") for e in query]


def event_title(event_uid: str) -> str | None:
    """The title of a live event (None when there is none)."""
    event = Event.get_or_none(Event.uid == event_uid)
    return None if event is None or event.deleted else event.title
