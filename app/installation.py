"""Set-up of this installation: its id, role, school or office, and signing key.

Each database is its own installation (two databases on one computer are two
installations), so the identity and the Ed25519 key pair live in the database.
The sync bundles sign with this key.
"""
from __future__ import annotations

from datetime import UTC, datetime

from app.db.locks import exclusive
from app.db.store import current_store, is_open
from app.errors import NotSetUp, UsageError, ValidationError
from app.i18n import Msg
from app.ids import new_uid
from app.keys import fingerprint, public_key_text  # noqa: F401 (re-exported)
from app.models import Installation, Organisation
from app.models.installation import ROLES
from app.reference import find_region
from app.validation.fields import require

ROLE_ORGANISATION_KIND = {"school": "school", "office": "office", "national": "office"}


def database_is_open() -> bool:
    """Whether a database is open (the window's forms ask before refilling their lists from it)."""
    return is_open()


def get_installation() -> Installation | None:
    """This database's installation, or None before set-up (or when no database is open)."""
    if not is_open():
        return None  # a window's refresh queued while the database was being closed
    return Installation.select().first()


def require_installation() -> Installation:
    """This database's installation; ``NotSetUp`` (a UsageError) before set-up.

    The one guard every use case that needs the installation calls, in the
    window and on the command line alike.
    """
    inst = get_installation()
    if inst is None:
        raise NotSetUp()
    return inst


def require_setup() -> None:
    """``NotSetUp`` before set-up, without reading the installation row (the store knows its id)."""
    if current_store().installation_id is None:
        raise NotSetUp()


def set_language(code: str) -> None:
    """Make ``code`` this installation's language (the window's and the command line's); nothing before set-up."""
    inst = get_installation()
    if inst is not None and inst.language != code:
        inst.language = code
        inst.save()


def new_key_pair() -> tuple[bytes, bytes]:
    """A fresh Ed25519 key pair as (raw public 32 bytes, raw secret 32 bytes)."""
    from cryptography.hazmat.primitives import serialization  # heavy: only at set-up
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    secret = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                               serialization.NoEncryption())
    return public, secret


#: Roles that may keep their database on a PostgreSQL server (a school's is the laptop's file).
SERVER_ROLES = frozenset({"office", "national"})


def init_installation(role: str, name: str, region: str, district: str | None = None,
                      coordinator: str | None = None, language: str = "kk",
                      installation_id: str | None = None) -> Installation:
    """Create this installation (once): identity, key pair and its school/office record."""
    if get_installation() is not None:
        raise UsageError(Msg("Setup", "This database is already set up; use another --db for a new installation."))
    if role not in ROLES:
        raise ValidationError("role", Msg("Setup", "Unknown role {role}: choose school, office or national.",
                                          role=role))
    name = require("name", name)
    region_code = find_region(region)
    store = current_store()
    if role not in SERVER_ROLES and store.engine == "postgresql":
        # A school's bundles are signed by its one laptop; several desktops sharing its key and
        # sequence would break what the office checks (docs/bundle-format.md).
        raise UsageError(Msg("Setup", "A school keeps its database in a file on its laptop; a server database "
                             "is for a region office or the national centre."))
    public, secret = new_key_pair()
    installation_id = installation_id or new_uid()
    with store.db.atomic():
        exclusive(store.db, "installation")  # two desktops setting up one new server database at once
        if get_installation() is not None:
            raise UsageError(Msg("Setup", "This database is already set up; use another --db for a new "
                                 "installation."))
        inst = Installation.create(
            id=installation_id, role=role, name=name, region=region_code,
            district=(district or "").strip() or None, coordinator=(coordinator or "").strip() or None,
            language=language, created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            public_key=public, secret_key=secret)
        store.installation_id = installation_id
        org = Organisation(kind=ROLE_ORGANISATION_KIND[role], name=name, region=region_code,
                           district=inst.district)
        org.save()
        inst.organisation_uid = org.uid
        inst.save()
    return inst
