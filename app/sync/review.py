"""What an office should look at after importing schools' bundles."""
from __future__ import annotations

from typing import Any

from app.db.store import current_store


def probable_duplicates() -> list[dict[str, Any]]:
    """The same IIN registered by two or more installations (live people)."""
    sql = """SELECT p.iin, count(DISTINCT p.origin), group_concat(p.surname || ' ' || p.name, '; '),
                    group_concat(DISTINCT p.origin)
             FROM person p WHERE p.deleted = 0 AND p.iin IS NOT NULL AND p.iin != ''
             GROUP BY p.iin HAVING count(DISTINCT p.origin) > 1 ORDER BY p.iin"""
    return [{"iin": r[0], "installations": r[1], "names": r[2], "origins": r[3]}
            for r in current_store().db.execute_sql(sql).fetchall()]


def aid_twice() -> list[dict[str, Any]]:
    """Children (by IIN, else by person) given aid by two or more records in one campaign year."""
    sql = """SELECT coalesce(p.iin, p.uid) AS who, substr(g.given_date, 1, 4) AS year,
                    count(*) AS times, group_concat(g.item, ', '), group_concat(DISTINCT g.origin),
                    min(p.surname || ' ' || p.name)
             FROM aid_given g JOIN aid_recipient r ON r.uid = g.recipient_uid
             JOIN person p ON p.uid = r.person_uid
             WHERE g.deleted = 0 AND r.deleted = 0 AND p.deleted = 0
             GROUP BY who, year HAVING count(DISTINCT g.origin) > 1 ORDER BY year, who"""
    return [{"child": r[5], "iin_or_uid": r[0], "year": r[1], "times": r[2], "items": r[3], "origins": r[4]}
            for r in current_store().db.execute_sql(sql).fetchall()]


def review() -> dict[str, list[dict[str, Any]]]:
    """Both lists, for the office to act on."""
    return {"duplicates": probable_duplicates(), "aid_twice": aid_twice()}
