"""Programmes made ready to rank: plain data and plain functions, built once per catalogue, so
that ranking thousands of programmes reads fields and compares and builds nothing it need not.
Validation happened when the catalogue was loaded."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import is_, itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model.catalogue import Catalogue, Criterion, Preference, Programme
from ..model.conditions import MET, UNKNOWN, UNMET, Answers, Check, Condition, Verdict
from ..model.langs import Lang
from .baselines import READ_BY_EVERY_PROGRAMME
from .relevance import GROUP_ORDER, Group, group_of

if TYPE_CHECKING:
    from ..model.ranking import CriterionOutcome, ProgrammeOutcome, Status

# How many outcomes a plan keeps by their key (see PlanCache.made).
MADE_LIMIT = 128

# Near-miss hints are offered only when this few requirements stand in the way.
NEAR_MISS_LIMIT = 2

CONFIDENCE_ORDER = {"official": 0, "partial": 1, "unconfirmed": 2}

# What an outcome says beyond its fixed texts (its criteria and hints) depends only on the
# language, the verdicts and, for hints, which fields its requirements read are left blank.
SaidKey = tuple[Lang, tuple[Verdict, ...], frozenset[str] | None]
Said = tuple[list["CriterionOutcome"], list[str]]
# A whole outcome depends on that, on whether the programme gives help the founder asked for,
# and on which of its offer's tracks the founder fits (None: not known, or it has none).
OutcomeKey = tuple[tuple[Verdict, ...], frozenset[str] | None, bool | None, int | None]


class Judgement(NamedTuple):
    """What a plan's verdicts give with the founder's relevance, made once per plan for each."""

    verdicts: tuple[Verdict, ...]  # in the plan's rules' order, requirements first
    status: Status
    score: int  # fit: the met preferences' share of their weights, 0-100
    unmet: int  # requirements not met
    relevant: bool | None  # gives the kind of help the founder asked for (None: not said)
    group: Group
    order: int  # its place in the ranking's order


class Latest(NamedTuple):
    """What the latest ranking in a language gave a programme."""

    key: OutcomeKey  # what the outcome followed from
    order: int  # its place in the ranking's order
    outcome: ProgrammeOutcome


@dataclass(frozen=True, slots=True)
class Shown:
    """What a programme's outcome says whatever the profile, in one language. `fixed` has every
    field of the outcome, in its order, so that a copy is filled in place."""

    fixed: dict[str, Any]
    criteria: list[dict[str, Any]]  # each criterion's fields but its verdict
    # each criterion's outcome per verdict, made when first needed and shared by every outcome
    judged: list[dict[Verdict, CriterionOutcome]]


@dataclass(slots=True)
class SharedChecks:
    """Every distinct condition of a catalogue's rules, each made into a check once. Rules that
    say the same thing (the same stage rule, "incorporated in Hong Kong") share one check, so a
    ranking runs each once and every programme picks its verdicts from the results."""

    checks: list[Check] = field(default_factory=list)
    _slots: dict[tuple[str, int | None], int] = field(default_factory=dict)

    def slot(self, condition: Condition, offer_max: int | None) -> int:
        """Where the condition's verdict will be; only a condition that reads the programme's
        own offer depends on it."""
        key = (condition.model_dump_json(), offer_max if condition.reads_offer() else None)
        found = self._slots.get(key)
        if found is None:
            found = self._slots[key] = len(self.checks)
            self.checks.append(condition.check(offer_max))
        return found

    def verdicts(self, answers: Answers) -> list[Verdict]:
        return [check(answers) for check in self.checks]


Pick = Callable[[Sequence[Verdict]], tuple[Verdict, ...]]


def _pick(slots: tuple[int, ...]) -> Pick:
    """The plan's verdicts, in its rules' order, out of every shared check's."""
    if len(slots) > 1:
        return itemgetter(*slots)
    if slots:
        only = slots[0]
        return lambda verdicts: (verdicts[only],)
    return lambda verdicts: ()


@dataclass(slots=True)
class PlanCache:
    """What one plan has worked out, kept while its catalogue lives (the catalogue never
    changes, so none of it goes stale):

    - `judged`: (verdicts, relevance) → the Judgement they give;
    - `shown`: language → the outcome's texts that do not depend on the founder;
    - `said`: (language, verdicts, blank fields its hints read) → its criteria and hints;
    - `last`: language → what the latest ranking in that language gave it (replaced each time);
    - `made`: (language, outcome key) → what a ranking gave it, so founders seen before (an
      adviser going back and forth, a cohort) get their outcomes again without making them;
      at most MADE_LIMIT, then emptied.

    An edit changes few verdicts, and a programme whose outcome would come out the same gives
    the same (immutable) outcome again."""

    judged: dict[tuple[tuple[Verdict, ...], bool | None], Judgement] = field(default_factory=dict)
    shown: dict[Lang, Shown] = field(default_factory=dict)
    said: dict[SaidKey, Said] = field(default_factory=dict)
    last: dict[Lang, Latest] = field(default_factory=dict)
    made: dict[tuple[Lang, OutcomeKey], Latest] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Plan:
    """One programme ready to rank: where its rules' verdicts are among the shared checks'
    (`pick`, requirements first), its preference weights, and its place in the order that does
    not depend on the founder. What it works out as rankings come is in `cache`."""

    programme: Programme
    pick: Pick
    required: int
    weights: tuple[int, ...]
    total: int
    kinds: frozenset[str]
    place: int
    asks: frozenset[str]  # the profile fields its requirements read
    reads: frozenset[str]  # every profile field its outcome depends on
    # Requirements (by position) that rest on no official source, and whether the passage
    # saying what the programme is rests on none: either keeps it from being shown "eligible".
    unofficial: frozenset[int]
    unsourced: bool
    cache: PlanCache
    tracks: Pick | None = None  # its offer's tracks' verdicts, when it has tracks


