"""Text in the three languages the app speaks, with English as the fallback."""

from __future__ import annotations

import re
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Lang = Literal["en", "zh-Hant", "zh-Hans"]
LANGS: tuple[Lang, ...] = get_args(Lang)
DEFAULT_LANG: Lang = "en"
MAX_NOTES = 20_000  # a session's notes: a few pages; far longer only slows the sheet down


class LocalText(BaseModel):
    """One piece of text; `en` is required, the Chinese versions may be missing."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    en: str = Field(min_length=1)
    zh_hant: str | None = Field(default=None, alias="zh-Hant", min_length=1)
    zh_hans: str | None = Field(default=None, alias="zh-Hans", min_length=1)

    def get(self, lang: Lang = DEFAULT_LANG) -> str:
        if lang == "zh-Hant" and self.zh_hant:
            return self.zh_hant
        if lang == "zh-Hans" and self.zh_hans:
            return self.zh_hans
        return self.en

    def missing(self) -> list[Lang]:
        """Languages that fall back to English."""
        gaps: list[Lang] = []
        if not self.zh_hant:
            gaps.append("zh-Hant")
        if not self.zh_hans:
            gaps.append("zh-Hans")
        return gaps


def tri(en: str, zh_hant: str, zh_hans: str) -> LocalText:
    """A text given in all three languages (for the app's own fixed wording)."""
    return LocalText.model_validate({"en": en, "zh-Hant": zh_hant, "zh-Hans": zh_hans})


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


# Bidirectional controls: an override in a name prints it reversed on the sheet.
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F])


# What printable() escapes: C0 and C1 controls (escape sequences, newlines) and BIDI_CONTROLS;
# terminal_safe() keeps tabs and line breaks, which lay out a block of output.
_BIDI_CLASS = "".join(map(chr, BIDI_CONTROLS))  # none is special inside [...]
_UNSAFE = re.compile(rf"[\x00-\x1f\x7f-\x9f{_BIDI_CLASS}]")
_UNSAFE_IN_BLOCKS = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_CLASS}]")


def _escaped(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"


def printable(text: str) -> str:
    """User text made safe for a terminal or a one-line message: control characters (escape
    sequences, newlines) and bidirectional overrides are shown escaped, not acted on."""
    return _UNSAFE.sub(_escaped, text)


def terminal_safe(text: str) -> str:
    """Like printable(), but line breaks and tabs stay: for whole blocks of terminal output
    (`rank --json` prints hundreds of kilobytes, so the scan runs in the regex engine)."""
    return _UNSAFE_IN_BLOCKS.sub(_escaped, text)


def without_bidi_controls(text: str) -> str:
    """For documents: drop the bidirectional overrides, keep everything else."""
    return text.translate(BIDI_CONTROLS)
