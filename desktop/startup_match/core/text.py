"""Text in the three languages the app speaks, with English as the fallback."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .langs import DEFAULT_LANG, Lang

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
