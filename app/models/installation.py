"""Local, non-travelling tables: this installation, settings, reference data, import log."""
from __future__ import annotations

from peewee import AutoField, BlobField, CharField, CompositeKey, IntegerField, TextField

from app.models.base import BaseModel

ROLES = ("school", "office", "national")


class Setting(BaseModel):
    """Small key/value settings of this database (table ``meta``)."""

    key = CharField(primary_key=True)
    value = TextField(null=True)

    class Meta:
        table_name = "meta"


class Installation(BaseModel):
    """This laptop's identity: one row, made at set-up, never copied elsewhere."""

    id = CharField(primary_key=True)
    role = CharField()
    name = CharField()
    organisation_uid = CharField(null=True)
    region = CharField()
    district = CharField(null=True)
    coordinator = CharField(null=True)
    language = CharField(default="kk")
    created_at = CharField()
    public_key = BlobField()
    secret_key = BlobField()
    age_identity = CharField(null=True)  # an office's age secret (bundles are encrypted to it)


class ReferenceItem(BaseModel):
    """Regions, event kinds, categories, aid items…: data from resources/, extendable."""

    kind = CharField()
    code = CharField()
    name_kk = CharField()
    name_ru = CharField()
    name_en = CharField()
    data = TextField(null=True)
    sort = IntegerField(default=0)
    builtin = IntegerField(default=1)

    class Meta:
        primary_key = CompositeKey("kind", "code")

    def name(self, language: str) -> str:
        """The item's name in ``language`` (kk, ru, en)."""
        return getattr(self, f"name_{language}", None) or self.name_en


class ImportLog(BaseModel):
    """One line per file imported: what, from where, its hash and the summary."""

    id = AutoField()
    kind = CharField()
    source = CharField()
    sha256 = CharField(null=True)
    imported_at = CharField()
    summary = TextField()


class Peer(BaseModel):
    """Another installation this one trusts (or has revoked)."""

    id = CharField(primary_key=True)
    role = CharField()
    name = CharField()
    region = CharField(null=True)
    district = CharField(null=True)
    public_key = BlobField()
    age_recipient = CharField(null=True)
    source = CharField()  # card | first-bundle
    trusted_at = CharField()
    revoked_at = CharField(null=True)


class ExportLog(BaseModel):
    """A bundle written here: its sequence, the local range it covers, its hash."""

    sequence = IntegerField(primary_key=True)
    full = IntegerField(default=0)
    seen_from = IntegerField()
    seen_to = IntegerField()
    records = IntegerField()
    sha256 = CharField()
    file_name = CharField()
    stored_path = CharField(null=True)
    created_at = CharField()
    receiver = CharField(default="")  # the installation it was written for ('' for none: unencrypted)


class BundleLog(BaseModel):
    """A bundle imported here (or refused as a conflict)."""

    id = AutoField()
    installation = CharField()
    sequence = IntegerField()
    full = IntegerField(default=0)
    sha256 = CharField()
    status = CharField()
    imported_at = CharField()
    source = CharField(null=True)
    summary = TextField()
    previous = IntegerField(null=True)  # the sender's previous bundle for this receiver (its manifest says)
