"""Participants' rows checked a column at a time: each distinct cell text once.

A row becomes ``clean_person(prepare_row(raw))`` (the spreadsheet habits
undone, then the person's own checks).  Row by row that was a tenth of a
millisecond: ten fields, each through several small functions.  But a list
of 10,000 pupils holds a few hundred surnames and names, forty schools,
eleven grades and a few thousand birth dates; only the IIN differs on every
row.  So here each field's distinct values go through that field's steps
once, and a row only puts its fields' results together and checks its IIN
against its birth date and sex.

The result of a row is exactly the row path's: the steps are the same
functions in the same order, and any row with a value some step refuses is
checked again by the row path itself, which names the first wrong field as
it always did (a row's error depends on which field fails first).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from itertools import repeat
from typing import Any

from app.errors import KnownError
from app.importing.row_dicts import RowDicts
from app.people.records import PersonInput, clean_person, normalise_name
from app.reference import find_code, find_region
from app.tables.names import split_full_name
from app.tables.values import _LOST, date_value, iin_value, prepare_row
from app.validation.fields import check_birth_date, clean_text, parse_optional_date, parse_phone, parse_sex
from app.validation.iin import agreeing_iin, check_iin_agrees

#: A value some step refused: its rows are checked again the row way, which says why.
_BAD: Any = object()


class _Memo(dict):
    """``memo[value]`` is ``step(value)`` (or ``_BAD`` if it raised), worked out once per distinct value.

    Texts and None are keys themselves; other cells (numbers and dates from a workbook) by type and
    value: ``True == 1`` and ``2.0 == 2`` as keys, but a step may treat them differently.
    """

    def __init__(self, step: Callable[[Any], Any]) -> None:
        super().__init__()
        self._step = step
        self._typed: dict[tuple[type, Any], Any] = {}
        self.refused = False  # some value gave _BAD (then its rows must be looked for)

    def _run(self, value: Any) -> Any:
        try:
            out = self._step(value)
        except KnownError:
            out = _BAD
        if out is _BAD:  # (a step may also answer _BAD itself: a name with «?» for a lost letter)
            self.refused = True
        return out

    def __missing__(self, value: Any) -> Any:
        if value is None or type(value) is str:
            out = self[value] = self._run(value)
            return out
        try:
            key = (type(value), value)
            return self._typed[key] if key in self._typed else self._typed.setdefault(key, self._run(value))
        except TypeError:  # unhashable: not a cell a table gives, but not a reason to fail
            return self._run(value)


def _name(field: str, required: bool) -> Callable[[Any], Any]:
    def step(value: Any) -> Any:
        if isinstance(value, str) and (_LOST[0] in value or _LOST[1] in value):
            return _BAD  # refused by prepare_row («?» where a letter was): the row path says so
        return normalise_name(value, field, required)
    return step


def _birth_date(value: Any, today: dt.date | None = None) -> dt.date | None:
    if type(value) is str and len(value) == 10 and value[2] == "." == value[5] and value.isascii() \
            and value[:2].isdigit() and value[3:5].isdigit() and value[6:].isdigit():
        # DD.MM.YYYY, as most lists write it: what the steps below read it as, without their patterns
        try:
            return check_birth_date(dt.date(int(value[6:]), int(value[3:5]), int(value[:2])), "birth_date", today)
        except ValueError:
            pass  # no such day: the steps below say so
    born = parse_optional_date(date_value(value, "birth_date"), "birth_date")
    if born is not None:
        check_birth_date(born, "birth_date", today)
    return born


def _sex(value: Any) -> str | None:
    return parse_sex(value) if clean_text(value) else None


def _iin(value: Any) -> str | None:
    """The IIN's digits as clean_person hands them to check_iin_agrees (None: no IIN), or ``_BAD``."""
    if type(value) is str and len(value) == 12 and value.isascii() and value.isdigit():
        return value  # the usual cell: what the steps below leave of it
    try:
        iin = clean_text(iin_value(value))
    except KnownError:
        return _BAD
    if not iin:
        return None
    digits = iin.replace(" ", "")
    if digits.isdigit() and len(digits) == 11:
        digits = "0" + digits  # Excel drops the leading zero of IINs born 2000–2009
    return digits


def _category(value: Any) -> str | None:
    category = clean_text(value)
    return find_code("social_categories", category, "category") if category else None


def _phone(value: Any) -> str | None:
    phone = clean_text(value)
    return parse_phone(phone) if phone else None


def _region(value: Any) -> str | None:
    region = clean_text(value)
    return find_region(region) if region else None


def _split(full: Any) -> tuple[str, str, str | None]:
    return split_full_name(" ".join(str(full).split()))


# Each field's steps, in the order the row path takes the fields (the IIN's own: one per row, no memo).
_STEPS: dict[str, Callable[[Any], Any]] = {
    "surname": _name("surname", True), "name": _name("name", True), "patronymic": _name("patronymic", False),
    "birth_date": _birth_date, "sex": _sex, "iin": _iin, "category": _category, "school": clean_text,
    "grade": clean_text, "phone": _phone, "region": _region, "district": clean_text,
}
#: The fields the row path reads (clean_person) or changes (prepare_row); any other key is left alone by both.
_KNOWN = frozenset(_STEPS) | {"full_name", "guardian", "start_date", "end_date"}


