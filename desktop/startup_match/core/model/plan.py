"""The plan as data: what would open more programmes, the questions that would settle others,
and the timeline. The `plan --json` contract; saved with the session inside its ranking."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Cited(_Model):
    """The passage a criterion rests on, with its source."""

    kind: Literal["official", "press", "unattributed"]
    title: str
    publisher: str
    url: str | None = None
    checked: str | None = None
    passage: str


class Settled(_Model):
    """A criterion a change meets (or leaves only to be confirmed), in one programme."""

    id: str
    verdict: Literal["met", "unknown"]
    explanation: str
    source: Cited


class Opened(_Model):
    """A programme a suggestion opens: its status before and after the change."""

    id: str
    name: str
    before: Literal["possible", "ineligible"]
    after: Literal["eligible", "possible"]
    max_amount_hkd: int | None = None
    relevant: bool | None = None
    criteria: list[Settled] = Field(default_factory=list)


class Step(_Model):
    """One change, as a founder does it; `field` and `to` say what it changes in the profile."""

    field: str
    to: object
    text: str
    effort: Literal["paperwork", "money", "people", "relocation"]


class Suggestion(_Model):
    """One change, or two that open together what neither opens alone."""

    steps: list[Step] = Field(min_length=1)
    changes: dict[str, object]  # the profile's fields with their new values, all told
    opens: list[Opened] = Field(min_length=1)
    value: float
    effort: int
    score: float  # value over effort: the order suggestions are shown in


class Question(_Model):
    field: str
    text: str
    programmes: list[str]  # the ids of the programmes whose status waits on this answer


class Questions(_Model):
    """Facts left unknown, asked first: answering them settles `settles` programmes."""

    headline: str
    settles: list[str]
    items: list[Question]


class Event(_Model):
    """A day on which a programme's age rule opens or closes for this company."""

    id: str
    name: str
    kind: Literal["opens", "closes"]
    date: date
    rule: str  # the age rule's explanation
    route: bool  # the rule is one route among others (TSSSU-O within TSSSU)
    open_now: bool  # the programme is eligible or possible today
    apply_before: bool  # open now and closes within six months
    rounds: str  # how the operator takes applications, or "check the official page"
    source: Cited


class FounderPlan(_Model):
    catalogue_version: str
    catalogue_digest: str
    on: date
    lang: str
    questions: Questions
    suggestions: list[Suggestion]
    timeline: list[Event]
    timeline_note: str | None = None  # why there is no timeline (no date of incorporation)
