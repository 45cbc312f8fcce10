"""Text helpers for search and sorting in Kazakh, Russian and English.

``fold`` makes the form used for search and for comparing names (SQLite's
own ``lower()``/``LIKE`` only fold ASCII, so Cyrillic and Kazakh letters need
this); it writes the nine Kazakh letters as the Russian ones people type
without a Kazakh keyboard, so «нурмаг» finds «Нұрмағамбетов».  ``sort_key``
orders names by the Kazakh Cyrillic alphabet, where Ә comes after А and І
after Ы, unlike plain code-point order.
``register_sqlite`` makes both available inside SQL.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from peewee import Model

    from app.models.base import SyncedModel

T = TypeVar("T")

#: The Kazakh Cyrillic alphabet (42 letters) in dictionary order.
KAZAKH_ALPHABET = (
    "а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я"
).split()

_WS = re.compile(r"\s+")

# Character classes, in the order they sort: separators, Kazakh Cyrillic,
# other Cyrillic, Latin, digits, everything else.
_SPACE, _KAZAKH, _CYRILLIC, _LATIN, _DIGIT, _OTHER = range(6)
_STEP = 0x200000  # larger than any code point: class * _STEP + rank is one int
_KAZAKH_RANK = {ch: i for i, ch in enumerate(KAZAKH_ALPHABET)}


#: Kazakh letters (and ё) written as the Russian letters typed in their place on a
#: keyboard without the Kazakh layout: ә→а ғ→г қ→к ң→н ө→о ұ ү→у һ→х і→и, ё→е.
#: The one folding rule of the program: search, name matching, table headers.
KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіё", "агкноуухие")
_KAZAKH_PAIRS = tuple((chr(k), chr(v)) for k, v in KAZAKH_TO_RUSSIAN.items())


def fold(s: str | None) -> str:
    """The search form of ``s``: NFC, case-folded, Kazakh letters as Russian, ё→е, spaces collapsed.

    ``fold('НҰРМАҒАМБЕТОВ') == fold('Нурмагамбетов') == 'нурмагамбетов'``;
    ``None`` gives ``''``.  Sorting does not use it (see :func:`sort_key`).
    """
    if not s:
        return ""
    return _fold(s if type(s) is str else str(s))


@lru_cache(maxsize=65536)
def _fold(s: str) -> str:
    # Cached: an import folds the same surnames, names and schools thousands of times.
    text = unicodedata.normalize("NFC", s).casefold()
    # KAZAKH_TO_RUSSIAN letter by letter: str.translate with a table is slow on Cyrillic (an import folds
    # 10,000 search texts); no letter is replaced by one of the others, so the order does not matter.
    for letter, russian in _KAZAKH_PAIRS:
        if letter in text:
            text = text.replace(letter, russian)
    return " ".join(text.split())  # whitespace runs as one space (split() and \s: the same characters)


def fold_joined(parts: Iterable[Any]) -> str:
    """``fold(" ".join(str(p) for p in parts if p))``, folded a part at a time (each part's fold remembered).

    A person's search text is the fold of names and an IIN joined by spaces: the IIN differs on every row
    of an import, so the whole text was folded anew each time.  Folding never works across a space (NFC
    composes nothing with one, case folding and the Kazakh letters go character by character, whitespace
    runs become one space either way), so the parts' folds joined are the whole's fold: checked over every
    code point (tests/test_import_fast_rows.py checks the awkward ones).
    """
    out = []
    for part in parts:
        if part:
            text = part if type(part) is str else str(part)
            folded = text if text.isdigit() and text.isascii() else _fold(text)  # digits fold to themselves
            if folded:
                out.append(folded)
    return " ".join(out)


def _char_rank(ch: str) -> int:
    """One int ordering a single case-folded character."""
    rank = _KAZAKH_RANK.get(ch)
    if rank is not None:
        return _KAZAKH * _STEP + rank
    if ch.isspace():
        return _SPACE * _STEP
    code = ord(ch)
    if "\u0400" <= ch <= "\u04ff" or "\u0500" <= ch <= "\u052f":
        return _CYRILLIC * _STEP + code
    if ch.isdigit():
        value = unicodedata.digit(ch, None)
        return _DIGIT * _STEP + (value if value is not None else code)
    if ch.isalpha():
        base = unicodedata.normalize("NFD", ch)[0]
        if "a" <= base <= "z":
            # Accented Latin letters sort with their base letter (é with e).
            return _LATIN * _STEP + ord(base)
        if ch.isascii() or "\u00c0" <= ch <= "\u024f":
            return _LATIN * _STEP + code
    return _OTHER * _STEP + code


@lru_cache(maxsize=65536)
def sort_key(s: str | None) -> tuple:
    """A key ordering strings by the Kazakh alphabet, case-insensitively.

    Kazakh Cyrillic letters come first (А Ә Б … І Ь Э Ю Я), then other
    Cyrillic letters, Latin, digits and other characters; whitespace sorts
    before any letter so "Ахмет Б" comes before "Ахметов".  Strings equal
    apart from case or normalisation are ordered by their code points, so
    the order is total and the same on every run.  ``None`` sorts first.
    """
    if s is None:
        return ((), "", "")
    text = unicodedata.normalize("NFC", str(s))
    folded = _WS.sub(" ", text.casefold()).strip()
    primary = tuple(_char_rank(ch) for ch in folded)
    return (primary, text.strip(), text)


def kazakh_sorted(iterable: Iterable[T], key: Callable[[T], Any] | None = None,
                  reverse: bool = False) -> list[T]:
    """``sorted`` in Kazakh alphabetical order; ``key`` picks the text of an item."""
    if key is None:
        return sorted(iterable, key=lambda item: sort_key(item), reverse=reverse)
    return sorted(iterable, key=lambda item: sort_key(key(item)), reverse=reverse)


def kazakh_compare(a: str | None, b: str | None) -> int:
    """-1, 0 or 1 comparing ``a`` and ``b`` in Kazakh alphabetical order."""
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)


def _sql_fold(value: Any) -> str | None:
    if value is None:
        return None
    return fold(value if isinstance(value, str) else str(value))


def register_sqlite(conn: sqlite3.Connection) -> None:
    """Add ``tirkeu_fold(text)`` and the ``KAZAKH`` collation to ``conn``.

    ``WHERE tirkeu_fold(surname) LIKE tirkeu_fold(?)`` searches without
    regard to case in any script; ``ORDER BY surname COLLATE KAZAKH`` sorts
    by the Kazakh alphabet.  Keep ``tirkeu_fold`` out of indexes and
    CHECK constraints: its rule changed once (schema v7) and may again, and
    SQLite would not rebuild them; store the folded text in a column (as
    ``search``) that a migration can recompute instead.  With peewee, call this from the database's
    connection hook, or use ``db.register_function`` /
    ``db.register_collation`` with :func:`fold` and :func:`kazakh_compare`.
    """
    conn.create_function("tirkeu_fold", 1, _sql_fold, deterministic=True)
    conn.create_collation("KAZAKH", kazakh_compare)


def sort_text(s: str | None) -> str:
    """A string whose plain (binary) order is the Kazakh alphabetical order of ``s``.

    Stored in an indexed column, it lets SQLite sort 100,000 names in
    Kazakh order with its index instead of calling a Python collation
    millions of times.  Each character becomes one code point of its rank
    (class × 0x20000 + rank, always above the surrogate range).
    """
    if not s:
        return ""
    # Word by word (whitespace runs are one separator, \x01, below every letter): the words of names
    # repeat thousands of times in an import, so each word's ranks are made once.
    return "\x01".join(map(_sort_word, (s if type(s) is str else str(s)).split()))


@lru_cache(maxsize=65536)
def _sort_word(word: str) -> str:
    """:func:`sort_text` of one word (no whitespace in it)."""
    out = []
    for ch in unicodedata.normalize("NFC", word).casefold():
        rank = _char_rank(ch)
        cls, within = divmod(rank, _STEP)
        out.append(chr(1 if cls == _SPACE else cls * 0x20000 + min(within, 0x1FFFF)))
    return "".join(out)


# --- clean text where it is stored ----------------------------------------
#
# Text reaches the database from the window, from CSV/XLSX files and from
# bundles.  Invisible characters in it do harm: a zero-width space inside an
# IIN or a surname makes two records of one child look different (so "same
# IIN in two schools" is never found), bidi overrides make a name read
# backwards, and terminal escape codes in a name repaint the screen of the
# office that prints it.  ``clean_text`` keeps every visible letter (the nine
# Kazakh letters ә ғ қ ң ө ұ ү һ і among them) and drops the rest.

# Characters that end a line: in multi-line text they become "\n", in a
# single line a space.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_DROP_CATEGORIES = frozenset(("Cc", "Cf", "Cs"))  # controls, invisible format characters, lone surrogates


class _CleanTable(dict):
    """A ``str.translate`` table built lazily: one category look-up per distinct character."""

    def __init__(self, multiline: bool) -> None:
        super().__init__()
        self.multiline = multiline

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        if ch in _LINE_BREAKS:
            out: str | None = "\n" if self.multiline else " "
        elif ch == "\t":
            out = "\t" if self.multiline else " "
        elif unicodedata.category(ch) in _DROP_CATEGORIES:
            out = None  # removed
        else:
            out = ch
        self[code] = out
        return out


_SINGLE_LINE = _CleanTable(multiline=False)
_MULTI_LINE = _CleanTable(multiline=True)


def clean_text(value: str, multiline: bool = False) -> str:
    """``value`` as it should be stored: NFC, no control or invisible characters, stripped.

    Removed: control characters (Unicode category Cc), invisible format
    characters (Cf: zero-width space, joiner and non-joiner U+200B–U+200D,
    word joiner U+2060, BOM U+FEFF, bidi marks and overrides U+200E/U+200F,
    U+202A–U+202E, U+2066–U+2069, soft hyphen U+00AD …) and lone surrogates.
    Line breaks and tabs become a space, or with ``multiline`` are kept
    (line breaks as ``"\\n"``: ``"\\r\\n"`` and a lone ``"\\r"`` too).
    Surrounding whitespace is stripped; spaces inside are left as they are.
    Every visible letter is kept, the Kazakh ә ғ қ ң ө ұ ү һ і among them.
    ``None`` gives ``""``.
    """
    if not value:
        return ""
    text = value if isinstance(value, str) else str(value)
    if not text.isprintable():  # the common case (plain letters and spaces) skips the table
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        text = text.translate(_MULTI_LINE if multiline else _SINGLE_LINE)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.strip()


_ASCII_DIGITS: dict[int, str] = {}


def ascii_digits(value: str) -> str:
    """``value`` with every decimal digit of any script (full-width １２３…) as ASCII 0–9."""
    if value.isascii():
        return value
    out = []
    for ch in value:
        if not ch.isascii() and ch.isdecimal():
            ch = str(unicodedata.decimal(ch))
        out.append(ch)
    return "".join(out)


def clean_iin(value: str) -> str:
    """The digits of an IIN and nothing else: ``"0801 0155 0123\\u200b"`` → ``"080101550123"``.

    The text is cleaned first (:func:`clean_text`); full-width and other
    Unicode digits become ASCII digits; spaces, dashes, letters and anything
    else are dropped.  Whether the result is a valid IIN is checked elsewhere
    (:func:`app.validation.iin.parse_iin`).
    """
    text = ascii_digits(clean_text(value))
    return "".join(ch for ch in text if "0" <= ch <= "9")


class _TerminalTable(dict):
    """``str.translate`` table: every control or format character made visible."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if code < 0x20:
            out = chr(0x2400 + code)  # the Control Pictures block: ␀ … ␛ (ESC) … ␟
        elif code == 0x7F:
            out = "\u2421"  # ␡
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            out = f"<U+{code:04X}>"
        else:
            out = ch
        self[code] = out
        return out


_TERMINAL = _TerminalTable()


def terminal_safe(value: str) -> str:
    """``value`` safe to print on a terminal: no character in it can act on the terminal.

    Control characters (escape sequences that recolour or clear the screen,
    carriage returns that overwrite a line, newlines that fake another line)
    become their visible Control Pictures symbol (ESC → ␛, newline → ␊);
    other control and invisible format characters (bidi overrides,
    zero-width spaces) become ``<U+XXXX>``.  Letters are unchanged.
    """
    text = value if isinstance(value, str) else str(value)
    if text.isprintable():
        return text
    return text.translate(_TERMINAL)


# --- clean every text column of a record ----------------------------------

#: Columns computed from others (search and sort keys): made again after cleaning.
DERIVED_COLUMNS = frozenset(("search", "sort"))
_SINGLE, _MULTI, _IIN = 0, 1, 2
_TEXT_FIELDS: dict[type[Model], tuple[tuple[str, int, bool], ...]] = {}


def _text_fields(model: type[Model]) -> tuple[tuple[str, int, bool], ...]:
    """(field name, kind, nullable) of every free-text column of a peewee model."""
    found = _TEXT_FIELDS.get(model)
    if found is None:
        out = []
        for field in model._meta.sorted_fields:
            if (field.primary_key or hasattr(field, "rel_model") or field.name in DERIVED_COLUMNS
                    or field.field_type not in ("VARCHAR", "TEXT")):
                continue  # keys, references and derived columns are not typed by people
            kind = _IIN if field.name == "iin" else _MULTI if field.field_type == "TEXT" else _SINGLE
            out.append((field.name, kind, bool(field.null)))
        found = _TEXT_FIELDS[model] = tuple(out)
    return found


def _clean_value(value: str, kind: int) -> str:
    if kind == _IIN:
        return clean_iin(value)
    return clean_text(value, multiline=kind == _MULTI)


def _is_clean(value: str) -> bool:
    """True when ``clean_text`` would return ``value`` unchanged (checked cheaply)."""
    return (value.isprintable() and not value[0].isspace() and not value[-1].isspace()
            and (value.isascii() or unicodedata.is_normalized("NFC", value)))


def clean_record_text(record: Any) -> bool:
    """Clean every text column of a peewee model instance in place; True if one changed.

    Single-line columns (``CharField``) and multi-line ones (``TextField``:
    notes, needs, reasons) get :func:`clean_text`; ``iin`` gets
    :func:`clean_iin`.  Primary keys, references and the derived ``search``
    and ``sort`` columns are left alone (the model's ``before_save`` makes
    those from the cleaned text).  A nullable column that cleaning empties
    becomes ``None``.  Call it in ``SyncedModel.save`` before ``before_save``.
    """
    changed = False
    for name, cleaned in _cleaned_columns(type(record), record.__data__):
        setattr(record, name, cleaned)
        changed = True
    return changed


# Texts found clean already: an import stores the same names, schools and grades thousands of times.
_KNOWN_CLEAN: set[str] = set()


def known_clean(values: Iterable[str | None]) -> bool:
    """True when every value is None, empty or a text :func:`clean_record_text` has found clean already.

    (False says nothing: such a text is not known yet.)  An import's new rows skip the column by column
    check this way: their names, schools and grades were found clean on the first rows.
    """
    return _KNOWN_CLEAN.issuperset(filter(None, values))


def _cleaned_columns(model: type[SyncedModel], values: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(name, cleaned value) of each text column of ``values`` that cleaning changes."""
    for name, kind, nullable in _text_fields(model):
        value = values.get(name)
        if type(value) is not str or not value:
            continue
        if kind == _IIN:
            if value.isdigit() and value.isascii():
                continue
        elif value in _KNOWN_CLEAN:
            continue
        elif _is_clean(value):
            if len(_KNOWN_CLEAN) < 65536:
                _KNOWN_CLEAN.add(value)
            continue
        cleaned = _clean_value(value, kind)
        if cleaned != value:
            yield name, None if (not cleaned and nullable) else cleaned


def clean_record_values(model: type[SyncedModel], values: dict[str, Any]) -> dict[str, Any]:
    """A record given as ``{column: value}`` (as a bundle carries it), its text columns cleaned.

    The same rules as :func:`clean_record_text`.  When something changed and
    the model has derived columns (``search``, ``sort``), they are made again
    from the cleaned text with the model's own ``before_save``.  Returns
    ``values`` itself when nothing needed cleaning (the usual case, cheap).
    """
    changes = dict(_cleaned_columns(model, values))
    if not changes:
        return values
    out = {**values, **changes}
    derived = [f.name for f in model._meta.sorted_fields if f.name in DERIVED_COLUMNS]
    if derived:
        fields = model._meta.fields
        by_column = {f.column_name: f.name for f in fields.values()}
        instance = model(**{by_column.get(k, k): v for k, v in out.items() if by_column.get(k, k) in fields})
        instance.before_save()
        for name in derived:
            out[fields[name].column_name] = getattr(instance, name)
    return out