def _by_row_path(raw: dict[str, Any]) -> PersonInput | KnownError:
    try:
        return clean_person(prepare_row(raw))
    except KnownError as exc:
        return kept(exc)


def kept(exc: KnownError) -> KnownError:
    """``exc`` kept for the import's report, without its traceback and the exception it arose in.

    Their frames hold the lists the error is kept in: a cycle per rejected row, which only the garbage
    collector frees, going over the whole import's rows again each time (a fifth of an import's time).
    """
    exc.__traceback__ = None
    exc.__context__ = None
    return exc


class PeopleChecker:
    """Checks participants' rows for one import; each field's distinct values are remembered across chunks."""

    def __init__(self) -> None:
        self._memos = {key: _Memo(step) for key, step in _STEPS.items() if key != "iin"}
        # Today's date once per import, not once per distinct birth date (a clock read each).
        self._memos["birth_date"] = _Memo(partial(_birth_date, today=dt.date.today()))
        self._full_names = _Memo(_split)

    def check(self, raws: Sequence[dict[str, Any]]) -> list[PersonInput | KnownError]:
        """``clean_person(prepare_row(raw))`` of every row, or the error it raises; one per row, in order."""
        if not raws:
            return []
        keys = raws.keys if isinstance(raws, RowDicts) else set().union(*raws)
        if not keys <= _KNOWN or keys & {"guardian", "start_date", "end_date"}:
            return [_by_row_path(raw) for raw in raws]  # not a participants' row: nothing to gain here
        columns: dict[str, list[Any]] = {}
        for key in _STEPS:
            if key not in keys:  # a column the file does not have: every row's value is None's
                columns[key] = [_iin(None) if key == "iin" else self._memos[key][None]] * len(raws)
                continue
            values = raws.column(key) if isinstance(raws, RowDicts) else list(map(dict.get, raws, repeat(key)))
            if key == "iin":  # (the usual cell inline: a call per row cost more than the check)
                columns[key] = [v if type(v) is str and len(v) == 12 and v.isdigit() and v.isascii() else _iin(v)
                                for v in values]
            else:
                columns[key] = list(map(self._memos[key].__getitem__, values))
        if "full_name" in keys:
            self._fill_from_full_names(raws, columns)
        # The rows holding a refused value, looked for only in the columns where some value was refused:
        # comparing every cell of every row with _BAD cost a sixth of the check.
        flagged = {key for key, memo in self._memos.items() if memo.refused}
        if self._full_names.refused:
            flagged.add("surname")  # (a full name that cannot be split marks the surname)
        refused = [columns[key] for key in flagged] + ([columns["iin"]] if _BAD in columns["iin"] else [])
        bad = {index for column in refused for index, value in enumerate(column) if value is _BAD}
        out: list[PersonInput | KnownError] = []
        for index, row in enumerate(zip(*columns.values())):  # (a row's dict is made only for the long way)
            if bad and index in bad:
                out.append(_by_row_path(raws[index]))
                continue
            surname, name, patronymic, born, sex, iin, category, school, grade, phone, region, district = row
            if iin is not None:
                agreed = agreeing_iin(iin, born, sex)  # (the usual row: a valid IIN, its date and sex typed)
                if agreed is not None:
                    born, sex = agreed
                else:
                    try:
                        info = check_iin_agrees(iin, born, sex)
                    except KnownError:
                        info = None  # (the row path is taken outside this handler: its error would chain)
                    if info is None:
                        out.append(_by_row_path(raws[index]))
                        continue
                    iin, born, sex = info.iin, info.birth_date, info.sex
            out.append(PersonInput(surname, name, patronymic, born, sex, iin, category, school, grade, phone,
                                   region, district))
        return out

    def _fill_from_full_names(self, raws: Sequence[dict[str, Any]], columns: dict[str, list[Any]]) -> None:
        """prepare_row's split of a full name (ФИО) for rows without a surname and name of their own."""
        names = self._memos
        for index, raw in enumerate(raws):
            full = raw.get("full_name")
            if full is None or not str(full).strip() or raw.get("surname") or raw.get("name"):
                continue
            parts = self._full_names[full]
            if parts is _BAD:
                columns["surname"][index] = _BAD
                continue
            surname, name, patronymic = parts
            columns["surname"][index] = names["surname"][surname]
            columns["name"][index] = names["name"][name]
            if patronymic and not raw.get("patronymic"):
                columns["patronymic"][index] = names["patronymic"][patronymic]


def check_people(raws: Sequence[dict[str, Any]]) -> list[PersonInput | KnownError]:
    """``clean_person(prepare_row(raw))`` of every row, or the error it raises (see :class:`PeopleChecker`)."""
    return PeopleChecker().check(raws)


__all__ = ["PeopleChecker", "check_people", "kept"]
