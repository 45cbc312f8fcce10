"""Events: validation, matching and saving; the form, the list, attendance, head-counts, appointments."""

from app.events.records import EventInput, clean_event, find_event_match, parse_language, upsert_event

__all__ = ["EventInput", "clean_event", "find_event_match", "parse_language", "upsert_event"]
