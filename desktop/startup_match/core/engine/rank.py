"""Check every programme criterion by criterion, score, rank and explain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from ...runtime.collector import collector_paused
from ..model.catalogue import Catalogue, Criterion, Preference, Programme
from ..model.conditions import Verdict, answers
from ..model.dated import as_of, today
from ..model.langs import Lang
from ..model.profile import Profile
from ..model.ranking import CatalogueStamp, Ranking, SourceListing, Status
from .outcomes import outcome, outcome_key
from .plans import (
    MADE_LIMIT,
    NEAR_MISS_LIMIT,
    Judgement,
    Latest,
    OutcomeKey,
    Plan,
    SharedChecks,
    judge,
    make_plans,
    plan_of,
    track_of,
)
from .ranking_cache import cache_of
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


def evaluate(catalogue: Catalogue, programme: Programme, profile: Profile) -> Evaluation:
    """One programme alone (the catalogue says which sources are official: the status depends
    on it)."""
    shared = SharedChecks()
    plan = plan_of(catalogue, programme, shared)
    judged = judge(plan, shared.verdicts(answers(profile)), asked_kinds(profile))
    verdicts = judged.verdicts
    return Evaluation(
        programme,
        judged.status,
        judged.score,
        list(zip(programme.requirements, verdicts[: plan.required], strict=True)),
        list(zip(programme.preferences, verdicts[plan.required :], strict=True)),
        judged.relevant,
        judged.group,
    )


def plans_of(catalogue: Catalogue) -> tuple[list[Plan], SharedChecks]:
    """The catalogue's plans and shared checks, made once and kept in its RankingCache."""
    cache = cache_of(catalogue)
    if cache.plans is None:
        cache.plans = make_plans(catalogue)
    return cache.plans


def rank(
    catalogue: Catalogue, profile: Profile, lang: Lang = "en", on: date | None = None
) -> Ranking:
    """Every programme judged for the founder, in rank order. A profile with a date of
    incorporation is judged on the day `on` (today when None), which the ranking records."""
    day = None
    if profile.incorporated_on is not None:
        day = on or today()
        profile = as_of(profile, day)
    plans, shared = plans_of(catalogue)
    given, asked = answers(profile), asked_kinds(profile)
    unset = frozenset(field for field, value in given.items() if value is None)
    placed: list[Latest] = []
    cache = cache_of(catalogue)
    baselines = cache.baselines
    with baselines.lock, collector_paused():
        changed = baselines.changed(lang, given)
        verdicts: list[Verdict] | None = None  # every shared check's, once one is needed
        for plan in plans:
            latest = plan.cache.last.get(lang)
            # A programme that reads no answer changed since the last ranking keeps its latest.
            if latest is None or changed is None or not changed.isdisjoint(plan.reads):
                if verdicts is None:
                    verdicts = shared.verdicts(given)
                judgement = judge(plan, verdicts, asked)
                track = None if plan.tracks is None else track_of(plan, verdicts)
                key = outcome_key(plan, judgement, unset, track)
                if latest is None or latest.key != key:
                    latest = plan.cache.last[lang] = _outcome_for(
                        catalogue, plan, judgement, lang, profile, key
                    )
            placed.append(latest)
        baselines.keep(lang)
    placed.sort(key=_ORDER)
    return Ranking(
        catalogue=stamp(catalogue, lang),
        lang=lang,
        results=list(map(_OUTCOME, placed)),
        sources=_listing(catalogue),
        on=day,
    )


_ORDER, _OUTCOME = attrgetter("order"), attrgetter("outcome")


def _outcome_for(
    catalogue: Catalogue,
    plan: Plan,
    judgement: Judgement,
    lang: Lang,
    profile: Profile,
    key: OutcomeKey,
) -> Latest:
    """The outcome this key gives, made the first time (outcomes are immutable: one made for
    another founder with the same key is the same outcome)."""
    made = plan.cache.made
    found = made.get((lang, key))
    if found is None:
        if len(made) >= MADE_LIMIT:
            made.clear()
        found = made[lang, key] = Latest(
            key, judgement.order, outcome(catalogue, plan, judgement, lang, profile, key[1], key[3])
        )
    return found


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
    """Every source the catalogue cites, made once per catalogue (it does not change; a
    hundred-odd validated models were a third of a ranking's time)."""
    cache = cache_of(catalogue)
    if cache.listing is None:
        cache.listing = tuple(_listed(catalogue))
    return list(cache.listing)


def _listed(catalogue: Catalogue) -> list[SourceListing]:
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
