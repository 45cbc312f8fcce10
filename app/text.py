"""Text helpers for search and sorting in Kazakh, Russian and English.

``fold`` makes the form used for case-insensitive search (SQLite's own
``lower()``/``LIKE`` only fold ASCII, so Cyrillic and Kazakh letters need
this).  ``sort_key`` orders names by the Kazakh Cyrillic alphabet, where
Ә comes after А and І after Ы, unlike plain code-point order.
``register_sqlite`` makes both available inside SQL.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache
from typing import Any, Callable, Iterable, TypeVar

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


def fold(s: str | None) -> str:
    """The search form of ``s``: NFC, case-folded, ё→е, whitespace collapsed.

    ``fold('ӘЛІБЕК') == fold('әлібек')``; ``None`` gives ``''``.
    """
    if not s:
        return ""
    text = unicodedata.normalize("NFC", str(s)).casefold()
    text = text.replace("ё", "е")
    return _WS.sub(" ", text).strip()


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
        return sorted(iterable, key=lambda item: sort_key(item), reverse=reverse)  # type: ignore[arg-type]
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
    by the Kazakh alphabet.  ``tirkeu_fold`` is deterministic, so it may be
    used in expression indexes.  With peewee, call this from the database's
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
    folded = _WS.sub(" ", unicodedata.normalize("NFC", str(s)).casefold()).strip()
    out = []
    for ch in folded:
        rank = _char_rank(ch)
        cls, within = divmod(rank, _STEP)
        out.append(chr(1 if cls == _SPACE else cls * 0x20000 + min(within, 0x1FFFF)))
    return "".join(out)
