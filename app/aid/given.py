"""The aid a child received: what, how many, worth how much, from whom, and its status.

An aid record moves identified → approved → delivered: the need is found,
a sponsor agrees, the things reach the child.  «Мектепке жол» runs once a
year (1 August – 30 September), so "this campaign" is simply the year of the
date; the form warns when a child already has aid in that year.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from app.errors import ValidationError
from app.i18n import Msg
from app.models import AidGiven, AidRecipient, Event, Organisation, Person, SyncedModel
from app.models.aid import AID_STATUSES
from app.records import apply_values, restore, soft_delete
from app.reference import find_code
from app.validation.fields import clean_text, parse_date, parse_int

# Statuses by their translated names, for forms and lists (no reference file holds them).
STATUS_NAMES: dict[str, Msg] = {
    "identified": Msg("Aid", "identified"),
    "approved": Msg("Aid", "approved"),
    "delivered": Msg("Aid", "delivered"),
}

_FIELDS = ("recipient_uid", "item", "given_date", "quantity", "value_tenge", "sponsor_uid",
           "status", "event_uid", "notes")
# Currency marks people type after an amount ("25 000 тг", "25000₸").
_CURRENCY = re.compile(r"\s*(₸|тг\.?|тенге|теңге|tenge|kzt)\s*$", re.IGNORECASE)


@dataclass
class AidRow:
    """One aid record as the child's form shows it (codes; the window names them)."""

    uid: str
    item: str
    quantity: int
    value_tenge: int | None
    sponsor_uid: str | None
    sponsor_name: str | None
    given_date: dt.date
    status: str
    event_uid: str | None
    notes: str | None


def status_name(code: str) -> Msg:
    """The translatable name of an aid status (an unknown code is shown as is)."""
    found = STATUS_NAMES.get(code)
    return found if found is not None else Msg("Aid", code)  # i18n: ignore


def campaign_year(d: Any) -> int:
    """The campaign a date belongs to: its year (the campaign runs 1 Aug – 30 Sep)."""
    return parse_date(d, "given_date").year


def _not_found(field: str) -> ValidationError:
    return ValidationError(field, Msg("Aid", "The chosen record no longer exists; choose again."))


def _live(model: type[SyncedModel], uid: Any, field: str, required: bool) -> str | None:
    """The uid of a live ``model`` record, None if blank and optional."""
    uid = clean_text(uid)
    if uid is None:
        if required:
            raise ValidationError(field, Msg("Validation", "This field must be filled in."))
        return None
    if not model.live().where(model.uid == uid).exists():
        raise _not_found(field)
    return uid


def _clean(raw: dict[str, Any]) -> dict[str, Any]:
    """Checked model values from the ``add_aid`` arguments; raises naming the field."""
    value = raw.get("value_tenge")
    if isinstance(value, str):
        value = _CURRENCY.sub("", value)
    if clean_text(value) is None:
        value = None
    else:
        # The same bounds a bundle's records are held to (app/sync/record_rules.py RANGES).
        value = parse_int(value, "value_tenge", minimum=0, maximum=100_000_000)
    status = clean_text(raw.get("status")) or "identified"
    if status not in AID_STATUSES:
        raise ValidationError("status", Msg(
            "Validation", "“{text}” is not in the list of allowed values ({allowed}).",
            text=status, allowed=", ".join(AID_STATUSES)))
    return {
        "recipient": _live(AidRecipient, raw.get("recipient_uid"), "recipient_uid", True),
        "item": find_code("aid_items", raw.get("item"), "item"),
        "given_date": parse_date(raw.get("given_date"), "given_date"),
        "quantity": parse_int(1 if raw.get("quantity") is None else raw["quantity"], "quantity",
                              minimum=1, maximum=10_000),
        "value_tenge": value,
        "sponsor": _live(Organisation, raw.get("sponsor_uid"), "sponsor_uid", False),
        "status": status,
        "event": _live(Event, raw.get("event_uid"), "event_uid", False),
        "notes": clean_text(raw.get("notes")),
    }


