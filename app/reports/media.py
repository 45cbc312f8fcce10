"""Media literacy and trainings (seed 003), and mass actions (seed 001).

- Media literacy: its events and people by kind and by language (the experts
  ask for Kazakh and Russian work alike), and the organisations that organised
  or partnered its events, with how many events they ran in the period (and
  how often they say they work, as entered).
- Trainings, seminars and webinars of every programme, by programme and kind.
- Mass actions (kinds marked ``mass``: flash mobs, challenges, webinars) are
  head-counts: an event's head-count and its breakdown as entered; one without
  a head-count counts its named participants.
"""
from __future__ import annotations

from typing import Any

from app.i18n import Msg
from app.reports.common import ATTENDANCES, EVENTS, TOTAL, UNIQUE, Context, count_col, text_col
from app.reports.model import IndicatorLine, Section, Table
from app.text import sort_key

ML = "media_literacy"
TRAINING_KINDS = ("training", "seminar", "webinar")
HEADS = Msg("Reports", "Head-count without names")


def by_programme_kind(c: Context) -> dict[tuple[str, str], tuple[int, int]]:
    """{(programme, kind): (attendances, unique people)} from the working set (no pass over attendance)."""
    if "by_programme_kind" not in c.w.memo:  # three tables ask
        out = {}
        for programme, kind, attendances in c.w.all(
                "SELECT programme, kind, sum(named) FROM rep_ev GROUP BY programme, kind"):
            out[(programme, kind)] = (attendances or 0, c.w.unique(programme, kind))
        c.w.memo["by_programme_kind"] = out
    return dict(c.w.memo["by_programme_kind"])


def _ml_kinds(c: Context) -> tuple[Table, list[IndicatorLine]]:
    people = by_programme_kind(c)
    rows = []
    for kind, n, heads in c.w.all("""SELECT kind, count(*), sum(CASE WHEN named = 0 THEN headcount END)
                                     FROM rep_ev WHERE programme = ? GROUP BY kind""", (ML,)):
        att, unique = people.get((ML, kind), (0, 0))
        rows.append([c.ref("event_kinds", kind), n, att, unique, heads or 0])
    rows.sort(key=lambda r: sort_key(r[0]))
    events, att = c.w.one("SELECT count(*), coalesce(sum(named), 0) FROM rep_ev WHERE programme = ?", (ML,))
    unique = c.w.unique(ML)
    heads = sum(r[4] for r in rows)
    rows.append([TOTAL, events, att, unique, heads])
    table = Table("ml_kinds", Msg("Reports", "Media literacy by event kind"),
                  [text_col(Msg("Reports", "Event kind")), count_col(EVENTS), count_col(ATTENDANCES),
                   count_col(UNIQUE), count_col(HEADS)], rows)
    lines = [IndicatorLine("media.events", Msg("Reports", "Media literacy events"), events),
             IndicatorLine("media.people", Msg("Reports", "People reached by media literacy (unique)"), unique),
             IndicatorLine("media.headcount", Msg("Reports", "Media literacy head-count without names"), heads)]
    return table, lines


def _ml_languages(c: Context) -> Table:
    events = dict(c.w.all("SELECT coalesce(language, ''), count(*) FROM rep_ev WHERE programme = ? GROUP BY 1",
                          (ML,)))
    people = {lang: (n or 0, c.w.unique(ML, lang=lang)) for lang, n in c.w.all(
        "SELECT coalesce(language, ''), sum(named) FROM rep_ev WHERE programme = ? GROUP BY 1", (ML,))}
    rows = [[_language(lang), events[lang], *people.get(lang, (0, 0))]
            for lang in sorted(events, key=lambda x: (x not in ("kk", "ru", "en"), x))]
    return Table("ml_languages", Msg("Reports", "Media literacy by language"),
                 [text_col(Msg("Reports", "Language")), count_col(EVENTS), count_col(ATTENDANCES),
                  count_col(UNIQUE)], rows)


LANGUAGE_NAMES = {"kk": Msg("Reports", "Kazakh"), "ru": Msg("Reports", "Russian"),
                  "en": Msg("Reports", "English"), "": Msg("Reports", "not given")}


def _language(code: str | None) -> Msg | str:
    return LANGUAGE_NAMES.get(code or "", code or "")


