"""A judged programme as the outcome the ranking shows: its texts in one language, every
criterion with its verdict and source, and the hints that say what would change it."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from ..model.catalogue import Catalogue, Criterion, Preference, Programme, normalise_space
from ..model.conditions import MET, UNKNOWN, UNMET, Verdict
from ..model.langs import LANGS, Lang
from ..model.profile import Profile
from ..model.ranking import CriterionOutcome, ProgrammeOutcome, SourceRef
from ..model.text import tri
from ..words.glossary import how_to_apply_label
from ..words.labels import field_question
from .plans import NEAR_MISS_LIMIT, Judgement, OutcomeKey, Plan, Said, Shown
from .ranking_cache import cache_of

M = TypeVar("M", bound=BaseModel)

_CONFIRM = tri("{questions} ({rule})", "{questions}（{rule}）", "{questions}（{rule}）")
# What to do about a programme or a rule that rests on no official source (never "eligible").
_NO_RULES = tri(
    "We found no published rules for this programme: ask the operator before relying on it.",
    "我們找不到此計劃公布的規則：依賴前請先向營運機構查詢。",
    "我们找不到此计划公布的规则：依赖前请先向营运机构查询。",
)
_PROGRAMME_UNCONFIRMED = tri(
    "No official page we found describes this programme: ask the operator whether it is open.",
    "我們找到的官方網頁均未介紹此計劃：請向營運機構查詢計劃是否接受申請。",
    "我们找到的官方网页均未介绍此计划：请向营运机构查询计划是否接受申请。",
)
_RULE_UNCONFIRMED = tri(
    "Ask the operator to confirm this rule, which rests on no official source: {rule}",
    "此條件並無官方來源，請向營運機構確認：{rule}",
    "此条件并无官方来源，请向营运机构确认：{rule}",
)


def outcome_key(
    plan: Plan, judgement: Judgement, unset: frozenset[str], track: int | None = None
) -> OutcomeKey:
    """What an outcome follows from: its status, score and group from the verdicts and
    relevance, its hints also from which fields its requirements read are left blank (`unset`:
    the profile's blank fields, worked out once per ranking), its headline and amount from the
    track the founder fits (`track`, as `track_of` gives it)."""
    missing = plan.asks & unset if judgement.status == "possible" else None
    return (judgement.verdicts, missing, judgement.relevant, track)


def outcome(
    catalogue: Catalogue,
    plan: Plan,
    judgement: Judgement,
    lang: Lang,
    profile: Profile,
    missing: frozenset[str] | None,
    track: int | None = None,
) -> ProgrammeOutcome:
    """`missing`: the blank fields its hints depend on, as `outcome_key` gives them; `track`:
    the offer's track the founder fits, whose headline and amount it then shows."""
    criteria, hints = _said(catalogue, plan, judgement, lang, profile, missing)
    # The fixed fields keep their places; these fill the ones left blank there (a copy and
    # seven stores take half the time of a dict display that unpacks the fixed ones).
    values = _shown(catalogue, plan, lang).fixed.copy()
    values["relevant"] = judgement.relevant
    values["group"] = judgement.group
    values["status"] = judgement.status
    values["score"] = judgement.score
    values["criteria"] = criteria
    values["hints"] = hints
    if track is not None:
        fits = plan.programme.offer.tracks[track]
        values["headline"] = fits.headline.get(lang)
        values["min_amount_hkd"] = fits.min_amount_hkd
        values["max_amount_hkd"] = fits.max_amount_hkd
    return _trusted(ProgrammeOutcome, values)


def _said(
    catalogue: Catalogue,
    plan: Plan,
    judgement: Judgement,
    lang: Lang,
    profile: Profile,
    missing: frozenset[str] | None,
) -> Said:
    """An outcome's criteria and hints: the same lists each time they come out the same
    (nothing changes an outcome once it is made)."""
    verdicts = judgement.verdicts
    key = (lang, verdicts, missing)
    said = plan.cache.said
    found = said.get(key)
    if found is None:
        shown = _shown(catalogue, plan, lang)
        criteria = []
        for fixed, judged, verdict in zip(shown.criteria, shown.judged, verdicts, strict=True):
            made = judged.get(verdict)
            if made is None:
                made = judged[verdict] = _trusted(CriterionOutcome, {**fixed, "verdict": verdict})
            criteria.append(made)
        found = said[key] = (criteria, _hints(plan, judgement, lang, profile, catalogue))
    return found


def _hints(
    plan: Plan, judgement: Judgement, lang: Lang, profile: Profile, catalogue: Catalogue
) -> list[str]:
    verdicts, status, unmet = judgement.verdicts, judgement.status, judgement.unmet
    if status == "eligible":
        return []
    rules = plan.programme.requirements
    if unmet:
        if unmet > NEAR_MISS_LIMIT:
            return []
        return [r.hint.get(lang) for r, v in zip(rules, verdicts, strict=False) if v is UNMET]
    hints = []
    confirm = cache_of(catalogue).confirm
    for rule, verdict in zip(rules, verdicts, strict=False):
        if verdict is not UNKNOWN:
            continue
        fields = rule_fields(rule)
        if not fields:
            hints.append(rule.hint.get(lang))  # a step someone else takes: say what to do next
            continue
        missing = tuple(f for f in fields if getattr(profile, f) is None)
        key = (id(rule), lang, missing)
        text = confirm.get(key)
        if text is None:
            questions = " ".join(field_question(f, lang) for f in missing or fields)
            text = _CONFIRM.get(lang).format(questions=questions, rule=rule.explanation.get(lang))
            confirm[key] = text
        hints.append(text)
    return hints + _unofficial_hints(plan, verdicts, lang)


def _unofficial_hints(plan: Plan, verdicts: tuple[Verdict, ...], lang: Lang) -> list[str]:
    """The next step where a met rule, or the programme itself, rests on no official source."""
    rules = plan.programme.requirements
    if plan.unsourced and len(plan.unofficial) == len(rules):
        return [_NO_RULES.get(lang)]
    hints = [_PROGRAMME_UNCONFIRMED.get(lang)] if plan.unsourced else []
    hints += [
        _RULE_UNCONFIRMED.get(lang).format(rule=rules[n].explanation.get(lang))
        for n in sorted(plan.unofficial)
        if verdicts[n] is MET
    ]
    return hints


def rule_fields(rule: Criterion | Preference) -> tuple[str, ...]:
    """The profile fields a rule reads, in order."""
    return tuple(sorted(rule.condition.fields()))


def _shown(catalogue: Catalogue, plan: Plan, lang: Lang) -> Shown:
    found = plan.cache.shown.get(lang)
    if found is not None:
        return found
    programme = plan.programme
    offer = programme.offer
    sources = cache_of(catalogue).sources
    fixed = {
        "id": programme.id,
        "name": programme.name.get(lang),
        "short_name": programme.short_name,
        "acronym": programme.acronym,
        "confidence": catalogue.confidence(programme),
        "kinds": list(programme.kinds),
        "url": programme.url,
        "relevant": None,
        "group": None,
        "search_names": sorted(
            {programme.name.get(other) for other in LANGS} | {programme.short_name}
        ),
        "operator": programme.operator.get(lang),
        "description": programme.description.get(lang),
        "status": None,
        "score": None,
        "offer": offer.summary.get(lang),
        "headline": offer.headline.get(lang),
        "min_amount_hkd": offer.min_amount_hkd,
        "max_amount_hkd": offer.max_amount_hkd,
        "duration": offer.duration.get(lang) if offer.duration else None,
        "equity": offer.equity,
        "apply": programme.apply.get(lang),
        "how_to_apply": _how_to_apply(catalogue, programme, lang),
        "source": _source(sources, catalogue, programme, programme.source),
        "criteria": None,
        "hints": None,
    }
    rules: list[tuple[str, Criterion | Preference]] = [
        ("requirement", rule) for rule in programme.requirements
    ] + [("preference", pref) for pref in programme.preferences]
    criteria = [
        {
            "id": rule.id,
            "kind": kind,
            "explanation": rule.explanation.get(lang),
            "source": _source(sources, catalogue, programme, rule.source),
            "weight": rule.weight if isinstance(rule, Preference) else None,
            "fields": list(rule_fields(rule)),
        }
        for kind, rule in rules
    ]
    shown = plan.cache.shown[lang] = Shown(fixed, criteria, [{} for _ in criteria])
    return shown


def _how_to_apply(catalogue: Catalogue, programme: Programme, lang: Lang) -> list[str]:
    """Each published part of how to apply, with the words of the passage it rests on."""
    how = programme.how_to_apply
    if how is None:
        return []
    lines = []
    for name, part in how.cited():
        passage = programme.passages[part.source]
        source = catalogue.source(passage.source)
        label = how_to_apply_label(name.split(".")[0], lang)
        lines.append(
            f"{label}{part.text.get(lang)} (“{passage.text}”, {source.title}, {source.publisher})"
        )
    return lines


def _source(
    sources: dict[tuple[str, str], SourceRef], catalogue: Catalogue, programme: Programme, key: str
) -> SourceRef:
    """The citation of one passage, built once per catalogue (it does not change). `sources`:
    the catalogue's cache table of them, fetched once by the caller."""
    found = sources.get((programme.id, key))
    if found is not None:
        return found
    passage = programme.passages[key]
    source = catalogue.source(passage.source)
    ref = _trusted(
        SourceRef,
        {
            "kind": source.kind,
            "document": source.id,
            "title": source.title,
            "publisher": source.publisher,
            "date": source.date,
            "checked": source.checked,
            "url": source.url,
            "passage": normalise_space(passage.text),
            "note": None,
        },
    )
    sources[programme.id, key] = ref
    return ref


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
    model: set(model.model_fields) for model in (CriterionOutcome, ProgrammeOutcome, SourceRef)
}
assert not any(model.__pydantic_post_init__ for model in _ALL_FIELDS), "construct by hand"
