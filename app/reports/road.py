"""«Мектепке жол» (Road to School): children identified and helped, aid by family category,
item, sponsor and school, the schools' social passports summed, aid given twice.

- A child is a person in the aid data bank (a live recipient record of a live
  person), counted once however many records they have; in scope by their
  school (the record's, else the person's), else their own region.  Children
  identified after the period's end are left out; those without a date are in.
- Helped: at least one aid record with status ``delivered`` dated in the
  period.  Identified but not helped: in the data bank and not helped.
- Quantities and tenge count delivered aid only; a child in two family
  categories is in both category rows (the total counts them once).
- Aid given twice: the same child (by IIN, else the person) delivered the same
  item more than once in the period.
- Social passports: each school's typed total for a category when it has one,
  else its count from the records, for the year of the period's end, summed
  over the schools in scope (as :mod:`app.aid.passport` shows one school).
"""
from __future__ import annotations

from app.aid.given import status_name
from app.aid.passport import PUPILS
from app.db.reading import is_server
from app.i18n import Msg
from app.reference import codes
from app.reports.common import TOTAL, Context, count_col, text_col
from app.reports.model import MONEY, Column, IndicatorLine, Section, Table
from app.text import sort_key

CHILDREN = Msg("Reports", "Children")
HELPED = Msg("Reports", "Children helped")
VALUE = Msg("Reports", "Value, tenge")
RECORDS = Msg("Reports", "Aid records")


def _working_set(c: Context) -> None:
    where, args = c.w.place_scope("coalesce(s.region, p.region)", "coalesce(s.district, p.district)",
                                  "coalesce(r.school_uid, p.school_uid)")
    recipients = "aid_recipient"
    region = c.scope.region if c.scope.level in ("region", "district") else None
    if region and is_server(c.w.conn):
        # A server joined every aid record of the country with every person (a parallel hash join of a
        # million people, 0.4 s) to keep a region's.  Left out first: the records of a school of another
        # region, which no person's region can bring back (the school's region comes first).  With the
        # few left counted, the people are looked up by key (0.12 s in all).
        c.w.conn.execute("""CREATE TEMP TABLE rep_rcp AS SELECT r.* FROM aid_recipient r
            LEFT JOIN organisation x ON x.uid = r.school_uid AND x.region IS NOT NULL AND x.region <> ?
            WHERE x.uid IS NULL AND r.deleted = 0""", [region])
        c.w.conn.execute("ANALYZE rep_rcp")
        recipients = "rep_rcp"
    c.w.conn.execute(f"""CREATE TEMP TABLE rep_child AS
        SELECT r.uid AS rid, r.person_uid AS pe, coalesce(nullif(p.iin, ''), p.uid) AS who,
               coalesce(r.school_uid, p.school_uid) AS school, coalesce(r.family_categories, '') AS cats
        FROM {recipients} r CROSS JOIN person p ON p.uid = r.person_uid
        LEFT JOIN organisation s ON s.uid = coalesce(r.school_uid, p.school_uid)
        WHERE r.deleted = 0 AND p.deleted = 0 AND (r.identified_date IS NULL OR r.identified_date <= ?)
          AND {where}""", [c.period.end.isoformat(), *args])
    c.w.conn.execute("""CREATE TEMP TABLE rep_aid AS
        SELECT g.uid AS uid, ch.rid AS rid, ch.pe AS pe, ch.who AS who, ch.school AS school, g.item AS item,
               g.quantity AS quantity, g.value_tenge AS value, g.sponsor_uid AS sponsor, g.status AS status
        FROM aid_given g JOIN rep_child ch ON ch.rid = g.recipient_uid
        WHERE g.deleted = 0 AND g.given_date BETWEEN ? AND ?""",
                     (c.period.start.isoformat(), c.period.end.isoformat()))
    c.w.conn.execute("""CREATE TEMP TABLE rep_helped AS
        SELECT pe, sum(value) AS value FROM rep_aid WHERE status = 'delivered' GROUP BY pe""")


