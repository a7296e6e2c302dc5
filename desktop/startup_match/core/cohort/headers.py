"""Which profile field each column holds, by its header: the field's label in any of the three
languages, or its JSON name (`team_size`), written loosely ("Team size *", "FUNDING RAISED
(HK$)"). One column may instead hold the start-up's Business Registration number, the key a
re-import matches start-ups by. A header the app does not know is left for the adviser to
map (the GUI remembers the choice per file layout)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from functools import cache

from ..words.labels import FIELDS
from .cells import normalise
from .fields import field_kinds
from .words import TERMS

BR_NUMBER = "br_number"  # not a profile field: the key column
IGNORE = ""  # mapped to nothing: the column is not read
_UNITS = re.compile(r"[(（]\s*(?:hk\$|hkd|港元|港幣|港币|%|％)\s*[)）]|\*|:|：", re.IGNORECASE)
_BR_WORDS = (
    "br", "br no", "br number", "brn", "br no.", "business registration",
    "business registration no", "business registration number", "商業登記號碼", "商业登记号码",
    "商業登記證號碼", "商业登记证号码", "商業登記", "商业登记", "商登號碼",
)  # fmt: skip


def header_key(text: str) -> str:
    """A header as matched: units in brackets, required marks and colons dropped, then
    normalised like a choice."""
    return normalise(_UNITS.sub("", text))


@cache
def _known() -> dict[str, str]:
    known: dict[str, str] = {}
    for name in field_kinds():
        known[normalise(name)] = name
        text = FIELDS.get(name)
        if text is None:
            continue
        for label in (text.label.en, text.label.zh_hant, text.label.zh_hans):
            if label:
                known.setdefault(header_key(label), name)
    for word in (*_BR_WORDS, BR_NUMBER, *_br_labels()):
        known.setdefault(header_key(word), BR_NUMBER)
    return known


def _br_labels() -> Iterable[str]:
    label = TERMS["br_number"]
    return [text for text in (label.en, label.zh_hant, label.zh_hans) if text]


def field_of(header: str) -> str | None:
    """The field a header names (or BR_NUMBER); None when it names none."""
    text = header.strip()
    if not text:
        return None
    return _known().get(header_key(text)) or _known().get(normalise(text))


def layout_key(headers: Iterable[str]) -> str:
    """The same for every file with these headers in this order: a mapping chosen for one
    applies to the next export of the same spreadsheet."""
    joined = "\x1f".join(header_key(header) for header in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def mapped(header: str, chosen: Mapping[str, str]) -> tuple[str | None, bool]:
    """The field of a header, with the adviser's choice (by header) winning; and whether the
    adviser chose it. IGNORE maps to None."""
    if header in chosen:
        choice = chosen[header]
        return (choice or None), True
    return field_of(header), False
