"""Report scopes: one school, a district, a region or the whole country.

Where a record belongs (documented here because every figure depends on it):

- An event belongs to where it was held: its own region/district, else its
  organiser's.  A school's events are those it organised and every event
  recorded at the school's own installation (whoever organised it).
- A person (trainers, consultants) belongs to their own region/district, else
  their school's; a child in the aid data bank to their school (the record's,
  else the person's), else their own region.
- People are counted where they took part: someone who attended events in two
  regions is covered in both regions, once in the country.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.db.store import current_store
from app.errors import UsageError
from app.i18n import Msg
from app.installation import get_installation
from app.models import Organisation
from app.reference import districts as ref_districts
from app.reference import find_region, load
from app.reference import name as ref_name
from app.text import fold, sort_key

LEVELS = ("country", "region", "district", "school")


@dataclass(frozen=True)
class Scope:
    """What a report covers.  ``region`` is an ISO code (KZ-61); ``value`` the district name or school uid."""

    level: str
    region: str | None = None
    value: str | None = None
    name: str = ""  # the district's or school's name as shown (set by :func:`parse_scope`)

    @property
    def spec(self) -> str:
        """The scope as the command line writes it (``region:KZ-61``)."""
        if self.level == "country":
            return "country"
        if self.level == "region":
            return f"region:{self.region}"
        return f"{self.level}:{self.value}"

    def title(self, lang: str) -> Msg:
        """How the scope is named on a report, in ``lang`` for the reference names."""
        if self.level == "country":
            return Msg("Reports", "Kazakhstan (all regions)")
        if self.level == "region":
            return Msg("Reports", "Region: {name}", name=ref_name("regions", self.region, lang))
        if self.level == "district":
            return Msg("Reports", "District: {name}", name=self.name or self.value)
        return Msg("Reports", "School: {name}", name=self.name or self.value)

    @property
    def several_regions(self) -> bool:
        """True when region targets apply region by region (a line per region)."""
        return self.level == "country"


def _bad(text: str) -> UsageError:
    return UsageError(Msg("Reports", "“{text}” is not a scope: write country, region:KZ-61, "
                          "district:NAME or school:UID.", text=text))


def parse_scope(text: str | None) -> Scope:
    """The scope ``text`` names (``country``, ``region:CODE|name``, ``district:NAME``, ``school:UID``).

    Blank gives this installation's own scope (:func:`default_scope`).  A
    school is looked up by uid (or its exact name); an unknown one is bad usage.
    """
    raw = (text or "").strip()
    if not raw:
        return default_scope()
    level, sep, value = raw.partition(":")
    level, value = level.strip().lower(), value.strip()
    if level in ("country", "kz", "all") and not value:
        return Scope("country")
    if not sep or not value:
        raise _bad(raw)
    if level == "region":
        return Scope("region", region=find_region(value))
    if level == "district":
        _check_district(value)
        region = _district_region(value)
        return Scope("district", region=region, value=value, name=value)
    if level == "school":
        return _school_scope(value, raw)
    raise _bad(raw)


def _check_district(district: str) -> None:
    """Refuse a district no event, organisation or person names (a typo gave an all-zero report)."""
    key = fold(district)
    known = {fold(d) for item in load("regions") for d in _districts(item)}
    if key in known:
        return
    db = current_store().db
    for table in ("event", "organisation", "person"):
        if db.execute_sql(f"SELECT 1 FROM {table} WHERE deleted = 0 AND tirkeu_fold(district) = ? LIMIT 1",
                          (key,)).fetchone():
            return
    raise UsageError(Msg("Reports", "No district is called “{name}” in the reference data or in the records. "
                                    "Check the spelling.", name=district))


def _districts(item: dict) -> list[str]:
    """Every name a region's districts are known by (kk, ru, en)."""
    return [v for d in item.get("districts", []) for k, v in d.items() if k in ("kk", "ru", "en")]


