"""The JSON form of one session, for export and import."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..core.model.files import loads_unique
from ..core.model.langs import LANGS
from ..core.model.printable import printable
from ..core.model.profile import Profile, describe_validation_error
from ..core.model.ranking import Ranking
from ..core.model.text import MAX_NOTES
from .errors import StoreError


class SessionDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["startup-match.session"] = "startup-match.session"
    format_version: Literal[1] = 1
    title: str = Field(min_length=1, max_length=200)
    profile: Profile
    ranking: Ranking
    notes: str = Field(default="", max_length=MAX_NOTES)
    comparison: list[str] = Field(default_factory=list, max_length=4)
    created_at: datetime
    updated_at: datetime

    @model_validator(mode="after")
    def _consistent(self) -> SessionDocument:
        if self.ranking.lang not in LANGS:
            raise ValueError(f"ranking.lang: unknown language {printable(self.ranking.lang)!r}")
        ranked = {result.id for result in self.ranking.results}
        missing = [pid for pid in self.comparison if pid not in ranked]
        if missing:
            raise ValueError(f"comparison: {printable(missing[0])!r} is not in the ranking")
        return self


def parse_session_document(text: str, origin: str) -> SessionDocument:
    try:
        loads_unique(text)  # a key given twice is refused, not the last one kept
        return SessionDocument.model_validate_json(text, strict=True)
    except ValidationError as error:
        raise StoreError(
            f"{origin}: not a session export ({describe_validation_error(error)[:400]})"
        ) from None
    except RecursionError:
        raise StoreError(f"{origin}: not a session export (nested too deeply)") from None
    except ValueError as error:
        message = str(error).splitlines()[0][:200]
        raise StoreError(f"{origin}: not a session export ({message})") from None
