"""What a bundle's records may hold: tables, columns, types and references.

Derived once from the peewee models, so a new column is known to sync the
moment the model has it.  Validation is written for speed (an office imports
hundreds of thousands of records): one pass over fixed per-table checkers.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from peewee import (BigIntegerField, BooleanField, DateField, FloatField, ForeignKeyField, IntegerField)

from app.models import (Adjudicator, AidGiven, AidRecipient, Appointment, Attendance, Award, Ballot,
                        BreakTeam, Certificate, Contest, ContestWork, Debate, DebateAdjudicator,
                        Event, EventPartner, Organisation, Person, SocialPassport, Target, Team,
                        TeamMember, Tournament)

# Parents before children: a bundle is written and read in this order.
MODELS = [Organisation, Person, Event, EventPartner, Attendance, Appointment, AidRecipient, AidGiven,
          Team, TeamMember, Certificate, SocialPassport, Tournament, Adjudicator, Debate,
          DebateAdjudicator, Ballot, BreakTeam, Award, Contest, ContestWork, Target]
LOCAL_COLUMNS = {"seen"}  # never leaves the laptop
MAX_TEXT = 20_000


@dataclass(frozen=True)
class TableSpec:
    """The columns of one synced table, their checks and their references."""

    table: str
    columns: tuple[str, ...]
    required: frozenset[str]
    checks: tuple[tuple[str, Callable[[Any], Any]], ...]
    references: tuple[tuple[str, str], ...]  # (column, target table)
    fast: Callable[[dict], dict] | None = None  # generated checker (see _compile)
    dates: tuple[str, ...] = ()


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
    if type(value) is str and len(value) == 10:
        try:
            dt.date.fromisoformat(value)
            return value
        except ValueError:
            pass
    raise Bad("date")


def _spec(model) -> TableSpec:
    columns, checks, required, refs = [], [], set(), []
    for field in model._meta.sorted_fields:
        name = field.column_name
        if name in LOCAL_COLUMNS:
            continue
        columns.append(name)
        if isinstance(field, BooleanField):
            check = _bool
        elif isinstance(field, DateField):
            check = _date
        elif isinstance(field, (IntegerField, BigIntegerField)):
            check = _int
        elif isinstance(field, FloatField):
            check = _num
        else:
            check = _text
        checks.append((name, check))
        if not field.null and field.default is None:
            required.add(name)
        if isinstance(field, ForeignKeyField):
            refs.append((name, field.rel_model._meta.table_name))
    spec = TableSpec(model._meta.table_name, tuple(columns), frozenset(required), tuple(checks), tuple(refs))
    dates = tuple(name for name, check in spec.checks if check is _date)
    return TableSpec(spec.table, spec.columns, spec.required, spec.checks, spec.references, _compile(spec), dates)


def _compile(spec: TableSpec) -> Callable[[dict], dict]:
    """A checker written out for this table: one straight function, no per-column calls.

    The office checks every record of hundreds of bundles; a generic loop over
    checker functions cost as much as writing the rows.  Anything unusual falls
    back to the generic ``_checked`` path, which produces the precise message.
    """
    lines = ["def fast(r):", "    if not (r.keys() <= allowed): raise Bad('')", "    g = r.get"]
    for i, (name, check) in enumerate(spec.checks):
        v = f"v{i}"
        lines.append(f"    {v} = g({name!r})")
        if check is _text:
            cond = f"{v} is None or (type({v}) is str and len({v}) <= {MAX_TEXT})"
        elif check is _int:
            cond = f"{v} is None or type({v}) is int"
        elif check is _num:
            cond = f"{v} is None or (type({v}) in (int, float) and {v} == {v} and abs({v}) < 1e15)"
        elif check is _bool:
            cond = f"{v} is None or {v} in (0, 1)"  # True/False compare equal to 1/0
        else:
            cond = f"{v} is None or (type({v}) is str and len({v}) == 10 and {v}[4] == '-' and {v}[7] == '-')"
        if name in spec.required:
            cond = f"{v} is not None and ({cond})"
        lines.append(f"    if not ({cond}): raise Bad('')")
    lines.append("    return r")
    namespace = {"Bad": Bad, "allowed": frozenset(spec.columns)}
    exec("\n".join(lines), namespace)  # noqa: S102 - code built from our own column names
    return namespace["fast"]


@lru_cache(maxsize=None)
def specs() -> dict[str, TableSpec]:
    """Every synced table's spec, in bundle order."""
    return {m._meta.table_name: _spec(m) for m in MODELS}


def check_record(spec: TableSpec, record: Any) -> dict[str, Any]:
    """A record's values, checked and normalised; raises Bad naming the problem."""
    if type(record) is dict and spec.fast is not None:
        try:
            record = spec.fast(record)
            if "deleted" in record:
                record["deleted"] = 1 if record["deleted"] else 0
            for name in spec.dates:
                value = record.get(name)
                if value is not None:
                    dt.date.fromisoformat(value)  # 2012-02-31 passes the quick check
            if 0 < len(record["uid"]) <= 64:
                return record
        except (Bad, ValueError):
            pass  # the slow path below says precisely what is wrong
    return _checked(spec, record)


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
    unknown = set(record) - set(spec.columns) - LOCAL_COLUMNS
    if unknown:
        raise Bad(f"unknown columns {', '.join(sorted(unknown))}")
    missing = [c for c in spec.required if out.get(c) is None]
    if missing:
        raise Bad(f"missing {', '.join(sorted(missing))}")
    if len(out["uid"]) > 64 or not out["uid"]:
        raise Bad("uid: not valid")
    return out
