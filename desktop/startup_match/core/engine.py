"""Check every programme criterion by criterion, score, rank and explain."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .catalogue import Catalogue, Criterion, Preference, Programme, normalise_space
from .conditions import Verdict
from .labels import field_question
from .profile import Profile
from .ranking import (
    CatalogueStamp,
    CriterionOutcome,
    ProgrammeOutcome,
    Ranking,
    SourceListing,
    SourceRef,
    Status,
)
from .relevance import GROUP_ORDER, Group, asked_kinds, group_of, is_relevant
from .text import LANGS, Lang, LocalText

# Near-miss hints are offered only when this few requirements stand in the way.
NEAR_MISS_LIMIT = 2

_CONFIRM = LocalText.model_validate(
    {
        "en": "{questions} ({rule})",
        "zh-Hant": "{questions}（{rule}）",
        "zh-Hans": "{questions}（{rule}）",
    }
)


@dataclass(frozen=True)
class Evaluation:
    programme: Programme
    status: Status
    score: int
    requirements: list[tuple[Criterion, Verdict]]
    preferences: list[tuple[Preference, Verdict]]
    profile: Profile

    @cached_property
    def relevant(self) -> bool | None:
        """Gives the kind of help the founder asked for (None: they have not said)."""
        return is_relevant(self.programme.kinds, asked_kinds(self.profile))

    @cached_property
    def group(self) -> Group:
        return group_of(self.status, self.relevant)

    @property
    def near_miss(self) -> bool:
        unmet = sum(1 for _, verdict in self.requirements if verdict is Verdict.UNMET)
        return 0 < unmet <= NEAR_MISS_LIMIT


def evaluate(programme: Programme, profile: Profile) -> Evaluation:
    offer_max = programme.offer.max_amount_hkd
    requirements = [(r, r.condition.evaluate(profile, offer_max)) for r in programme.requirements]
    preferences = [(p, p.condition.evaluate(profile, offer_max)) for p in programme.preferences]
    verdicts = [verdict for _, verdict in requirements]
    status: Status
    if Verdict.UNMET in verdicts:
        status = "ineligible"
    elif Verdict.UNKNOWN in verdicts:
        status = "possible"
    else:
        status = "eligible"
    total = sum(p.weight for p, _ in preferences)
    met = sum(p.weight for p, verdict in preferences if verdict is Verdict.MET)
    score = round(100 * met / total) if total else 0
    return Evaluation(programme, status, score, requirements, preferences, profile)


def _source(
    catalogue: Catalogue, programme: Programme, key: str, memo: dict[object, object]
) -> SourceRef:
    """The citation of one passage, built once per catalogue (it does not change)."""
    found = memo.get((programme.id, key))
    if isinstance(found, SourceRef):
        return found
    passage = programme.passages[key]
    source = catalogue.source(passage.source)
    ref = SourceRef.model_construct(
        kind=source.kind,
        document=source.id,
        title=source.title,
        publisher=source.publisher,
        date=source.date,
        checked=source.checked,
        url=source.url,
        passage=normalise_space(passage.text),
        note=None,
    )
    memo[(programme.id, key)] = ref
    return ref


def _hints(evaluation: Evaluation, lang: Lang) -> list[str]:
    unmet = [r for r, v in evaluation.requirements if v is Verdict.UNMET]
    if unmet:
        if len(unmet) > NEAR_MISS_LIMIT:
            return []
        return [r.hint.get(lang) for r in unmet]
    hints = []
    for rule, verdict in evaluation.requirements:
        if verdict is Verdict.UNKNOWN and not rule.condition.fields():
            hints.append(rule.hint.get(lang))  # a step someone else takes: say what to do next
        elif verdict is Verdict.UNKNOWN:
            missing = [f for f in sorted(rule.condition.fields()) if _unset(evaluation.profile, f)]
            questions = " ".join(
                field_question(f, lang) for f in missing or rule.condition.fields()
            )
            hints.append(
                _CONFIRM.get(lang).format(questions=questions, rule=rule.explanation.get(lang))
            )
    return hints


def _unset(profile: Profile, field: str) -> bool:
    return getattr(profile, field) is None


def _outcome(
    catalogue: Catalogue, evaluation: Evaluation, lang: Lang, memo: dict[object, object]
) -> ProgrammeOutcome:
    programme = evaluation.programme
    offer = programme.offer
    criteria = [
        CriterionOutcome.model_construct(
            id=rule.id,
            kind="requirement",
            verdict=verdict,
            explanation=rule.explanation.get(lang),
            source=_source(catalogue, programme, rule.source, memo),
            weight=None,
            fields=sorted(rule.condition.fields()),
        )
        for rule, verdict in evaluation.requirements
    ] + [
        CriterionOutcome.model_construct(
            id=pref.id,
            kind="preference",
            verdict=verdict,
            explanation=pref.explanation.get(lang),
            source=_source(catalogue, programme, pref.source, memo),
            weight=pref.weight,
            fields=sorted(pref.condition.fields()),
        )
        for pref, verdict in evaluation.preferences
    ]
    # Built without validation: every value comes from the validated catalogue (a test checks
    # that validating the result changes nothing).
    return ProgrammeOutcome.model_construct(
        id=programme.id,
        name=programme.name.get(lang),
        short_name=programme.short_name,
        acronym=programme.acronym,
        confidence=catalogue.confidence(programme),
        kinds=list(programme.kinds),
        url=programme.url,
        relevant=evaluation.relevant,
        group=evaluation.group,
        search_names=sorted(
            {programme.name.get(other) for other in LANGS} | {programme.short_name}
        ),
        operator=programme.operator.get(lang),
        description=programme.description.get(lang),
        status=evaluation.status,
        score=evaluation.score,
        offer=offer.summary.get(lang),
        headline=offer.headline.get(lang),
        min_amount_hkd=offer.min_amount_hkd,
        max_amount_hkd=offer.max_amount_hkd,
        duration=offer.duration.get(lang) if offer.duration else None,
        equity=offer.equity,
        apply=programme.apply.get(lang),
        source=_source(catalogue, programme, programme.source, memo),
        criteria=criteria,
        hints=_hints(evaluation, lang),
    )


CONFIDENCE_ORDER = {"official": 0, "partial": 1, "unconfirmed": 2}


RankKey = tuple[int, int, int, int, int, str, str]


def rank_key(catalogue: Catalogue, evaluation: Evaluation) -> RankKey:
    """Groups first: what the founder asked for, what else is open, what is not open now.
    Within a group: near misses first among the closed; then relevance (the fit score), what
    it gives (the larger amount), rules resting on official sources, and the name."""
    programme = evaluation.programme
    return (
        GROUP_ORDER[evaluation.group],
        0 if evaluation.near_miss or evaluation.status != "ineligible" else 1,
        -evaluation.score,
        -(programme.offer.max_amount_hkd or 0),
        CONFIDENCE_ORDER[catalogue.confidence(programme)],
        programme.name.en.casefold(),
        programme.id,
    )


def stamp(catalogue: Catalogue, lang: Lang = "en") -> CatalogueStamp:
    info = catalogue.info
    return CatalogueStamp(
        version=info.version,
        date=info.date,
        digest=catalogue.digest,
        title=info.title.get(lang),
        disclaimer=info.disclaimer.get(lang),
    )


def rank(catalogue: Catalogue, profile: Profile, lang: Lang = "en") -> Ranking:
    evaluations = sorted(
        (evaluate(p, profile) for p in catalogue.programmes),
        key=lambda evaluation: rank_key(catalogue, evaluation),
    )
    memo = catalogue.memo()
    return Ranking(
        catalogue=stamp(catalogue, lang),
        lang=lang,
        results=[_outcome(catalogue, e, lang, memo) for e in evaluations],
        sources=[
            SourceListing(
                id=s.id,
                title=s.title,
                publisher=s.publisher,
                date=s.date,
                url=s.url,
                kind=s.kind,
                checked=s.checked,
            )
            for s in catalogue.info.sources
        ],
    )
