"""Declarative conditions over a profile. Each evaluates to met, unmet or unknown."""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .choices import Affiliation, Location, Need, Role, Sector, Stage, University
from .profile import Profile


class Verdict(StrEnum):
    MET = "met"
    UNMET = "unmet"
    UNKNOWN = "unknown"


MET, UNMET, UNKNOWN = Verdict.MET, Verdict.UNMET, Verdict.UNKNOWN

# A condition made ready for one programme: the profile's answers in (its fields by name), the
# verdict out. Ranking calls one for every rule of every programme, so each reads its field and
# compares, and nothing more.
Answers = dict[str, Any]
Check = Callable[[Answers], Verdict]
# New values for some of the profile's fields: one way to meet a condition (core/plan/planner.py).
Update = dict[str, Any]


ScalarField = Literal["stage", "location"]
ListField = Literal["sectors", "needs", "affiliations"]
BoolField = Literal[
    "incorporated_in_hk",
    "based_on_university_research",
    "has_private_co_investor",
    "rd_in_hk",
    "registered_in_mainland_gba",
    "founder_holds_hkid",
    "hk_business_registration",
    "active_operation_in_hk",
    "founder_hk_permanent_resident",
    "listed",
    "owns_patent",
    "holds_regulated_licence",
    "has_financial_partner",
]
NumberField = Literal[
    "years_since_incorporation",
    "team_size",
    "technical_staff",
    "technical_team_equity_pct",
    "annual_revenue_hkd",
    "funding_raised_hkd",
    "funding_sought_hkd",
    "private_investment_last_year_hkd",
    "founder_age",
]


def answers(profile: Profile) -> Answers:
    """The profile's fields by name, as checks read them."""
    return profile.__dict__


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def fields(self) -> set[str]:
        raise NotImplementedError

    def reads_offer(self) -> bool:
        """Whether its check depends on the programme's offer (the `offer_max` it is given)."""
        return False

    def check(self, offer_max: int | None) -> Check:
        """This condition as a function of the profile; `offer_max` is the programme's."""
        raise NotImplementedError

    def evaluate(self, profile: Profile, offer_max: int | None) -> Verdict:
        return self.check(offer_max)(answers(profile))

    def ways(self, given: Answers, offer_max: int | None) -> list[Update]:
        """The changes to known answers that would meet this condition, each alternative the
        least change that does (the planner keeps only those a founder can make). None when
        it is met, or when an answer it reads is unknown: that is a question, not a change."""
        return []


ALLOWED_VALUES: dict[str, type[StrEnum]] = {
    "stage": Stage,
    "location": Location,
    "sectors": Sector,
    "needs": Need,
    "affiliations": Affiliation,
}


# Worked out once: a catalogue of 10,000 programmes checks tens of thousands of conditions.
_ALLOWED: dict[str, frozenset[str]] = {
    field: frozenset(member.value for member in values) for field, values in ALLOWED_VALUES.items()
}


def _check_values(field: str, values: list[str]) -> None:
    unknown = sorted(set(values) - _ALLOWED[field])
    if unknown:
        raise ValueError(f"{field} has no value(s) {', '.join(unknown)}")


class OneOf(_Strict):
    """A single-valued field (stage, location) takes one of the listed values."""

    type: Literal["one_of"]
    field: ScalarField
    values: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_values(self) -> OneOf:
        _check_values(self.field, self.values)
        return self

    def fields(self) -> set[str]:
        return {self.field}

    def check(self, offer_max: int | None) -> Check:
        field, allowed = self.field, frozenset(self.values)

        def verdict(given: Answers) -> Verdict:
            value = given[field]
            if value is None:
                return UNKNOWN
            return MET if value in allowed else UNMET

        return verdict

    def ways(self, given: Answers, offer_max: int | None) -> list[Update]:
        value = given[self.field]
        if value is None or value in self.values:
            return []
        return [{self.field: type(value)(wanted)} for wanted in self.values]


