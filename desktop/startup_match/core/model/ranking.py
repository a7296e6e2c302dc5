"""The ranking as data: the `rank --json` contract, stored by sessions, printed by the sheet."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .catalogue import Confidence
from .conditions import Verdict
from .plan import FounderPlan

Status = Literal["eligible", "possible", "ineligible"]
STATUS_ORDER: dict[str, int] = {"eligible": 0, "possible": 1, "ineligible": 2}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceRef(_Model):
    """Where a verdict comes from. `document` and `general_knowledge` are the kinds that sessions
    saved before catalogue 2026.11.2 carry; they still load and show as they were."""

    kind: Literal["official", "press", "unattributed", "document", "general_knowledge"]
    document: str | None = None
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    checked: str | None = None
    url: str | None = None
    passage: str | None = None
    note: str | None = None

    def label(self) -> str:
        if self.kind == "general_knowledge":
            return f"General knowledge: {self.url}"
        parts = [p for p in (self.title, self.publisher, self.date) if p and p != "not stated"]
        return ", ".join(parts)


class CriterionOutcome(_Model):
    id: str
    kind: Literal["requirement", "preference"]
    verdict: Verdict
    explanation: str
    source: SourceRef
    weight: int | None = None
    fields: list[str] = Field(default_factory=list)


class ProgrammeOutcome(_Model):
    id: str
    name: str
    short_name: str
    acronym: str | None = None
    confidence: Confidence | None = Field(
        default=None, description="None in sessions saved before confidence was derived"
    )
    kinds: list[str] = Field(default_factory=list)
    url: str | None = None
    relevant: bool | None = Field(
        default=None, description="gives help the founder asked for; None when needs not stated"
    )
    group: Literal["asked", "open", "closed"] | None = Field(
        default=None, description="None in sessions saved before relevance was shown apart"
    )
    search_names: list[str] = Field(
        default_factory=list, description="the names in every language, so search finds them"
    )
    operator: str
    description: str
    status: Status
    score: int = Field(ge=0, le=100)
    offer: str
    headline: str
    min_amount_hkd: int | None = None
    max_amount_hkd: int | None = None
    duration: str | None = None
    equity: Literal["no_equity", "equity", "not_stated"]
    apply: str
    how_to_apply: list[str] = Field(
        default_factory=list,
        description="contact route, rounds, documents, stacking rules: each with its passage",
    )
    source: SourceRef
    criteria: list[CriterionOutcome]
    hints: list[str]

    def display_name(self) -> str:
        """The name with its acronym, so "TSSSU" is seen (and found) next to the full name."""
        if self.acronym and self.acronym not in self.name:
            return f"{self.name} ({self.acronym})"
        return self.name

    def placed_group(self) -> Literal["asked", "open", "closed"]:
        """Its group; sessions saved before groups were shown apart have none, and their
        status says whether it is open."""
        if self.group is not None:
            return self.group
        return "closed" if self.status == "ineligible" else "open"

    def facts_checked(self) -> str | None:
        """When its facts were last confirmed at their sources: the oldest check among the
        sources it cites (None for sessions saved before sources carried the date)."""
        dates = [c.source.checked for c in self.criteria if c.source.checked]
        if self.source.checked:
            dates.append(self.source.checked)
        return min(dates, default=None)

    def requirements(self) -> list[CriterionOutcome]:
        return [c for c in self.criteria if c.kind == "requirement"]

    def preferences(self) -> list[CriterionOutcome]:
        return [c for c in self.criteria if c.kind == "preference"]


class CatalogueStamp(_Model):
    version: str
    date: str
    digest: str
    title: str
    disclaimer: str


class SourceListing(_Model):
    id: str
    title: str
    publisher: str
    date: str
    url: str | None = None
    kind: Literal["official", "press", "unattributed"] | None = None
    checked: str | None = None


class Ranking(_Model):
    catalogue: CatalogueStamp
    lang: str = "en"
    results: list[ProgrammeOutcome]
    sources: list[SourceListing]
    on: date | None = Field(
        default=None,
        description="the day the company's age was worked out on (set only when the profile "
        "gives a date of incorporation); a saved session re-ranks on it",
    )
    plan: FounderPlan | None = Field(
        default=None, description="the plan shown with it, saved with the session"
    )

    def result(self, programme_id: str) -> ProgrammeOutcome:
        for outcome in self.results:
            if outcome.id == programme_id:
                return outcome
        raise KeyError(programme_id)
