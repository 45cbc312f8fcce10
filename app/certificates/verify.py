"""Is a certificate genuine?  Answers genuine, unknown, cancelled or forged.

Works wherever the issuing installation's rows and key are: at the school
itself (its own key) and at an office that imported the school's bundles
(the key it trusts in the ``peer`` table).  What is checked:

- unknown: no certificate with that serial is held here (or its issuer's key
  is not known here);
- forged: the code given (from the QR, or the 8 characters printed beside
  it) is not the issuer's signature over the certificate as registered, or
  the registered data no longer matches its own code;
- cancelled: the signature is right but the certificate was cancelled
  (a corrected one names its replacement);
- code needed: the serial is held, but no code was given (or not the whole
  printed code): a serial is printed in plain sight and proves nothing;
- genuine: held, issued, the serial belongs to the installation that issued
  it, and the code given is its signature.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.certificates.signing import SHORT, code_is_valid, parse, serial_prefix
from app.i18n import Msg
from app.installation import get_installation
from app.models import Certificate, Event, Peer

GENUINE, UNKNOWN, CANCELLED, FORGED = "genuine", "unknown", "cancelled", "forged"
CODE_NEEDED = "code needed"  # the serial is held, but a serial alone proves nothing: anyone can type one


@dataclass
class Verdict:
    """The answer of :func:`verify` with what the register says."""

    status: str
    serial: str
    message: Msg
    details: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict (English message)."""
        return {"status": self.status, "serial": self.serial, "message": self.message.render(), **self.details}


def _issuer_key(origin: str) -> tuple[bytes | None, str]:
    inst = get_installation()
    if inst is not None and inst.id == origin:
        return bytes(inst.public_key), inst.name
    peer = Peer.get_or_none(Peer.id == origin)
    if peer is None:
        return None, ""
    return bytes(peer.public_key), peer.name


def verify(text: str) -> Verdict:
    """Check a scanned QR text, ``SERIAL CODE8`` or a bare serial against the register."""
    scanned = parse(text)
    cert = Certificate.get_or_none(Certificate.serial == scanned.serial)
    if cert is None:
        return Verdict(UNKNOWN, scanned.serial, Msg("Certificates", "Unknown: no certificate {serial} is held "
                                                    "here.", serial=scanned.serial))
    key, issuer = _issuer_key(cert.origin)
    event = Event.get_or_none(Event.uid == cert.event_uid) if cert.event_uid else None
    details = {"recipient": cert.recipient_name, "kind": cert.kind, "issued": str(cert.issued_date),
               "language": cert.language, "event": event.title if event else None, "issuer": issuer,
               "times_printed": cert.times_printed}
    if key is None:
        return Verdict(UNKNOWN, cert.serial, Msg("Certificates", "Unknown: the key of the installation that "
                                                 "issued {serial} is not known here.", serial=cert.serial), details)
    data = (cert.serial, cert.recipient_name, cert.kind, cert.issued_date)
    forged = Verdict(FORGED, cert.serial, Msg("Certificates", "Forged: the code does not match certificate "
                                              "{serial} as it was issued.", serial=cert.serial), details)
    if not cert.code or not code_is_valid(key, cert.code, *data):
        return forged  # the register's own row does not match its signature
    if not cert.serial.startswith(serial_prefix(cert.origin) + "-"):
        return forged  # another installation's serial, registered under this one's key
    if scanned.code is not None and (scanned.code != cert.code or not code_is_valid(key, scanned.code, *data)):
        return forged
    if scanned.short is not None and len(scanned.short) == SHORT and not cert.code.startswith(scanned.short):
        return forged
    proven = scanned.code is not None or (scanned.short is not None and len(scanned.short) == SHORT)
    if not proven:
        details = {"issuer": issuer}  # a serial is printed in plain sight: it shows nobody's name
    if cert.status == "cancelled" or cert.deleted:
        newer = Certificate.get_or_none(Certificate.replaces_uid == cert.uid)
        details["replaced_by"] = newer.serial if newer else None
        if newer is not None:
            return Verdict(CANCELLED, cert.serial, Msg("Certificates", "Cancelled: certificate {serial} was "
                                                       "replaced by {newer}.", serial=cert.serial,
                                                       newer=newer.serial), details)
        return Verdict(CANCELLED, cert.serial, Msg("Certificates", "Cancelled: certificate {serial} was cancelled "
                                                   "by its issuer.", serial=cert.serial), details)
    if not proven:
        return Verdict(CODE_NEEDED, cert.serial, Msg(
            "Certificates", "Certificate {serial} is in the register, but a serial alone proves nothing: give "
            "the {n}-character code printed beside the QR code, or scan the QR code.",
            serial=cert.serial, n=SHORT), details)
    return Verdict(GENUINE, cert.serial, Msg("Certificates", "Genuine: {serial} issued to {name} on {date} by "
                                             "{issuer}.", serial=cert.serial, name=cert.recipient_name,
                                             date=str(cert.issued_date), issuer=issuer), details)
