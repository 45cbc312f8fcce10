"""People: validation of what was typed or imported, duplicates, saving; the form, the list, trainers."""

from app.people.duplicates import Candidate, find_duplicates
from app.people.records import PersonInput, clean_person, find_match, normalise_name, upsert_person

__all__ = ["Candidate", "PersonInput", "clean_person", "find_duplicates", "find_match", "normalise_name",
           "upsert_person"]
