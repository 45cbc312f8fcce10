"""Turning typed or imported values into a valid event, and saving it once."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from app.errors import ValidationError
from app.i18n import Msg
from app.models import Event, Organisation
from app.models.events import FORMATS
from app.records import Outcome, upsert
from app.reference import find_code, find_region, load
from app.reference import item as reference_item
from app.text import fold
from app.validation.fields import check_date_range, clean_text, parse_date, parse_int, parse_optional_date, require

_LANGUAGE_WORDS = {
    "kk": ("kk", "kz", "қазақ", "қазақша", "қазақ тілі", "казахский", "каз", "kazakh"),
    "ru": ("ru", "орыс", "орысша", "орыс тілі", "русский", "рус", "russian"),
    "en": ("en", "ағылшын", "ағылшынша", "ағылшын тілі", "английский", "англ", "english"),
}
_FORMAT_WORDS = {
    "in_person": ("in_person", "in person", "offline", "очно", "очный", "бетпе-бет", "күндізгі"),
    "online": ("online", "онлайн"),
    "remote": ("remote", "дистанционно", "дистанционный", "қашықтан"),
}


def _match_word(table: dict[str, tuple[str, ...]], value: Any, field: str, what: Msg) -> str:
    text = fold(str(value))
    for code, words in table.items():
        if text in {fold(w) for w in words}:  # fold() writes Kazakh letters as Russian: fold the words too
            return code
    raise ValidationError(field, Msg("Validation", "Unknown {what}: {value}", what=what, value=str(value)))


def parse_language(value: Any, field: str = "language") -> str:
    """kk, ru or en from a code or the language's name in any of the three languages."""
    return _match_word(_LANGUAGE_WORDS, value, field, Msg("Validation", "language"))


def default_programme(kind: str) -> str:
    """The programme an event kind usually belongs to (from the reference data)."""
    for item in load("event_kinds"):
        if item["code"] == kind and item.get("programmes"):
            return item["programmes"][0]
    return "other"


@dataclass
class EventInput:
    """A validated event, before it is matched against the database."""

    title: str
    kind: str
    programme: str
    start_date: dt.date
    end_date: dt.date
    start_time: str | None = None
    duration_minutes: int | None = None
    place: str | None = None
    format: str | None = None
    language: str | None = None
    region: str | None = None
    district: str | None = None
    headcount: int | None = None
    notes: str | None = None

    def values(self) -> dict[str, Any]:
        """Model field values."""
        return asdict(self)


def clean_event(raw: dict[str, Any], default_region: str | None = None) -> EventInput:
    """Validate an event's raw values; raises ValidationError naming the field."""
    title = " ".join(require("title", raw.get("title")).split())
    kind = find_code("event_kinds", raw["kind"], "kind") if clean_text(raw.get("kind")) else "other"
    programme = (find_code("programmes", raw["programme"], "programme")
                 if clean_text(raw.get("programme")) else default_programme(kind))
    start = parse_date(raw.get("start_date"), "start_date")
    end = parse_optional_date(raw.get("end_date"), "end_date") or start
    check_date_range(start, end)
    duration = raw.get("duration_minutes")
    duration = parse_int(duration, "duration_minutes", 1, 7 * 24 * 60) if clean_text(duration) else None
    headcount = raw.get("headcount")
    headcount = parse_int(headcount, "headcount", 0, 100_000_000) if clean_text(headcount) else None
    region = clean_text(raw.get("region"))
    fmt = (_match_word(_FORMAT_WORDS, raw["format"], "format", Msg("Validation", "format"))
           if clean_text(raw.get("format")) else None)
    language = parse_language(raw["language"]) if clean_text(raw.get("language")) else None
    return EventInput(
        title=title, kind=kind, programme=programme, start_date=start, end_date=end,
        start_time=clean_text(raw.get("start_time")), duration_minutes=duration,
        place=clean_text(raw.get("place")), format=fmt, language=language,
        region=find_region(region) if region else default_region,
        district=clean_text(raw.get("district")), headcount=headcount, notes=clean_text(raw.get("notes")))


def find_event_match(event: EventInput) -> Event | None:
    """The live event with the same title, start date and region."""
    query = Event.live().where(Event.title == event.title, Event.start_date == event.start_date)
    if event.region:
        query = query.where(Event.region == event.region)
    return query.first()


def upsert_event(event: EventInput, organiser: Organisation | None = None,
                 existing: Event | None = None) -> tuple[Event, Outcome]:
    """Create the event or fill in what changed."""
    match = existing if existing is not None else find_event_match(event)
    values = event.values()
    values["organiser"] = organiser
    if match is None and values["format"] is None:
        values["format"] = FORMATS[0]
    return upsert(Event, match, values)


def rules_for(kind: str) -> dict[str, Any]:
    """The programme rules of an event kind (duration, participants, days) from the data (a copy)."""
    found = reference_item("event_kinds", kind)  # one kind copied, not the whole list (the overview asks per event)
    return (found.get("rules") or {}) if found is not None else {}
