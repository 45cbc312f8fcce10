"""What a bundle's records may hold: tables, columns, types and references.

Derived once from the peewee models, so a new column is known to sync the
moment the model has it.  Validation is written for speed (an office imports
hundreds of thousands of records): one pass over fixed per-table checkers.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from peewee import BigIntegerField, BooleanField, DateField, FloatField, ForeignKeyField, IntegerField

from app.models import (
    Adjudicator,
    AidGiven,
    AidRecipient,
    Appointment,
    Attendance,
    Award,
    Ballot,
    BreakTeam,
    Certificate,
    Contest,
    ContestWork,
    Debate,
    DebateAdjudicator,
    Event,
    EventPartner,
    Motion,
    Organisation,
    Person,
    SocialPassport,
    Target,
    Team,
    TeamMember,
    Tournament,
)
from app.text import DERIVED_COLUMNS, clean_record_values

# Parents before children: a bundle is written and read in this order.
MODELS = [Organisation, Person, Event, EventPartner, Attendance, Appointment, AidRecipient, AidGiven,
          Team, TeamMember, Certificate, SocialPassport, Tournament, Adjudicator, Debate,
          DebateAdjudicator, Ballot, BreakTeam, Award, Motion, Contest, ContestWork, Target]
LOCAL_COLUMNS = {"seen"}  # never leaves the laptop
MAX_TEXT = 20_000
# Every number from a bundle is range-checked before it reaches SQL or arithmetic (a count of
# 2**62 would overflow a report's sums).  Defaults by type; columns with their own meaning below.
INT_RANGE = (0, 10**9)
FLOAT_RANGE = (-10**9, 10**9)
RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("aid_given", "quantity"): (0, 10_000),
    ("aid_given", "value_tenge"): (0, 100_000_000),  # one gift of 100 million tenge is already absurd
    ("social_passport", "year"): (1900, 2200),
    ("event", "duration_minutes"): (0, 60 * 24 * 366),
    ("tournament", "seed"): (-2**31, 2**31 - 1),
    ("tournament", "score_min"): (0, 1000), ("tournament", "score_max"): (0, 1000),
    ("tournament", "score_step"): (0, 1000),
    ("tournament", "panel_size"): (1, 3), ("tournament", "elim_panel_size"): (1, 5),
    ("tournament", "category_break_size"): (0, 64),
    ("adjudicator", "rating"): (0, 10),
    ("ballot", "pm_score"): (0, 1000), ("ballot", "mg_score"): (0, 1000),
    ("ballot", "lo_score"): (0, 1000), ("ballot", "mo_score"): (0, 1000),
    ("contest_work", "score"): (0, 1_000_000),
    ("target", "value"): (0, 10**9),
}
# Dates outside these years are typing errors or attacks (the reports' periods use the same range).
DATE_YEARS = ("1900", "2200")


@dataclass(frozen=True)
class TableSpec:
    """The columns of one synced table, their checks and their references."""

    table: str
    columns: tuple[str, ...]
    required: frozenset[str]
    checks: tuple[tuple[str, Callable[[Any], Any]], ...]
    references: tuple[tuple[str, str], ...]  # (column, target table)
    ranges: dict[str, tuple[float, float]] = field(default_factory=dict)
    fast: Callable[[dict], dict] | None = None  # generated checker (see _compile)
    dates: tuple[str, ...] = ()
    not_null: frozenset[str] = frozenset()


class Bad(ValueError):
    """A value of a record is not acceptable (the message names the column)."""


def _text(value: Any) -> Any:
    if value is None or (type(value) is str and len(value) <= MAX_TEXT):
        return value
    raise Bad("text")


def _int(value: Any) -> Any:
    if value is None or (type(value) is int):
        return value
    raise Bad("integer")


def _bool(value: Any) -> Any:
    if value is True or value == 1:
        return 1
    if value is False or value == 0:
        return 0
    raise Bad("true/false")


def _num(value: Any) -> Any:
    if value is None or (type(value) in (int, float) and value == value and abs(value) < 1e15):
        return value
    raise Bad("number")


def _date(value: Any) -> Any:
    if value is None:
        return None
    if type(value) is str and len(value) == 10 and DATE_YEARS[0] <= value[:4] <= DATE_YEARS[1]:
        try:
            dt.date.fromisoformat(value)
            return value
        except ValueError:
            pass
    raise Bad("date")


def _spec(model) -> TableSpec:
    columns, checks, required, refs, not_null = [], [], set(), [], set()
    table = model._meta.table_name
    ranges: dict[str, tuple[float, float]] = {}
    for fld in model._meta.sorted_fields:
        name = fld.column_name
        if name in LOCAL_COLUMNS:
            continue
        columns.append(name)
        if isinstance(fld, BooleanField):
            check = _bool
        elif isinstance(fld, DateField):
            check = _date
        elif isinstance(fld, (IntegerField, BigIntegerField)):
            check = _int
            if name != "stamp":  # the stamp is bounded by the receiver's clock (app/sync/ownership.py)
                ranges[name] = RANGES.get((table, name), INT_RANGE)
        elif isinstance(fld, FloatField):
            check = _num
            ranges[name] = RANGES.get((table, name), FLOAT_RANGE)
        else:
            check = _text
        checks.append((name, check))
        if not fld.null and fld.default is None:
            required.add(name)
        elif not fld.null:
            not_null.add(name)
        if isinstance(fld, ForeignKeyField):
            refs.append((name, fld.rel_model._meta.table_name))
    spec = TableSpec(table, tuple(columns), frozenset(required), tuple(checks), tuple(refs), ranges,
                     not_null=frozenset(not_null))
    dates = tuple(name for name, check in spec.checks if check is _date)
    return TableSpec(spec.table, spec.columns, spec.required, spec.checks, spec.references, ranges,
                     _compile(spec, model), dates, frozenset(not_null))


def _compile(spec: TableSpec, model: Any) -> Callable[[dict], dict]:
    """A checker written out for this table: one straight function, no per-column calls.

    The office checks every record of hundreds of bundles; a generic loop over
    checker functions cost as much as writing the rows.  Anything unusual falls
    back to the generic ``_checked`` path, which produces the precise message.
    """
    lines = ["def fast(r):", "    if not (r.keys() <= allowed): raise Bad('')", "    g = r.get",
             "    dirty = False"]
    texts: list[str] = []
    iin: str | None = None
    for i, (name, check) in enumerate(spec.checks):
        v = f"v{i}"
        lines.append(f"    {v} = g({name!r})")
        if name in ("uid", "origin"):  # 32 lowercase hex digits
            cond = f"type({v}) is str and len({v}) == 32 and not {v}.strip(HEX)"
        elif name == "stamp":
            cond = f"type({v}) is int and {v} >= 1"
        elif check is _text:
            cond = f"{v} is None or (type({v}) is str and len({v}) <= {MAX_TEXT})"
            # The derived search and sort keys are made again from clean text, never judged themselves.
            if name not in DERIVED_COLUMNS:
                texts.append(v)
                if name == "iin":
                    iin = v
        elif check is _int:
            cond = f"{v} is None or type({v}) is int"
        elif check is _num:
            cond = f"{v} is None or (type({v}) in (int, float) and {v} == {v} and abs({v}) < 1e15)"
        elif check is _bool:
            cond = f"{v} is None or {v} in (0, 1)"  # True/False compare equal to 1/0
        else:
            cond = (f"{v} is None or (type({v}) is str and len({v}) == 10 and {v}[4] == '-' and {v}[7] == '-' "
                    f"and {DATE_YEARS[0]!r} <= {v}[:4] <= {DATE_YEARS[1]!r})")
        if name in spec.ranges:
            low, high = spec.ranges[name]
            cond = f"({cond}) and ({v} is None or {low!r} <= {v} <= {high!r})"
        if name in spec.required:
            cond = f"{v} is not None and ({cond})"
        elif name in spec.not_null:  # absent takes the default; an explicit null breaks NOT NULL
            cond = f"({v} is not None or {name!r} not in r) and ({cond})"
        lines.append(f"    if not ({cond}): raise Bad('')")
    if texts:
        # Text with a control or format character, not in NFC, with spaces around it, or an IIN
        # with other than digits, is cleaned; all of a record's text is judged in one string (a few
        # C calls instead of a few per column: an office checks hundreds of thousands of records).
        # A '|' beside a space inside a value only sends a clean record through the cleaner.
        lines.append(f"    t = '|'.join(filter(None, ({', '.join(texts)},)))")
        lines.append("    if not (t.isprintable() and (t.isascii() or nfc('NFC', t))) or ' |' in t or '| ' in t "
                     "or t[:1] == ' ' or t[-1:] == ' ': dirty = True")
    if iin:
        lines.append(f"    if {iin} and not {iin}.isdigit(): dirty = True")
    lines.append("    if 'deleted' in r: r['deleted'] = 1 if r['deleted'] else 0")
    lines.append("    if dirty: r = clean(model, r)")
    if "search" in spec.columns and model.search_columns:
        # Made here from the names, as this version folds them: a bundle from an older version
        # carries its own fold (Kazakh letters kept), which the search box would never match.
        lines.append("    r['search'] = model.search_of(r)")
    lines.append("    return r")
    namespace = {"Bad": Bad, "allowed": frozenset(spec.columns), "HEX": "0123456789abcdef",
                 "nfc": unicodedata.is_normalized, "clean": clean_record_values, "model": model}
    exec("\n".join(lines), namespace)  # noqa: S102 - code built from our own column names
    return namespace["fast"]


_MODELS = {m._meta.table_name: m for m in MODELS}


@cache
def specs() -> dict[str, TableSpec]:
    """Every synced table's spec, in bundle order."""
    return {m._meta.table_name: _spec(m) for m in MODELS}


