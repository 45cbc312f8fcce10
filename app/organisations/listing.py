"""The organisations list: the map of who does what, how often and where."""
from __future__ import annotations

from app.i18n import Msg
from app.listing import Column, ListSource, equals

# Events it organised or partnered, each counted once.  Organisations are few
# (hundreds), so the Kazakh collation and this per-row count stay cheap.
_EVENTS = ("(SELECT count(*) FROM event e WHERE e.deleted = 0 AND (e.organiser_uid = o.uid"
           " OR e.uid IN (SELECT ep.event_uid FROM event_partner ep"
           " WHERE ep.organisation_uid = o.uid AND ep.deleted = 0)))")
_NAME_ORDER = "o.name COLLATE KAZAKH"

ORGANISATIONS = ListSource(
    table="organisation o",
    key="o.uid",
    deleted_col="o.deleted",
    search_col="o.search",
    default_sort=_NAME_ORDER,
    columns=[
        Column("name", Msg("Organisations", "Name"), "o.name", _NAME_ORDER, width=28),
        Column("kind", Msg("Organisations", "Kind"), "o.kind", "o.kind",
               kind="ref:organisation_kinds", width=12),
        Column("region", Msg("Organisations", "Region"), "o.region", "o.region",
               kind="ref:regions", width=14),
        Column("district", Msg("Organisations", "District"), "o.district",
               "o.district COLLATE KAZAKH", width=14),
        Column("locality", Msg("Organisations", "City or village"), "o.locality",
               "o.locality COLLATE KAZAKH", width=14),
        Column("activity", Msg("Organisations", "Activity"), "o.activity", width=24),
        Column("frequency", Msg("Organisations", "How often"), "o.frequency", width=12),
        Column("events", Msg("Organisations", "Events"), _EVENTS, _EVENTS, kind="int"),
        Column("phone", Msg("Organisations", "Phone"), "o.phone"),
    ],
    filters={
        "kind": equals("o.kind"),
        "region": equals("o.region"),
        "locality": equals("o.locality"),
    },
)
