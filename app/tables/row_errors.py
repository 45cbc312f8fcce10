"""Naming every bad row of a file at once (a coordinator fixes them all, then imports again)."""
from __future__ import annotations

from typing import Any

from app.i18n import Msg

MAX_ROW_ERRORS = 20  # rows named in one message; the count says how many there are


def join_msgs(msgs: list[Msg], sep: str = " ") -> Msg:
    """One message of several (each a sentence), translated part by part."""
    text = sep.join(f"{{p{i}}}" for i in range(len(msgs)))
    return Msg("Tables", text, **{f"p{i}": m for i, m in enumerate(msgs)})  # i18n: ignore


def row_error_params(errors: list[Msg]) -> dict[str, Any]:
    """``count``, ``problems`` and ``more`` for a "nothing was imported: {count} rows…" message."""
    shown = errors[:MAX_ROW_ERRORS]
    return {"count": len(errors), "problems": join_msgs(shown), "more": " …" if len(errors) > len(shown) else ""}
