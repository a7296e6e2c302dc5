"""One consultation: a start-up's profile, the ranking it got, and what the adviser kept with
it (title, notes, the programmes compared). The store saves it, the sheet prints it, the window
and the command line show it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..engine.rank import rank
from ..model.catalogue import Catalogue
from ..model.langs import Lang
from ..model.profile import Profile
from ..model.ranking import Ranking


@dataclass(frozen=True)
class Consultation:
    profile: Profile
    ranking: Ranking
    title: str = ""
    notes: str = ""
    comparison: list[str] = field(default_factory=list)

    def is_stale(self, catalogue: Catalogue) -> bool:
        """True when the catalogue changed since this ranking was computed."""
        return self.ranking.catalogue.digest != catalogue.digest

    def ranking_for(self, catalogue: Catalogue, lang: Lang) -> Ranking:
        """The results to show: exactly the saved ones if the catalogue changed since (the
        banner then offers a re-rank); otherwise re-ranked in `lang`, which gives the same
        verdicts in the language asked for, the company's age counted on the day it was ranked."""
        if self.is_stale(catalogue):
            return self.ranking
        ranked = rank(catalogue, self.profile, lang, self.ranking.on)
        if self.ranking.plan is not None:  # the plan saved with it, as it was
            ranked = ranked.model_copy(update={"plan": self.ranking.plan})
        return ranked

    def compared(self) -> list[str]:
        """The compared programmes that this ranking has (an edited import may name others)."""
        ranked = {result.id for result in self.ranking.results}
        return [pid for pid in self.comparison if pid in ranked]
