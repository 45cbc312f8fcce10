"""The register of certificates as a list for the window: newest first, searchable."""
from __future__ import annotations

from app.i18n import Msg
from app.listing import Column, ListSource, equals

CERTIFICATES = ListSource(
    table="certificate c",
    key="c.uid",
    joins="LEFT JOIN person p ON p.uid = c.person_uid LEFT JOIN event e ON e.uid = c.event_uid",
    deleted_col="c.deleted",
    # The person's pre-folded search text, and the serial (ASCII: lower() folds it).
    search_col="(coalesce(p.search || ' ', '') || lower(c.serial) || ' ' || lower(c.recipient_name))",
    default_sort="c.serial DESC",  # year and sequence: newest first within an installation
    columns=[
        Column("serial", Msg("Certificates", "Serial"), "c.serial", "c.serial", width=20),
        Column("recipient", Msg("Certificates", "Recipient"), "c.recipient_name",
               "c.recipient_name COLLATE KAZAKH", width=28),
        Column("kind", Msg("Certificates", "Kind"), "c.kind", "c.kind", kind="cert_kind", width=18),
        Column("event", Msg("Certificates", "Event"), "e.title", "e.title COLLATE KAZAKH", width=24),
        Column("issued", Msg("Certificates", "Issued"), "c.issued_date", "c.issued_date", kind="date", width=10),
        Column("language", Msg("Certificates", "Language"), "c.language", "c.language", kind="language"),
        Column("status", Msg("Certificates", "Status"), "c.status", "c.status", kind="cert_status", width=10),
        Column("printed", Msg("Certificates", "Printed"), "c.times_printed", "c.times_printed", kind="int"),
    ],
    filters={
        "kind": equals("c.kind"),
        "status": equals("c.status"),
        "event": equals("c.event_uid"),
    },
)
