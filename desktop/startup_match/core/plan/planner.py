"""A plan, not only a verdict: the changes to a founder's facts that would open programmes
not open now, and the questions that would settle those waiting on an answer.

Candidates come from the rules themselves: each requirement not met says which values would
meet it (`Condition.ways`), and only those a founder can make are kept (core/plan/changes.py).
Each candidate is applied to the profile and every programme judged again, so what a
suggestion says it opens is what ranking the changed profile gives. Pairs are tried among the
candidates one programme gives, and offered when together they open what neither opens alone.

Order: value over effort. A programme opened is worth 2 when it becomes eligible and 1 when
it becomes possible, doubled when it gives the help the founder asked for, and raised by the
size of its offer (1 + log10(1 + max amount / HK$100,000) / 2). A suggestion's value is the
sum over what it opens; its effort the sum of its steps' classes (paperwork 1, people 2,
money 3, relocation 4); its score the value divided by the effort."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

from ..engine.plans import Plan, judge
from ..engine.rank import plans_of
from ..engine.ranking_cache import cache_of
from ..engine.relevance import asked_kinds
from ..model.catalogue import Catalogue, Criterion, Preference, Programme
from ..model.conditions import MET, UNKNOWN, UNMET, Verdict, answers
from ..model.dated import AGE_FIELD, as_of, today
from ..model.langs import Lang
from ..model.plan import FounderPlan, Opened, Question, Questions, Settled, Step, Suggestion
from ..model.profile import Profile
from ..model.ranking import Status
from ..model.text import tri
from ..words.labels import field_question
from .changes import can_change, effort_cost, effort_of, say
from .timeline import cited, timeline

# Moves: the profile's new values, as sorted (field, value) pairs (lists as tuples).
Moves = tuple[tuple[str, Any], ...]

PAIR_CANDIDATES = 8  # per programme, the candidates tried two at a time
MAX_STEPS = 2  # a suggestion is one change, or two that open together what neither opens alone
_IMPROVES = {("ineligible", "possible"), ("ineligible", "eligible"), ("possible", "eligible")}

_HEADLINE = tri(
    "Answer {questions} to settle {programmes}",
    "回答以下{questions}條問題，即可確定{programmes}項計劃",
    "回答以下{questions}条问题，即可确定{programmes}项计划",
)
_HEADLINE_NONE = tri(
    "No unanswered question stands between you and a programme",
    "沒有未答的問題影響你的計劃資格",
    "没有未答的问题影响你的计划资格",
)


@dataclass(frozen=True, slots=True)
class PlanIndex:
    """Per catalogue, made once: which shared checks and which plans read each field, so a
    change is judged by running only the checks and judging only the programmes it touches."""

    checks: dict[str, tuple[int, ...]]
    plans: dict[str, tuple[Plan, ...]]


def plan_index(catalogue: Catalogue) -> PlanIndex:
    cache = cache_of(catalogue)
    if not isinstance(cache.planning, PlanIndex):
        plans, shared = plans_of(catalogue)
        checks: dict[str, set[int]] = {}
        asking: dict[str, list[Plan]] = {}
        for plan in plans:
            programme = plan.programme
            offer_max = programme.offer.max_amount_hkd
            rules: list[Criterion | Preference] = [*programme.requirements, *programme.preferences]
            for rule in rules:
                slot = shared.slot(rule.condition, offer_max)  # the slot it already has
                for field in rule.condition.fields():
                    checks.setdefault(field, set()).add(slot)
            for field in plan.asks:
                asking.setdefault(field, []).append(plan)
        cache.planning = PlanIndex(
            {field: tuple(sorted(slots)) for field, slots in checks.items()},
            {field: tuple(found) for field, found in asking.items()},
        )
    assert isinstance(cache.planning, PlanIndex)
    return cache.planning


@dataclass(frozen=True, slots=True)
class Judged:
    """Every programme's status and requirement verdicts for one profile."""

    status: dict[str, Status]
    verdicts: dict[str, tuple[Verdict, ...]]
    touched: tuple[str, ...] = ()  # the programmes judged again (after a change)


def _judge_all(plans: list[Plan], shared_verdicts: list[Verdict], asked: set[str] | None) -> Judged:
    status: dict[str, Status] = {}
    verdicts: dict[str, tuple[Verdict, ...]] = {}
    for plan in plans:
        judgement = judge(plan, shared_verdicts, asked)
        pid = plan.programme.id
        status[pid] = judgement.status
        verdicts[pid] = judgement.verdicts[: plan.required]
    return Judged(status, verdicts)


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _moves(given: dict[str, Any], way: dict[str, Any]) -> Moves | None:
    """A way as moves a founder can make, or None when any part of it cannot be made."""
    way = dict(way)
    technical, team = way.get("technical_staff"), way.get("team_size", given["team_size"])
    if technical is not None and team is not None and technical > team:
        way["team_size"] = technical  # a technical hire is a hire
    if not all(can_change(field, given[field], new) for field, new in way.items()):
        return None
    return tuple(sorted((field, _hashable(new)) for field, new in way.items()))


