"""Check every programme criterion by criterion, score, rank and explain."""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from .baselines import baselines_of
from .catalogue import Catalogue, Criterion, Preference, Programme
from .collector import collector_paused
from .conditions import Verdict, answers
from .langs import Lang
from .outcomes import outcome, outcome_key
from .plans import NEAR_MISS_LIMIT, Latest, SharedChecks, judge, plan_of, plans_of, track_of
from .profile import Profile
from .ranking import CatalogueStamp, Ranking, SourceListing, Status
from .relevance import Group, asked_kinds

__all__ = ["NEAR_MISS_LIMIT", "Evaluation", "evaluate", "rank", "stamp"]


@dataclass(frozen=True)
class Evaluation:
    """One programme judged for one founder, criterion by criterion."""

    programme: Programme
    status: Status
    score: int
    requirements: list[tuple[Criterion, Verdict]]
    preferences: list[tuple[Preference, Verdict]]
    relevant: bool | None  # gives the kind of help the founder asked for (None: not said)
    group: Group

    @property
    def near_miss(self) -> bool:
        unmet = sum(1 for _, verdict in self.requirements if verdict is Verdict.UNMET)
        return 0 < unmet <= NEAR_MISS_LIMIT


_UNSET: Any = object()


def evaluate(
    catalogue: Catalogue, programme: Programme, profile: Profile, asked: set[str] | None = _UNSET
) -> Evaluation:
    """`asked`: the kinds of help the founder asked for, when already worked out. The catalogue
    says which sources are official (the status depends on it)."""
    shared = SharedChecks()
    plan = plan_of(catalogue, programme, shared)
    verdicts, status, score, _, relevant, group, _ = judge(
        plan, shared.verdicts(answers(profile)), asked_kinds(profile) if asked is _UNSET else asked
    )
    return Evaluation(
        programme,
        status,
        score,
        list(zip(programme.requirements, verdicts[: plan.required], strict=True)),
        list(zip(programme.preferences, verdicts[plan.required :], strict=True)),
        relevant,
        group,
    )


def rank(catalogue: Catalogue, profile: Profile, lang: Lang = "en") -> Ranking:
    plans, shared = plans_of(catalogue)
    given, asked = answers(profile), asked_kinds(profile)
    unset = frozenset(field for field, value in given.items() if value is None)
    placed: list[Latest] = []
    baselines = baselines_of(catalogue)
    with baselines.lock, collector_paused():
        changed = baselines.changed(lang, given)
        verdicts: list[Verdict] | None = None  # every shared check's, once one is needed
        for plan in plans:
            latest = plan.last.get(lang)
            # A programme that reads no answer changed since the last ranking keeps its latest.
            if latest is None or changed is None or not changed.isdisjoint(plan.reads):
                if verdicts is None:
                    verdicts = shared.verdicts(given)
                judgement = judge(plan, verdicts, asked)
                track = None if plan.tracks is None else track_of(plan, verdicts)
                key = outcome_key(plan, judgement, unset, track)
                if latest is None or latest[0] != key:
                    made = outcome(catalogue, plan, judgement, lang, profile, key[1], track)
                    latest = plan.last[lang] = (key, judgement.order, made)
            placed.append(latest)
        baselines.keep(lang)
    placed.sort(key=_ORDER)
    return Ranking(
        catalogue=stamp(catalogue, lang),
        lang=lang,
        results=list(map(_OUTCOME, placed)),
        sources=_listing(catalogue),
    )


_ORDER, _OUTCOME = itemgetter(1), itemgetter(2)


def stamp(catalogue: Catalogue, lang: Lang = "en") -> CatalogueStamp:
    info = catalogue.info
    return CatalogueStamp(
        version=info.version,
        date=info.date,
        digest=catalogue.digest,
        title=info.title.get(lang),
        disclaimer=info.disclaimer.get(lang),
    )


def _listing(catalogue: Catalogue) -> list[SourceListing]:
    return [
        SourceListing(
            id=s.id,
            title=s.title,
            publisher=s.publisher,
            date=s.date,
            url=s.url,
            kind=s.kind,
            checked=s.checked,
        )
        for s in catalogue.all_sources()
    ]