def _categories(c: Context) -> Table:
    values = ", ".join(f"('{code}', {i})" for i, code in enumerate(codes("family_categories")))
    found = {code: row for code, *row in c.w.all(f"""WITH cat(code, sort) AS (VALUES {values})
        SELECT cat.code, count(DISTINCT ch.pe), count(DISTINCT h.pe) FROM cat
        JOIN rep_child ch ON instr(',' || ch.cats || ',', ',' || cat.code || ',') > 0
        LEFT JOIN rep_helped h ON h.pe = ch.pe GROUP BY cat.code""")}
    value = dict(c.w.all(f"""WITH cat(code, sort) AS (VALUES {values})
        SELECT cat.code, sum(a.value) FROM cat
        JOIN rep_child ch ON instr(',' || ch.cats || ',', ',' || cat.code || ',') > 0
        JOIN rep_aid a ON a.rid = ch.rid WHERE a.status = 'delivered' GROUP BY cat.code"""))
    rows = [[c.ref("family_categories", code), *found.get(code, (0, 0)), value.get(code) or 0]
            for code in codes("family_categories")]
    none = c.w.one("""SELECT count(DISTINCT ch.pe), count(DISTINCT h.pe) FROM rep_child ch
                      LEFT JOIN rep_helped h ON h.pe = ch.pe WHERE ch.cats = ''""")
    rows.append([Msg("Reports", "no category given"), none[0], none[1],
                 c.w.one("""SELECT coalesce(sum(a.value), 0) FROM rep_aid a JOIN rep_child ch ON ch.rid = a.rid
                            WHERE a.status = 'delivered' AND ch.cats = ''""")[0]])
    total = c.w.one("""SELECT count(DISTINCT ch.pe), (SELECT count(*) FROM rep_helped),
                              (SELECT coalesce(sum(value), 0) FROM rep_helped) FROM rep_child ch""")
    rows.append([TOTAL, *total])
    return Table("aid_categories", Msg("Reports", "Children by family category"),
                 [text_col(Msg("Reports", "Family category")), count_col(CHILDREN), count_col(HELPED),
                  Column(VALUE, MONEY)], rows,
                 note=Msg("Reports", "A child in two categories is in both rows and once in the total."))


def _items(c: Context) -> Table:
    rows = [[c.ref("aid_items", item), n, children, quantity or 0, value or 0]
            for item, n, children, quantity, value in c.w.all(
                """SELECT item, count(*), count(DISTINCT pe), sum(quantity), sum(value) FROM rep_aid
                   WHERE status = 'delivered' GROUP BY item""")]
    rows.sort(key=lambda r: sort_key(r[0]))
    total = c.w.one("""SELECT count(*), count(DISTINCT pe), coalesce(sum(quantity), 0), coalesce(sum(value), 0)
                       FROM rep_aid WHERE status = 'delivered'""")
    rows.append([TOTAL, *total])
    return Table("aid_items", Msg("Reports", "Aid delivered by item"),
                 [text_col(Msg("Reports", "Item")), count_col(RECORDS), count_col(CHILDREN),
                  count_col(Msg("Reports", "Quantity")), Column(VALUE, MONEY)], rows)


def _sponsors(c: Context) -> Table:
    rows = [[name or Msg("Reports", "no sponsor given"), n, children, value or 0]
            for name, n, children, value in c.w.all(
                """SELECT o.name, count(*), count(DISTINCT a.pe), sum(a.value) FROM rep_aid a
                   LEFT JOIN organisation o ON o.uid = a.sponsor WHERE a.status = 'delivered'
                   GROUP BY a.sponsor, o.name""")]
    rows.sort(key=lambda r: (isinstance(r[0], Msg), sort_key(r[0] if isinstance(r[0], str) else "")))
    return Table("aid_sponsors", Msg("Reports", "Aid delivered by sponsor"),
                 [text_col(Msg("Reports", "Sponsor")), count_col(RECORDS), count_col(CHILDREN),
                  Column(VALUE, MONEY)], rows)


def _schools(c: Context) -> Table:
    rows = [[name or Msg("Reports", "no school given"), children, helped, value or 0]
            for name, children, helped, value in c.w.all(
                """SELECT o.name, count(DISTINCT ch.pe), count(DISTINCT h.pe),
                          (SELECT sum(a.value) FROM rep_aid a WHERE a.status = 'delivered'
                             AND a.school IS ch.school)
                   FROM rep_child ch LEFT JOIN rep_helped h ON h.pe = ch.pe
                   LEFT JOIN organisation o ON o.uid = ch.school GROUP BY ch.school, o.name""")]
    rows.sort(key=lambda r: (isinstance(r[0], Msg), sort_key(r[0] if isinstance(r[0], str) else "")))
    return Table("aid_schools", Msg("Reports", "Children and aid by school"),
                 [text_col(Msg("Reports", "School")), count_col(CHILDREN), count_col(HELPED),
                  Column(VALUE, MONEY)], rows)


def _statuses(c: Context) -> Table:
    order = ("identified", "approved", "delivered")
    found = {s: rest for s, *rest in c.w.all(
        "SELECT status, count(*), count(DISTINCT pe), coalesce(sum(value), 0) FROM rep_aid GROUP BY status")}
    rows = [[status_name(s), *found[s]] for s in sorted(found, key=lambda s: (s not in order, order.index(s)
                                                                               if s in order else 0, s))]
    return Table("aid_statuses", Msg("Reports", "Aid records by status"),
                 [text_col(Msg("Reports", "Status")), count_col(RECORDS), count_col(CHILDREN),
                  Column(VALUE, MONEY)], rows)


