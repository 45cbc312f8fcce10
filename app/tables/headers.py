"""Column titles: which header in a user's file means which field.

Coordinators receive lists typed by hand in Kazakh, Russian or English,
with "№", asterisks, units in brackets, odd case and Latin look-alike
letters.  Titles are compared after :func:`normalise`, so "Фамилия*",
"ФАМИЛИЯ" and "Тегі (толық)" all find their field.

Every table file the program reads (participants, aid recipients, events,
a tournament's teams, adjudicators and results, a contest's works) is
described by a :class:`TableSpec`, a tuple of :class:`Column`, and its
header row is matched by :func:`match_headers`.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import FileFormatError, UsageError
from app.i18n import Msg, Translate, normalise_language
from app.text import KAZAKH_TO_RUSSIAN

CTX = "Tables"


@dataclass(frozen=True)
class Column:
    """One column of a table file.

    ``key`` is the field it fills and its English title; ``kk`` and ``ru`` are
    its Kazakh and Russian titles (also the export titles, so a kk or ru
    export imports back unchanged); ``aliases`` are further accepted titles in
    any of the three languages.  A file without a ``required`` column is refused.
    """

    key: str
    kk: str | None = None
    ru: str | None = None
    aliases: tuple[str, ...] = ()
    required: bool = False
    fills: tuple[str, ...] = ()  # required fields this column can stand for (TableSpec.extra only)

    @property
    def titles(self) -> list[str]:
        """Every accepted title, the key first, without repeats."""
        return list(dict.fromkeys(t for t in (self.key, self.kk, self.ru, *self.aliases) if t))


@dataclass(frozen=True)
class TableSpec:
    """The columns of one kind of table file, in their export order.

    ``full_name_hint``: when surname or name is missing and a title such as
    "ФИО" is present, the message asks to split the full name into columns.
    ``extra``: columns read on import but never written (a full name in one
    column, which the import splits); each names in ``fills`` the required
    fields it stands for.
    """

    name: str
    columns: tuple[Column, ...]
    full_name_hint: bool = False
    extra: tuple[Column, ...] = ()
    _lookup: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup: dict[str, str] = {}
        for column in (*self.columns, *self.extra):
            for title in column.titles:
                lookup.setdefault(normalise(title), column.key)  # the first column to claim a title keeps it
        object.__setattr__(self, "_lookup", lookup)

    @property
    def keys(self) -> list[str]:
        """The fields, in column order."""
        return [c.key for c in self.columns]

    @property
    def required(self) -> tuple[str, ...]:
        """The fields a file must have a column for."""
        return tuple(c.key for c in self.columns if c.required)

    def key_of(self, title: Any) -> str | None:
        """The field a header title means, or None."""
        return self._lookup.get(normalise("" if title is None else str(title)))

    def labels(self, lang: str) -> list[str]:
        """Column titles for an export in ``lang`` (kk, ru or en = the keys)."""
        lang = normalise_language(lang)
        if lang == "en":
            return self.keys
        return [(c.kk if lang == "kk" else c.ru) or c.key for c in self.columns]


@dataclass
class HeaderMap:
    """Which column holds which field, and which titles were not used.

    ``unknown`` lists every ignored title (not understood, or a second column
    for a field already found); ``duplicates`` lists the latter alone.
    """

    columns: dict[str, int]
    unknown: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)

    def get(self, row: Sequence[Any], key: str, default: Any = None) -> Any:
        """The value of field ``key`` in ``row``, or ``default`` if there is no such column."""
        idx = self.columns.get(key)
        if idx is None or idx >= len(row):
            return default
        return row[idx]


# Translated as "kk" and "ru": tells a message which of a column's own titles to show.
LANGUAGE_PROBE = "en"


class ColumnTitle(Msg):
    """A column's title in the language a message is rendered in (its kk or ru title; the key in
    English), or with ``every_title`` the titles accepted for it (Latin ones only in English)."""

    def __init__(self, column: Column, every_title: bool = False) -> None:
        super().__init__(CTX, column.key)  # i18n: ignore
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "every_title", every_title)

    def render(self, translate: Translate | None = None) -> str:
        column: Column = self.column  # type: ignore[attr-defined]
        lang = translate(CTX, LANGUAGE_PROBE) if translate else "en"
        if lang not in ("kk", "ru"):
            return ", ".join(column.titles) if self.every_title else column.key  # type: ignore[attr-defined]
        own = (column.kk if lang == "kk" else column.ru) or column.key
        if not self.every_title:  # type: ignore[attr-defined]
            return own
        titles = [t for t in column.titles if not t.isascii()] or column.titles
        return ", ".join(dict.fromkeys([own, *titles]))


def _joined(parts: Sequence[Msg], sep: str) -> Msg:
    return Msg(CTX, sep.join(f"{{p{i}}}" for i in range(len(parts))),  # i18n: ignore
               **{f"p{i}": part for i, part in enumerate(parts)})


_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# Latin letters that look like Cyrillic ones (after casefold), typed by mistake
# or by old keyboard layouts inside Cyrillic words.
_LOOKALIKE = str.maketrans("aceopxykmthbi", "асеорхукмтнві")
_FULL_NAME_TITLES = ("ФИО", "ТАӘ", "Аты-жөні", "Full name", "Толық аты-жөні",
                     "Фамилия, имя, отчество", "Тегі, аты, әкесінің аты")


def normalise(title: str) -> str:
    """A header reduced for comparison: case, spaces, punctuation, brackets, № ignored."""
    text = unicodedata.normalize("NFC", title).casefold()
    text = _BRACKETS.sub("", text)
    text = "".join(ch for ch in text if ch.isalnum())  # drops № _ - . , * / and spaces
    if any("а" <= ch <= "я" or ch in "әғқңөұүһіё" for ch in text):
        text = text.translate(_LOOKALIKE)
    # Hand-typed lists often use the Russian letter when the Kazakh layout is missing
    # ("Катысушылар саны"): the program's one folding rule.
    return text.translate(KAZAKH_TO_RUSSIAN)


_FULL_NAME = {normalise(t) for t in _FULL_NAME_TITLES}  # a hint, never a mapping


def match_headers(headers: Sequence[Any], spec: TableSpec, file: Path | str | None = None) -> HeaderMap:
    """Match a file's header row to the columns of ``spec``.

    The first column matching a field wins; a second column for the same
    field, like any title not understood, goes to ``unknown`` (reported to
    the user as ignored).  Raises :class:`FileFormatError` naming the
    required columns that are missing and the titles accepted for them
    (and ``file``'s name, when given).
    """
    columns: dict[str, int] = {}
    unknown: list[str] = []
    duplicates: list[str] = []
    for idx, title in enumerate(headers):
        title = "" if title is None else str(title)
        key = spec.key_of(title)
        if key is not None and key not in columns:
            columns[key] = idx
        elif title.strip():
            unknown.append(title)
            if key is not None:
                duplicates.append(title)

    stands_for = {key for c in spec.extra if c.key in columns for key in c.fills}
    missing = [key for key in spec.required if key not in columns and key not in stands_for]
    if missing:
        by_key = {c.key: c for c in spec.columns}
        accepted = _joined([Msg(CTX, "{field}: {titles}", field=ColumnTitle(by_key[key]),
                                titles=ColumnTitle(by_key[key], every_title=True)) for key in missing], "; ")
        if (spec.full_name_hint and {"surname", "name"} & set(missing)
                and any(normalise(str(h or "")) in _FULL_NAME for h in headers)):
            msg = Msg(CTX, "The full name is in one column. Split it into separate columns "
                           "for surname, name and patronymic. Accepted titles — {accepted}.",
                      accepted=accepted)
        else:
            msg = Msg(CTX, "Required columns are missing: {missing}. Give them one of the accepted "
                           "titles in the first row — {accepted}.",
                      missing=_joined([ColumnTitle(by_key[key]) for key in missing], ", "), accepted=accepted)
        if file is not None:
            msg = Msg(CTX, "{file}: {problem}", file=Path(file).name, problem=msg)
        raise FileFormatError(msg)
    return HeaderMap(columns, unknown, duplicates)


# --- participants, aid recipients, events ---------------------------------------------------------

_REGION = Column("region", "Облыс", "Область", ("Region", "Oblast", "Регион", "Өңір"))
_DISTRICT = Column("district", "Аудан", "Район", ("District", "Raion", "Аудан/қала", "Район/город",
                                                  "Город/район", "Қала/аудан"))
_PERSON = (
    Column("surname", "Тегі", "Фамилия", ("Surname", "Last name", "Family name", "Тек"), required=True),
    Column("name", "Аты", "Имя", ("Name", "First name", "Given name", "Есімі"), required=True),
    Column("patronymic", "Әкесінің аты", "Отчество",
           ("Patronymic", "Middle name", "Father's name", "Әкесінің есімі")),
    Column("birth_date", "Туған күні", "Дата рождения",
           ("Date of birth", "Birth date", "Birthday", "DOB", "Туылған күні", "Туған күні, айы, жылы",
            "Дата рожд")),
    Column("sex", "Жынысы", "Пол", ("Sex", "Gender", "Жыныс")),
    Column("iin", "ЖСН", "ИИН", ("IIN", "Individual identification number", "Жеке сәйкестендіру нөмірі",
                                 "Индивидуальный идентификационный номер")),
    Column("category", "Санаты", "Категория",
           ("Category", "Participant category", "Қатысушы санаты", "Категория участника")),
    Column("school", "Мектеп", "Школа", ("School", "School name", "Organisation", "Organization",
                                         "Білім беру ұйымы", "Организация образования", "Учебное заведение",
                                         "Мектеп атауы", "Название школы")),
    Column("grade", "Сынып", "Класс", ("Grade", "Class", "Сыныбы")),
    Column("phone", "Телефон", "Телефон", ("Phone", "Phone number", "Telephone", "Mobile", "Телефон нөмірі",
                                           "Байланыс телефоны", "Номер телефона", "Телефоны", "Контактный телефон",
                                           "Мобильный телефон")),
    _REGION,
    _DISTRICT,
)
# A full name in one column, split on import (app/tables/names.py); never exported.
_FULL_NAME_COLUMN = Column("full_name", "Аты-жөні", "ФИО", (
    "Full name", "ТАӘ", "Т.А.Ә.", "Ф.И.О.", "Толық аты-жөні", "Фамилия, имя, отчество", "Тегі, аты, әкесінің аты",
    "Тегі, аты-жөні", "Оқушының аты-жөні", "Баланың аты-жөні", "Оқушының ТАӘ", "ФИО учащегося", "ФИО ученика",
    "ФИО ребенка", "ФИО ребёнка", "ФИО участника", "Қатысушының аты-жөні", "Name and surname"),
    fills=("surname", "name"))
_AID = (
    Column("family_category", "Отбасы санаты", "Категория семьи",
           ("Family category", "Family status", "Социальный статус семьи", "Отбасының әлеуметтік мәртебесі")),
    Column("guardian", "Қамқоршы", "Законный представитель",
           ("Guardian", "Parent", "Legal representative", "Parent or guardian", "Опекун", "Родитель",
            "ФИО родителя", "ФИО законного представителя", "Заңды өкілі", "Ата-анасы", "Ата-ана",
            # the titles of a two-row header: «Ата-анасы» over «Аты-жөні» and «Телефоны»
            "Ата-анасы аты-жөні", "Ата-анасының аты-жөні", "Ата-анасы ТАӘ", "Заңды өкілі аты-жөні",
            "Родители ФИО", "Родитель ФИО", "Законный представитель ФИО", "ФИО родителей")),
    Column("guardian_phone", "Қамқоршының телефоны", "Телефон опекуна",
           ("Guardian phone", "Guardian's phone", "Parent phone", "Телефон родителя",
            "Телефон законного представителя", "Ата-анасының телефоны", "Заңды өкілінің телефоны",
            "Ата-анасы телефоны", "Ата-анасы телефон", "Заңды өкілі телефоны", "Родители телефон",
            "Родитель телефон", "Законный представитель телефон")),
    Column("address", "Мекенжайы", "Адрес", ("Address", "Home address", "Мекенжай", "Тұрғылықты мекенжайы",
                                             "Адрес проживания", "Домашний адрес")),
    Column("needs", "Қажеттіліктері", "Потребности",
           ("Needs", "Aid needed", "Type of aid", "Көмек түрі", "Вид помощи")),
)
_EVENT = (
    Column("title", "Атауы", "Название", ("Title", "Event", "Event title", "Name of event", "Іс-шара атауы",
                                          "Іс-шара", "Наименование", "Название мероприятия",
                                          "Наименование мероприятия", "Мероприятие"), required=True),
    Column("kind", "Іс-шара түрі", "Вид", ("Kind", "Type", "Event type", "Түрі", "Тип мероприятия",
                                           "Вид мероприятия", "Тип")),
    Column("programme", "Бағдарлама", "Программа", ("Programme", "Program")),
    Column("start_date", "Басталу күні", "Дата начала",
           ("Start date", "Date", "Date from", "Start", "Күні", "Өткізу күні", "Өткізілетін күні", "Дата",
            "Дата проведения"), required=True),
    Column("end_date", "Аяқталу күні", "Дата окончания", ("End date", "Date to", "End", "Дата завершения")),
    Column("start_time", "Басталу уақыты", "Время начала", ("Start time", "Time", "Уақыты", "Время")),
    Column("duration_minutes", "Ұзақтығы (мин)", "Продолжительность (мин)",
           ("Duration (minutes)", "Duration", "Duration, min", "Ұзақтығы", "Длительность", "Продолжительность")),
    Column("place", "Өтетін орны", "Место проведения",
           ("Place", "Venue", "Location", "Өткізу орны", "Орны", "Место")),
    _REGION,
    _DISTRICT,
    Column("language", "Тілі", "Язык", ("Language", "Өткізу тілі", "Оқыту тілі", "Язык проведения",
                                        "Язык обучения")),
    Column("headcount", "Қатысушылар саны", "Количество участников",
           ("Headcount", "Participants", "Number of participants", "Кол-во участников", "Число участников")),
    Column("format", "Өткізу форматы", "Формат", ("Format", "Форматы", "Формат проведения")),
    Column("notes", "Ескертпе", "Примечание", ("Notes", "Note", "Comment", "Comments", "Ескерту",
                                               "Түсініктеме", "Примечания", "Комментарий")),
)

#: The record kinds of ``tirkeu import`` / ``export`` and the import dialog.
SPECS: dict[str, TableSpec] = {
    "participants": TableSpec("participants", _PERSON, full_name_hint=True, extra=(_FULL_NAME_COLUMN,)),
    "aid-recipients": TableSpec("aid-recipients", _PERSON + _AID, full_name_hint=True, extra=(_FULL_NAME_COLUMN,)),
    "events": TableSpec("events", _EVENT),
}
KINDS = tuple(SPECS)
REQUIRED: dict[str, tuple[str, ...]] = {kind: spec.required for kind, spec in SPECS.items()}
ALIASES: dict[str, dict[str, list[str]]] = {
    kind: {c.key: c.titles for c in spec.columns} for kind, spec in SPECS.items()
}


def spec_for(kind: str) -> TableSpec:
    """The columns of record kind ``kind`` (participants, aid-recipients, events)."""
    kind = kind.replace("_", "-")
    if kind not in SPECS:
        raise UsageError(Msg(CTX, "Unknown record type \"{kind}\": use one of {kinds}.",
                             kind=kind, kinds=", ".join(KINDS)))
    return SPECS[kind]


def map_headers(headers: Sequence[str], kind: str) -> HeaderMap:
    """Match a file's header titles to the fields of record kind ``kind`` (see :func:`match_headers`)."""
    return match_headers(headers, spec_for(kind))


def header_labels(kind: str, lang: str) -> list[str]:
    """Column titles of ``kind`` for an export in ``lang`` (kk, ru or en = the keys)."""
    return spec_for(kind).labels(lang)
