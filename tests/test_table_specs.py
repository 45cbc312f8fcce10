"""The one header matcher every table file uses (app.tables.headers.match_headers)."""
from __future__ import annotations

import pytest

from app.contests.core import WORK_COLUMNS
from app.errors import FileFormatError
from app.tables import SPECS, Column, TableSpec, match_headers, normalise
from app.tournaments.registration import ADJUDICATOR_COLUMNS, TEAM_COLUMNS
from app.tournaments.results import RESULT_COLUMNS

SPEC = TableSpec("test", (
    Column("surname", "Тегі", "Фамилия", ("Last name",), required=True),
    Column("name", "Аты", "Имя", required=True),
    Column("school", "Мектеп", "Школа", ("Организация образования",)),
), full_name_hint=True)
ALL = [*SPECS.values(), TEAM_COLUMNS, ADJUDICATOR_COLUMNS, RESULT_COLUMNS, WORK_COLUMNS]


def test_kazakh_and_russian_titles() -> None:
    assert match_headers(["Тегі", "Аты", "Мектеп"], SPEC).columns == {"surname": 0, "name": 1, "school": 2}
    assert match_headers(["Школа", "Имя", "Фамилия"], SPEC).columns == {"school": 0, "name": 1, "surname": 2}
    assert match_headers(["Last name", "name"], SPEC).columns == {"surname": 0, "name": 1}


def test_case_punctuation_and_kazakh_letters_folded() -> None:
    # "Теги" typed without the Kazakh layout, capitals, an asterisk, a unit in brackets, a Latin "a"
    hm = match_headers(["ТЕГИ*", "aты", "организация  образования (полное)"], SPEC)
    assert hm.columns == {"surname": 0, "name": 1, "school": 2}
    assert normalise("Қатысушылар саны") == normalise("катысушылар САНЫ")


def test_duplicate_and_unknown_columns_are_reported_not_used() -> None:
    hm = match_headers(["№", "Фамилия", "Аты", "Тегі", "Photo", None, ""], SPEC)
    assert hm.columns == {"surname": 1, "name": 2}  # the first column of a field wins
    assert hm.duplicates == ["Тегі"]
    assert hm.unknown == ["№", "Тегі", "Photo"]


def test_missing_required_column_names_it_and_its_titles() -> None:
    with pytest.raises(FileFormatError) as info:
        match_headers(["Фамилия", "Школа"], SPEC, "list.csv")
    text = str(info.value)
    assert text.startswith("list.csv: Required columns are missing: name.")
    assert "Аты" in text and "Имя" in text and "surname" not in text
    with pytest.raises(FileFormatError, match="full name is in one column"):
        match_headers(["ФИО", "Школа"], SPEC)


def test_missing_message_is_translated() -> None:
    from app.i18n import catalog

    with pytest.raises(FileFormatError) as info:
        match_headers(["Школа"], SPEC, "list.csv")
    text = info.value.msg.render(catalog("ru").translate)
    assert text.startswith("list.csv: ") and "Required" not in text


@pytest.mark.parametrize("spec", ALL, ids=lambda s: s.name)
def test_every_spec_is_unambiguous_and_its_labels_match_back(spec: TableSpec) -> None:
    owner: dict[str, str] = {}
    for column in spec.columns:
        for title in column.titles:
            assert owner.setdefault(normalise(title), column.key) == column.key, title
    for lang in ("kk", "ru", "en"):
        assert match_headers(spec.labels(lang), spec).columns == {k: i for i, k in enumerate(spec.keys)}
