"""Debate and contests (seed 001): teams and debaters by stage and league, awards,
contests by nomination and age group, debate clubs.

- A tournament's stage is its Tournament row's; teams are those of events in
  the period and scope; a debater is counted once per row however many teams
  or tournaments they were in (the total row counts each person once).
- A contest's age group is worked out from the author's birth date on the
  contest's first day and the contest's own groups (``7-10,11-13,14-17``);
  ages outside every group (or no birth date) go to "other age".  Winners are
  authors with a place from 1 to the contest's ``winners_up_to``.
- Debate clubs are organisations of kind ``debate_club`` (a stock, not bound
  to the period), with their ``members``.
"""
from __future__ import annotations

from collections import defaultdict

from app.certificates.templates import kind_name
from app.i18n import Msg
from app.models.tournaments import STAGES
from app.reports.common import TOTAL, Context, count_col, text_col
from app.reports.model import IndicatorLine, Section, Table
from app.text import sort_key

STAGE_NAMES = {
    "school": Msg("Reports", "school stage"),
    "district": Msg("Reports", "district stage"),
    "city": Msg("Reports", "city stage"),
    "region": Msg("Reports", "regional stage"),
    "republic": Msg("Reports", "republican stage"),
    "": Msg("Reports", "stage not set"),
}
LEAGUE_NAMES = {"kk": Msg("Reports", "Kazakh league"), "ru": Msg("Reports", "Russian league"),
                "en": Msg("Reports", "English league"), "": Msg("Reports", "no league")}
OTHER_AGE = Msg("Reports", "other age")
ALL_NOMINATIONS = Msg("Reports", "All nominations")
LIVE_PERSON = "NOT IN (SELECT uid FROM person WHERE deleted = 1)"


def _stage_order(stage: str) -> int:
    return STAGES.index(stage) if stage in STAGES else len(STAGES)


def _league_order(league: str) -> tuple:
    return (("kk", "ru", "en").index(league) if league in ("kk", "ru", "en") else 3, league)


def _teams(c: Context) -> tuple[Table, list[IndicatorLine]]:
    stage = ("coalesce((SELECT t.stage FROM tournament t WHERE t.event_uid = ev.uid AND t.deleted = 0 "
             "ORDER BY t.stamp DESC LIMIT 1), '')")
    base = f"""FROM team tm JOIN rep_ev ev ON ev.uid = tm.event_uid
               LEFT JOIN team_member m ON m.team_uid = tm.uid AND m.deleted = 0 AND m.person_uid {LIVE_PERSON}
               WHERE tm.deleted = 0"""
    found = c.w.all(f"""SELECT {stage} AS stage, coalesce(tm.league, '') AS league, count(DISTINCT tm.uid),
                               count(DISTINCT m.person_uid) {base} GROUP BY 1, 2""")
    found.sort(key=lambda r: (_stage_order(r[0]), _league_order(r[1])))
    rows = [[STAGE_NAMES.get(s, s), LEAGUE_NAMES.get(lg, lg), teams, debaters] for s, lg, teams, debaters in found]
    teams, debaters = c.w.one(f"SELECT count(DISTINCT tm.uid), count(DISTINCT m.person_uid) {base}")
    rows.append([TOTAL, "", teams, debaters])
    tournaments = c.w.one("SELECT count(*) FROM rep_ev WHERE kind = 'debate_tournament'")[0]
    table = Table("debate_teams", Msg("Reports", "Debate teams and debaters by stage and league"),
                  [text_col(Msg("Reports", "Stage")), text_col(Msg("Reports", "League")),
                   count_col(Msg("Reports", "Teams")), count_col(Msg("Reports", "Debaters (unique)"))], rows)
    lines = [IndicatorLine("debate.tournaments", Msg("Reports", "Debate tournaments"), tournaments),
             IndicatorLine("debate.teams", Msg("Reports", "Debate teams"), teams),
             IndicatorLine("debate.debaters", Msg("Reports", "Debaters (unique)"), debaters)]
    return table, lines


def _awards(c: Context) -> tuple[Table, IndicatorLine]:
    # Given = printed: the certificates issued (not cancelled) for tournaments and contests.
    found = c.w.all("""SELECT coalesce(t.league, ''), ce.kind, count(*) FROM certificate ce
                       JOIN rep_ev ev ON ev.uid = ce.event_uid LEFT JOIN team t ON t.uid = ce.team_uid
                       WHERE ce.deleted = 0 AND ce.status = 'issued'
                         AND ev.kind IN ('debate_tournament', 'contest') GROUP BY 1, 2""")
    found.sort(key=lambda r: (_league_order(r[0]), r[1]))
    rows = [[LEAGUE_NAMES.get(lg, lg), kind_name(kind), n] for lg, kind, n in found]
    total = sum(r[2] for r in rows)
    rows.append([TOTAL, "", total])
    table = Table("awards", Msg("Reports", "Awards given"),
                  [text_col(Msg("Reports", "League")), text_col(Msg("Reports", "Award")),
                   count_col(Msg("Reports", "Given"))], rows)
    return table, IndicatorLine("debate.awards", Msg("Reports", "Awards given"), total)


def age_groups(text: str | None) -> list[tuple[int, int, str]]:
    """A contest's age groups ``7-10,11-13,14-17`` as (low, high, label); bad parts are skipped."""
    out = []
    for part in (text or "").split(","):
        low, sep, high = part.strip().partition("-")
        try:
            out.append((int(low), int(high) if sep else int(low), part.strip()))
        except ValueError:
            continue
    return out


def _group(age: int | None, groups: list[tuple[int, int, str]]) -> str | None:
    if age is not None:
        for low, high, label in groups:
            if low <= age <= high:
                return label
    return None