def _partners(c: Context) -> Table:
    found = c.w.all("""WITH links(ev, org) AS (
            SELECT id, organiser FROM rep_ev WHERE programme = ? AND organiser IS NOT NULL
            UNION SELECT ev.id, ep.organisation_uid FROM event_partner ep JOIN rep_ev ev ON ev.uid = ep.event_uid
                  WHERE ep.deleted = 0 AND ev.programme = ?)
        SELECT o.name, o.kind, o.activity, o.frequency, o.locality, count(*), sum(ev.people)
        FROM links JOIN organisation o ON o.uid = links.org JOIN rep_ev ev ON ev.id = links.ev
        WHERE o.deleted = 0 GROUP BY o.uid""", (ML, ML))
    rows = [[name, c.ref("organisation_kinds", kind), activity or "", frequency or "", locality or "", n, people]
            for name, kind, activity, frequency, locality, n, people in found]
    rows.sort(key=lambda r: sort_key(r[0]))
    return Table("ml_organisations", Msg("Reports", "Organisations running media literacy events"),
                 [text_col(Msg("Reports", "Organisation")), text_col(Msg("Reports", "Kind")),
                  text_col(Msg("Reports", "Activity")), text_col(Msg("Reports", "How often (as entered)")),
                  text_col(Msg("Reports", "Locality")), count_col(Msg("Reports", "Events in the period")),
                  count_col(Msg("Reports", "Participants"))], rows)


def _trainings(c: Context) -> Table:
    people = by_programme_kind(c)
    marks = ", ".join("?" for _ in TRAINING_KINDS)
    rows = []
    for programme, kind, n in c.w.all(f"""SELECT programme, kind, count(*) FROM rep_ev WHERE kind IN ({marks})
                                          GROUP BY 1, 2""", TRAINING_KINDS):
        att, unique = people.get((programme, kind), (0, 0))
        rows.append([c.ref("programmes", programme), c.ref("event_kinds", kind), n, att, unique])
    rows.sort(key=lambda r: (sort_key(r[0]), sort_key(r[1])))
    return Table("trainings", Msg("Reports", "Trainings, seminars and webinars by programme"),
                 [text_col(Msg("Reports", "Programme")), text_col(Msg("Reports", "Event kind")),
                  count_col(EVENTS), count_col(ATTENDANCES), count_col(UNIQUE)], rows,
                 note=Msg("Reports", "Unique people are counted within each row."))


def media_literacy(c: Context) -> Section:
    """The Media literacy and trainings section."""
    kinds, lines = _ml_kinds(c)
    return Section("media_literacy", Msg("Reports", "Media literacy and trainings"), lines,
                   [kinds, _ml_languages(c), _partners(c), _trainings(c)])


def mass_actions(c: Context) -> Section:
    """The Mass actions section: head-counts by kind, with their breakdown."""
    found = c.w.all("""SELECT kind, count(*), sum(people), sum(hc_pupils), sum(hc_teachers), sum(hc_parents),
                              sum(hc_others), sum(hc_girls), sum(hc_boys) FROM rep_ev WHERE mass = 1 GROUP BY kind""")
    rows: list[list[Any]] = [[c.ref("event_kinds", kind), *(v or 0 for v in rest)] for kind, *rest in found]
    rows.sort(key=lambda r: sort_key(r[0]))
    totals = [sum(r[i] for r in rows) for i in range(1, 9)]
    rows.append([TOTAL, *totals])
    table = Table("mass_actions", Msg("Reports", "Mass actions by kind"),
                  [text_col(Msg("Reports", "Kind")), count_col(EVENTS),
                   count_col(Msg("Reports", "People (head-count)")),
                   count_col(Msg("Reports", "Pupils")), count_col(Msg("Reports", "Teachers")),
                   count_col(Msg("Reports", "Parents")), count_col(Msg("Reports", "Others")),
                   count_col(Msg("Reports", "Girls")), count_col(Msg("Reports", "Boys"))], rows,
                  note=Msg("Reports", "Head-counts as entered; an action without one counts its named participants."))
    lines = [IndicatorLine("mass.events", Msg("Reports", "Mass actions"), totals[0]),
             IndicatorLine("mass.people", Msg("Reports", "People in mass actions (head-count)"), totals[1])]
    return Section("mass_actions", Msg("Reports", "Mass actions"), lines, [table])
