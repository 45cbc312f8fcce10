"""Organisations to choose from (schools, sponsors) and this installation's own school or office."""
from __future__ import annotations

from collections.abc import Iterable

from app.installation import get_installation
from app.models import Organisation

SCHOOL_KINDS = ("school", "college")
SPONSOR_KINDS = ("sponsor", "business", "akimat")


def organisations(kinds: Iterable[str]) -> list[tuple[str, str]]:
    """(name, uid) of the live organisations of ``kinds``, in Kazakh name order."""
    query = (Organisation.live(Organisation.uid, Organisation.name)
             .where(Organisation.kind.in_(tuple(kinds)))
             .order_by(Organisation.name.collate("KAZAKH")))
    return [(o.name, o.uid) for o in query]


def organisation_name(uid: str | None) -> str | None:
    """The name of the organisation ``uid`` (deleted ones too), or None."""
    if not uid:
        return None
    org = Organisation.get_or_none(Organisation.uid == uid)
    return org.name if org is not None else None


def organisations_by_uid(uids: Iterable[str]) -> dict[str, Organisation]:
    """{uid: organisation} for ``uids`` (deleted ones too); no query when there are none."""
    uids = set(uids)
    if not uids:
        return {}
    return {o.uid: o for o in Organisation.select().where(Organisation.uid.in_(uids))}


def own_organisation() -> Organisation | None:
    """This installation's school or office."""
    inst = get_installation()
    if inst is None or not inst.organisation_uid:
        return None
    return Organisation.get_or_none(Organisation.uid == inst.organisation_uid)


def own_school() -> str | None:
    """The uid of this installation's school, if it is a school or college."""
    org = own_organisation()
    return org.uid if org is not None and org.kind in SCHOOL_KINDS else None


def own_region() -> str | None:
    """This installation's region code."""
    inst = get_installation()
    return inst.region if inst is not None else None
