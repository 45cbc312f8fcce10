"""What the overview page reminds a coordinator of: the USB stick, this month's targets, events to finish.

The reminders are what a coordinator would otherwise forget: no bundle written
for a while (the office then reports last month's figures), the programme's
monthly and weekly targets against what this installation has recorded so far,
and events of the last weeks that break a rule of their kind (a lecture with 12
participants) or have no participants at all.  Each names the action that fixes
it, so the page can offer a button.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from peewee import fn

from app.db.changes import last_seen
from app.db.store import current_store
from app.events.rules import COUNTED_STATUSES, check_event, is_mass
from app.i18n import Msg
from app.installation import require_installation
from app.models import SYNCED_MODELS, Attendance, Contest, Event, ExportLog, Installation, Person, Tournament
from app.reference import load
from app.reports.targets import Targets

#: A bundle older than this is reminded of (the programmes ask for one a week or a month).
BUNDLE_DAYS = 14
#: How far back events are checked for broken rules and missing participants.
RECENT_DAYS = 31
#: At most this many events are named; the rest are counted.
MAX_NAMED_EVENTS = 5


@dataclass(frozen=True)
class Reminder:
    """One thing to do.

    ``action`` says what fixes it: ``write_bundle``, ``new_event`` or
    ``open_event`` (with ``event_uid``); ``None`` for information only.
    ``urgent`` marks what is behind (shown first, in amber).
    """

    key: str
    msg: Msg
    action: str | None = None
    event_uid: str | None = None
    urgent: bool = False


def _last_export() -> ExportLog | None:
    return ExportLog.select().order_by(ExportLog.sequence.desc()).first()


def unsent_changes() -> int:
    """Records changed here since the last bundle (what the next one will carry)."""
    last = _last_export()
    since = last.seen_to if last is not None else 0
    db = current_store().db
    if last_seen(db) <= since:
        return 0  # nothing changed: no need to count table by table
    # One statement for the 22 tables (the overview waited ~4 ms for 22 ORM counts at start-up)
    counts = " + ".join(f'(SELECT count(*) FROM "{m._meta.table_name}" WHERE seen > ?)' for m in SYNCED_MODELS)
    return int(db.execute_sql(f"SELECT {counts}", [since] * len(SYNCED_MODELS)).fetchone()[0])


def _export_age_days(last: ExportLog, today: dt.date) -> int | None:
    try:
        written = dt.datetime.fromisoformat(last.created_at).date()
    except (TypeError, ValueError):
        return None
    return (today - written).days


def bundle_reminder(today: dt.date) -> Reminder | None:
    """Write a bundle: none yet with records waiting, or the last one older than BUNDLE_DAYS."""
    waiting = unsent_changes()
    if waiting == 0:
        return None
    last = _last_export()
    if last is None:
        if not (Event.live().exists() or Person.live().exists()):
            return None  # only the set-up's own records: nothing worth a trip to the office yet
        return Reminder("bundle", Msg("Home", "No bundle has been written yet: {count} records are waiting "
                                              "to go to the office on a USB stick.", count=waiting),
                        "write_bundle", urgent=True)
    days = _export_age_days(last, today)
    if days is not None and days >= BUNDLE_DAYS:
        return Reminder("bundle", Msg("Home", "The last bundle was written {days} days ago; {count} records "
                                              "have changed since.", days=days, count=waiting),
                        "write_bundle", urgent=True)
    return Reminder("bundle", Msg("Home", "{count} records have changed since the last bundle.", count=waiting),
                    "write_bundle")


def _period(per: str, today: dt.date) -> tuple[dt.date, dt.date]:
    if per == "week":
        start = today - dt.timedelta(days=today.weekday())
        return start, start + dt.timedelta(days=6)
    start = today.replace(day=1)
    following = (start + dt.timedelta(days=32)).replace(day=1)
    return start, following - dt.timedelta(days=1)


def target_reminders(today: dt.date, lang: str, inst: Installation | None = None) -> list[Reminder]:
    """This month's (and week's) events of each kind the programmes count, against the target.

    A school sees its own count beside its region's target (the target is the
    region's; the school's share is not fixed by the programme), an office its
    region's count.  Behind is marked urgent only for an office, which answers for it.
    """
    inst = inst or require_installation()
    targets = Targets()
    found = []
    for code, target in ((t["code"], t) for t in load("targets")):
        kind, per = target.get("event_kind"), target.get("per")
        if not kind or per not in ("month", "week"):
            continue
        spec = targets.spec(code, inst.region if inst.role != "national" else None)
        start, end = _period(per, today)
        query = Event.select().where(Event.deleted == False, Event.kind == kind,  # noqa: E712
                                     Event.start_date.between(start, end))
        if inst.role == "office":
            query = query.where(Event.region == inst.region)
        count = query.count()
        title = target.get(lang) or target.get("en") or code
        behind = not spec.met(count)
        if per == "week":
            text = Msg("Home", "{title}: {count} this week (target: {target}).",
                       title=title, count=count, target=spec.text())
        else:
            text = Msg("Home", "{title}: {count} this month (target: {target}).",
                       title=title, count=count, target=spec.text())
        found.append(Reminder(f"target:{code}", text, "new_event",
                              urgent=behind and inst.role == "office"))
    return found


def _counted_participants(uids: list[str]) -> dict[str, int]:
    """People who took part in each event, in one query."""
    if not uids:
        return {}
    rows = (Attendance.select(Attendance.event, fn.COUNT(Attendance.uid))
            .where(Attendance.event.in_(uids), Attendance.deleted == False,  # noqa: E712
                   Attendance.status.in_(COUNTED_STATUSES))
            .group_by(Attendance.event).tuples())
    return dict(cast("Iterable[tuple[str, int]]", rows))


def event_reminders(today: dt.date, inst: Installation | None = None) -> list[Reminder]:
    """Recent events with no participants recorded, or that break a rule of their kind."""
    inst = inst or require_installation()
    since = today - dt.timedelta(days=RECENT_DAYS)
    query = Event.select().where(Event.deleted == False,  # noqa: E712
                                 Event.start_date.between(since, today))
    if inst.role != "school":
        return []  # an office's own lists are not its schools' events; its reports judge them
    events = list(query.order_by(Event.start_date.desc()))
    uids = [e.uid for e in events]
    # A tournament's or contest's people are its teams and works (their own registers), not attendances.
    own_register = {row.event_uid for model in (Tournament, Contest)
                    for row in model.select(model.event).where(model.event.in_(uids), model.deleted == False)}  # noqa: E712
    events = [e for e in events if e.uid not in own_register]
    counts = _counted_participants([e.uid for e in events])
    found: list[Reminder] = []
    for event in events:
        named = counts.get(event.uid, 0)
        people = event.headcount if (is_mass(event.kind) or named == 0) and event.headcount is not None else named
        when = event.start_date.strftime("%d.%m.%Y")
        if people == 0:
            found.append(Reminder("no_participants", Msg(
                "Home", "«{title}» ({date}): no participants recorded yet.", title=event.title, date=when),
                "open_event", event.uid, urgent=True))
            continue
        issues = check_event(event, people)
        if issues:
            found.append(Reminder("event_rules", Msg(
                "Home", "«{title}» ({date}): {issue}", title=event.title, date=when, issue=issues[0].msg),
                "open_event", event.uid))
    if len(found) > MAX_NAMED_EVENTS:
        more = len(found) - MAX_NAMED_EVENTS
        found = found[:MAX_NAMED_EVENTS] + [Reminder("more_events", Msg(
            "Home", "…and {count} more events of the last month need a look (Events area).", count=more))]
    return found


def reminders(today: dt.date | None = None, lang: str = "kk", inst: Installation | None = None) -> list[Reminder]:
    """Everything the overview reminds of, the urgent first."""
    today = today or dt.date.today()
    found: list[Reminder] = []
    bundle = bundle_reminder(today)
    if bundle is not None:
        found.append(bundle)
    inst = inst or require_installation()  # read once for all of them (the overview has it already)
    found += event_reminders(today, inst)
    found += target_reminders(today, lang, inst)
    return sorted(found, key=lambda r: not r.urgent)


def latest_event_uid(today: dt.date | None = None) -> str | None:
    """The event "add participants" opens: the latest one held up to today (else the next one)."""
    today = today or dt.date.today()
    live = Event.select(Event.uid).where(Event.deleted == False)  # noqa: E712
    held = live.where(Event.start_date <= today).order_by(Event.start_date.desc(), Event.stamp.desc()).first()
    if held is not None:
        return held.uid
    coming = live.order_by(Event.start_date).first()
    return coming.uid if coming is not None else None
