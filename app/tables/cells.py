"""Cells that a spreadsheet shows as text, never runs as a formula.

Every CSV and XLSX file Tirkeu writes goes through here (the table writer,
the report workbook).  A school's event title or a child's name is data that
travels to the office; opened in Excel or LibreOffice it must not become a
live formula (``=HYPERLINK(…)``, ``=cmd|…``, ``-2+3``): the OWASP advice on
"CSV injection".

- CSV: a text beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return gets a leading single quote (``'=HYPERLINK(…)``), so a spreadsheet
  shows it as text.  A text that is just a number (``-5``, ``+7701…``,
  ``-2.5``) runs nothing and is left as it is; numbers stay numbers.
  Tirkeu's reader takes the quote off again (app/tables/reader.py), so an
  exported list imports unchanged.
- XLSX: text is stored with the cell type "s" (a string), which Excel and
  LibreOffice never evaluate, whatever it begins with; openpyxl would
  otherwise store a text beginning with "=" as a formula and "#N/A" as an
  error.  Numbers and dates keep their own types.
"""
from __future__ import annotations

import re
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # refused by Excel's XML


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula."""
    return text.startswith(FORMULA_START) and _PLAIN_NUMBER.fullmatch(text) is None


def csv_value(value: Any) -> Any:
    """``value`` for a CSV cell: a formula-like text behind a single quote, anything else unchanged."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML (and so XLSX) cannot hold."""
    return _ILLEGAL_XML.sub("", text)


def xlsx_text_cell(ws: Any, text: str) -> Any:
    """An openpyxl cell for ``ws`` (write-only or not) holding ``text`` as a string, never a formula.

    Append it with ``ws.append([...])`` like a value.
    """
    # Imported here, not at the top: openpyxl takes ~0.3 s to import and CSV files never need it.
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=xml_safe(text))
    cell.data_type = "s"  # never a formula or an error code, even for "=…" or "#N/A"
    return cell
