"""Check every programme criterion by criterion, score, rank and explain."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

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

M = TypeVar("M", bound=BaseModel)
Memo = dict[object, object]

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
    relevant: bool | None  # gives the kind of help the founder asked for (None: not said)
    group: Group

    @property
    def near_miss(self) -> bool:
        unmet = sum(1 for _, verdict in self.requirements if verdict is Verdict.UNMET)
        return 0 < unmet <= NEAR_MISS_LIMIT


_UNSET: Any = object()


def evaluate(programme: Programme, profile: Profile, asked: set[str] | None = _UNSET) -> Evaluation:
    """`asked`: the kinds of help the founder asked for, worked out once per ranking."""
    if asked is _UNSET:
        asked = asked_kinds(profile)
    offer_max = programme.offer.max_amount_hkd
    requirements = [(r, r.condition.evaluate(profile, offer_max)) for r in programme.requirements]
    preferences = [(p, p.condition.evaluate(profile, offer_max)) for p in programme.preferences]
    status: Status = "eligible"
    for _, verdict in requirements:
        if verdict is Verdict.UNMET:
            status = "ineligible"
            break
        if verdict is Verdict.UNKNOWN:
            status = "possible"
    total = met = 0
    for preference, verdict in preferences:
        total += preference.weight
        if verdict is Verdict.MET:
            met += preference.weight
    score = round(100 * met / total) if total else 0
    relevant = is_relevant(programme.kinds, asked)
    return Evaluation(
        programme,
        status,
        score,
        requirements,
        preferences,
        profile,
        relevant,
        group_of(status, relevant),
    )


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


def _hints(evaluation: Evaluation, lang: Lang, memo: Memo) -> list[str]:
    unmet = [r for r, v in evaluation.requirements if v is Verdict.UNMET]
    if unmet:
        if len(unmet) > NEAR_MISS_LIMIT:
            return []
        return [r.hint.get(lang) for r in unmet]
    hints = []
    for rule, verdict in evaluation.requirements:
        if verdict is not Verdict.UNKNOWN:
            continue
        fields = _fields(rule, memo)
        if not fields:
            hints.append(rule.hint.get(lang))  # a step someone else takes: say what to do next
            continue
        missing = tuple(f for f in fields if _unset(evaluation.profile, f))
        key = ("confirm", id(rule), lang, missing)
        text = memo.get(key)
        if not isinstance(text, str):
            questions = " ".join(field_question(f, lang) for f in missing or fields)
            text = _CONFIRM.get(lang).format(questions=questions, rule=rule.explanation.get(lang))
            memo[key] = text
        hints.append(text)
    return hints


def _fields(rule: Criterion | Preference, memo: Memo) -> tuple[str, ...]:
    """The profile fields a rule reads, in order (worked out once per rule)."""
    key = ("fields", id(rule))
    found = memo.get(key)
    if not isinstance(found, tuple):
        found = memo[key] = tuple(sorted(rule.condition.fields()))
    return found


def _unset(profile: Profile, field: str) -> bool:
    return getattr(profile, field) is None


def _trusted(cls: type[M], values: dict[str, Any]) -> M:
    """A model from values that are all present and already valid (they come from the validated
    catalogue): what `model_construct` does, without its per-field loop, which was most of the
    time a ranking of thousands of programmes took. A test checks that validating the result
    changes nothing."""
    made = cls.__new__(cls)
    _set(made, "__dict__", values)
    _set(made, "__pydantic_fields_set__", _ALL_FIELDS[cls])
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    return made


_set = object.__setattr__
_ALL_FIELDS: dict[type[BaseModel], set[str]] = {
    model: set(model.model_fields) for model in (CriterionOutcome, ProgrammeOutcome)
}
assert not any(model.__pydantic_post_init__ for model in _ALL_FIELDS), "construct by hand"


@dataclass(frozen=True)
class _Shown:
    """What a programme's outcome says whatever the profile, in one language: built once per
    catalogue, programme and language."""

    fixed: dict[str, Any]
    criteria: list[tuple[str, dict[str, Any]]]  # (requirement | preference, fixed criterion)


def _shown(catalogue: Catalogue, programme: Programme, lang: Lang, memo: Memo) -> _Shown:
    key = ("shown", programme.id, lang)
    found = memo.get(key)
    if isinstance(found, _Shown):
        return found
    offer = programme.offer
    fixed = {
        "id": programme.id,
        "name": programme.name.get(lang),
        "short_name": programme.short_name,
        "acronym": programme.acronym,
        "confidence": catalogue.confidence(programme),
        "kinds": list(programme.kinds),
        "url": programme.url,
        "search_names": sorted(
            {programme.name.get(other) for other in LANGS} | {programme.short_name}
        ),
        "operator": programme.operator.get(lang),
        "description": programme.description.get(lang),
        "offer": offer.summary.get(lang),
        "headline": offer.headline.get(lang),
        "min_amount_hkd": offer.min_amount_hkd,
        "max_amount_hkd": offer.max_amount_hkd,
        "duration": offer.duration.get(lang) if offer.duration else None,
        "equity": offer.equity,
        "apply": programme.apply.get(lang),
        "source": _source(catalogue, programme, programme.source, memo),
    }
    rules: list[tuple[str, Criterion | Preference]] = [
        ("requirement", rule) for rule in programme.requirements
    ] + [("preference", pref) for pref in programme.preferences]
    criteria = [
        (
            kind,
            {
                "id": rule.id,
                "kind": kind,
                "explanation": rule.explanation.get(lang),
                "source": _source(catalogue, programme, rule.source, memo),
                "weight": rule.weight if isinstance(rule, Preference) else None,
                "fields": list(_fields(rule, memo)),
            },
        )
        for kind, rule in rules
    ]
    shown = _Shown(fixed, criteria)
    memo[key] = shown
    return shown


def _criterion(
    programme_id: str, lang: Lang, index: int, fixed: dict[str, Any], verdict: Verdict, memo: Memo
) -> CriterionOutcome:
    """One criterion's outcome; the same object each time it comes out the same (it is frozen)."""
    key = ("criterion", programme_id, lang, index, verdict)
    found = memo.get(key)
    if isinstance(found, CriterionOutcome):
        return found
    made = _trusted(CriterionOutcome, {**fixed, "verdict": verdict})
    memo[key] = made
    return made