def _contests(c: Context) -> tuple[Table, list[IndicatorLine]]:
    age = ("(CAST(substr(ev.start_date, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER)"
           " - CASE WHEN substr(ev.start_date, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END)")
    base = """FROM contest_work w JOIN contest ct ON ct.uid = w.contest_uid JOIN rep_ev ev ON ev.uid = ct.event_uid
              JOIN person p ON p.uid = w.person_uid
              WHERE w.deleted = 0 AND ct.deleted = 0 AND p.deleted = 0"""
    winner = "CASE WHEN w.place BETWEEN 1 AND ct.winners_up_to THEN w.person_uid END"
    contests = {uid: (title, start, nominations, groups) for uid, title, start, nominations, groups in c.w.all(
        """SELECT ct.uid, ev.title, ev.start_date, ct.nominations, ct.age_groups FROM contest ct
           JOIN rep_ev ev ON ev.uid = ct.event_uid WHERE ct.deleted = 0""")}
    cells: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    # No contest in the period and scope: no works either (the queries below would still read
    # every event of the period).
    found = c.w.all(
            f"""SELECT ct.uid, w.nomination, CASE WHEN p.birth_date IS NULL THEN NULL ELSE {age} END,
                       count(*), count(DISTINCT w.person_uid), count(DISTINCT {winner})
                {base} GROUP BY 1, 2, 3""") if contests else []
    # One person has one age in one contest, so adding ages' distinct counts into a group is exact.
    for uid, nomination, years, works, people, winners in found:
        label = _group(years, age_groups(contests[uid][3]))
        cell = cells[(uid, nomination, label)]
        cell[0] += works
        cell[1] += people
        cell[2] += winners
    totals = {uid: (works, people, winners) for uid, works, people, winners in c.w.all(
        f"SELECT ct.uid, count(*), count(DISTINCT w.person_uid), count(DISTINCT {winner}) {base} GROUP BY 1")
        } if contests else {}
    rows = []
    for uid in sorted(contests, key=lambda u: (contests[u][1], sort_key(contests[u][0]), u)):
        title, _, nominations, groups = contests[uid]
        order = [n.strip() for n in (nominations or "").splitlines() if n.strip()]
        labels = [g[2] for g in age_groups(groups)]
        keys = [k for k in cells if k[0] == uid]
        keys.sort(key=lambda k: (order.index(k[1]) if k[1] in order else len(order), sort_key(k[1]),
                                 labels.index(k[2]) if k[2] in labels else len(labels)))
        for _, nomination, label in keys:
            works, people, winners = cells[(uid, nomination, label)]
            rows.append([title, nomination, label if label is not None else OTHER_AGE, works, people, winners])
        works, people, winners = totals.get(uid, (0, 0, 0))
        rows.append([title, ALL_NOMINATIONS, "", works, people, winners])
    works, people, winners = c.w.one(
        f"SELECT count(*), count(DISTINCT w.person_uid), count(DISTINCT {winner}) {base}") if contests else (0, 0, 0)
    rows.append([TOTAL, "", "", works, people, winners])
    table = Table("contests", Msg("Reports", "Contests by nomination and age group"),
                  [text_col(Msg("Reports", "Contest")), text_col(Msg("Reports", "Nomination")),
                   text_col(Msg("Reports", "Age group")), count_col(Msg("Reports", "Works")),
                   count_col(Msg("Reports", "Participants")), count_col(Msg("Reports", "Winners"))], rows,
                  note=Msg("Reports", "Participants and winners are unique people; someone with works in "
                                      "two nominations is counted once in the contest's total."))
    lines = [IndicatorLine("contests.count", Msg("Reports", "Contests"), len(contests)),
             IndicatorLine("contests.works", Msg("Reports", "Contest works"), works),
             IndicatorLine("contests.participants", Msg("Reports", "Contest participants (unique)"), people),
             IndicatorLine("contests.winners", Msg("Reports", "Contest winners (unique)"), winners)]
    return table, lines


def _clubs(c: Context) -> tuple[Table, list[IndicatorLine]]:
    if c.scope.level == "school":
        origin = c.w.school_origin()
        where, args = ("o.origin = ?", [origin]) if origin else ("1 = 0", [])
    else:
        where, args = c.w.place_scope("o.region", "o.district", "o.uid")
    by_region = c.scope.level == "country"
    group = "o.region" if by_region else "o.district"
    found = c.w.all(f"""SELECT {group}, count(*), coalesce(sum(o.members), 0) FROM organisation o
                        WHERE o.deleted = 0 AND o.kind = 'debate_club' AND {where} GROUP BY 1""", args)
    rows = [[c.region_name(g) if by_region else (g or ""), n, members] for g, n, members in found]
    rows.sort(key=lambda r: sort_key(r[0]))
    clubs, members = sum(r[1] for r in rows), sum(r[2] for r in rows)
    rows.append([TOTAL, clubs, members])
    table = Table("debate_clubs", Msg("Reports", "Debate clubs"),
                  [text_col(Msg("Reports", "Region") if by_region else Msg("Reports", "District")),
                   count_col(Msg("Reports", "Clubs")), count_col(Msg("Reports", "Members"))], rows)
    return table, [IndicatorLine("clubs.count", Msg("Reports", "Debate clubs"), clubs),
                   IndicatorLine("clubs.members", Msg("Reports", "Debate club members"), members)]


def debate_and_contests(c: Context) -> Section:
    """The Debate and contests section."""
    teams, team_lines = _teams(c)
    awards, award_line = _awards(c)
    contests, contest_lines = _contests(c)
    clubs, club_lines = _clubs(c)
    return Section("debate_contests", Msg("Reports", "Debate and contests"),
                   team_lines + [award_line] + contest_lines + club_lines, [teams, awards, contests, clubs])