def _district_region(district: str) -> str | None:
    """The region of the district's organisations (None when unknown or ambiguous)."""
    rows = current_store().db.execute_sql(
        "SELECT DISTINCT region FROM organisation WHERE deleted = 0 AND region IS NOT NULL"
        " AND tirkeu_fold(district) = ? LIMIT 2", (fold(district),)).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def _school_scope(value: str, raw: str) -> Scope:
    org = Organisation.get_or_none((Organisation.uid == value) & (Organisation.deleted == False))  # noqa: E712
    if org is None:
        found = list(Organisation.live().where(Organisation.search == fold(value)).limit(2))
        org = found[0] if len(found) == 1 else None
    if org is None:
        raise UsageError(Msg("Reports", "No school “{text}” in this database (give its uid).", text=value))
    return Scope("school", region=org.region, value=org.uid, name=org.name)


def default_scope() -> Scope:
    """This installation's own scope: its school, its region (office) or the country (national)."""
    inst = get_installation()
    if inst is None or inst.role == "national":
        return Scope("country")
    if inst.role == "school" and inst.organisation_uid:
        org = Organisation.get_or_none(Organisation.uid == inst.organisation_uid)
        return Scope("school", region=inst.region, value=inst.organisation_uid,
                     name=org.name if org else inst.name)
    return Scope("region", region=inst.region)


@dataclass(frozen=True)
class ScopeChoice:
    """A scope this installation may report on, with the name of its place by language.

    ``names`` maps a language to the district's or school's name; one ``""``
    entry is the same name in every language (a school, a district typed in
    by hand).  Empty for the installation's own scope and regions (their
    titles come from :meth:`Scope.title`).
    """

    scope: Scope
    names: dict[str, str]

    def name(self, lang: str) -> str:
        """The place's name in ``lang`` (Kazakh when it has none in that language)."""
        return self.names.get(lang) or self.names.get("kk") or self.names.get("", "")


def available_scopes(lang: str = "kk") -> list[ScopeChoice]:
    """The scopes this installation may report on, its own first.

    A school: its own school.  A region office: its region, then each district
    (the reference list and any other district its organisations name, by name
    in ``lang``), then each school of the region by name.  The national office:
    the country, then every region.
    """
    inst = get_installation()
    role, region = (inst.role, inst.region) if inst else ("school", None)
    out = [ScopeChoice(default_scope(), {})]
    if role == "office" and region:
        seen: set[str] = set()
        districts: list[ScopeChoice] = []
        for entry in ref_districts(region):
            seen.add(fold(entry["kk"]))
            names = {k: v for k, v in entry.items() if k in ("kk", "ru", "en") and v}
            districts.append(ScopeChoice(Scope("district", region=region, value=entry["kk"]), names))
        for (district,) in (Organisation.live(Organisation.district)
                            .where((Organisation.region == region) & Organisation.district.is_null(False))
                            .distinct().tuples()):
            if district.strip() and fold(district) not in seen:
                seen.add(fold(district))
                districts.append(ScopeChoice(Scope("district", region=region, value=district), {"": district}))
        districts.sort(key=lambda c: sort_key(c.name(lang)))  # Kazakh order: Ә after А
        out += [ScopeChoice(Scope("district", region=region, value=c.scope.value, name=c.name(lang)), c.names)
                for c in districts]
        schools = (Organisation.live(Organisation.uid, Organisation.name)
                   .where((Organisation.kind == "school") & (Organisation.region == region)).tuples())
        for uid, name in sorted(schools, key=lambda row: sort_key(row[1])):
            out.append(ScopeChoice(Scope("school", region=region, value=uid, name=name), {"": name}))
    elif role == "national":
        for entry in sorted(load("regions"), key=lambda entry: entry.get("sort", 0)):
            out.append(ScopeChoice(Scope("region", region=entry["code"]), {}))
    return out
