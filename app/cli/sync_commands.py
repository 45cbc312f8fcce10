"""The ``bundle`` and ``keys`` verbs of the command line."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.commands import _open, _require_setup, _say
from app.errors import KnownError, UsageError
from app.fileperms import write_private
from app.i18n import Msg
from app.installation import require_installation
from app.keys import fingerprint
from app.models import Peer
from app.text import terminal_safe


def add_parsers(sub) -> None:
    """Add ``bundle`` and ``keys`` with their sub-verbs."""
    bundle = sub.add_parser("bundle", help="write or import signed sync bundles").add_subparsers(
        dest="bundle_command", required=True, metavar="ACTION")
    p = bundle.add_parser("export", help="write the changes since the last bundle (or everything)")
    p.add_argument("--out", metavar="FILE|FOLDER", help="default: <school>-<date>-<seq>.tirkeu here")
    p.add_argument("--full", action="store_true", help="a complete snapshot")
    p.add_argument("--sequence", type=int, metavar="N", help="write bundle N again, byte for byte")
    p.add_argument("--to", metavar="ID|FINGERPRINT|NAME",
                   help="the trusted installation it is for (default: the office above; an office names it)")
    p.add_argument("--plaintext", action="store_true",
                   help="write it unencrypted when no receiver's key is trusted (children's data in clear!)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_bundle_export)
    p = bundle.add_parser("import", help="import bundles (files or folders of .tirkeu files)")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("--dry-run", action="store_true", help="check everything, save nothing")
    p.add_argument("--trust-new", action="store_true", help="trust senders not yet known (first bundle)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_bundle_import)
    p = bundle.add_parser("review", help="probable duplicates across schools, aid given twice")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_bundle_review)

    keys = sub.add_parser("keys", help="identity cards, trusted and revoked keys").add_subparsers(
        dest="keys_command", required=True, metavar="ACTION")
    p = keys.add_parser("export", help="write this installation's identity card")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--minisign", metavar="FILE", help="also write the public key as a minisign .pub file")
    p.set_defaults(run=cmd_keys_export)
    p = keys.add_parser("export-age-identity", help="office: write its age identity (secret!) for `age -d`")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(run=cmd_keys_export_age)
    p = keys.add_parser("trust", help="trust the installation of an identity card")
    p.add_argument("card", metavar="FILE")
    p.add_argument("--fingerprint", metavar="FP",
                   help="an office's or national card: its fingerprint, as compared with that office by phone")
    p.set_defaults(run=cmd_keys_trust)
    p = keys.add_parser("revoke", help="revoke a trusted installation (a lost laptop)")
    p.add_argument("who", metavar="INSTALLATION_ID|FINGERPRINT")
    p.set_defaults(run=cmd_keys_revoke)
    p = keys.add_parser("list", help="trusted and revoked installations")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_keys_list)


def cmd_bundle_export(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.sync.export import export_bundle

    store = _open(args)
    _require_setup(store)
    result = export_bundle(Path(args.out) if args.out else None, full=args.full, sequence=args.sequence,
                           to=args.to, plaintext=args.plaintext)
    for warning in result.warnings:
        print(warning.render(args.translate), file=sys.stderr)
    if args.json:
        print(json.dumps({"file": str(result.path), "sequence": result.sequence, "records": result.records,
                          "encrypted": result.encrypted, "sha256": result.sha256, "full": result.full,
                          "counts": result.counts, "receiver": result.receiver}, ensure_ascii=False))
    else:
        _say(args, Msg("CLI", "Bundle {sequence} written to {path}: {records} records{enc}.",
                       sequence=result.sequence, path=str(result.path), records=result.records,
                       enc=Msg("CLI", ", encrypted to the office") if result.encrypted else ""))
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.sync.batch import import_paths

    store = _open(args)
    _require_setup(store)
    batch = import_paths([Path(p) for p in args.paths], dry_run=args.dry_run, trust_new=args.trust_new,
                         translate=args.translate)
    if not batch.bundles:
        raise KnownError(Msg("CLI", "No bundle files (*.tirkeu) were found there."))
    if args.json:
        print(json.dumps(batch.as_json(), ensure_ascii=False))
    else:
        for b in batch.bundles:
            line = Msg("CLI", "{file}: {status} — created {created}, updated {updated}, unchanged {unchanged}, "
                       "ignored {ignored}, rejected {rejected}, conflicts {conflicts}.",
                       file=Path(b.file).name, status=b.status, created=b.created, updated=b.updated,
                       unchanged=b.unchanged, ignored=b.ignored, rejected=len(b.rejected),
                       conflicts=len(b.conflicts)).render(args.translate)
            print(line + (f" {b.reason}" if b.reason else ""))
        for gap in batch.gaps:
            _say(args, Msg("CLI", "Missing from {name}: bundle(s) {numbers}.", name=gap.name,
                           numbers=", ".join(map(str, gap.missing))))
    # 1 when anything needs the office's attention: a file refused or in conflict, or a record rejected.
    failed = [b for b in batch.bundles if b.status in ("refused", "conflict") or b.rejected]
    return 1 if failed else 0


def cmd_bundle_review(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.sync.review import review

    _open(args)
    found = review()
    if args.json:
        print(json.dumps(found, ensure_ascii=False, default=str))
    else:
        for key, rows in found.items():
            print(f"{key}: {len(rows)}")
            for row in rows[:50]:
                # Names come from schools' bundles: an escape code in one must not act on this terminal.
                print("  " + " | ".join(terminal_safe(str(v)) for v in row.values()))
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.sync.minisign import public_key_file
    from app.sync.trust import write_identity_card

    _open(args)
    out = write_identity_card(Path(args.out))
    inst = require_installation()
    if args.minisign:  # public, meant to be shared: an ordinary file
        try:
            Path(args.minisign).write_text(public_key_file(inst.public_key, f"tirkeu {inst.name}"),
                                           encoding="utf-8")
        except OSError as exc:
            raise _cannot_write(args.minisign, exc) from exc
    _say(args, Msg("CLI", "Identity card written to {path}; key fingerprint {fp}.", path=str(out),
                   fp=fingerprint(inst.public_key)))
    return 0


def cmd_keys_trust(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.sync.trust import fingerprint_matches, needs_confirmation, read_card, trust

    _open(args)
    card = read_card(Path(args.card))
    if needs_confirmation(card) and not fingerprint_matches(card, args.fingerprint):
        ask = Msg("CLI", "{name} is a {role}: its card decides targets and who can read this installation's "
                  "bundles. Its key fingerprint is {fp}. Compare it with the office by phone.",
                  name=card.name, role=card.role, fp=card.fingerprint)
        if args.fingerprint is None and sys.stdin.isatty():
            print(ask.render(args.translate))
            answer = input(Msg("CLI", "Type the fingerprint's first 8 characters to trust it: ").render(
                args.translate))
            if fingerprint_matches(card, answer):
                args.fingerprint = answer
        if not fingerprint_matches(card, args.fingerprint):
            raise UsageError(Msg("CLI", "{ask} Then run again with --fingerprint \"{fp}\". Nothing was trusted.",
                                 ask=ask, fp=card.fingerprint))
    peer = trust(card)
    _say(args, Msg("CLI", "Trusted {name} ({role}), key fingerprint {fp}.", name=peer.name, role=peer.role,
                   fp=card.fingerprint))
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.sync.trust import revoke

    _open(args)
    peer = revoke(args.who)
    _say(args, Msg("CLI", "Revoked {name}: its bundles will be refused.", name=peer.name))
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    _open(args)
    peers = [{"installation": p.id, "role": p.role, "name": p.name, "region": p.region,
              "fingerprint": fingerprint(bytes(p.public_key)), "encrypts_to": p.age_recipient,
              "trusted_at": p.trusted_at, "revoked_at": p.revoked_at} for p in Peer.select()]
    if args.json:
        print(json.dumps(peers, ensure_ascii=False))
    else:
        for p in peers:
            state = f"revoked {p['revoked_at']}" if p["revoked_at"] else "trusted"
            print(f"{p['name']} ({p['role']}, {p['region']}) {p['fingerprint']} {state}")
    return 0


def _cannot_write(path: str | Path, exc: OSError) -> KnownError:
    return KnownError(Msg("Sync", "Cannot write {path}: {error}", path=str(path), error=exc.strerror or str(exc)))


def cmd_keys_export_age(args: argparse.Namespace) -> int:
    # imported when the command runs: the command line starts without every feature's modules
    from app.sync.trust import ensure_age_identity

    _open(args)
    inst = require_installation()
    if inst.role not in ("office", "national"):
        raise UsageError(Msg("CLI", "Only an office has an age identity (schools encrypt to their office)."))
    recipient = ensure_age_identity(inst)
    out = Path(args.out)
    try:  # the secret that opens every bundle sent to this office: 0600 from its first byte
        write_private(out, f"# public key: {recipient}\n{inst.age_identity}\n".encode())
    except OSError as exc:
        raise _cannot_write(out, exc) from exc
    _say(args, Msg("CLI", "The office's age identity was written to {path}. Keep it secret.", path=str(out)))
    return 0