class IncludesAny(_Strict):
    """A list field (sectors, needs) includes at least one of the listed values."""

    type: Literal["includes_any"]
    field: ListField
    values: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_values(self) -> IncludesAny:
        _check_values(self.field, self.values)
        return self

    def fields(self) -> set[str]:
        return {self.field}

    def check(self, offer_max: int | None) -> Check:
        field, allowed = self.field, frozenset(self.values)

        def verdict(given: Answers) -> Verdict:
            chosen = given[field]
            if chosen is None:
                return UNKNOWN
            return UNMET if allowed.isdisjoint(chosen) else MET

        return verdict

    def ways(self, given: Answers, offer_max: int | None) -> list[Update]:
        chosen = given[self.field]
        if chosen is None or not set(self.values).isdisjoint(chosen):
            return []
        kind = ALLOWED_VALUES[self.field]
        return [{self.field: [*chosen, kind(wanted)]} for wanted in self.values]


class Equals(_Strict):
    """A yes/no field has the given answer."""

    type: Literal["equals"]
    field: BoolField
    value: bool

    def fields(self) -> set[str]:
        return {self.field}

    def check(self, offer_max: int | None) -> Check:
        field, wanted = self.field, self.value

        def verdict(given: Answers) -> Verdict:
            answer = given[field]
            if answer is None:
                return UNKNOWN
            return MET if answer == wanted else UNMET

        return verdict

    def ways(self, given: Answers, offer_max: int | None) -> list[Update]:
        answer = given[self.field]
        return [] if answer is None or answer == self.value else [{self.field: self.value}]


class InRange(_Strict):
    """A number lies within [min, max] (either bound may be open)."""

    type: Literal["in_range"]
    field: NumberField
    min: float | None = None
    max: float | None = None

    @model_validator(mode="after")
    def _bounds(self) -> InRange:
        if self.min is None and self.max is None:
            raise ValueError("in_range needs min, max or both")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("in_range min is above max")
        return self

    def fields(self) -> set[str]:
        return {self.field}

    def check(self, offer_max: int | None) -> Check:
        field = self.field
        low = -math.inf if self.min is None else self.min
        high = math.inf if self.max is None else self.max

        def verdict(given: Answers) -> Verdict:
            number = given[field]
            if number is None:
                return UNKNOWN
            return MET if low <= number <= high else UNMET

        return verdict

    def ways(self, given: Answers, offer_max: int | None) -> list[Update]:
        number = given[self.field]
        if number is None:
            return []
        if self.min is not None and number < self.min:
            return [{self.field: _whole(self.field, self.min, up=True)}]
        if self.max is not None and number > self.max:
            return [{self.field: _whole(self.field, self.max, up=False)}]
        return []


class UniversityLinkTo(_Strict):
    """A founder is linked, in one of the roles, to one of the universities."""

    type: Literal["university_link"]
    universities: list[University] = Field(min_length=1)
    roles: list[Role] = Field(min_length=1)

    def fields(self) -> set[str]:
        return {"university_links"}

    def check(self, offer_max: int | None) -> Check:
        universities, roles = frozenset(self.universities), frozenset(self.roles)

        def verdict(given: Answers) -> Verdict:
            links = given["university_links"]
            if links is None:
                return UNKNOWN
            linked = any(link.university in universities and link.role in roles for link in links)
            return MET if linked else UNMET

        return verdict


class FundingWithinOffer(_Strict):
    """The funding sought is no more than the programme's cited maximum amount."""

    type: Literal["funding_within_offer"]

    def fields(self) -> set[str]:
        return {"funding_sought_hkd"}

    def reads_offer(self) -> bool:
        return True

    def check(self, offer_max: int | None) -> Check:
        def verdict(given: Answers) -> Verdict:
            sought = given["funding_sought_hkd"]
            if sought is None or offer_max is None:
                return UNKNOWN
            return MET if 0 < sought <= offer_max else UNMET

        return verdict

    def ways(self, given: Answers, offer_max: int | None) -> list[Update]:
        sought = given["funding_sought_hkd"]
        if sought is None or offer_max is None or sought <= offer_max or offer_max <= 0:
            return []
        return [{"funding_sought_hkd": offer_max}]


