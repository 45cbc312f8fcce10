"""Organisations: schools, NGOs, partners, sponsors; found by name, created on demand."""
from __future__ import annotations

from app.models import Organisation
from app.text import fold
from app.validation.fields import require

_FIND = "SELECT * FROM organisation WHERE kind = ? AND search = ? AND deleted = 0 LIMIT 1"


class OrganisationCache:
    """Finds organisations by kind and folded name, creating missing ones.

    An import of 10,000 pupils names the same few schools over and over; the
    cache keeps that to one query per school.
    """

    def __init__(self, region: str | None = None, district: str | None = None) -> None:
        self.region = region
        self.district = district
        self._cache: dict[tuple[str, str], Organisation] = {}
        self.created = 0

    def find(self, kind: str, name: str) -> Organisation | None:
        """The live organisation of ``kind`` named ``name``, or None (nothing is made)."""
        key = (kind, fold(" ".join(name.split())))
        org = self._cache.get(key)
        if org is None:
            # (raw SQL: peewee builds a query in ten times the time the database answers it)
            org = next(iter(Organisation.raw(_FIND, kind, key[1])), None)
            if org is not None:
                self._cache[key] = org
        return org

    def get(self, kind: str, name: str, region: str | None = None,
            district: str | None = None, dry_run: bool = False) -> Organisation:
        """The live organisation of ``kind`` named ``name`` (made if missing)."""
        name = " ".join(require("school", name).split())
        org = self.find(kind, name)
        if org is None:
            org = Organisation(kind=kind, name=name, region=region or self.region,
                               district=district or self.district)
            org.save()
            self.created += 1
            self._cache[(kind, fold(name))] = org
        return org


def find_or_create(kind: str, name: str, region: str | None = None,
                   district: str | None = None) -> Organisation:
    """The live organisation of ``kind`` named ``name``, created if there is none."""
    return OrganisationCache(region, district).get(kind, name)
