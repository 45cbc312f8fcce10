"""The register of certificates: issue, reprint, correct a name, cancel.

Serials are ``<prefix>-<year>-<sequence>``: the installation's prefix (see
:func:`app.certificates.signing.serial_prefix`), the year of issue and a
five-digit sequence counted per installation and year.  Each row carries its
verification code (a signature by this installation's key), made when it is
issued and never changed: a corrected name is a new certificate with a new
serial that ``replaces_uid`` the cancelled one.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.certificates.signing import Signer, serial_prefix
from app.certificates.templates import clean_kind, clean_language
from app.db.changes import next_seen
from app.db.locks import exclusive
from app.db.rows import tuples
from app.db.store import current_store
from app.errors import ValidationError
from app.i18n import Msg
from app.installation import require_installation
from app.models import Certificate, Event, Person


@dataclass(frozen=True)
class Award:
    """One certificate to issue: to a person (or a free-typed name), of a kind, for a reason."""

    kind: str
    person_uid: str | None = None
    name: str | None = None
    reason: str | None = None
    organisation_uid: str | None = None
    team_uid: str | None = None


def next_serials(count: int, year: int, installation_id: str) -> list[str]:
    """``count`` new serials for ``year`` (after every serial of this prefix and year held)."""
    head = f"{serial_prefix(installation_id)}-{year:04d}-"
    last = 0
    for (serial,) in tuples(Certificate.select(Certificate.serial).where(Certificate.serial.startswith(head))):
        tail = serial[len(head):]
        if tail.isdigit():
            last = max(last, int(tail))
    return [f"{head}{n:05d}" for n in range(last + 1, last + 1 + count)]


def find(serial: str) -> Certificate:
    """The certificate with ``serial``; ValidationError if there is none."""
    cert = Certificate.get_or_none(Certificate.serial == (serial or "").strip().upper())
    if cert is None:
        raise ValidationError("serial", Msg("Certificates", "There is no certificate {serial} in the register.",
                                            serial=serial))
    return cert


def _name_of(award: Award, people: dict[str, Person]) -> str:
    if award.name and award.name.strip():
        return " ".join(award.name.split())
    person = people.get(award.person_uid or "")
    if person is None:
        raise ValidationError("person", Msg("Certificates", "The person was not found (they may have been "
                                            "deleted)."))
    return person.full_name


def issue(awards: list[Award], language: str, event_uid: str | None = None,
          issued: dt.date | None = None) -> tuple[list[Certificate], int]:
    """Issue certificates for ``awards`` (reusing one already issued for the same award).

    Returns the certificates in the order given and how many were new.  Call
    inside a transaction: nothing is written half-way if an award is refused.
    """
    language = clean_language(language)
    if not awards:
        raise ValidationError("recipients", Msg("Certificates", "There is nobody to issue certificates to: the "
                                                "list of recipients is empty."))
    if event_uid is not None:
        event = Event.get_or_none(Event.uid == event_uid)
        if event is None or event.deleted:
            raise ValidationError("event", Msg("Events", "The event was not found (it may have been deleted)."))
    inst = require_installation()
    issued = issued or dt.date.today()
    # Two desktops of an office on one server: the second waits here until the first commits, then
    # sees its serials and certificates (app/db/locks.py). The caller's transaction holds the lock.
    exclusive(current_store().db, "certificates")
    uids = [a.person_uid for a in awards if a.person_uid]
    people = {p.uid: p for p in Person.select().where(Person.uid.in_(uids), Person.deleted == False)}  # noqa: E712
    held = {}
    if uids:
        query = Certificate.select().where(Certificate.person.in_(uids), Certificate.status == "issued",
                                           Certificate.deleted == False,  # noqa: E712
                                           Certificate.language == language, Certificate.origin == inst.id)
        query = query.where(Certificate.event == event_uid) if event_uid else query.where(Certificate.event.is_null())
        held = {(c.person_uid, c.kind, c.reason or ""): c for c in query}
    todo: list[tuple[Award, str]] = []
    result: list[Certificate | None] = []
    for award in awards:
        kind = clean_kind(award.kind)
        name = _name_of(award, people)
        found = held.get((award.person_uid, kind, (award.reason or "").strip())) if award.person_uid else None
        result.append(found)
        if found is None:
            todo.append((award, name))
    serials = iter(next_serials(len(todo), issued.year, inst.id))
    signer = Signer(inst.secret_key)
    made = iter([_new(award, name, next(serials), language, event_uid, issued, signer) for award, name in todo])
    return [c if c is not None else next(made) for c in result], len(todo)


def _new(award: Award, name: str, serial: str, language: str, event_uid: str | None, issued: dt.date,
         signer: Signer, replaces: str | None = None) -> Certificate:
    kind = clean_kind(award.kind)
    cert = Certificate(serial=serial, kind=kind, person=award.person_uid, organisation=award.organisation_uid,
                       event=event_uid, team=award.team_uid, recipient_name=name,
                       reason=(award.reason or "").strip() or None, language=language, issued_date=issued,
                       status="issued", replaces_uid=replaces, times_printed=0,
                       code=signer.code(serial, name, kind, issued))
    cert.save()
    return cert


def mark_printed(certs: list[Certificate]) -> None:
    """Count one more printing of each certificate (a reprint keeps its serial)."""
    uids = [c.uid for c in certs]
    store = current_store()
    with store.db.atomic():
        for start in range(0, len(uids), 500):
            chunk = uids[start:start + 500]
            stamp = store.clock.now()
            # One statement per chunk: the same stamp for all is fine (one change of each record).
            Certificate.update(times_printed=Certificate.times_printed + 1, stamp=stamp,
                               seen=next_seen(store.db)).where(
                Certificate.uid.in_(chunk)).execute()
    for cert in certs:
        cert.times_printed += 1


def cancel(serial: str) -> Certificate:
    """Cancel a certificate (it stays in the register; ``verify`` answers cancelled)."""
    cert = find(serial)
    if cert.status == "cancelled":
        raise ValidationError("serial", Msg("Certificates", "The certificate {serial} is already cancelled.",
                                            serial=cert.serial))
    cert.status = "cancelled"
    cert.save()
    return cert


def correct_name(serial: str, new_name: str) -> Certificate:
    """Cancel ``serial`` and issue a new certificate with the corrected name (same award)."""
    name = " ".join((new_name or "").split())
    if not name:
        raise ValidationError("recipient_name", Msg("Certificates", "The recipient's name is required."))
    old = find(serial)
    if old.status == "cancelled":
        raise ValidationError("serial", Msg("Certificates", "The certificate {serial} is already cancelled.",
                                            serial=old.serial))
    inst = require_installation()
    issued = dt.date.today()
    with current_store().db.atomic():
        exclusive(current_store().db, "certificates")
        old.status = "cancelled"
        old.save()
        award = Award(kind=old.kind, person_uid=old.person_uid, reason=old.reason,
                      organisation_uid=old.organisation_uid, team_uid=old.team_uid)
        new_serial = next_serials(1, issued.year, inst.id)[0]
        return _new(award, name, new_serial, old.language, old.event_uid, issued, Signer(inst.secret_key),
                    replaces=old.uid)