def add_aid(recipient_uid: str, item: Any, given_date: Any, quantity: Any = 1,
            value_tenge: Any = None, sponsor_uid: str | None = None, status: str = "identified",
            event_uid: str | None = None, notes: str | None = None) -> AidGiven:
    """Record aid for a child; raises ValidationError naming the first wrong argument.

    ``item`` is a code or a name in any language; ``value_tenge`` may be typed
    as "25 000" or "25 000 ₸".
    """
    values = _clean(dict(recipient_uid=recipient_uid, item=item, given_date=given_date,
                         quantity=quantity, value_tenge=value_tenge, sponsor_uid=sponsor_uid,
                         status=status, event_uid=event_uid, notes=notes))
    record = AidGiven(**values)
    record.save()
    return record


def _arguments(record: AidGiven) -> dict[str, Any]:
    return {"recipient_uid": record.recipient_uid, "item": record.item,
            "given_date": record.given_date, "quantity": record.quantity,
            "value_tenge": record.value_tenge, "sponsor_uid": record.sponsor_uid,
            "status": record.status, "event_uid": record.event_uid, "notes": record.notes}


def update_aid(uid: str, **changes: Any) -> AidGiven:
    """Change an aid record (same argument names as :func:`add_aid`); saves only on change.

    A None or blank value clears an optional field (value, sponsor, event, notes).
    """
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise TypeError(f"update_aid: unknown fields {sorted(unknown)}")
    record = AidGiven.get_by_id(uid)
    values = _clean({**_arguments(record), **changes})
    if apply_values(record, values, keep_known=False):
        record.save()
    return record


def advance_status(uid: str) -> AidGiven:
    """Move an aid record one step: identified → approved → delivered (delivered stays)."""
    record = AidGiven.get_by_id(uid)
    # An unknown status (from a newer program) is left alone rather than guessed at.
    if record.status in AID_STATUSES[:-1]:
        record.status = AID_STATUSES[AID_STATUSES.index(record.status) + 1]
        record.save()
    return record


def delete_aid(uid: str) -> None:
    """Mark an aid record deleted (it can be restored)."""
    soft_delete(AidGiven, uid)


def restore_aid(uid: str) -> None:
    """Bring a deleted aid record back."""
    restore(AidGiven, uid)


def oldest_aid_date() -> dt.date | None:
    """The date of the oldest aid record (deleted ones too), or None when there is none."""
    oldest = AidGiven.select(AidGiven.given_date).order_by(AidGiven.given_date).limit(1).scalar()
    if isinstance(oldest, str):
        oldest = dt.date.fromisoformat(oldest[:10])
    return oldest if isinstance(oldest, dt.date) else None


def recipient_of(uid: str) -> str:
    """The uid of the child (aid recipient) an aid record was given to."""
    return AidGiven.get_by_id(uid).recipient_uid


def recipient_name(recipient_uid: str) -> str:
    """The full name of the child ``recipient_uid``."""
    return Person.get_by_id(AidRecipient.get_by_id(recipient_uid).person_uid).full_name


def earlier_aid_in_campaign(recipient_uid: str, year: int,
                            exclude_uid: str | None = None) -> list[AidGiven]:
    """Live aid the child has in ``year``'s campaign, oldest first, in any status.

    The child is matched by person, not by data-bank record: after a sync the
    same child may have a record from the school and one from the office.
    """
    person_uid = AidRecipient.get_by_id(recipient_uid).person_uid
    query = (AidGiven.live()
             .join(AidRecipient)
             .where(AidRecipient.person == person_uid, AidRecipient.deleted == False,  # noqa: E712
                    AidGiven.given_date >= dt.date(year, 1, 1),
                    AidGiven.given_date <= dt.date(year, 12, 31)))
    if exclude_uid:
        query = query.where(AidGiven.uid != exclude_uid)
    return list(query.order_by(AidGiven.given_date, AidGiven.stamp))


def aid_rows(recipient_uid: str) -> list[AidRow]:
    """The child's live aid records, oldest first, for the table in the child's form."""
    query = (AidGiven.live()
             .select(AidGiven, Organisation.name)
             .join(Organisation, join_type=JOIN.LEFT_OUTER,
                   on=(AidGiven.sponsor == Organisation.uid))
             .where(AidGiven.recipient == recipient_uid)
             .order_by(AidGiven.given_date, AidGiven.stamp))
    rows = []
    for g in query.objects():
        rows.append(AidRow(uid=g.uid, item=g.item, quantity=g.quantity, value_tenge=g.value_tenge,
                           sponsor_uid=g.sponsor_uid, sponsor_name=getattr(g, "name", None),
                           given_date=g.given_date, status=g.status, event_uid=g.event_uid,
                           notes=g.notes))
    return rows
