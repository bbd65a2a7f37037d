"""Printing results: exactly one JSON document with ``--json``, else a readable table."""

from __future__ import annotations

import json
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot serialise {type(value).__name__}")


def print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2, default=_json_default))
    sys.stdout.write("\n")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    if _width(text) <= width:
        return text + " " * (width - _width(text))
    out = ""
    for ch in text:
        if _width(out + ch) > width - 1:
            break
        out += ch
    return out + "…" + " " * (width - _width(out) - 1)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, empty: str) -> None:
    """Print rows as aligned columns that fit the terminal, or ``empty`` when there are none."""
    if not rows:
        print(empty)
        return
    cells = [["" if value is None else str(value) for value in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    available = shutil.get_terminal_size((120, 24)).columns - 2 * (len(headers) - 1)
    while sum(widths) > available and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    print("  ".join(_fit(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("─" * w for w in widths))
    for row in cells:
        print("  ".join(_fit(v, w) for v, w in zip(row, widths, strict=True)).rstrip())
