"""Breakdowns of everyone who took part in the period (all programmes): unique people and attendances.

- By the person: sex, age group (age on the period's last day), category,
  their school, their district (their own, else their school's).  Each person
  is in exactly one row, so the unique people add up to the total.
- By the event: language; region (country reports).  A person who came to
  events in two languages is in both rows, so those rows may add up to more
  than the total; attendances always add up.
- Head-count-only events (no names) are not in these tables: they have no
  people to break down (see the mass actions and the sections' head-counts).
"""
from __future__ import annotations

from typing import Any

from app.i18n import Msg
from app.reports.ages import AGE_GROUPS
from app.reports.common import ATTENDANCES, NOT_GIVEN, TOTAL, UNIQUE, Context, count_col, text_col
from app.reports.media import LANGUAGE_NAMES
from app.reports.model import IndicatorLine, Section, Table
from app.reports.people_pass import BY
from app.text import sort_key

SEXES = {"M": Msg("Reports", "Male"), "F": Msg("Reports", "Female")}


def _age_label(index: int | None) -> Msg | str:
    if index is None:
        return NOT_GIVEN
    low, high = AGE_GROUPS[index]
    return Msg("Reports", "{low} and over", low=low) if high >= 200 else f"{low}–{high}"


def _table(key: str, title: Msg, first: Msg, rows: list[list], total: tuple | None) -> Table:
    if total is not None:
        rows.append([TOTAL, *total])
    return Table(key, title, [text_col(first), count_col(UNIQUE), count_col(ATTENDANCES)], rows)


def _by_person(c: Context, total: tuple) -> list[Table]:
    out = []
    found = c.w.all(f"SELECT sex, sum(people), sum(n) FROM rep_cube WHERE gs = {BY['sex']} GROUP BY sex")
    rows = [[SEXES.get(s, s or NOT_GIVEN), n, a] for s, n, a in
            sorted(found, key=lambda r: (r[0] not in SEXES, list(SEXES).index(r[0]) if r[0] in SEXES else 0))]
    out.append(_table("by_sex", Msg("Reports", "By sex"), Msg("Reports", "Sex"), rows, total))
    found = c.w.all(f"SELECT g, sum(people), sum(n) FROM rep_cube WHERE gs = {BY['age']} GROUP BY g")
    rows = [[_age_label(g), n, a] for g, n, a in sorted(found, key=lambda r: (r[0] is None, r[0] or 0))]
    out.append(_table("by_age", Msg("Reports", "By age group (age on the period's last day)"),
                      Msg("Reports", "Age group"), rows, total))
    found = c.w.all(f"SELECT category, sum(people), sum(n) FROM rep_cube WHERE gs = {BY['category']} GROUP BY category")
    rows = [[c.ref("social_categories", k) if k else NOT_GIVEN, n, a] for k, n, a in found]
    rows.sort(key=lambda r: (isinstance(r[0], Msg), sort_key(r[0] if isinstance(r[0], str) else "")))
    out.append(_table("by_category", Msg("Reports", "By category"), Msg("Reports", "Category"), rows, total))
    if c.scope.level == "region":
        found = c.w.all(f"SELECT district, sum(people), sum(n) FROM rep_cube WHERE gs = {BY['district']} "
                        "GROUP BY district")
        rows = [[d or NOT_GIVEN, n, a] for d, n, a in found]
        rows.sort(key=lambda r: (isinstance(r[0], Msg), sort_key(r[0] if isinstance(r[0], str) else "")))
        out.append(_table("by_district", Msg("Reports", "By the participant's district"),
                          Msg("Reports", "District"), rows, total))
    if c.scope.level in ("region", "district"):
        found = c.w.all(f"""SELECT o.name, sum(x.people), sum(x.n) FROM rep_cube x
                            LEFT JOIN organisation o ON o.uid = x.school WHERE x.gs = {BY['school']}
                            GROUP BY x.school, o.name""")
        rows = [[name or NOT_GIVEN, n, a] for name, n, a in found]
        rows.sort(key=lambda r: (isinstance(r[0], Msg), sort_key(r[0] if isinstance(r[0], str) else "")))
        out.append(_table("by_school", Msg("Reports", "By the participant's school"),
                          Msg("Reports", "School"), rows, total))
    return out