def track_of(plan: Plan, shared: Sequence[Verdict]) -> int | None:
    """Which of the offer's tracks the founder fits: the first whose condition is met, every
    one before it unmet; None while one before it is unknown, when none is met, or when the
    offer has no tracks."""
    if plan.tracks is None:
        return None
    for index, verdict in enumerate(plan.tracks(shared)):
        if verdict is MET:
            return index
        if verdict is UNKNOWN:
            return None
    return None


def plan_of(
    catalogue: Catalogue, programme: Programme, shared: SharedChecks, place: int = 0
) -> Plan:
    offer_max = programme.offer.max_amount_hkd
    official = [
        catalogue.source(programme.passages[key].source).kind == "official"
        for key in (programme.source, *(r.source for r in programme.requirements))
    ]
    weights = tuple(p.weight for p in programme.preferences)
    rules: list[Criterion | Preference] = [*programme.requirements, *programme.preferences]
    asks = frozenset().union(*(rule.condition.fields() for rule in programme.requirements))
    tracks = programme.offer.tracks
    reads = READ_BY_EVERY_PROGRAMME.union(
        asks,
        *(p.condition.fields() for p in programme.preferences),
        *(t.condition.fields() for t in tracks),
    )
    return Plan(
        programme,
        _pick(tuple(shared.slot(rule.condition, offer_max) for rule in rules)),
        len(programme.requirements),
        weights,
        sum(weights),
        frozenset(programme.kinds),
        place,
        asks,
        reads,
        frozenset(n for n, ok in enumerate(official[1:]) if not ok),
        not official[0],
        PlanCache(),
        _pick(tuple(shared.slot(t.condition, offer_max) for t in tracks)) if tracks else None,
    )


def make_plans(catalogue: Catalogue) -> tuple[list[Plan], SharedChecks]:
    """Every programme's plan, in catalogue order, and the checks they share. Its place: within
    a group and a score, the larger amount comes first, then rules resting on official sources,
    then the name. The engine keeps them in the catalogue's RankingCache."""
    fixed = sorted(
        catalogue.programmes,
        key=lambda p: (
            -(p.offer.max_amount_hkd or 0),
            CONFIDENCE_ORDER[catalogue.confidence(p)],
            p.name.en.casefold(),
            p.id,
        ),
    )
    place = {p.id: n for n, p in enumerate(fixed)}
    shared = SharedChecks()
    return [plan_of(catalogue, p, shared, place[p.id]) for p in catalogue.programmes], shared


def judge(plan: Plan, shared: Sequence[Verdict], asked: set[str] | None) -> Judgement:
    """`shared`: every shared check's verdict on the profile; `asked`: the kinds of help the
    founder asked for (None: not said). Both are worked out once per ranking. Relevance never
    changes the status."""
    verdicts = plan.pick(shared)
    relevant = None if asked is None else not asked.isdisjoint(plan.kinds)
    judged = plan.cache.judged
    found = judged.get((verdicts, relevant))
    if found is None:
        found = judged[verdicts, relevant] = _judged(plan, verdicts, relevant)
    return found


def _judged(plan: Plan, verdicts: tuple[Verdict, ...], relevant: bool | None) -> Judgement:
    required = verdicts[: plan.required]
    unmet = required.count(UNMET)
    status: Status = "ineligible" if unmet else "possible" if UNKNOWN in required else "eligible"
    if status == "eligible" and (plan.unofficial or plan.unsourced):
        status = "possible"  # no rule without an official source makes a programme eligible
    score = 0
    if plan.total:
        met = sum(compress(plan.weights, map(is_, verdicts[plan.required :], repeat(MET))))
        score = round(100 * met / plan.total)
    group = group_of(status, relevant)
    order = _order(group, unmet > NEAR_MISS_LIMIT, score, plan.place)
    return Judgement(verdicts, status, score, unmet, relevant, group, order)


_GROUP_STEP = 2 * 101
_PLACE_BITS = 32  # room for the place of every programme a catalogue could hold


def _order(group: Group, far: bool, score: int, place: int) -> int:
    """A programme's place in the ranking as one integer, so sorting thousands compares numbers,
    not tuples (a tuple key cost 10 ms a ranking at 10,000 programmes). Most significant first:

    - the group (what was asked for, what else is open, what is not open now): × 202;
    - within a group, near misses before the rest of the closed (`far`): × 101;
    - the fit score, higher first (100 - score, 0-100);
    - then, in the low 32 bits, the plan's place in the founder-independent order."""
    rank = GROUP_ORDER[group] * _GROUP_STEP + (101 if far else 0) + 100 - score
    return rank << _PLACE_BITS | place
