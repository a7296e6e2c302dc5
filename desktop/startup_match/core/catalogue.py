"""The programme catalogue: what each programme gives, its rules, and the source of every fact."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .conditions import Condition
from .text import LocalText

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceDocument(_Strict):
    """One of the documents the catalogue is built from (a file in seeds/documents/)."""

    id: str = Field(pattern=SLUG)
    file: str = Field(min_length=1)
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    date: str = Field(min_length=1, description="ISO date, or 'not stated'")
    url: str | None = None


class Citation(_Strict):
    """Where a fact comes from: a passage of a source document, or marked general knowledge."""

    document: str | None = Field(default=None, pattern=SLUG)
    passage: str | None = Field(default=None, min_length=8)
    general_knowledge: bool = False
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    note: str | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Citation:
        if self.general_knowledge:
            if not self.url or not self.note:
                raise ValueError("general knowledge needs a public source url and a note")
            if self.document or self.passage:
                raise ValueError("cite either a document passage or general knowledge, not both")
        elif not (self.document and self.passage):
            raise ValueError("needs document and passage (or general_knowledge with url and note)")
        return self


class Criterion(_Strict):
    """A hard requirement: every one must hold for a programme to be eligible."""

    id: str = Field(pattern=SLUG)
    condition: Condition
    explanation: LocalText
    hint: LocalText = Field(description="what would change an unmet verdict")
    source: Citation


class Preference(_Strict):
    """A soft preference: adds its weight to the fit score when met."""

    id: str = Field(pattern=SLUG)
    condition: Condition
    weight: int = Field(ge=1, le=10)
    explanation: LocalText
    source: Citation


Equity = Literal["no_equity", "equity", "not_stated"]


class Offer(_Strict):
    summary: LocalText
    headline: LocalText = Field(description="the headline amount or benefit, as cited")
    min_amount_hkd: int | None = Field(default=None, ge=0)
    max_amount_hkd: int | None = Field(default=None, ge=0)
    duration: LocalText | None = None
    equity: Equity = "not_stated"
    source: Citation

    @model_validator(mode="after")
    def _amounts(self) -> Offer:
        low, high = self.min_amount_hkd, self.max_amount_hkd
        if low is not None and high is not None and low > high:
            raise ValueError("min_amount_hkd is above max_amount_hkd")
        return self


class Programme(_Strict):
    id: str = Field(pattern=SLUG)
    name: LocalText
    short_name: str = Field(min_length=1, max_length=40)
    operator: LocalText
    description: LocalText
    source: Citation
    offer: Offer
    apply: LocalText
    apply_source: Citation
    requirements: list[Criterion] = Field(min_length=1)
    preferences: list[Preference] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_rule_ids(self) -> Programme:
        seen: set[str] = set()
        rules: list[Criterion | Preference] = [*self.requirements, *self.preferences]
        for rule in rules:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id!r} is used twice")
            seen.add(rule.id)
        return self

    def citations(self) -> list[Citation]:
        rules = [r.source for r in self.requirements] + [p.source for p in self.preferences]
        return [self.source, self.offer.source, self.apply_source, *rules]


class CatalogueInfo(_Strict):
    version: str = Field(pattern=r"^\d{4}\.\d{2}\.\d+$")
    date: str
    title: LocalText
    disclaimer: LocalText
    documents: list[SourceDocument] = Field(min_length=1)


class Catalogue(_Strict):
    info: CatalogueInfo
    programmes: list[Programme]
    digest: str = Field(description="sha256 of the catalogue files, to notice any change")

    def programme(self, programme_id: str) -> Programme:
        for programme in self.programmes:
            if programme.id == programme_id:
                return programme
        raise KeyError(programme_id)

    def document(self, document_id: str) -> SourceDocument:
        for document in self.info.documents:
            if document.id == document_id:
                return document
        raise KeyError(document_id)


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
