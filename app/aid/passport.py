"""The school social passport: how many pupils are in each social category.

Two sources meet here.  The data bank counts the children entered by name;
the school also knows totals it has not (yet) entered one by one, and types
them in as ``SocialPassport`` rows.  The passport shows the typed total when
there is one, else the count from the records, and says how far they differ.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.db.store import current_store
from app.errors import ValidationError
from app.i18n import Msg
from app.models import Organisation, SocialPassport
from app.reference import codes, lookup
from app.validation.fields import clean_text, parse_int

PUPILS = "pupils"


@dataclass
class PassportRow:
    """One line of the passport: a category ('pupils' or a family category code)."""

    category: str
    from_records: int
    entered: int | None
    shown: int
    difference: int | None  # entered − from_records; None when nothing was entered

    def hint(self) -> Msg | None:
        """What the window says when the typed total and the records disagree."""
        if not self.difference:
            return None
        if self.difference > 0:
            return Msg("Aid", "{n} more than the children entered by name.", n=self.difference)
        return Msg("Aid", "{n} fewer than the children entered by name: check the total.",
                   n=-self.difference)


def categories() -> list[str]:
    """The passport's lines in order: all pupils, then each family category."""
    return [PUPILS] + codes("family_categories")


def _counts(year: int, school_uid: str | None) -> dict[str, dict[str, list]]:
    """{school: {category: [from_records, entered]}} from three grouped queries."""
    db = current_store().db
    only = " AND {col} = ?" if school_uid else ""
    args = [school_uid] if school_uid else []
    out: dict[str, dict[str, list]] = {}

    def cell(school: str, category: str) -> list:
        return out.setdefault(school, {}).setdefault(category, [0, None])

    pupils = ("SELECT school_uid, count(*) FROM person WHERE deleted = 0 AND category = 'pupil'"
              " AND school_uid IS NOT NULL" + only.format(col="school_uid") + " GROUP BY school_uid")
    for school, n in db.execute_sql(pupils, args).fetchall():
        cell(school, PUPILS)[0] = n
    # A child identified after the year is not in that year's passport; one without a
    # date is counted (entered before the date was asked for).  The recipient's own
    # school wins; the person's school fills in for records imported without one.
    school_col = "coalesce(r.school_uid, p.school_uid)"
    bank = ("SELECT " + school_col + ", r.family_categories, count(*) FROM aid_recipient r"
            " JOIN person p ON p.uid = r.person_uid WHERE r.deleted = 0 AND p.deleted = 0"
            " AND (r.identified_date IS NULL OR r.identified_date <= ?)"
            + only.format(col=school_col) + " GROUP BY 1, 2")
    for school, cats, n in db.execute_sql(bank, [f"{year:04d}-12-31", *args]).fetchall():
        if school is None:
            continue
        for code in {c for c in (cats or "").split(",") if c}:
            cell(school, code)[0] += n
    typed = ("SELECT school_uid, category, count FROM social_passport WHERE deleted = 0"
             " AND year = ?" + only.format(col="school_uid") + " ORDER BY stamp")
    for school, category, n in db.execute_sql(typed, [year, *args]).fetchall():
        cell(school, category)[1] = n  # ordered by stamp: the newest of sync twins wins
    return out


def _rows(counts: dict[str, list]) -> list[PassportRow]:
    rows = []
    for category in categories():
        from_records, entered = counts.get(category, [0, None])
        rows.append(PassportRow(
            category=category, from_records=from_records, entered=entered,
            shown=entered if entered is not None else from_records,
            difference=None if entered is None else entered - from_records))
    return rows


def passport(school_uid: str, year: int) -> list[PassportRow]:
    """The passport of one school for ``year``: pupils, then each family category."""
    return _rows(_counts(int(year), school_uid).get(school_uid, {}))


def passport_all(year: int) -> dict[str, list[PassportRow]]:
    """The passports of every live school, and of any organisation that has passport data."""
    counts = _counts(int(year), None)
    # Organisations are few (hundreds); reading them all avoids an IN list of every school.
    live = {o.uid: o.kind for o in Organisation.live(Organisation.uid, Organisation.kind)}
    wanted = {uid for uid, kind in live.items() if kind == "school"} | (set(counts) & set(live))
    return {uid: _rows(counts.get(uid, {})) for uid in sorted(wanted)}


def _category(value: Any) -> str:
    text = clean_text(value)
    if text and text.casefold() in (PUPILS, "pupil"):
        return PUPILS
    code = lookup("family_categories", text) if text else None
    if code is None:
        raise ValidationError("category", Msg(
            "Validation", "“{text}” is not in the list of allowed values ({allowed}).",
            text=text or "", allowed=", ".join(categories())))
    return code


def set_total(school_uid: str, year: Any, category: Any, count: Any) -> SocialPassport | None:
    """Type the school's own total for one category and year; None or blank clears it.

    Returns the saved row (None when cleared).  Raises ValidationError on
    ``school``, ``year``, ``category`` or ``count``.
    """
    if not Organisation.live().where(Organisation.uid == (school_uid or "")).exists():
        raise ValidationError("school", Msg("Aid", "The chosen record no longer exists; choose again."))
    year = parse_int(year, "year", minimum=2000, maximum=dt.date.today().year + 1)
    category = _category(category)
    clear = count is None or clean_text(count) is None
    number = None if clear else parse_int(count, "count", minimum=0)
    match = (SocialPassport.select()
             .where(SocialPassport.school == school_uid, SocialPassport.year == year,
                    SocialPassport.category == category)
             # A live row first; else the tombstone, brought back rather than a twin made.
             .order_by(SocialPassport.deleted, SocialPassport.stamp.desc()).first())
    if clear:
        if match is not None and not match.deleted:
            match.delete_softly()
        return None
    if match is None:
        match = SocialPassport(school=school_uid, year=year, category=category, count=number)
        match.save()
    elif match.deleted or match.count != number:
        match.deleted, match.count = False, number
        match.save()
    return match
