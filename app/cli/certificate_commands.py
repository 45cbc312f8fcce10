"""The ``certificates`` verb: generate, verify, list, cancel, correct, reprint."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.certificates.templates import KINDS
from app.cli.commands import _open, _require_setup, _say
from app.errors import UsageError
from app.i18n import Msg
from app.models import Certificate
from app.text import terminal_safe


def add_parsers(sub) -> None:
    """Add ``certificates`` with its sub-verbs."""
    certs = sub.add_parser("certificates", help="diplomas, certificates and letters of thanks").add_subparsers(
        dest="certificates_command", required=True, metavar="ACTION")
    p = certs.add_parser("generate", help="issue certificates and print them into one PDF")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--event", metavar="UID", help="everyone who attended the event")
    who.add_argument("--person", metavar="UID", action="append", help="one person (repeatable)")
    who.add_argument("--tournament", metavar="T",
                     help="a debate tournament's award list (each its own kind); with --kind participation every "
                          "debater, with --kind thanks every coach and adjudicator")
    who.add_argument("--contest", metavar="C", help="a contest's diplomas (winners) and certificates (the others)")
    p.add_argument("--for-event", metavar="UID", help="with --person: the event the award is for")
    p.add_argument("--kind", choices=list(KINDS), help="required unless --tournament or --contest")
    p.add_argument("--lang", dest="cert_lang", default="kk", choices=["kk", "ru", "en"],
                   help="language of the certificates")
    p.add_argument("--reason", help="the reason text (default: the template's)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--logo", metavar="IMAGE")
    p.add_argument("--signatory", action="append", default=[], metavar="POSITION=NAME",
                   help="who signs (at most two)")
    p.add_argument("--portrait", action="store_true", help="A4 portrait (default landscape)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_generate)
    p = certs.add_parser("verify", help="is a certificate genuine? (QR text, 'SERIAL CODE' or serial)")
    p.add_argument("text", metavar="TEXT_OR_SERIAL", nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_verify)
    p = certs.add_parser("list", help="the register of certificates")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_list)
    p = certs.add_parser("cancel", help="cancel a certificate")
    p.add_argument("serial")
    p.set_defaults(run=cmd_cancel)
    p = certs.add_parser("correct", help="correct the recipient's name: cancels the serial, issues a new one")
    p.add_argument("serial")
    p.add_argument("--name", required=True)
    p.set_defaults(run=cmd_correct)
    p = certs.add_parser("reprint", help="print certificates again with the same serials")
    p.add_argument("serials", nargs="+", metavar="SERIAL")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(run=cmd_reprint)


def _style(args: argparse.Namespace):
    # imported when the command runs: the command line starts without every feature's modules
    from app.certificates.layout import Style

    signatories = []
    for text in args.signatory:
        position, sep, name = text.partition("=")
        if not sep or not name.strip():
            raise UsageError(Msg("CLI", "Write a signatory as POSITION=NAME, e.g. “Director=Seitov B.”."))
        signatories.append((position.strip(), name.strip()))
    return Style(orientation="portrait" if args.portrait else "landscape",
                 logo=Path(args.logo) if args.logo else None, signatories=signatories)


def cmd_generate(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.certificates.generate import generate

    store = _open(args)
    _require_setup(store)
    if args.tournament or args.contest:
        from app.certificates.awards import issue_awards

        result = issue_awards(Path(args.out), tournament_uid=args.tournament, contest_uid=args.contest,
                              language=args.cert_lang, kind=args.kind, style=_style(args))
    elif not args.kind:
        raise UsageError(Msg("CLI", "Choose the kind of certificate with --kind."))
    else:
        result = generate(Path(args.out), kind=args.kind, language=args.cert_lang,
                          event_uid=args.event or args.for_event, person_uids=args.person, reason=args.reason,
                          style=_style(args))
    if args.json:
        print(json.dumps({"file": str(result.path), "count": result.count, "new": result.new,
                          "reprinted": result.reprinted, "serials": result.serials}, ensure_ascii=False))
    else:
        _say(args, Msg("CLI", "{count} certificates written to {path} ({new} new, {again} printed again).",
                       count=result.count, path=str(result.path), new=result.new, again=result.reprinted))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.certificates.verify import GENUINE, verify

    _open(args)
    verdict = verify(" ".join(args.text))
    if args.json:
        print(json.dumps(verdict.as_json(), ensure_ascii=False))
    else:
        _say(args, verdict.message)
    return 0 if verdict.status == GENUINE else 1


def cmd_list(args: argparse.Namespace) -> int:
    _open(args)
    rows = [{"serial": c.serial, "kind": c.kind, "recipient": c.recipient_name, "language": c.language,
             "issued": str(c.issued_date), "status": c.status, "times_printed": c.times_printed,
             "event_uid": c.event_uid, "person_uid": c.person_uid, "replaces_uid": c.replaces_uid}
            for c in Certificate.select().where(Certificate.deleted == False)  # noqa: E712
            .order_by(Certificate.issued_date, Certificate.serial)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:  # names and serials may come from other installations: nothing in them acts on the terminal
            print(terminal_safe(f"{r['serial']}  {r['issued']}  {r['kind']:<13} {r['status']:<9} "
                                f"×{r['times_printed']}  {r['recipient']}"))
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.certificates.register import cancel

    store = _open(args)
    _require_setup(store)
    cert = cancel(args.serial)
    _say(args, Msg("CLI", "Certificate {serial} ({name}) is cancelled.", serial=cert.serial,
                   name=cert.recipient_name))
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.certificates.register import correct_name

    store = _open(args)
    _require_setup(store)
    cert = correct_name(args.serial, args.name)
    _say(args, Msg("CLI", "Certificate {old} is cancelled; {new} is issued to {name}. Print it with "
                   "“certificates reprint {new} --out FILE.pdf”.", old=args.serial.upper(), new=cert.serial,
                   name=cert.recipient_name))
    return 0


def cmd_reprint(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.certificates.generate import reprint

    store = _open(args)
    _require_setup(store)
    result = reprint(args.serials, Path(args.out))
    _say(args, Msg("CLI", "{count} certificates written to {path} ({new} new, {again} printed again).",
                   count=result.count, path=str(result.path), new=result.new, again=result.reprinted))
    return 0
