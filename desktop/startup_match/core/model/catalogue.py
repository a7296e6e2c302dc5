"""The programme catalogue: what each programme gives, its rules, and the source of every fact."""

from __future__ import annotations

import re
from itertools import product
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from .conditions import Condition
from .langs import LANGS
from .text import LocalText

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_SLUG = re.compile(SLUG)
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
URL = r"^https?://\S+$"

# The standing of a source, from strongest to weakest. Only `official` sources decide.
SourceKind = Literal["official", "press", "unattributed"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("official", "press", "unattributed")

# How far a programme's rules and offer rest on official sources (derived, never typed).
Confidence = Literal["official", "partial", "unconfirmed"]

# The kinds of help a programme gives; the GUI filters on them.
HelpKind = Literal[
    "funding",
    "investment",
    "space",
    "advice",
    "talent",
    "compute",
    "market_access",
    "regulatory",
    "listing",
    "guarantee",
    "ip",
]

# How a start-up reaches a programme: it applies itself, it joins through a partner that applies
# (a university, an R&D centre, an NGO, a bank or insurer), or it is picked (a fund's deal).
Route = Literal["direct", "through_partner", "by_selection"]

# A quoted passage from an official or press page is a sentence or two, not a copy of the page.
MAX_QUOTE = 700


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    """A page, release or document the catalogue cites, with its standing.

    A source with `file` is one of the project's seed documents (kept in seeds/documents/), and its
    passages are checked word for word against it. Official and press sources carry the address
    and the date the facts were last checked there."""

    id: str = Field(pattern=SLUG)
    kind: SourceKind
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    date: str = Field(min_length=1, description="date published (ISO), or 'not stated'")
    url: str | None = Field(default=None, pattern=URL)
    checked: str | None = Field(default=None, pattern=ISO_DATE)
    file: str | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _standing(self) -> Source:
        if self.kind in ("official", "press") and not (self.url and self.checked):
            raise ValueError(f"an {self.kind} source needs url and checked (the date checked)")
        if self.kind == "official" and self.file is None and not self.url:
            raise ValueError("an official source needs its address")
        return self


class Passage(_Strict):
    """A short quotation from one source; rules cite passages by their key."""

    source: str = Field(pattern=SLUG)
    text: str = Field(min_length=8)


class Criterion(_Strict):
    """A hard requirement: every one must hold for a programme to be eligible."""

    id: str = Field(pattern=SLUG)
    condition: Condition
    explanation: LocalText
    hint: LocalText = Field(description="what would change an unmet verdict, or the next step")
    source: str = Field(pattern=SLUG, description="key of a passage in the programme's passages")


class Preference(_Strict):
    """A soft preference: adds its weight to the fit score when met."""

    id: str = Field(pattern=SLUG)
    condition: Condition
    weight: int = Field(ge=1, le=10)
    explanation: LocalText
    source: str = Field(pattern=SLUG)


Equity = Literal["no_equity", "equity", "not_stated"]


def _check_amounts(low: int | None, high: int | None) -> None:
    if low is not None and high is not None and low > high:
        raise ValueError("min_amount_hkd is above max_amount_hkd")


class Track(_Strict):
    """One of an offer's tracks (HKSTP's Incu-Tech and Incu-Bio, TSSSU-O and TSSSU+): whom it
    is for, and the headline and amount a founder who fits it is shown."""

    id: str = Field(pattern=SLUG)
    name: str = Field(min_length=1, max_length=40, description="as the operator names it")
    condition: Condition
    headline: LocalText
    min_amount_hkd: int | None = Field(default=None, ge=0)
    max_amount_hkd: int | None = Field(default=None, ge=0, description="None: not stated")
    source: str = Field(pattern=SLUG, description="the passage behind its amount or benefit")

    @model_validator(mode="after")
    def _amounts(self) -> Track:
        _check_amounts(self.min_amount_hkd, self.max_amount_hkd)
        return self


class Offer(_Strict):
    summary: LocalText
    headline: LocalText = Field(
        description="the headline amount or benefit, as cited; with tracks, naming each"
    )
    min_amount_hkd: int | None = Field(default=None, ge=0)
    max_amount_hkd: int | None = Field(default=None, ge=0)
    duration: LocalText | None = None
    equity: Equity = "not_stated"
    source: str = Field(pattern=SLUG)
    # In order: a founder is shown the first track whose condition is met (every one before it
    # unmet); while that is not known, the offer's own headline, which names them all.
    tracks: list[Track] = Field(default_factory=list)

    @model_validator(mode="after")
    def _amounts(self) -> Offer:
        _check_amounts(self.min_amount_hkd, self.max_amount_hkd)
        ids = [track.id for track in self.tracks]
        if len(set(ids)) != len(ids):
            raise ValueError("a track id is used twice")
        for track, lang in product(self.tracks, LANGS):
            if track.name not in self.headline.get(lang):
                raise ValueError(f"the headline ({lang}) does not name the track {track.name}")
        return self


class CitedText(_Strict):
    """A statement the operator publishes, with the passage (by key) that says it."""

    text: LocalText
    source: str = Field(pattern=SLUG)


class HowToApply(_Strict):
    """How to apply, where the operator publishes it, each part cited (all optional): the
    documents to prepare, the contact route, which other programmes may or may not fund the
    same project, and how applications are taken (all year, rounds with dates, an internal
    call). Nothing is filled in that an official page does not state."""

    documents: list[CitedText] = Field(default_factory=list)
    contact: CitedText | None = None
    stacking: list[CitedText] = Field(default_factory=list)
    rounds: CitedText | None = None

    def cited(self) -> list[tuple[str, CitedText]]:
        found = [(f"documents.{n}", d) for n, d in enumerate(self.documents)]
        found += [(f"stacking.{n}", d) for n, d in enumerate(self.stacking)]
        found += [
            (name, part)
            for name, part in (("contact", self.contact), ("rounds", self.rounds))
            if part
        ]
        return found


class Programme(_Strict):
    id: str = Field(pattern=SLUG)
    name: LocalText
    short_name: str = Field(min_length=1, max_length=40)
    acronym: str | None = Field(default=None, min_length=2, max_length=16)
    kinds: list[HelpKind] = Field(min_length=1)
    url: str | None = Field(default=None, pattern=URL, description="the official page")
    route: Route = "direct"
    operator: LocalText
    description: LocalText
    source: str = Field(pattern=SLUG)
    offer: Offer
    apply: LocalText
    apply_source: str = Field(pattern=SLUG)
    passages: dict[str, Passage] = Field(min_length=1)
    requirements: list[Criterion] = Field(min_length=1)
    preferences: list[Preference] = Field(min_length=1)
    sources: list[Source] = Field(
        default_factory=list, description="sources cited only here (ids unique catalogue-wide)"
    )
    how_to_apply: HowToApply | None = None

    @model_validator(mode="after")
    def _rules_and_passages(self) -> Programme:
        seen: set[str] = set()
        rules: list[Criterion | Preference] = [*self.requirements, *self.preferences]
        for rule in rules:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id!r} is used twice")
            seen.add(rule.id)
        for key in self.passages:
            if not _SLUG.match(key):
                raise ValueError(f"passage key {key!r} is not a lower-case slug")
        citations = self.citations()
        cited = {key for _, key in citations}
        for field, key in citations:
            if key not in self.passages:
                raise ValueError(f"{field} cites passage {key!r}, which passages does not define")
        unused = sorted(set(self.passages) - cited)
        if unused:
            raise ValueError(f"passages {', '.join(unused)} are never cited")
        return self

    def citations(self) -> list[tuple[str, str]]:
        """Every (field, passage key) pair, so checks can name the field that cites."""
        pairs = [
            ("source", self.source),
            ("offer.source", self.offer.source),
            ("apply_source", self.apply_source),
        ]
        pairs += [(f"offer.tracks.{t.id}.source", t.source) for t in self.offer.tracks]
        pairs += [(f"requirements.{r.id}.source", r.source) for r in self.requirements]
        pairs += [(f"preferences.{p.id}.source", p.source) for p in self.preferences]
        if self.how_to_apply is not None:
            pairs += [
                (f"how_to_apply.{name}.source", part.source)
                for name, part in self.how_to_apply.cited()
            ]
        return pairs

    def deciding_passages(self) -> list[Passage]:
        """The passages that say what the programme is, and decide eligibility and the offer
        (what confidence rests on)."""
        keys = [self.source, *(r.source for r in self.requirements), self.offer.source]
        return [self.passages[key] for key in keys]


