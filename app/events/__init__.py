"""Events: validation, matching and saving."""

from app.events.records import EventInput, clean_event, find_event_match, parse_language, upsert_event

__all__ = ["EventInput", "clean_event", "find_event_match", "parse_language", "upsert_event"]