class AtLeastField(_Strict):
    """One number is at least another (private investment matched against the amount sought)."""

    type: Literal["at_least_field"]
    field: NumberField
    other: NumberField

    def fields(self) -> set[str]:
        return {self.field, self.other}

    def check(self, offer_max: int | None) -> Check:
        field, other = self.field, self.other

        def verdict(given: Answers) -> Verdict:
            value, floor = given[field], given[other]
            if value is None or floor is None:
                return UNKNOWN
            return MET if value >= floor else UNMET

        return verdict

    def ways(self, given: Answers, offer_max: int | None) -> list[Update]:
        value, floor = given[self.field], given[self.other]
        if value is None or floor is None or value >= floor:
            return []
        return [{self.field: floor}, {self.other: value}]


class MatchedInvestment(_Strict):
    """Private investment matches the amount applied for from this programme: at least the
    founder's ask, or the programme's own maximum when the ask is larger (no one can apply here
    for more than the offer gives), and never nothing. TSSSU+ is the case: "no less than the
    amount of funding it intends to apply for", which is at most HK$1.5M a year."""

    type: Literal["matched_investment"]
    field: NumberField = "private_investment_last_year_hkd"

    def fields(self) -> set[str]:
        return {self.field, "funding_sought_hkd"}

    def reads_offer(self) -> bool:
        return True

    def check(self, offer_max: int | None) -> Check:
        field = self.field
        cap = math.inf if offer_max is None else offer_max

        def verdict(given: Answers) -> Verdict:
            invested, sought = given[field], given["funding_sought_hkd"]
            if invested is None:
                return UNKNOWN
            if invested <= 0:
                return UNMET
            if sought is None:  # enough for the largest application, or not yet known
                return MET if invested >= cap else UNKNOWN
            return MET if invested >= min(sought, cap) else UNMET

        return verdict

    def ways(self, given: Answers, offer_max: int | None) -> list[Update]:
        invested, sought = given[self.field], given["funding_sought_hkd"]
        if invested is None or sought is None:
            return []
        needed = max(1, min(sought, math.inf if offer_max is None else offer_max))
        if invested >= needed:
            return []
        found: list[Update] = [{self.field: int(needed)}]
        if invested > 0:
            found.append({"funding_sought_hkd": invested})  # ask for no more than is matched
        return found


class ShareAtLeast(_Strict):
    """`part` is at least `min` of `whole` (half the full-time staff are technical)."""

    type: Literal["share_at_least"]
    part: NumberField
    whole: NumberField
    min: float = Field(gt=0, le=1)

    def fields(self) -> set[str]:
        return {self.part, self.whole}

    def check(self, offer_max: int | None) -> Check:
        part_field, whole_field, share = self.part, self.whole, self.min

        def verdict(given: Answers) -> Verdict:
            part, whole = given[part_field], given[whole_field]
            if part is None or whole is None:
                return UNKNOWN
            return MET if whole > 0 and part <= whole and part >= share * whole else UNMET

        return verdict

    def ways(self, given: Answers, offer_max: int | None) -> list[Update]:
        part, whole = given[self.part], given[self.whole]
        if part is None or whole is None or part > whole:
            return []
        # Hire `more` of the part: each counts in the whole too (technical staff are staff).
        more = 0
        while whole + more == 0 or part + more < self.min * (whole + more):
            more += 1
        return [{self.part: part + more, self.whole: whole + more}] if more else []


_WHOLE_NUMBERS = frozenset(
    {
        "team_size",
        "technical_staff",
        "annual_revenue_hkd",
        "funding_raised_hkd",
        "funding_sought_hkd",
        "private_investment_last_year_hkd",
        "founder_age",
    }
)


def _whole(field: str, bound: float, *, up: bool) -> float | int:
    """A bound as the field takes it: whole numbers rounded into the range."""
    if field not in _WHOLE_NUMBERS:
        return bound
    return math.ceil(bound) if up else math.floor(bound)


