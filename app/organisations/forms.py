"""What the organisation form calls: schools, NGOs, partners, sponsors, offices.

Seed 003 asks for a map of the organisations that run media-literacy work:
name, what they do, how often, and the city (``locality``).
"""
from __future__ import annotations

from typing import Any

from app.errors import UsageError, ValidationError
from app.i18n import Msg
from app.installation import get_installation
from app.models import Organisation
from app.records import apply_values, restore, soft_delete
from app.reference import find_code, find_region
from app.text import fold
from app.validation.fields import clean_text, parse_int, parse_phone, require

FORM_KEYS = ("kind", "name", "region", "district", "locality", "address", "phone", "activity",
             "frequency", "notes", "members")


def clean_organisation(raw: dict[str, Any]) -> dict[str, Any]:
    """Checked model values of the form; raises ValidationError naming the field."""
    region = clean_text(raw.get("region"))
    phone = clean_text(raw.get("phone"))
    values: dict[str, Any] = {key: clean_text(raw.get(key)) for key in FORM_KEYS}
    values.update(
        kind=find_code("organisation_kinds", raw.get("kind"), "kind"),
        name=" ".join(require("name", raw.get("name")).split()),
        region=find_region(region) if region else None,
        phone=parse_phone(phone) if phone else None,
        # A club's members (debate clubs are counted with their members in the reports).
        members=parse_int(raw.get("members"), "members", minimum=0)
        if str(raw.get("members") or "").strip() else None)
    return values


def _same(values: dict[str, Any], exclude_uid: str | None) -> Organisation | None:
    """A live organisation the form would duplicate: same kind, name and place.

    "№1 мектеп" exists in many districts, so only the same name in the same
    region, district and locality counts as the same organisation.
    """
    query = Organisation.live().where(
        Organisation.kind == values["kind"], Organisation.search == fold(values["name"]),
        Organisation.uid != (exclude_uid or ""))
    for org in query:
        if all(fold(getattr(org, k)) == fold(values[k]) for k in ("region", "district", "locality")):
            return org
    return None


def save_organisation(raw: dict[str, Any], uid: str | None = None) -> Organisation:
    """Create (``uid`` None) or update an organisation; a blank field clears it.

    Raises ValidationError on ``kind``, ``name`` (also when the same
    organisation is already there), ``region`` or ``phone``.
    """
    values = clean_organisation(raw)
    if _same(values, uid) is not None:
        raise ValidationError("name", Msg(
            "Organisations", "“{name}” is already in the list of organisations.",
            name=values["name"]))
    if uid is None:
        org = Organisation(**values)
        org.save()
        return org
    org = Organisation.get_by_id(uid)
    if apply_values(org, values, keep_known=False):
        org.save()
    return org


def organisation_values(uid: str) -> dict[str, Any]:
    """The form's values of an organisation (codes for kind and region)."""
    org = Organisation.get_by_id(uid)
    values = {key: getattr(org, key) for key in FORM_KEYS}
    values["deleted"] = org.deleted
    return values


def delete_organisation(uid: str) -> None:
    """Mark an organisation deleted; people, events and aid keep pointing at it.

    This installation's own school or office cannot be deleted: sync bundles
    and reports name it.
    """
    installation = get_installation()
    if installation is not None and installation.organisation_uid == uid:
        raise UsageError(Msg("Organisations",
                             "This is the school or office of this installation; it cannot be deleted."))
    soft_delete(Organisation, uid)


def restore_organisation(uid: str) -> None:
    """Bring a deleted organisation back."""
    restore(Organisation, uid)
