"""People: pupils, teachers, parents, coaches, adjudicators, aid recipients."""
from __future__ import annotations

from peewee import CharField, DateField, ForeignKeyField, TextField

from app.db.schema_v2 import person_sort
from app.db.schema_v7 import SEARCHED
from app.models.base import SyncedModel
from app.models.organisations import Organisation
from app.text import sort_text


def person_search_text(surname: str, name: str, patronymic: str | None, iin: str | None) -> str:
    """The folded text people are searched by (SQLite's lower() folds only ASCII)."""
    return Person.search_of({"surname": surname, "name": name, "patronymic": patronymic, "iin": iin})


class Person(SyncedModel):
    search_columns = SEARCHED["person"]
    surname = CharField()
    name = CharField()
    patronymic = CharField(null=True)
    birth_date = DateField(null=True)
    sex = CharField(null=True)
    iin = CharField(null=True)
    category = CharField(null=True)
    school = ForeignKeyField(Organisation, column_name="school_uid", null=True, backref="people")
    school_uid: str | None
    grade = CharField(null=True)
    phone = CharField(null=True)
    region = CharField(null=True)
    district = CharField(null=True)
    consent_date = DateField(null=True)
    consent_by = CharField(null=True)
    notes = TextField(null=True)
    search = CharField(default="")
    sort = CharField(default="")
    qualifications = CharField(null=True)  # comma-separated: trainer, consultant

    def before_save(self) -> None:
        self.search = self.search_of(self.__data__)
        self.sort = person_sort(sort_text, self.surname, self.name, self.patronymic)

    @property
    def full_name(self) -> str:
        """Surname, name and patronymic as written on documents."""
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)
