"""The consultation open in the window, as one value: what is shown, whether it is saved, and as
which session. The session controller holds it as `current` and is the only one that makes a new
one (tests/test_architecture.py); everyone else reads it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic's models, loaded after the first paint (see lazy_core.py)
    from ..core.model.profile import Profile
    from ..core.model.ranking import Ranking


@dataclass(frozen=True)
class OpenSession:
    """One consultation as the window shows it. A new one is empty work, never saved."""

    id: int | None = None  # the saved session it is; None: not saved yet
    version: int | None = None  # of that session as loaded or last saved here
    title: str | None = None
    notes: str = ""
    comparison: list[str] = field(default_factory=list)
    profile: Profile | None = None  # None while a field of the form is invalid
    ranking: Ranking | None = None
    dirty: bool = False  # differs from what is saved
    stale: bool = False  # shown as saved, ranked with an earlier catalogue
    raw: dict[str, Any] = field(default_factory=dict)  # the form as typed: the draft if unsaved
    company_typed: bool = False  # a company name was typed: unsaved work worth asking about
