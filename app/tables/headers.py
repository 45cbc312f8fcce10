"""Column titles: which header in a user's file means which field.

Coordinators receive lists typed by hand in Kazakh, Russian or English,
with "№", asterisks, units in brackets, odd case and Latin look-alike
letters.  Titles are compared after :func:`normalise`, so "Фамилия*",
"ФАМИЛИЯ" and "Тегі (толық)" all find their field.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.errors import FileFormatError, UsageError
from app.i18n import Msg, normalise_language

CTX = "Tables"

# key: (Kazakh title, Russian title, further accepted titles).  The first two
# are also the export titles, so a kk or ru export imports back unchanged.
_PERSON: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "surname": ("Тегі", "Фамилия", ("Surname", "Last name", "Family name", "Тек")),
    "name": ("Аты", "Имя", ("Name", "First name", "Given name", "Есімі")),
    "patronymic": ("Әкесінің аты", "Отчество",
                   ("Patronymic", "Middle name", "Father's name", "Әкесінің есімі")),
    "birth_date": ("Туған күні", "Дата рождения",
                   ("Date of birth", "Birth date", "Birthday", "DOB", "Туылған күні",
                    "Туған күні, айы, жылы", "Дата рожд")),
    "sex": ("Жынысы", "Пол", ("Sex", "Gender", "Жыныс")),
    "iin": ("ЖСН", "ИИН", ("IIN", "Individual identification number",
                           "Жеке сәйкестендіру нөмірі", "Индивидуальный идентификационный номер")),
    "category": ("Санаты", "Категория",
                 ("Category", "Participant category", "Қатысушы санаты", "Категория участника")),
    "school": ("Мектеп", "Школа", ("School", "School name", "Organisation", "Organization",
                                   "Білім беру ұйымы", "Организация образования",
                                   "Учебное заведение", "Мектеп атауы", "Название школы")),
    "grade": ("Сынып", "Класс", ("Grade", "Class", "Сыныбы")),
    "phone": ("Телефон", "Телефон", ("Phone", "Phone number", "Telephone", "Mobile",
                                     "Телефон нөмірі", "Байланыс телефоны", "Номер телефона",
                                     "Контактный телефон", "Мобильный телефон")),
    "region": ("Облыс", "Область", ("Region", "Oblast", "Регион", "Өңір")),
    "district": ("Аудан", "Район", ("District", "Raion", "Аудан/қала", "Район/город",
                                    "Город/район", "Қала/аудан")),
}
_AID: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "family_category": ("Отбасы санаты", "Категория семьи",
                        ("Family category", "Family status", "Социальный статус семьи",
                         "Отбасының әлеуметтік мәртебесі")),
    "guardian": ("Қамқоршы", "Законный представитель",
                 ("Guardian", "Parent", "Legal representative", "Parent or guardian", "Опекун",
                  "Родитель", "ФИО родителя", "ФИО законного представителя",
                  "Заңды өкілі", "Ата-анасы", "Ата-ана")),
    "guardian_phone": ("Қамқоршының телефоны", "Телефон опекуна",
                       ("Guardian phone", "Guardian's phone", "Parent phone",
                        "Телефон родителя", "Телефон законного представителя",
                        "Ата-анасының телефоны", "Заңды өкілінің телефоны")),
    "address": ("Мекенжайы", "Адрес", ("Address", "Home address", "Мекенжай",
                                       "Тұрғылықты мекенжайы", "Адрес проживания",
                                       "Домашний адрес")),
    "needs": ("Қажеттіліктері", "Потребности", ("Needs", "Aid needed", "Type of aid",
                                                "Көмек түрі", "Вид помощи")),
}
_EVENT: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "title": ("Атауы", "Название", ("Title", "Event", "Event title", "Name of event",
                                    "Іс-шара атауы", "Іс-шара", "Наименование",
                                    "Название мероприятия", "Наименование мероприятия",
                                    "Мероприятие")),
    "kind": ("Іс-шара түрі", "Вид", ("Kind", "Type", "Event type", "Түрі",
                                     "Тип мероприятия", "Вид мероприятия", "Тип")),
    "programme": ("Бағдарлама", "Программа", ("Programme", "Program")),
    "start_date": ("Басталу күні", "Дата начала",
                   ("Start date", "Date", "Date from", "Start", "Күні", "Өткізу күні",
                    "Өткізілетін күні", "Дата", "Дата проведения")),
    "end_date": ("Аяқталу күні", "Дата окончания",
                 ("End date", "Date to", "End", "Дата завершения")),
    "start_time": ("Басталу уақыты", "Время начала",
                   ("Start time", "Time", "Уақыты", "Время")),
    "duration_minutes": ("Ұзақтығы (мин)", "Продолжительность (мин)",
                         ("Duration (minutes)", "Duration", "Duration, min", "Ұзақтығы",
                          "Длительность", "Продолжительность")),
    "place": ("Өтетін орны", "Место проведения", ("Place", "Venue", "Location",
                                                  "Өткізу орны", "Орны", "Место")),
    "region": _PERSON["region"],
    "district": _PERSON["district"],
    "language": ("Тілі", "Язык", ("Language", "Өткізу тілі", "Оқыту тілі",
                                  "Язык проведения", "Язык обучения")),
    "headcount": ("Қатысушылар саны", "Количество участников",
                  ("Headcount", "Participants", "Number of participants",
                   "Кол-во участников", "Число участников")),
    "format": ("Өткізу форматы", "Формат", ("Format", "Форматы", "Формат проведения")),
    "notes": ("Ескертпе", "Примечание", ("Notes", "Note", "Comment", "Comments", "Ескерту",
                                         "Түсініктеме", "Примечания", "Комментарий")),
}
_FIELDS = {"participants": _PERSON, "aid-recipients": {**_PERSON, **_AID}, "events": _EVENT}

KINDS = tuple(_FIELDS)
REQUIRED: dict[str, tuple[str, ...]] = {
    "participants": ("surname", "name"),
    "aid-recipients": ("surname", "name"),
    "events": ("title", "start_date"),
}
ALIASES: dict[str, dict[str, list[str]]] = {
    kind: {key: list(dict.fromkeys([key, kk, ru, *more])) for key, (kk, ru, more) in fields.items()}
    for kind, fields in _FIELDS.items()
}

_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# Latin letters that look like Cyrillic ones (after casefold), typed by mistake
# or by old keyboard layouts inside Cyrillic words.
_LOOKALIKE = str.maketrans("aceopxykmthbi", "асеорхукмтнві")
# Kazakh letters folded to their Russian base: hand-typed lists often use the
# base letter when the Kazakh layout is missing ("Катысушылар саны").
_KAZAKH_FOLD = str.maketrans("әғқңөұүһіё", "агкноуухие")
_FULL_NAME_TITLES = ("ФИО", "ТАӘ", "Аты-жөні", "Full name", "Толық аты-жөні",
                     "Фамилия, имя, отчество", "Тегі, аты, әкесінің аты")


def normalise(title: str) -> str:
    """A header reduced for comparison: case, spaces, punctuation, brackets, № ignored."""
    text = unicodedata.normalize("NFC", title).casefold()
    text = _BRACKETS.sub("", text)
    text = "".join(ch for ch in text if ch.isalnum())  # drops № _ - . , * / and spaces
    if any("а" <= ch <= "я" or ch in "әғқңөұүһіё" for ch in text):
        text = text.translate(_LOOKALIKE)
    return text.translate(_KAZAKH_FOLD)


_FULL_NAME = {normalise(t) for t in _FULL_NAME_TITLES}  # a hint, never a mapping


@dataclass
class HeaderMap:
    """Which column holds which field, and which titles were not understood."""

    columns: dict[str, int]
    unknown: list[str] = field(default_factory=list)

    def get(self, row: Sequence[Any], key: str, default: Any = None) -> Any:
        """The value of field ``key`` in ``row``, or ``default`` if there is no such column."""
        idx = self.columns.get(key)
        if idx is None or idx >= len(row):
            return default
        return row[idx]


def _check_kind(kind: str) -> str:
    kind = kind.replace("_", "-")
    if kind not in _FIELDS:
        raise UsageError(Msg(CTX, "Unknown record type \"{kind}\": use one of {kinds}.",
                             kind=kind, kinds=", ".join(KINDS)))
    return kind


def map_headers(headers: Sequence[str], kind: str) -> HeaderMap:
    """Match a file's header titles to the fields of ``kind``.

    The first column matching a field wins; a second column for the same
    field, like any title not understood, goes to ``unknown`` (reported to
    the user as ignored).  Raises :class:`FileFormatError` naming the
    required columns that are missing and the titles accepted for them.
    """
    kind = _check_kind(kind)
    lookup: dict[str, str] = {}
    for key, aliases in ALIASES[kind].items():
        for alias in aliases:
            lookup.setdefault(normalise(alias), key)
    columns: dict[str, int] = {}
    unknown: list[str] = []
    for idx, title in enumerate(headers):
        title = "" if title is None else str(title)
        key = lookup.get(normalise(title))
        if key is not None and key not in columns:
            columns[key] = idx
        elif title.strip():
            unknown.append(title)

    missing = [key for key in REQUIRED[kind] if key not in columns]
    if missing:
        accepted = "; ".join(f"{key}: " + ", ".join(ALIASES[kind][key]) for key in missing)
        if {"surname", "name"} & set(missing) and any(normalise(h or "") in _FULL_NAME for h in headers):
            raise FileFormatError(Msg(
                CTX, "The full name is in one column. Split it into separate columns "
                     "for surname, name and patronymic. Accepted titles — {accepted}.",
                accepted=accepted))
        raise FileFormatError(Msg(
            CTX, "Required columns are missing: {missing}. Give them one of the accepted "
                 "titles in the first row — {accepted}.",
            missing=", ".join(missing), accepted=accepted))
    return HeaderMap(columns, unknown)


def header_labels(kind: str, lang: str) -> list[str]:
    """Column titles of ``kind`` for an export in ``lang`` (kk, ru or en = the keys)."""
    kind = _check_kind(kind)
    lang = normalise_language(lang)
    fields = _FIELDS[kind]
    if lang == "en":
        return list(fields)
    pick = 0 if lang == "kk" else 1
    return [titles[pick] for titles in fields.values()]
