"""Plain-text tables for the terminal."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def _width(text: str) -> int:
    # East Asian wide characters take two terminal columns.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _clip(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    while text and _width(text) > width - 1:
        text = text[:-1]
    return text.rstrip() + "…"


def render_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    max_width: int | None = None,
    shrinkable: Sequence[int] = (),
) -> str:
    """Columns two spaces apart. With `max_width`, the `shrinkable` columns give up width (the
    widest first, down to 12 columns each) and their text is cut with "…" to fit."""
    widths = [_width(h) for h in headers]
    for row in rows:
        widths = [max(w, _width(cell)) for w, cell in zip(widths, row, strict=True)]
    if max_width is not None and shrinkable:
        while sum(widths) + 2 * (len(widths) - 1) > max_width:
            column = max(shrinkable, key=lambda c: widths[c])
            if widths[column] <= 12:
                break
            widths[column] -= 1
        rows = [[_clip(cell, w) for cell, w in zip(row, widths, strict=True)] for row in rows]
    lines = ["  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return "\n".join(lines)