class Withdrawn(_Strict):
    """A programme no longer in the catalogue; its id stays resolvable for old sessions."""

    id: str = Field(pattern=SLUG)
    name: LocalText
    reason: LocalText
    date: str = Field(pattern=ISO_DATE)
    replaced_by: list[str] = Field(default_factory=list)


class CatalogueInfo(_Strict):
    version: str = Field(pattern=r"^\d{4}\.\d{2}\.\d+$")
    date: str = Field(pattern=ISO_DATE)
    checked: str = Field(pattern=ISO_DATE, description="when the official facts were last checked")
    title: LocalText
    disclaimer: LocalText
    sources: list[Source] = Field(min_length=1)
    withdrawn: list[Withdrawn] = Field(default_factory=list)


def confidence_of(kinds: set[SourceKind]) -> Confidence:
    """`official` when everything deciding rests on official sources, `unconfirmed` when only on
    unattributed ones, `partial` otherwise."""
    if kinds == {"official"}:
        return "official"
    if kinds == {"unattributed"}:
        return "unconfirmed"
    return "partial"


class Catalogue(_Strict):
    info: CatalogueInfo
    programmes: list[Programme]
    digest: str = Field(description="sha256 of the catalogue files, to notice any change")
    # Lookups built once on first use: ranking asks them for every rule of every programme.
    _programmes_by_id: dict[str, Programme] = PrivateAttr(default_factory=dict)
    _sources_by_id: dict[str, Source] = PrivateAttr(default_factory=dict)
    _confidence_by_id: dict[str, Confidence] = PrivateAttr(default_factory=dict)
    _engine_cache: object = PrivateAttr(default=None)

    def programme(self, programme_id: str) -> Programme:
        if not self._programmes_by_id:
            self._programmes_by_id.update((p.id, p) for p in self.programmes)
        return self._programmes_by_id[programme_id]

    def source(self, source_id: str) -> Source:
        if not self._sources_by_id:
            self._sources_by_id.update((s.id, s) for s in self.all_sources())
        return self._sources_by_id[source_id]

    def all_sources(self) -> list[Source]:
        """The shared sources of catalogue.toml, then those a programme file declares."""
        return [*self.info.sources, *(s for p in self.programmes for s in p.sources)]

    @property
    def engine_cache(self) -> object:
        """What the engine worked out from this (immutable) catalogue, kept while it lives:
        a core.ranking_cache.RankingCache, opaque here (the model knows nothing of the
        engine)."""
        return self._engine_cache

    def keep_engine_cache(self, cache: object) -> None:
        self._engine_cache = cache

    def withdrawn(self, programme_id: str) -> Withdrawn | None:
        return next((w for w in self.info.withdrawn if w.id == programme_id), None)

    def confidence(self, programme: Programme) -> Confidence:
        found = self._confidence_by_id.get(programme.id)
        if found is None:
            kinds = {self.source(p.source).kind for p in programme.deciding_passages()}
            found = self._confidence_by_id[programme.id] = confidence_of(kinds)
        return found


_SPACES = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
