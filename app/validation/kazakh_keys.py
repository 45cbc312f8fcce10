"""Digits typed on the Kazakh keyboard's number row, read back as the digits on those keys.

On the standard Kazakh layout (РСТ КазССР 903-90: Windows "Kazakh", xkb
``kz`` basic) the keys 1…0 type ``" ә і ң ғ , . ү ұ қ`` (and ``-`` ``=``
type ө һ); digits need the numeric pad or another layout.  A coordinator who
has just typed a Kazakh name and goes on to an IIN or a date presses the
right keys and gets letters.  These tables give the digits back.

Source: ``/usr/share/X11/xkb/symbols/kz``, ``xkb_symbols "basic"``, keys
``<AE01>`` … ``<AE10>``.
"""
from __future__ import annotations

import re

# The number row's unshifted characters on the Kazakh layout, key by key.
_ROW = {'"': "1", "ә": "2", "і": "3", "ң": "4", "ғ": "5", ",": "6", ".": "7", "ү": "8", "ұ": "9", "қ": "0"}
# With Caps Lock on the letters come out in capitals.
DIGIT_KEYS: dict[str, str] = {**_ROW, **{k.upper(): v for k, v in _ROW.items() if k.isalpha()}}
# Characters only the Kazakh layout puts where digits (or the Russian layout's full stop) are.
_KAZAKH_ONLY = frozenset(k for k in DIGIT_KEYS if k.isalpha()) | {'"', "№"}
_DIGIT_TABLE = str.maketrans(DIGIT_KEYS)
# Digits or number-row letters only, spaces allowed between: an IIN typed in a search box.
_NUMBER_LIKE = re.compile("[\\d\\s" + re.escape("".join(DIGIT_KEYS)) + "]+")


def digits_from_keys(text: str) -> str:
    """``text`` with every number-row character of the Kazakh layout as its digit.

    For fields that hold only a number (an IIN): ``"әққұ"`` → ``"2009"``.
    """
    return text.translate(_DIGIT_TABLE)


def typed_on_kazakh_row(text: str) -> bool:
    """True if ``text`` holds a character only the Kazakh number row (or its № key) types."""
    return any(ch in _KAZAKH_ONLY for ch in text)


def date_spellings(text: str) -> list[str]:
    """The ways ``text`` may be read as a typed date, most likely first.

    Typed on the Kazakh layout (a number-row letter or № in it), the key where
    the Russian layout has the full stop types «№», and «,» «.» are the keys 6
    and 7: ``"ұ№қү№әққұ"`` is 19.08.2009.  A «.» from the numeric pad is a
    separator, so that reading comes second.  Other text is read as it is.
    """
    if not typed_on_kazakh_row(text):
        return [text]
    separators = text.replace("№", ".")
    as_keys = "".join(ch if ch == "." and src == "№" else DIGIT_KEYS.get(ch, ch)
                      for ch, src in zip(separators, text))
    kept = "".join(DIGIT_KEYS.get(ch, ch) if ch not in ",." else ch for ch in separators)
    return [as_keys] if as_keys == kept else [as_keys, kept]


def iin_from_keys(text: str) -> str | None:
    """The digits of ``text`` when it is a number typed with Kazakh number-row letters, else None.

    For boxes that take a name or an IIN: ``"қәқұқ"`` was meant as 02090, but
    ``"Әлі"`` is a name (letters from outside the number row).  At least four
    characters, so a short name start like «Ұ» stays a name.
    """
    stripped = text.strip()
    if len(stripped.replace(" ", "")) < 4 or not typed_on_kazakh_row(stripped):
        return None
    if not _NUMBER_LIKE.fullmatch(stripped):
        return None
    return "".join(digits_from_keys(stripped).split())
