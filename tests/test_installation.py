"""Installation set-up: identity, key pair, region lookup, refusing a second set-up."""
from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import UsageError, ValidationError
from app.installation import fingerprint, get_installation, init_installation
from app.models import Organisation, SyncedModel


@pytest.mark.sqlite_only  # a school's database is a file (tests/test_postgres_office.py: refused on a server)
def test_setup_makes_identity_key_and_school(empty_store):
    inst = init_installation("school", "Абай атындағы №3 мектеп", "Түркістан облысы", "Сайрам ауданы",
                             "Сәрсенбаева Әйгерім", "kk")
    assert inst.region == "KZ-61"
    assert len(inst.public_key) == 32 and len(inst.secret_key) == 32
    secret = Ed25519PrivateKey.from_private_bytes(inst.secret_key)
    signature = secret.sign(b"bundle")
    Ed25519PublicKey.from_public_bytes(inst.public_key).verify(signature, b"bundle")
    school = Organisation.get_by_id(inst.organisation_uid)
    assert school.kind == "school" and school.origin == inst.id
    assert len(fingerprint(inst.public_key).split()) == 5
    assert get_installation().id == inst.id


def test_second_setup_is_refused(store):
    with pytest.raises(UsageError):
        init_installation("office", "Office", "KZ-71")


def test_unknown_region_is_named(empty_store):
    with pytest.raises(ValidationError) as err:
        init_installation("school", "School", "Атлантида")
    assert err.value.field == "region"
    assert "Атлантида" in str(err.value)


def test_records_cannot_be_written_before_setup(empty_store):
    with pytest.raises(UsageError):
        Organisation(kind="school", name="X").save()


def test_region_by_english_and_russian_name(empty_store):
    assert init_installation("office", "Office", "Almaty Region").region == "KZ-19"


def test_synced_models_share_the_sync_fields():
    from app.models import SYNCED_MODELS

    for model in SYNCED_MODELS:
        assert issubclass(model, SyncedModel)
        for name in ("uid", "origin", "stamp", "deleted"):
            assert name in model._meta.fields
