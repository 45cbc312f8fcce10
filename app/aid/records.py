"""Validating and saving aid recipients (a child, the family's categories, the guardian)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.models import AidRecipient, Organisation, Person
from app.people.records import PersonInput, clean_person
from app.records import Outcome, upsert
from app.reference import find_code
from app.validation.fields import clean_text, parse_phone


@dataclass
class AidRecipientInput:
    """A validated aid recipient: the child and the family's details."""

    person: PersonInput
    family_categories: list[str]
    guardian: str | None = None
    guardian_phone: str | None = None
    address: str | None = None
    needs: str | None = None


def clean_aid_recipient(raw: dict[str, Any]) -> AidRecipientInput:
    """Validate a child's row; several family categories may be given, split by , ; or /."""
    person = clean_person(raw)
    if person.category is None:
        person.category = "pupil"
    categories: list[str] = []
    for part in re.split(r"[,;/]", clean_text(raw.get("family_category")) or ""):
        if part.strip():
            code = find_code("family_categories", part.strip(), "family_category")
            if code not in categories:
                categories.append(code)
    phone = clean_text(raw.get("guardian_phone"))
    return AidRecipientInput(
        person=person, family_categories=categories, guardian=clean_text(raw.get("guardian")),
        guardian_phone=parse_phone(phone, "guardian_phone") if phone else None,
        address=clean_text(raw.get("address")), needs=clean_text(raw.get("needs")))


def upsert_aid_recipient(data: AidRecipientInput, person: Person,
                         school: Organisation | None) -> tuple[AidRecipient, Outcome]:
    """Create or update the child's record in the data bank (one live record per child)."""
    match = AidRecipient.live().where(AidRecipient.person == person.uid).first()
    categories = data.family_categories
    if match is not None and categories:
        merged = match.categories + [c for c in categories if c not in match.categories]
        categories = merged
    values = {"person": person, "family_categories": ",".join(categories) or None,
              "guardian": data.guardian, "guardian_phone": data.guardian_phone,
              "address": data.address, "needs": data.needs, "school": school,
              "grade": data.person.grade}
    if match is None and values["family_categories"] is None:
        values["family_categories"] = ""
    return upsert(AidRecipient, match, values)
