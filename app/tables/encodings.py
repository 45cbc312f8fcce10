"""Which encoding a text table is in, judged by its content.

School lists come as UTF-8 (with or without BOM: Google Sheets, "CSV UTF-8"
from Excel), UTF-16 (Excel's "Unicode text", tab separated), cp1251 (plain
"CSV" from Russian Windows), KZ-1048 (Kazakh Windows), KOI8-R (old Linux
and mail systems) and Mac-Cyrillic (Excel on a Mac).  UTF-8 and UTF-16 are
recognised by their structure; among the one-byte encodings the one whose
text looks most like Kazakh or Russian words wins: letters of the alphabet
in the usual case pattern (``Әлиева``, ``ОРАЗ``, ``мектеп``), the frequent
letters frequent, and no stray symbols inside words.

Plain "CSV" from Excel cannot hold the Kazakh letters ә ғ қ ң ө ұ ү һ і:
Excel writes «?» in their place (``?ажыбек``).  That loss cannot be undone,
so such a file is refused with a message saying how to save it instead.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.errors import FileFormatError
from app.i18n import N_, Msg

CTX = "Tables"
ONE_BYTE = ("cp1251", "kz1048", "koi8_r", "mac_cyrillic")  # order breaks ties: cp1251 is the usual one
_SAMPLE = 1 << 16  # characters judged; a list shows its encoding in its first lines
_BINARY_MAGIC = {  # common wrong files, named so the user understands what was picked
    b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF", b"%PDF": "PDF",
    b"Rar!": "RAR", b"7z\xbc\xaf": "7z", b"\x1f\x8b": "gzip",
}
_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
_UPPER = _LOWER.upper()
# The Russian and Kazakh letters most texts are made of (о е а и н т с р л к ы …):
# a wrong one-byte encoding turns them into rare letters or capitals.
_FREQUENT = set("оеаинтсрвлкмдпуыяьгзбжқғңұүіә")
_WORD = re.compile(rf"[{_LOWER}{_UPPER}\w]+")
# «?» glued to a Cyrillic letter ("?ажыбек", "Н?рлан", "Ж?ЛДЫЗ") or a word of «?» only ("???? ????"):
# the marks Excel leaves where a letter could not be written in the file's encoding.
_LOST_LETTER = re.compile(rf"[{_LOWER}{_UPPER}]\?|\?[{_LOWER}{_UPPER}]|(?<![\w?])\?{{2,}}(?![\w?])")


def _fail(source: str, path: Path, **params: Any) -> FileFormatError:
    return FileFormatError(Msg(CTX, source, file=path.name, **params))  # i18n: ignore


def _score(text: str) -> float:
    """How much ``text`` looks like Kazakh or Russian words (higher: more)."""
    score = 0.0
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        letters = sum(1 for ch in word if ch in _LOWER or ch in _UPPER)
        odd = len(word) - letters - sum(1 for ch in word if ch.isascii())
        if odd:  # Ђ, ў, љ, ™ … inside a word: a wrong encoding
            score -= 3 * odd
            continue
        rest = word[1:]
        if rest == rest.lower() or word == word.upper():
            score += letters  # "Әлиева", "мектеп", "ОРАЗ"
        else:
            score -= letters  # "сЕРИК": case flipping inside a word (KOI8-R read as cp1251)
        score += sum(0.5 for ch in word.lower() if ch in _FREQUENT)
    return score


def _lost_letters(text: str) -> bool:
    return _LOST_LETTER.search(text) is not None


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text of ``data`` and its encoding's name (as :func:`codecs.lookup` knows it).

    UTF-8 is tried strictly, so a one-byte file is never misread as it.
    Raises :class:`FileFormatError` for binary files and for a file in which
    Excel replaced Kazakh letters by «?».
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:  # Excel "Unicode text": UTF-16 with BOM, tab separated
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise _fail(N_(CTX, "{file} is not a readable text table."), path) from None
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise _fail(N_(CTX, "{file} is a {kind} file, not a table."), path, kind=kind)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise _fail(N_(CTX, "{file} is not a table: it contains binary data."), path)
    try:
        text = data.decode("utf-8-sig")
        return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding = _one_byte(data)
    # Only a one-byte file is judged whole: in UTF-8 a «?» is what was typed (names with one are
    # refused row by row, app/tables/values.py).
    if _lost_letters(text[:1 << 20]):
        raise _fail(N_(CTX, "In {file} some letters were replaced by «?» (for example «{example}»): "
                       "the file was saved as plain CSV, which cannot hold the Kazakh letters ә ғ қ ң ө ұ ү "
                       "һ і. Those letters are lost in this file. Open the list in Excel and save it as "
                       "\"Excel Workbook (.xlsx)\" or as \"CSV UTF-8\", then import that file."),
                    path, example=_example(text))
    return text, encoding


def _example(text: str) -> str:
    match = _LOST_LETTER.search(text)
    assert match is not None
    words = text[max(0, match.start() - 20):match.end() + 20]
    near = next((w for w in re.split(r"[\s,;\t\"]+", words) if "?" in w), match.group())
    return near[:40]


def _one_byte(data: bytes) -> tuple[str, str]:
    """Decode with the one-byte Cyrillic encoding whose text reads best."""
    sample = data[:_SAMPLE]
    if sample.isascii():
        return data.decode("cp1251", errors="replace"), "cp1251"
    best, best_score = "cp1251", float("-inf")
    for encoding in ONE_BYTE:
        score = _score(sample.decode(encoding, errors="replace"))
        if score > best_score:
            best, best_score = encoding, score
    # Every one of them maps (almost) every byte; an unmapped one becomes U+FFFD, not a failure.
    return data.decode(best, errors="replace"), best


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text written without a BOM (a few web systems), or None when it is not that."""
    sample = data[:_SAMPLE - _SAMPLE % 2]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\r\n")
        if text and printable / len(text) > 0.97 and "\x00" not in text:
            try:
                return data[:len(data) - len(data) % 2].decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    return None