def _outcome(
    catalogue: Catalogue, evaluation: Evaluation, lang: Lang, memo: Memo
) -> ProgrammeOutcome:
    programme = evaluation.programme
    shown = _shown(catalogue, programme, lang, memo)
    verdicts = [v for _, v in evaluation.requirements] + [v for _, v in evaluation.preferences]
    criteria = [
        _criterion(programme.id, lang, index, fixed, verdict, memo)
        for index, ((_kind, fixed), verdict) in enumerate(
            zip(shown.criteria, verdicts, strict=True)
        )
    ]
    return _trusted(
        ProgrammeOutcome,
        {
            **shown.fixed,
            "relevant": evaluation.relevant,
            "group": evaluation.group,
            "status": evaluation.status,
            "score": evaluation.score,
            "criteria": criteria,
            "hints": _hints(evaluation, lang, memo),
        },
    )


CONFIDENCE_ORDER = {"official": 0, "partial": 1, "unconfirmed": 2}


RankKey = tuple[int, int, int, int, int, str, str]


def rank_key(catalogue: Catalogue, evaluation: Evaluation, memo: Memo | None = None) -> RankKey:
    """Groups first: what the founder asked for, what else is open, what is not open now.
    Within a group: near misses first among the closed; then relevance (the fit score), what
    it gives (the larger amount), rules resting on official sources, and the name."""
    programme = evaluation.programme
    memo = catalogue.memo() if memo is None else memo
    fixed = memo.get(("key", programme.id))
    if not isinstance(fixed, tuple):
        fixed = (
            -(programme.offer.max_amount_hkd or 0),
            CONFIDENCE_ORDER[catalogue.confidence(programme)],
            programme.name.en.casefold(),
            programme.id,
        )
        memo[("key", programme.id)] = fixed
    return (
        GROUP_ORDER[evaluation.group],
        0 if evaluation.near_miss or evaluation.status != "ineligible" else 1,
        -evaluation.score,
        *fixed,
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
    memo = catalogue.memo()
    asked = asked_kinds(profile)
    evaluations = sorted(
        (evaluate(p, profile, asked) for p in catalogue.programmes),
        key=lambda evaluation: rank_key(catalogue, evaluation, memo),
    )
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
