"""One spreadsheet cell read as a profile value, the way advisers actually fill them in: blank
is unknown, "Y", "yes" and "是" are yes, "HK$1,500,000", "1.5M" and "150萬" are amounts, a
date of incorporation gives the years since, and a choice may be written as its label in any
of the three languages or as its JSON value. Anything else raises CellError with the reason."""

from __future__ import annotations

import difflib
import math
import re
from datetime import date, datetime, time
from enum import StrEnum
from functools import cache

from ..model.choices import Role, University
from ..words.labels import VALUE_LABELS
from .fields import LINKS, FieldKind

Value = object  # what a profile field takes: str, bool, int, float, list[str], list[dict]


class CellError(ValueError):
    """Why a cell cannot be read: a key of words.REASONS and the values its text names."""

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


BLANK = {
    "", "?", "-", "--", "—", "–", "n/a", "na", "nil", "unknown", "not known", "tbc", "tbd",
    "未知", "不詳", "不详", "待定", "不明", "？",
}  # fmt: skip
YES = {"y", "yes", "true", "t", "1", "✓", "✔", "x", "是", "有", "對", "对", "係", "真", "yes!"}
NO = {
    "n",
    "no",
    "false",
    "f",
    "0",
    "✗",
    "✘",
    "否",
    "沒有",
    "没有",
    "無",
    "无",
    "不是",
    "唔係",
    "假",
}
NONE_WORDS = {"none", "no", "n", "無", "无", "沒有", "没有", "nil"}
# Amounts as people write them: 1.5M, 200k, 150萬, 1億.
_MULTIPLIERS = {
    "k": 1e3, "千": 1e3, "m": 1e6, "mn": 1e6, "mil": 1e6, "million": 1e6, "百萬": 1e6,
    "百万": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9, "萬": 1e4, "万": 1e4, "億": 1e8, "亿": 1e8,
}  # fmt: skip
_CURRENCY = re.compile(r"hk\$|hkd|us\$|\$|港幣|港币|港元|元", re.IGNORECASE)
_NUMBER = re.compile(r"^([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)\s*([^\d\s]*)$")
_SEPARATORS = re.compile(r"[,;，；、\n]+")
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y/%m/%d",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%Y年%m月%d日",
)


def normalise(text: str) -> str:
    """For matching words: case folded, with spaces, hyphens, underscores, dots and slashes
    dropped ("Pre-seed", "pre seed" and "pre_seed" are one)."""
    return re.sub(r"[\s\-_./·'’]+", "", text.casefold())


