"""What the event form calls: validate everything, save once, give the values back.

The form hands over the raw values it shows (text, dates, lists).  They are
checked as a whole (``clean_event`` plus the fields only the form has:
audience, organiser, partners, the head-count breakdown), then written in one
transaction.  Editing writes only what changed, so an unchanged event keeps
its change stamp and does not travel again in the next sync bundle.
"""
from __future__ import annotations

import re
from typing import Any

from app.db.store import current_store
from app.errors import ValidationError
from app.events.appointments import parse_time
from app.events.headcount import BREAKDOWN, BY_SEX, clean_headcount
from app.events.records import clean_event
from app.events.rules import is_mass
from app.i18n import Msg
from app.installation import get_installation
from app.models import Event, EventPartner, Organisation
from app.models.events import FORMATS
from app.records import apply_values, restore, soft_delete
from app.reference import find_code
from app.validation.fields import clean_text

_VALUE_FIELDS = ("title", "programme", "kind", "start_date", "end_date", "start_time",
                 "duration_minutes", "place", "format", "language", "region", "district", "notes",
                 "headcount") + BREAKDOWN + BY_SEX


def _codes(value: Any, kind: str, field: str) -> list[str]:
    """Reference codes from a list or a comma/semicolon-separated text, in order, once each."""
    parts = value if isinstance(value, (list, tuple, set)) else re.split(r"[,;]", clean_text(value) or "")
    found: list[str] = []
    for part in parts:
        if clean_text(part):
            code = find_code(kind, part, field)
            if code not in found:
                found.append(code)
    return found


def _organisation(uid: Any, field: str) -> str | None:
    uid = clean_text(uid)
    if uid is None:
        return None
    org = Organisation.get_or_none(Organisation.uid == uid)
    if org is None or org.deleted:
        raise ValidationError(field, Msg("Events", "The organisation was not found (it may have been deleted)."))
    return uid


def _uid_list(value: Any) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    out: list[str] = []
    for uid in items:
        text = clean_text(uid)
        if text and text not in out:
            out.append(text)
    return out


def clean_event_form(raw: dict[str, Any], default_region: str | None = None) -> tuple[dict[str, Any], list[str]]:
    """The event's model values and its partner uids; ValidationError naming the field."""
    event = clean_event(raw, default_region=default_region)
    values = event.values()
    values["start_time"] = parse_time(raw.get("start_time"), "start_time")
    values["format"] = event.format or FORMATS[0]
    values["audience"] = ",".join(_codes(raw.get("audience"), "social_categories", "audience")) or None
    values["organiser"] = _organisation(raw.get("organiser_uid"), "organiser_uid")
    if is_mass(event.kind):
        values.update(clean_headcount(raw))
    else:
        # A named event counts its attendance list; a bare total is kept for
        # events imported without names, the breakdown only for mass actions.
        values.update({key: None for key in BREAKDOWN + BY_SEX})
    partners = _uid_list(raw.get("partner_uids"))
    for uid in partners:
        _organisation(uid, "partner_uids")
    return values, partners


def _replace_partners(event_uid: str, partner_uids: list[str]) -> None:
    """Make the live partner links exactly ``partner_uids``: tombstone the rest, revive or add."""
    links = list(EventPartner.select().where(EventPartner.event == event_uid))
    wanted = set(partner_uids)
    kept: set[str] = set()
    for link in links:
        org = link.organisation_uid
        keep = org in wanted and org not in kept  # a duplicate link of one partner goes too
        if keep:
            kept.add(org)
        if link.deleted == keep:
            link.deleted = not keep
            link.save()
    for uid in partner_uids:
        if uid not in kept:
            EventPartner(event=event_uid, organisation=uid).save()


def save_event(raw: dict[str, Any], uid: str | None = None) -> Event:
    """Create an event (``uid`` None) or edit it; returns the saved event.

    When editing, keys missing from ``raw`` keep their current values; a key
    given blank clears the value.  Nothing is written unless something changed.
    """
    if uid is None:
        installation = get_installation()
        # A school's events happen in its own region unless the form says otherwise.
        values, partners = clean_event_form(raw, installation.region if installation else None)
        record = None
    else:
        record = Event.get_by_id(uid)
        values, partners = clean_event_form({**event_values(uid), **raw})
    with current_store().db.atomic():
        if record is None:
            record = Event(**values)
            record.save()
        elif apply_values(record, values, keep_known=False):
            record.save()
        _replace_partners(record.uid, partners)
    return record


def delete_event(uid: str) -> None:
    """Move an event to the deleted list; its attendance stays, to come back with it."""
    soft_delete(Event, uid)


def restore_event(uid: str) -> None:
    """Bring a deleted event back, with its attendance as it was."""
    restore(Event, uid)


def partner_uids(event_uid: str) -> list[str]:
    """The uids of the event's live partner organisations, in the order they were linked."""
    # By change stamp, not uid: two uids made in the same millisecond are in random order.
    query = (EventPartner.select(EventPartner.organisation_uid)
             .where(EventPartner.event == event_uid, EventPartner.deleted == False)  # noqa: E712
             .order_by(EventPartner.stamp))
    return list(dict.fromkeys(link.organisation_uid for link in query))


def event_values(uid: str) -> dict[str, Any]:
    """The form's values of an event: dates as dates, audience and partners as lists."""
    record = Event.get_by_id(uid)
    values: dict[str, Any] = {key: getattr(record, key) for key in _VALUE_FIELDS}
    values["audience"] = [c for c in (record.audience or "").split(",") if c]
    values["organiser_uid"] = record.organiser_uid
    values["partner_uids"] = partner_uids(uid)
    return values
