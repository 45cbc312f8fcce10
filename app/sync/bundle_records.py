"""A bundle's records checked: each line on its own, then who may write what.

The first half (:func:`check_lines`) reads no database and may run in the
import's worker process (app/sync/worker.py); the second (:func:`owned_records`)
judges each record with the sender's role and region as trusted here
(app/sync/ownership.py).  app/sync/importer.py calls both, in that order.
"""
from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.certificates.signing import serial_prefix
from app.i18n import Msg
from app.ids import COUNTER_BITS
from app.models import Peer
from app.sync.container import BundleError
from app.sync.ownership import Party, refuse_record, stamp_limit
from app.sync.prepared import Checked
from app.sync.record_rules import Bad, check_record, specs

if TYPE_CHECKING:
    from app.sync.importer import BundleSummary

# A region's full snapshot is ~500,000 records; a bundle may hold twice that.  Every line costs
# memory as a Python object, so the count is checked before the payload is split into lines.
MAX_RECORDS = 1_000_000
# More wrong records than this and the bundle is broken or hostile: refused whole (the summary
# of a million rejections would itself exhaust memory).
MAX_REJECTED = 1000


def _peers() -> dict[str, Party]:
    return {p.id: Party(p.id, p.role, p.region) for p in Peer.select().where(Peer.revoked_at.is_null())}


def check_lines(payload: bytes, manifest_records: int = MAX_RECORDS) -> Checked:
    """Every line's record checked on its own (shape, types, ranges, clock); nothing here reads the database.

    The first half of the record checks: it may run in the import's worker process
    (app/sync/worker.py).  Who may write what is decided by :func:`owned_records`, with the
    sender as trusted here.
    """
    table_specs = specs()
    checked = Checked({t: [] for t in table_specs}, {t: [] for t in table_specs}, [])
    if payload.count(b"\n") > min(manifest_records + 100, MAX_RECORDS):
        raise BundleError(Msg("Sync", "The bundle holds more lines than its signed manifest counts; it is "
                              "refused."))
    items = _parse_lines(payload)
    limit = stamp_limit()
    tables, lines, rejected = checked.tables, checked.lines, checked.rejected
    for number, item in enumerate(items, 1):
        if item is None:
            continue
        try:
            if isinstance(item, Exception):
                raise item
            table = item.get("table") if isinstance(item, dict) else None
            spec = table_specs.get(table) if isinstance(table, str) else None
            if spec is None:
                raise Bad("unknown table")
            record = check_record(spec, item.get("record"))
            if record["stamp"] > limit:
                raise Bad(f"the sending computer's clock is wrong: a change is dated "
                          f"{stamp_date(record['stamp'])}; set its date and time, then write the bundle again")
        except (ValueError, AttributeError, TypeError) as exc:  # Bad and JSON errors
            rejected.append({"line": number, "reason": str(exc)[:200]})
            if len(rejected) > MAX_REJECTED:
                break  # refused whole by owned_records, with the rejections up to here
            continue
        tables[spec.table].append(record)
        lines[spec.table].append(number)
    return checked


def owned_records(checked: Checked, sender: Party, me: Party, summary: BundleSummary) -> dict[str, list[dict]]:
    """Valid records by table; invalid or unauthorised ones go to ``summary.rejected`` with the reason.

    The second half of the record checks, with the sender's role and region as trusted here:
    the ownership rules and certificate serials.  The rejections of both halves are listed in
    line order, and more than ``MAX_REJECTED`` of them refuse the bundle whole.
    """
    table_specs = specs()
    # The trusted peers are read only when a record needs them (another origin, or a table with its
    # own rule): an office with 400 schools would otherwise read all 400 again for each bundle.
    peers: dict[str, Party] | None = None
    prefixes: dict[str, str] = {}
    # A sender's own records of tables it may write need no further rule (the common case, and
    # the office checks hundreds of thousands); everything else goes through refuse_record.
    plain = frozenset(t for t in table_specs if t not in ("target", "certificate")
                      and refuse_record(t, {"origin": sender.id}, sender, me, {}) is None)
    own = sender.id
    refused: list[dict[str, Any]] = []
    for table, records in checked.tables.items():
        if not records or (table in plain and all(r["origin"] == own for r in records)):
            continue
        kept = []
        for record, number in zip(records, checked.lines[table], strict=True):
            try:
                if record["origin"] != own or table not in plain:
                    if peers is None:
                        peers = _peers()
                    refusal = refuse_record(table, record, sender, me, peers)
                    if refusal:
                        raise Bad(refusal)
                if table == "certificate":
                    origin = record["origin"]
                    prefix = prefixes.get(origin) or prefixes.setdefault(origin, serial_prefix(origin))
                    if not str(record.get("serial") or "").startswith(prefix + "-"):
                        raise Bad("the certificate's serial belongs to another installation")
            except (ValueError, AttributeError, TypeError) as exc:
                refused.append({"line": number, "reason": str(exc)[:200]})
                continue
            kept.append(record)
        checked.tables[table] = kept
    rejected = sorted(checked.rejected + refused, key=lambda r: r["line"]) if refused else checked.rejected
    if len(rejected) > MAX_REJECTED:
        summary.rejected.extend(rejected[:MAX_REJECTED + 1])
        raise BundleError(Msg("Sync", "More than {n} of the bundle's records are wrong; the bundle is "
                              "refused whole.", n=MAX_REJECTED))
    summary.rejected.extend(rejected)
    return checked.tables


def _parse_lines(payload: bytes) -> list[Any]:
    """Every line's JSON value (None for a blank line, the error for a bad one).

    One ``json.loads`` of the whole payload as an array is several times
    faster than a call per line; only a damaged payload is parsed line by line.
    """
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        text = payload.decode("utf-8", errors="replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    try:
        if all(lines):
            return json.loads("[" + ",".join(lines) + "]")
    except (ValueError, RecursionError):  # RecursionError: a line nested thousands deep
        pass
    out: list[Any] = []
    for line in lines:
        if not line.strip():
            out.append(None)
            continue
        try:
            out.append(json.loads(line))
        except ValueError as exc:
            out.append(exc)
        except RecursionError:
            out.append(ValueError("nested too deeply"))
    return out


def stamp_date(stamp: int) -> str:
    """The day a change stamp names (for messages)."""
    ms = stamp >> COUNTER_BITS
    try:
        return datetime.fromtimestamp(ms / 1000, tz=UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return "—"