# Checks made for the planner's `ways`, by the condition's identity (kept alive beside its
# check, so an identity is never reused) and the offer: a catalogue's conditions are few.
_MADE: dict[tuple[int, int | None], tuple[_Strict, Check]] = {}


def _check_of(condition: _Strict, offer_max: int | None) -> Check:
    key = (id(condition), offer_max)
    found = _MADE.get(key)
    if found is None:
        if len(_MADE) > 50_000:
            _MADE.clear()
        found = _MADE[key] = (condition, condition.check(offer_max))
    return found[1]


def _unknown(given: Answers) -> Verdict:
    return UNKNOWN


class ToConfirm(_Strict):
    """A requirement the profile cannot settle: a step a third party takes (a university's
    nomination, a co-investment partner's deal) or a fact the app does not ask. Always unknown,
    so the programme is at most "possible"; the rule's hint says what to do next."""

    type: Literal["to_confirm"]

    def fields(self) -> set[str]:
        return set()

    def check(self, offer_max: int | None) -> Check:
        return _unknown


class _Nested(_Strict):
    """A condition made of others (`conditions`, declared by each kind so that `type` stays
    first). One verdict among the parts settles it (`decides`); else any unknown part leaves it
    unknown; else it is `otherwise`."""

    decides: ClassVar[Verdict]
    otherwise: ClassVar[Verdict]
    if TYPE_CHECKING:
        conditions: list[Condition]

    def fields(self) -> set[str]:
        return set().union(*(c.fields() for c in self.conditions))

    def reads_offer(self) -> bool:
        return any(c.reads_offer() for c in self.conditions)

    def check(self, offer_max: int | None) -> Check:
        parts = [c.check(offer_max) for c in self.conditions]
        decides, otherwise = self.decides, self.otherwise

        def verdict(given: Answers) -> Verdict:
            verdicts = [part(given) for part in parts]
            if decides in verdicts:
                return decides
            return UNKNOWN if UNKNOWN in verdicts else otherwise

        return verdict

    def _open_parts(self, given: Answers, offer_max: int | None) -> list[_Strict]:
        """The parts not met, in order."""
        return [c for c in self.conditions if _check_of(c, offer_max)(given) is not MET]


class AnyOf(_Nested):
    """Met when any part is met; unmet only when every part is unmet."""

    decides: ClassVar[Verdict] = MET
    otherwise: ClassVar[Verdict] = UNMET
    type: Literal["any_of"]
    conditions: list[Condition] = Field(min_length=2)

    def ways(self, given: Answers, offer_max: int | None) -> list[Update]:
        if len(self._open_parts(given, offer_max)) < len(self.conditions):
            return []  # one part is met already
        return [way for part in self.conditions for way in part.ways(given, offer_max)]


class AllOf(_Nested):
    """Met when every part is met; unmet as soon as one part is unmet."""

    decides: ClassVar[Verdict] = UNMET
    otherwise: ClassVar[Verdict] = MET
    type: Literal["all_of"]
    conditions: list[Condition] = Field(min_length=2)

    def ways(self, given: Answers, offer_max: int | None) -> list[Update]:
        """Every open part met at once: one way of each, combined (the first few of each)."""
        combined: list[Update] = [{}]
        for part in self._open_parts(given, offer_max):
            options = part.ways(given, offer_max)[:3]
            combined = [
                {**done, **way}
                for done in combined
                for way in options
                if all(done.get(key, value) == value for key, value in way.items())
            ]
        return [] if combined == [{}] else combined


Condition = Annotated[
    OneOf
    | IncludesAny
    | Equals
    | InRange
    | UniversityLinkTo
    | FundingWithinOffer
    | AtLeastField
    | MatchedInvestment
    | ShareAtLeast
    | ToConfirm
    | AnyOf
    | AllOf,
    Field(discriminator="type"),
]
AnyOf.model_rebuild()
AllOf.model_rebuild()
