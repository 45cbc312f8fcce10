"""A smaller ICU data library for the Linux build (imported by ``tirkeu.spec``).

PySide6's Qt on Linux brings ICU, whose data library ``libicudata.so.NN`` is 31 MB: every
language's collation, calendar and unit names, the CJK and Thai word dictionaries, legacy
character converters and transliterators.  Qt reaches ICU for collation (``QCollator``, file
dialogs' sorting) and locale-aware case mapping; Qt formats dates and numbers with its own
CLDR tables.  So the data keeps ICU's core tables (properties, case, normalisation, the root
collation) and the locale data of Kazakh, Russian and English (the program's languages), and
drops the rest (31 MB -> 3 MB).  Asking ICU for another locale falls back to the root data, as
ICU does for any locale it lacks.

The data is ICU's "common data" package (``CmnD``): a header, a table of contents of
(name offset, data offset) pairs sorted by name, then the items.  The new package is written
with the same header, and the library is made with binutils (``as``, ``ld``) exporting the same
symbol ``icudtNN_dat`` under the same soname.
"""
from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

LANGUAGES = ("kk", "ru", "en")
# a locale bundle's name (kk, kk_KZ, en_001, sr_Latn_BA) as opposed to a data table (likelySubtags)
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
_ALIGN = 16
# Parts Qt never asks ICU for: transliterators, spelled-out numbers, break iterators (Qt finds word
# and line breaks with its own tables), currency, unit, language and region names (QLocale has its
# own CLDR data); character names and the spoof checker's confusables.  Converters (*.cnv) and the
# CJK/Thai word dictionaries (*.dict) go too: Qt 6 works in Unicode and breaks lines itself.
_UNUSED_TREES = {"translit", "rbnf", "brkitr", "curr", "unit", "lang", "region"}
_UNUSED_ITEMS = {"unames.icu", "confusables.cfu"}  # ICU's package tool aligns every item to 16 bytes


def _readelf(*args: str) -> str:
    return subprocess.run(["readelf", "-W", *args], capture_output=True, text=True, check=True).stdout


def read_package(library: Path) -> tuple[str, bytes]:
    """(symbol, package bytes) of the data that ``libicudataNN`` exports."""
    symbols = re.findall(r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\S+\s+(icudt\d+_dat)\s*$",
                         _readelf("--dyn-syms", str(library)), flags=re.MULTILINE)
    if len(symbols) != 1:
        raise ValueError(f"{library.name} does not export one icudtNN_dat symbol")
    address, size, symbol = int(symbols[0][0], 16), int(symbols[0][1], 0), symbols[0][2]
    for line in _readelf("-l", str(library)).splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, vaddr, filesz = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if vaddr <= address and address + size <= vaddr + filesz:
                return symbol, library.read_bytes()[offset + address - vaddr:offset + address - vaddr + size]
    raise ValueError(f"{symbol} of {library.name} is not in a loaded segment")


def _items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)]) of a little-endian common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27) or package[12:16] != b"CmnD" or package[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    toc = package[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((toc[name_offset:toc.index(b"\0", name_offset)].decode("ascii"), toc[data_offset:end]))
    return package[:header_size], items


def wanted(name: str, languages: tuple[str, ...] = LANGUAGES) -> bool:
    """Whether the program keeps this item (``icudt73l/coll/kk.res``)."""
    path = name.split("/", 1)[1]
    folder, _, base = path.rpartition("/")
    stem, _, ext = base.rpartition(".")
    if ext in ("cnv", "dict") or folder in _UNUSED_TREES or base in _UNUSED_ITEMS:
        return False
    if ext == "res" and stem != "res_index" and _LOCALE.match(stem):
        return stem.split("_")[0] in languages
    return True  # root data, pools, indexes, supplemental tables, properties, normalisation, collation


def trim_package(package: bytes, languages: tuple[str, ...] = LANGUAGES) -> tuple[bytes, int, int]:
    """(new package, items kept, items dropped): the same header and layout with fewer items."""
    header, items = _items(package)
    kept = [(name, data) for name, data in items if wanted(name, languages)]
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    first = 4 + 8 * len(kept) + len(names)
    first += -first % _ALIGN
    toc, blobs, name_at, data_at = [], [], 4 + 8 * len(kept), first
    for name, data in kept:
        toc.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = data + b"\0" * (-len(data) % _ALIGN)
        blobs.append(padded)
        data_at += len(padded)
    body = struct.pack("<I", len(kept)) + b"".join(toc) + names
    body += b"\0" * (first - len(body))
    return header + body + b"".join(blobs), len(kept), len(items) - len(kept)


def build_library(package: bytes, symbol: str, soname: str, folder: Path) -> Path:
    """Write ``folder/soname``: a shared library exporting ``symbol`` = ``package``."""
    folder.mkdir(parents=True, exist_ok=True)
    data, source, obj, out = (folder / f"{symbol}.dat", folder / f"{symbol}.s", folder / f"{symbol}.o",
                              folder / soname)
    data.write_bytes(package)
    source.write_text(f"""\t.section .rodata
\t.globl {symbol}
\t.type {symbol}, @object
\t.balign {_ALIGN}
{symbol}:
\t.incbin "{data.name}"
\t.size {symbol}, . - {symbol}
\t.section .note.GNU-stack,"",@progbits
""", encoding="ascii")
    subprocess.run(["as", "-o", obj.name, source.name], cwd=folder, check=True)
    subprocess.run(["ld", "-shared", "-soname", soname, "-o", out.name, obj.name], cwd=folder, check=True)
    return out


def smaller_icu_data(library: Path, folder: Path) -> tuple[Path, int, int]:
    """A trimmed copy of ``libicudataNN.so.NN`` in ``folder``: (path, items kept, items dropped)."""
    symbol, package = read_package(library)
    trimmed, kept, dropped = trim_package(package)
    out = build_library(trimmed, symbol, library.name, folder)
    check_symbol, check_package = read_package(out)
    if check_symbol != symbol or check_package != trimmed:
        raise ValueError(f"the new {library.name} does not hold the trimmed package")
    return out, kept, dropped