def apply_moves(profile: Profile, moves: Iterable[tuple[str, Any]]) -> Profile:
    """The profile with the moves made (lists given back as lists)."""
    update = {field: list(new) if isinstance(new, tuple) else new for field, new in moves}
    return profile.model_copy(update=update)


def _steps(given: dict[str, Any], moves: Moves, lang: Lang) -> tuple[list[Step], int]:
    """The moves as steps, and their effort; a technical hire's rise in the team is said (and
    counted) once, by the hire."""
    new = dict(moves)
    steps = []
    effort = 0
    for field, value in moves:
        old = given[field]
        if field == "team_size" and "technical_staff" in new:
            old += new["technical_staff"] - given["technical_staff"]
            if value <= old:
                continue
        shown = list(value) if isinstance(value, tuple) else value
        effort += effort_cost(field, old, value)
        steps.append(
            Step(field=field, to=shown, text=say(field, old, value, lang), effort=effort_of(field))
        )
    return steps, effort


def _value(programme: Programme, after: str, asked: set[str] | None) -> float:
    worth = 2.0 if after == "eligible" else 1.0
    if asked is not None and not asked.isdisjoint(programme.kinds):
        worth *= 2
    amount = programme.offer.max_amount_hkd or 0
    return worth * (1 + math.log10(1 + amount / 100_000) / 2)