def _twice(c: Context) -> tuple[Table, int]:
    found = c.w.all("""SELECT t.who, t.item, t.times, t.value, p.surname || ' ' || p.name, o.name FROM (
                           SELECT who, item, count(*) AS times, sum(value) AS value, min(pe) AS pe,
                                  min(school) AS school
                           FROM rep_aid WHERE status = 'delivered' GROUP BY who, item HAVING count(*) > 1) t
                       JOIN person p ON p.uid = t.pe LEFT JOIN organisation o ON o.uid = t.school""")
    rows = [[name, school or "", c.ref("aid_items", item), times, value or 0]
            for _, item, times, value, name, school in found]
    rows.sort(key=lambda r: (sort_key(r[0]), sort_key(r[2])))
    children = len({r[0] for r in found})
    return Table("aid_twice", Msg("Reports", "The same aid delivered twice to one child"),
                 [text_col(Msg("Reports", "Child")), text_col(Msg("Reports", "School")),
                  text_col(Msg("Reports", "Item")), count_col(Msg("Reports", "Times")),
                  Column(VALUE, MONEY)], rows), children


def _passport(c: Context) -> Table:
    year = c.period.end.year
    where, args = c.w.place_scope("o.region", "o.district", "o.uid")
    records: dict[tuple[str, str], int] = {}
    schools = {uid for uid, in c.w.all(f"SELECT uid FROM organisation o WHERE deleted = 0 AND {where}", args)}
    everywhere = c.w.one("SELECT count(*) FROM organisation WHERE deleted = 0")[0]
    if len(schools) * c.w.WIDE_SHARE > everywhere:
        # Most schools (a region's own file): one pass in table order over people is faster than the
        # school index's scattered reads.
        pupils = c.w.all("""SELECT school_uid, count(*) FROM person NOT INDEXED
                            WHERE deleted = 0 AND category = 'pupil' AND school_uid IS NOT NULL
                            GROUP BY school_uid""")
    else:
        # A few of the country's schools (a region on the national file: 0.47 -> 0.1 s): their
        # pupils only, through the school index.
        pupils = c.w.all(f"""SELECT p.school_uid, count(*) FROM organisation o
                             CROSS JOIN person p INDEXED BY person_school ON p.school_uid = o.uid
                             WHERE o.deleted = 0 AND {where} AND p.deleted = 0 AND p.category = 'pupil'
                             GROUP BY p.school_uid""", args)
    for school, n in pupils:
        if school in schools:
            records[(school, PUPILS)] = n
    values = ", ".join(f"('{code}')" for code in codes("family_categories"))
    for school, category, n in c.w.all(f"""WITH cat(code) AS (VALUES {values})
            SELECT ch.school, cat.code, count(DISTINCT ch.pe) FROM cat
            JOIN rep_child ch ON instr(',' || ch.cats || ',', ',' || cat.code || ',') > 0
            WHERE ch.school IS NOT NULL GROUP BY 1, 2"""):
        records[(school, category)] = n
    typed: dict[tuple[str, str], int] = {}
    for school, category, n in c.w.all(f"""SELECT sp.school_uid, sp.category, sp.count FROM social_passport sp
                                          JOIN organisation o ON o.uid = sp.school_uid
                                          WHERE sp.deleted = 0 AND sp.year = ? AND {where} ORDER BY sp.stamp""",
                                       [year, *args]):
        typed[(school, category)] = n  # ordered by stamp: the newest of sync twins wins
    sums: dict[str, list[int]] = {}
    for key in set(records) | set(typed):
        cell = sums.setdefault(key[1], [0, 0, 0])
        cell[0] += typed[key] if key in typed else records.get(key, 0)
        cell[1] += typed.get(key, 0)
        cell[2] += records.get(key, 0)
    out = []
    for category in [PUPILS] + codes("family_categories"):
        shown, entered, from_records = sums.get(category, [0, 0, 0])
        label = Msg("Reports", "Pupils") if category == PUPILS else c.ref("family_categories", category)
        out.append([label, shown, entered, from_records])
    return Table("social_passport", Msg("Reports", "School social passports summed ({year})", year=year),
                 [text_col(Msg("Reports", "Category")), count_col(Msg("Reports", "In the passports")),
                  count_col(Msg("Reports", "Typed by schools")), count_col(Msg("Reports", "From the records"))],
                 out, note=Msg("Reports", "Each school's typed total is used where it has one, else its "
                                          "count from the records (children in the data bank by the "
                                          "period's end)."))


def road_to_school(c: Context) -> Section:
    """The «Мектепке жол» section."""
    _working_set(c)
    identified = c.w.one("SELECT count(DISTINCT pe) FROM rep_child")[0]
    helped, value = c.w.one("SELECT count(*), coalesce(sum(value), 0) FROM rep_helped")
    twice, twice_children = _twice(c)
    lines = [IndicatorLine("road.identified", Msg("Reports", "Children in the data bank"), identified),
             IndicatorLine("road.helped", HELPED, helped),
             IndicatorLine("road.not_helped", Msg("Reports", "Children identified but not yet helped"),
                           identified - helped),
             IndicatorLine("road.value", Msg("Reports", "Aid delivered, tenge"), value),
             IndicatorLine("road.twice", Msg("Reports", "Children given the same aid twice"), twice_children)]
    return Section("road_to_school", Msg("Reports", "Road to School («Мектепке жол»)"), lines,
                   [_categories(c), _items(c), _sponsors(c), _schools(c), _statuses(c), twice, _passport(c)])