def check_record(spec: TableSpec, record: Any) -> dict[str, Any]:
    """A record's values, checked and normalised (text cleaned); raises Bad naming the problem."""
    if type(record) is dict and spec.fast is not None:
        try:
            record = spec.fast(record)
            for name in spec.dates:
                value = record.get(name)
                if value is not None:
                    dt.date.fromisoformat(value)  # 2012-02-31 passes the quick check
            return record
        except (Bad, ValueError):
            pass  # the slow path below says precisely what is wrong
    model = _MODELS[spec.table]
    out = clean_record_values(model, _checked(spec, record))
    if "search" in spec.columns and model.search_columns:
        out = {**out, "search": model.search_of(out)}  # as in the fast checker above
    return out


def _checked(spec: TableSpec, record: Any) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise Bad("not an object")
    out: dict[str, Any] = {}
    for name, check in spec.checks:
        if name in record:
            try:
                out[name] = check(record[name])
            except Bad as exc:
                raise Bad(f"{name}: not a valid {exc}") from None
            if name in spec.ranges and out[name] is not None:
                low, high = spec.ranges[name]
                if not low <= out[name] <= high:
                    raise Bad(f"{name}: {out[name]} is outside {low:g}…{high:g}")
    unknown = set(record) - set(spec.columns) - LOCAL_COLUMNS
    if unknown:
        raise Bad(f"unknown columns {', '.join(sorted(unknown))}")
    missing = [c for c in spec.required if out.get(c) is None]
    missing += [c for c in spec.not_null if c in out and out[c] is None]
    if missing:
        raise Bad(f"missing {', '.join(sorted(missing))}")
    if not is_record_id(out["uid"]):
        raise Bad("uid: not valid")
    if not is_record_id(out["origin"]):
        raise Bad("origin: not valid")
    if out["stamp"] < 1:
        raise Bad("stamp: not valid")
    return out


def is_record_id(value: Any) -> bool:
    """A uid or installation id as Tirkeu makes them: 32 lowercase hex digits."""
    return type(value) is str and len(value) == 32 and not value.strip("0123456789abcdef")