def _by_event(c: Context, total: tuple) -> list[Table]:
    out = []
    found = [(lang, c.w.unique(lang=lang), n or 0) for lang, n in c.w.all(
        "SELECT coalesce(language, ''), sum(named) FROM rep_ev GROUP BY 1")]
    rows = [[LANGUAGE_NAMES.get(k, k), n, a] for k, n, a in
            sorted(found, key=lambda r: (r[0] not in ("kk", "ru", "en"), r[0]))]
    out.append(_table("by_language", Msg("Reports", "By the event's language"), Msg("Reports", "Language"),
                      rows, total))
    if c.scope.level == "country":
        found = [(r, c.w.unique_in_region(r), n or 0) for r, n in c.w.all(
            "SELECT region, sum(named) FROM rep_ev GROUP BY 1")]
        rows = [[c.region_name(r) or NOT_GIVEN, n, a] for r, n, a in found]
        rows.sort(key=lambda r: (isinstance(r[0], Msg), sort_key(r[0] if isinstance(r[0], str) else "")))
        out.append(_table("by_region", Msg("Reports", "By the event's region"), Msg("Reports", "Region"),
                          rows, total))
    return out


PROGRAMMES = ("legal_culture", "youth_movement", "road_to_school", "media_literacy", "other")


def _by_month(c: Context) -> Table:
    """Events held per month (the month they start) and programme, with their named participants."""
    counts: dict[str, dict[str, int]] = {}
    named: dict[str, int] = {}
    for month, programme, n, people in c.w.all(
            "SELECT month, programme, count(*), coalesce(sum(named), 0) FROM rep_ev GROUP BY 1, 2"):
        key = programme if programme in PROGRAMMES else "other"
        counts.setdefault(month, {}).setdefault(key, 0)
        counts[month][key] += n
        named[month] = named.get(month, 0) + people
    rows: list[list[Any]] = [[month, *(counts[month].get(p, 0) for p in PROGRAMMES),
                              sum(counts[month].values()), named[month]]
                             for month in sorted(counts)]
    if rows:
        rows.append([TOTAL, *(sum(r[i] for r in rows) for i in range(1, len(PROGRAMMES) + 3))])
    columns = [text_col(Msg("Reports", "Month")),
               *(count_col(Msg("Reports", "{name}", name=c.ref("programmes", p) or p))  # i18n: ignore
                 for p in PROGRAMMES),
               count_col(Msg("Reports", "All events")), count_col(ATTENDANCES)]
    return Table("events_by_month", Msg("Reports", "Events per month by programme"), columns, rows)


def breakdowns(c: Context) -> Section:
    """The Breakdowns section."""
    # Every breakdown by the person adds up the rows of one small table (rep_cube), not rep_pe.
    c.w.people_cube()
    people, attendances = c.w.one("SELECT coalesce(sum(people), 0), coalesce(sum(n), 0) FROM rep_cube "
                                  f"WHERE gs = {BY['all']}")
    events, heads = c.w.one("SELECT count(*), coalesce(sum(CASE WHEN named = 0 THEN headcount END), 0) FROM rep_ev")
    total = (people, attendances)
    lines = [IndicatorLine("all.events", Msg("Reports", "Events held (all programmes)"), events),
             IndicatorLine("all.people", Msg("Reports", "People who took part (unique)"), people),
             IndicatorLine("all.attendances", Msg("Reports", "Attendances"), attendances),
             IndicatorLine("all.headcount", Msg("Reports", "Head-count of events without names"), heads)]
    return Section("breakdowns", Msg("Reports", "Breakdowns"), lines,
                   [_by_month(c)] + _by_person(c, total) + _by_event(c, total))
