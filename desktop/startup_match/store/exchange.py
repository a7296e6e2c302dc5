"""The JSON form of one session, for export and import."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..core.profile import Profile, describe_validation_error
from ..core.ranking import Ranking
from .errors import StoreError


class SessionDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["startup-match.session"] = "startup-match.session"
    format_version: Literal[1] = 1
    title: str = Field(min_length=1, max_length=200)
    notes: str = ""
    profile: Profile
    ranking: Ranking
    comparison: list[str] = Field(default_factory=list, max_length=4)
    created_at: datetime
    updated_at: datetime


def parse_session_document(text: str, origin: str) -> SessionDocument:
    try:
        return SessionDocument.model_validate_json(text)
    except ValidationError as error:
        raise StoreError(
            f"{origin}: not a session export ({describe_validation_error(error)[:400]})"
        ) from None
