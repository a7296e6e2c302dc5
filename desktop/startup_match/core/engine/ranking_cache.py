"""What the engine works out once per catalogue, in one named place (after OpenFisca's
`Holder`: the values computed for one entity, kept beside it).

A catalogue never changes once loaded, so nothing here goes stale while it lives; a new
catalogue (another folder, an edited file) starts with an empty cache. The engine's contract
that makes this safe: a programme's outcome depends only on `outcome_key` (its verdicts, the
blank fields its hints read, and its relevance) and the language, and a plan is judged again
only when an answer in `Plan.reads` changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .baselines import Baselines

if TYPE_CHECKING:
    from ..model.catalogue import Catalogue
    from ..model.langs import Lang
    from ..model.ranking import SourceListing, SourceRef
    from .plans import Plan, SharedChecks


@dataclass(slots=True)
class RankingCache:
    """One catalogue's tables (each plan keeps its own in `Plan.cache`):

    - `plans`: every programme's plan, in catalogue order, and the checks they share;
    - `baselines`: the answers each language's latest ranking was made from (replaced by every
      ranking: what lets the next one judge again only what an edit touched);
    - `sources`: (programme id, passage key) → the citation a criterion shows;
    - `confirm`: (rule, language, blank fields) → the "answer these questions" hint (the rule by
      its object's identity: the plans hold every rule as long as this cache lives);
    - `listing`: every source the catalogue cites, as the ranking lists them;
    - `planning`: what the planner indexes once (core/plan/planner.py's PlanIndex: which shared
      checks and which plans read each field), opaque here."""

    plans: tuple[list[Plan], SharedChecks] | None = None
    baselines: Baselines = field(default_factory=Baselines)
    sources: dict[tuple[str, str], SourceRef] = field(default_factory=dict)
    confirm: dict[tuple[int, Lang, tuple[str, ...]], str] = field(default_factory=dict)
    listing: tuple[SourceListing, ...] | None = None
    planning: object = None

    def sizes(self) -> dict[str, int]:
        """How many entries each table holds (for tests and benchmarks)."""
        return {
            "plans": 0 if self.plans is None else len(self.plans[0]),
            "sources": len(self.sources),
            "confirm": len(self.confirm),
            "listing": 0 if self.listing is None else len(self.listing),
        }


def cache_of(catalogue: Catalogue) -> RankingCache:
    """The catalogue's cache, made on first use."""
    found = catalogue.engine_cache
    if not isinstance(found, RankingCache):
        found = RankingCache()
        catalogue.keep_engine_cache(found)
    return found