class _Planner:
    def __init__(self, catalogue: Catalogue, profile: Profile, lang: Lang) -> None:
        self.catalogue, self.profile, self.lang = catalogue, profile, lang
        self.plans, self.shared = plans_of(catalogue)
        self.asked = asked_kinds(profile)
        self.given = answers(profile)
        self.index = plan_index(catalogue)
        self.base_verdicts = self.shared.verdicts(self.given)
        self.base = _judge_all(self.plans, self.base_verdicts, self.asked)
        self.tried: dict[Moves, Judged] = {}

    def after(self, moves: Moves) -> Judged:
        """Every programme judged with the moves made: only the checks that read a moved
        field run again, and only the programmes whose requirements read one are judged."""
        found = self.tried.get(moves)
        if found is None:
            update = {field: list(new) if isinstance(new, tuple) else new for field, new in moves}
            given = {**self.given, **update}
            verdicts = list(self.base_verdicts)
            checks = self.shared.checks
            touched: dict[str, Plan] = {}
            for field in update:
                for slot in self.index.checks.get(field, ()):
                    verdicts[slot] = checks[slot](given)
                for plan in self.index.plans.get(field, ()):
                    touched[plan.programme.id] = plan
            status, required = dict(self.base.status), dict(self.base.verdicts)
            for pid, plan in touched.items():
                judgement = judge(plan, verdicts, self.asked)
                status[pid], required[pid] = judgement.status, judgement.verdicts[: plan.required]
            found = self.tried[moves] = Judged(status, required, tuple(touched))
        return found

    def opened(self, moves: Moves) -> dict[str, Status]:
        """The programmes the moves open, with their status after."""
        after = self.after(moves)
        return {
            pid: after.status[pid]
            for pid in after.touched
            if (self.base.status[pid], after.status[pid]) in _IMPROVES
        }

    def candidates(self) -> dict[str, list[Moves]]:
        """Each programme not eligible → the moves its requirements not met suggest."""
        found: dict[str, list[Moves]] = {}
        for plan in self.plans:
            programme = plan.programme
            if self.base.status[programme.id] == "eligible":
                continue
            offer_max = programme.offer.max_amount_hkd
            mine: list[Moves] = []
            for requirement, verdict in zip(
                programme.requirements, self.base.verdicts[programme.id], strict=True
            ):
                if verdict is MET:
                    continue
                for way in requirement.condition.ways(self.given, offer_max):
                    moves = _moves(self.given, way)
                    if moves is not None and len(moves) <= MAX_STEPS and moves not in mine:
                        mine.append(moves)
            if mine:
                found[programme.id] = mine
        return found

    def suggestions(self) -> list[Suggestion]:
        by_programme = self.candidates()
        singles: dict[Moves, dict[str, Status]] = {}
        for mine in by_programme.values():
            for moves in mine:
                if opened := self.opened(moves):
                    singles[moves] = opened
        chosen = dict(singles)
        for mine in by_programme.values():
            for first, second in combinations(mine[:PAIR_CANDIDATES], 2):
                if len(first) + len(second) > MAX_STEPS:
                    continue
                both = tuple(sorted(first + second))
                if both in chosen:
                    continue
                opened = self.opened(both)
                alone = set(self.opened(first)) | set(self.opened(second))
                if set(opened) - alone:
                    chosen[both] = opened
        made = [self.suggestion(moves, opened) for moves, opened in chosen.items()]
        made.sort(key=lambda s: (-s.score, len(s.steps), [step.text for step in s.steps]))
        return made

    def suggestion(self, moves: Moves, opened: dict[str, Status]) -> Suggestion:
        steps, effort = _steps(self.given, moves, self.lang)
        after = self.after(moves).verdicts
        opens = []
        value = 0.0
        for pid, status in opened.items():
            programme = self.catalogue.programme(pid)
            value += _value(programme, status, self.asked)
            settled = [
                Settled(
                    id=requirement.id,
                    verdict=new,
                    explanation=requirement.explanation.get(self.lang),
                    source=cited(self.catalogue, programme, requirement.source),
                )
                for requirement, old, new in zip(
                    programme.requirements, self.base.verdicts[pid], after[pid], strict=True
                )
                if new is not old and (new is MET or old is UNMET)
            ]
            opens.append(
                Opened(
                    id=pid,
                    name=programme.name.get(self.lang),
                    before=self.base.status[pid],
                    after=status,
                    max_amount_hkd=programme.offer.max_amount_hkd,
                    relevant=None
                    if self.asked is None
                    else not self.asked.isdisjoint(programme.kinds),
                    criteria=settled,
                )
            )
        opens.sort(key=lambda o: (o.after != "eligible", o.name))
        return Suggestion(
            steps=steps,
            changes={field: list(new) if isinstance(new, tuple) else new for field, new in moves},
            opens=opens,
            value=round(value, 3),
            effort=effort,
            score=round(value / effort, 3),
        )

    def questions(self) -> Questions:
        unset = {field for field, value in self.given.items() if value is None}
        waiting: dict[str, list[str]] = {}
        settles: list[str] = []
        needed: set[str] = set()
        for plan in self.plans:
            programme = plan.programme
            if self.base.status[programme.id] != "possible":
                continue
            asks: set[str] = set()
            settleable = True
            for requirement, verdict in zip(
                programme.requirements, self.base.verdicts[programme.id], strict=True
            ):
                if verdict is not UNKNOWN:
                    continue
                fields = requirement.condition.fields() & unset
                if not fields or '"to_confirm"' in requirement.condition.model_dump_json():
                    settleable = False
                asks |= fields
            for field in asks:
                waiting.setdefault(_asked_as(field), []).append(programme.id)
            if settleable and asks:
                settles.append(programme.id)
                needed |= {_asked_as(field) for field in asks}
        items = [
            Question(field=field, text=field_question(field, self.lang), programmes=ids)
            for field, ids in sorted(
                waiting.items(), key=lambda item: (item[0] not in needed, -len(item[1]), item[0])
            )
        ]
        headline = (
            _headline(len(needed), len(settles), self.lang)
            if settles
            else _HEADLINE_NONE.get(self.lang)
        )
        return Questions(headline=headline, settles=settles, items=items)


def _headline(questions: int, programmes: int, lang: Lang) -> str:
    if lang != "en":
        return _HEADLINE.get(lang).format(questions=questions, programmes=programmes)
    asked = "this question" if questions == 1 else f"these {questions} questions"
    settled = "1 programme" if programmes == 1 else f"{programmes} programmes"
    return _HEADLINE.en.format(questions=asked, programmes=settled)


def _asked_as(field: str) -> str:
    """The age is asked as the date of incorporation."""
    return "incorporated_on" if field == AGE_FIELD else field


def make_plan(
    catalogue: Catalogue, profile: Profile, lang: Lang = "en", on: date | None = None
) -> FounderPlan:
    """The plan for the founder on the day `on` (today when None)."""
    day = on or today()
    dated = as_of(profile, day)
    planner = _Planner(catalogue, dated, lang)
    events, note = timeline(catalogue, dated, planner.base.status, lang, day)
    return FounderPlan(
        catalogue_version=catalogue.info.version,
        catalogue_digest=catalogue.digest,
        on=day,
        lang=lang,
        questions=planner.questions(),
        suggestions=planner.suggestions(),
        timeline=events,
        timeline_note=note,
    )


__all__ = ["FounderPlan", "apply_moves", "make_plan"]
