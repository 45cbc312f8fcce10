"""The people list: all people, searched by any part of a name or the IIN."""
from __future__ import annotations

from app.i18n import Msg
from app.listing import Column, ListSource, equals, has_code

PEOPLE = ListSource(
    table="person p",
    key="p.uid",
    joins="LEFT JOIN organisation o ON o.uid = p.school_uid",
    deleted_col="p.deleted",
    search_col="p.search",
    # deleted first: equal in every row shown, it lets the list's index (deleted, sort, search, uid) give
    # the order on PostgreSQL too (SQLite used it either way), so a search needs no sort of its matches
    default_sort="p.deleted, p.sort",
    tiebreak=False,
    columns=[
        Column("surname", Msg("People", "Surname"), "p.surname", "p.deleted, p.sort", width=16),
        Column("name", Msg("People", "Name"), "p.name", width=12),
        Column("patronymic", Msg("People", "Patronymic"), "p.patronymic", width=14),
        Column("birth_date", Msg("People", "Birth date"), "p.birth_date", "p.birth_date", kind="date"),
        Column("sex", Msg("People", "Sex"), "p.sex", "p.sex", kind="sex"),
        Column("iin", Msg("People", "IIN"), "p.iin", "p.iin", width=12),
        Column("category", Msg("People", "Category"), "p.category", "p.category",
               kind="ref:social_categories"),
        Column("school", Msg("People", "School"), "o.name", "o.search", width=18),
        Column("grade", Msg("People", "Grade"), "p.grade", "p.grade"),
        Column("phone", Msg("People", "Phone"), "p.phone"),
    ],
    filters={
        "category": equals("p.category"),
        "school": equals("p.school_uid"),
        "sex": equals("p.sex"),
        "qualification": has_code("p.qualifications"),
    },
)