def text_of(raw: object) -> str:
    """The cell as the adviser sees it."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime) and raw.time() == time():
        return raw.date().isoformat()
    if isinstance(raw, date | datetime):
        return raw.isoformat()
    return str(raw).strip()


def is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and raw.strip().casefold() in BLANK)


def read_cell(kind: FieldKind, raw: object, today: date) -> Value | None:
    """The profile value of a cell (None: unknown)."""
    if is_blank(raw):
        return None
    reader = _READERS[kind.kind]
    value = reader(kind, raw, today)
    if kind.maximum is not None and isinstance(value, int | float) and value > kind.maximum:
        raise CellError("too_large", limit=f"{kind.maximum:g}")
    return value


def _text(kind: FieldKind, raw: object, today: date) -> Value:
    return text_of(raw)


def _yes_no(kind: FieldKind, raw: object, today: date) -> Value:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    word = text_of(raw).casefold().rstrip(".!")
    if word in YES:
        return True
    if word in NO:
        return False
    raise CellError("not_yes_no")


def _amount(raw: object, percent: bool = False) -> float:
    """A number from a number cell or from text with currency, separators and multipliers."""
    if isinstance(raw, bool):
        raise CellError("not_number")
    if isinstance(raw, datetime | date | time):
        raise CellError("is_date")
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        text = _CURRENCY.sub("", str(raw)).replace(",", "").replace("，", "").replace(" ", "")
        text = text.replace("\u00a0", "").strip()
        if percent:
            text = text.removesuffix("%").removesuffix("％")
        found = _NUMBER.match(text)
        if not found:
            if _looks_like_date(str(raw)):
                raise CellError("is_date")
            raise CellError("not_number")
        number, suffix = found.groups()
        scale = _MULTIPLIERS.get(suffix.casefold()) if suffix else 1.0
        if scale is None:
            raise CellError("not_number")
        value = float(number) * scale
    if not math.isfinite(value):
        raise CellError("not_number")
    if value < 0:
        raise CellError("negative")
    return value


def _whole(kind: FieldKind, raw: object, today: date) -> Value:
    value = _amount(raw)
    rounded = round(value)
    if abs(value - rounded) > 1e-6 * max(1.0, abs(value)):
        raise CellError("not_whole")
    return int(rounded)


def _number(kind: FieldKind, raw: object, today: date) -> Value:
    return _amount(raw, percent=kind.kind == "percent")


def _looks_like_date(text: str) -> bool:
    return _parse_date(text) is not None


def _parse_date(text: str) -> date | None:
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def _years(kind: FieldKind, raw: object, today: date) -> Value:
    """Years since incorporation, or the date of incorporation (years to `today`, to a tenth)."""
    when: date | None = None
    if isinstance(raw, datetime):
        when = raw.date()
    elif isinstance(raw, date):
        when = raw
    elif isinstance(raw, str):
        when = _parse_date(raw)
    if when is None:
        return _amount(raw)
    if when > today:
        raise CellError("future_date")
    return round((today - when).days / 365.25, 1)


def _date(kind: FieldKind, raw: object, today: date) -> Value:
    """A day: a spreadsheet's own date, or written as one of _DATE_FORMATS; never later than
    `today`, the day of the import."""
    when: date | None = None
    if isinstance(raw, datetime):
        when = raw.date()
    elif isinstance(raw, date):
        when = raw
    else:
        when = _parse_date(text_of(raw))
    if when is None:
        raise CellError("not_date")
    if when > today:
        raise CellError("future_date")
    return when.isoformat()


@cache
def _words_of(choices: type[StrEnum]) -> dict[str, StrEnum]:
    """Every way to write each choice: its JSON value and its label in each language."""
    words: dict[str, StrEnum] = {}
    for member in choices:
        words[normalise(member.value)] = member
        label = VALUE_LABELS.get(member.value)
        if label is not None:
            for text in (label.en, label.zh_hant, label.zh_hans):
                if text:
                    words.setdefault(normalise(text), member)
    for alias, value in _ALIASES.get(choices.__name__, {}).items():
        words.setdefault(normalise(alias), choices(value))
    return words


# Short forms advisers use that are not the labels.
_ALIASES: dict[str, dict[str, str]] = {
    "Sector": {"AI": "artificial_intelligence", "A.I.": "artificial_intelligence"},
    "Stage": {"Series-A": "series_a", "Pre-A": "seed"},
}


def choice_of(choices: type[StrEnum], text: str) -> StrEnum:
    words = _words_of(choices)
    found = words.get(normalise(text))
    if found is not None:
        return found
    close = difflib.get_close_matches(normalise(text), list(words), n=1, cutoff=0.6)
    if close:
        raise CellError("did_you_mean", close=words[close[0]].value)
    labels = [_label(member) for member in choices]
    shown = ", ".join(labels[:8]) + (", …" if len(labels) > 8 else "")
    raise CellError("not_choice", choices=shown)


def _label(member: StrEnum) -> str:
    label = VALUE_LABELS.get(member.value)
    return label.en if label else member.value


def split_list(raw: object) -> list[str]:
    return [item.strip() for item in _SEPARATORS.split(text_of(raw)) if item.strip()]


def _choice(kind: FieldKind, raw: object, today: date) -> Value:
    assert kind.choices is not None
    return choice_of(kind.choices, text_of(raw)).value


def _choices(kind: FieldKind, raw: object, today: date) -> Value:
    assert kind.choices is not None
    items = split_list(raw)
    if len(items) == 1 and items[0].casefold() in NONE_WORDS:
        return []
    return [choice_of(kind.choices, item).value for item in items]


_ROLE_SPLIT = re.compile(r"\s*(?:[:：/()（）\-–—]|\s)\s*")


def _link(item: str) -> dict[str, str]:
    """ "HKU staff", "hku:staff", "香港大學 校友", "CUHK (alumnus)"."""
    universities, roles = _words_of(University), _words_of(Role)
    words = [word for word in _ROLE_SPLIT.split(item) if word]
    for cut in range(len(words) - 1, 0, -1):
        university = universities.get(normalise("".join(words[:cut])))
        role = roles.get(normalise("".join(words[cut:])))
        if university is not None and role is not None:
            return {"university": university.value, "role": role.value}
    # Chinese is written without spaces: 香港大學校友.
    whole = normalise(item)
    for text, university in universities.items():
        if whole.startswith(text) and (role := roles.get(whole[len(text) :])) is not None:
            return {"university": university.value, "role": role.value}
    raise CellError("not_link")


def _links(kind: FieldKind, raw: object, today: date) -> Value:
    items = split_list(raw)
    if len(items) == 1 and items[0].casefold() in NONE_WORDS:
        return []
    return [_link(item) for item in items]


_READERS = {
    "text": _text,
    "choice": _choice,
    "choices": _choices,
    "yesno": _yes_no,
    "whole": _whole,
    "money": _whole,
    "number": _number,
    "percent": _number,
    "years": _years,
    "date": _date,
    LINKS: _links,
}
