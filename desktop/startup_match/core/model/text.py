"""Text in the three languages the app speaks, with English as the fallback."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .langs import DEFAULT_LANG, Lang

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

MAX_NOTES = 20_000  # a session's notes: a few pages; far longer only slows the sheet down


@dataclass(frozen=True, slots=True)
class LocalText:
    """One piece of text; `en` is required, the Chinese versions may be missing.

    A plain class, so the window's labels need no pydantic before its first paint; where it sits
    in a catalogue or profile model, pydantic checks it by the rules in `text_schema`."""

    en: str
    zh_hant: str | None = None
    zh_hans: str | None = None

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

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from .text_schema import local_text_schema  # pydantic only when a model needs it

        return local_text_schema(cls, handler, as_json)


def tri(en: str, zh_hant: str, zh_hans: str) -> LocalText:
    """A text given in all three languages (for the app's own fixed wording)."""
    return LocalText(en, zh_hant, zh_hans)


def as_json(text: LocalText) -> dict[str, str]:
    """The text as the catalogue files write it ("zh-Hant", not "zh_hant"), unset ones left out."""
    names = {"en": "en", "zh_hant": "zh-Hant", "zh_hans": "zh-Hans"}
    return {names[key]: value for key, value in asdict(text).items() if value is not None}
