"""«Мектепке жол»: the data bank of children in need and the aid they received."""

from app.aid.records import AidRecipientInput, clean_aid_recipient, upsert_aid_recipient

__all__ = ["AidRecipientInput", "clean_aid_recipient", "upsert_aid_recipient"]
