"""The programme rules of an event kind, as hints for the form and as a check.

The rules are data (``rules`` in ``resources/reference/event_kinds.json``):
a lecture lasts 40–60 minutes with at least 20 participants, a master class
at most 60 minutes, a seminar 2 days.  An unmet rule is reported, never
enforced: a coordinator records what happened, and a 75-minute lecture still
happened.  The office sees the issues; the record is saved either way.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.events.records import rules_for
from app.i18n import Msg
from app.models import Attendance, Event, Person
from app.reference import item

#: Attendance statuses that count as having taken part.
COUNTED_STATUSES = ("attended", "selected")


@dataclass(frozen=True)
class RuleIssue:
    """One unmet rule: the form field it concerns and what is wrong."""

    field: str
    msg: Msg


def is_mass(kind: str | None) -> bool:
    """True for kinds reported as a head-count (flash mobs, challenges, webinars)."""
    found = item("event_kinds", kind) if kind else None
    return bool(found and found.get("mass"))


def _duration_hint(low: int | None, high: int | None) -> Msg | None:
    if low and high:
        return Msg("Events", "The event should last {low}–{high} minutes.", low=low, high=high)
    if high:
        return Msg("Events", "The event should last at most {high} minutes.", high=high)
    if low:
        return Msg("Events", "The event should last at least {low} minutes.", low=low)
    return None


def rule_hints(kind: str) -> list[Msg]:
    """Short hints for the event form from the rules of ``kind`` (empty if it has none)."""
    rules = rules_for(kind)
    hints: list[Msg] = []
    duration = _duration_hint(rules.get("min_duration_minutes"), rules.get("max_duration_minutes"))
    if duration:
        hints.append(duration)
    if rules.get("min_participants"):
        hints.append(Msg("Events", "At least {count} participants.", count=rules["min_participants"]))
    if rules.get("days"):
        hints.append(Msg("Events", "The event lasts {days} days.", days=rules["days"]))
    if rules.get("selection") == "competitive":
        hints.append(Msg("Events", "Participants are selected competitively: record the applicants, "
                                   "then mark who was selected."))
    if rules.get("registration_required"):
        hints.append(Msg("Events", "By prior registration: book each visit in the appointment list."))
    if rules.get("announced_in_advance"):
        hints.append(Msg("Events", "Announce it in advance."))
    if rules.get("min_per_region_per_month"):
        hints.append(Msg("Events", "Target: at least {count} a month in each region.",
                         count=rules["min_per_region_per_month"]))
    if rules.get("min_per_week"):
        hints.append(Msg("Events", "Target: at least {count} a week.", count=rules["min_per_week"]))
    if rules.get("min_per_region"):
        hints.append(Msg("Events", "Target: at least {count} in each region.", count=rules["min_per_region"]))
    if is_mass(kind):
        hints.append(Msg("Events", "Reported as a head-count: enter the numbers, not a list of names."))
    return hints


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None and str(value).strip() != "" else None
    except (TypeError, ValueError):
        return None


def _duration_issue(minutes: int | None, low: int | None, high: int | None) -> RuleIssue | None:
    if not (low or high):
        return None
    rule = _duration_hint(low, high)
    if minutes is None:
        # The rule cannot be confirmed; say so rather than report it as met.
        return RuleIssue("duration_minutes", Msg("Events", "The duration is not given. {rule}", rule=rule))
    if (low and minutes < low) or (high and minutes > high):
        return RuleIssue("duration_minutes", Msg(
            "Events", "It lasted {minutes} minutes. {rule}", minutes=minutes, rule=rule))
    return None


def check_event(event: Any, participants: int) -> list[RuleIssue]:
    """Every rule of the event's kind it does not meet; never raises.

    ``event`` is an :class:`Event`, an ``EventInput`` or anything with
    ``kind``, ``start_date``, ``end_date`` and ``duration_minutes``;
    ``participants`` is what :func:`participant_count` gives (or the form's
    own count before saving).
    """
    try:
        rules = rules_for(getattr(event, "kind", None) or "")
    except Exception:  # noqa: BLE001 - a check must never stop the form
        return []
    issues: list[RuleIssue] = []
    duration = _duration_issue(_int_or_none(getattr(event, "duration_minutes", None)),
                               rules.get("min_duration_minutes"), rules.get("max_duration_minutes"))
    if duration:
        issues.append(duration)
    least = rules.get("min_participants")
    if least and (participants or 0) < least:
        issues.append(RuleIssue("participants", Msg(
            "Events", "{count} participants; at least {least} are needed.",
            count=participants or 0, least=least)))
    days = rules.get("days")
    start, end = getattr(event, "start_date", None), getattr(event, "end_date", None) or getattr(
        event, "start_date", None)
    if days and isinstance(start, dt.date) and isinstance(end, dt.date):
        actual = (end - start).days + 1
        if actual != days:
            issues.append(RuleIssue("end_date", Msg(
                "Events", "It lasts {actual} day(s); the event should last {days} days.",
                actual=actual, days=days)))
    return issues


def participant_count(event_uid: str) -> int:
    """How many took part: the head-count of a mass event, else live attended/selected people.

    An event imported with only a head-count (no names) counts its head-count,
    so the indicators do not drop to zero for it.
    """
    event = Event.get_or_none(Event.uid == event_uid)
    if event is None:
        return 0
    if is_mass(event.kind) and event.headcount is not None:
        return event.headcount
    named = (Attendance.select()
             .join(Person, on=(Attendance.person == Person.uid))
             .where(Attendance.event == event_uid, Attendance.deleted == False,  # noqa: E712
                    Person.deleted == False, Attendance.status.in_(COUNTED_STATUSES))  # noqa: E712
             .count())
    if named == 0 and event.headcount is not None:
        return event.headcount
    return named
