"""The languages the app speaks, by code. Needs no pydantic, so the command line can check
`--lang` before it loads any model."""

from __future__ import annotations

from typing import Literal, get_args

Lang = Literal["en", "zh-Hant", "zh-Hans"]
LANGS: tuple[Lang, ...] = get_args(Lang)
DEFAULT_LANG: Lang = "en"


def _find_lang(value: str) -> Lang | None:
    return next((lang for lang in LANGS if value.lower() == lang.lower()), None)


def lang_or_default(value: str) -> Lang:
    """A stored language code, or English when it is not one we speak (an edited import)."""
    return _find_lang(value) or DEFAULT_LANG


def parse_lang(value: str) -> Lang:
    found = _find_lang(value)
    if found is not None:
        return found
    raise ValueError(f"unknown language {value!r}; choose one of {', '.join(LANGS)}")
