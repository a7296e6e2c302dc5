"""Declarative conditions over a profile. Each evaluates to met, unmet or unknown."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .profile import Location, Need, Profile, Role, Sector, Stage, University


class Verdict(StrEnum):
    MET = "met"
    UNMET = "unmet"
    UNKNOWN = "unknown"


def _from_bool(value: bool) -> Verdict:
    return Verdict.MET if value else Verdict.UNMET


ScalarField = Literal["stage", "location"]
ListField = Literal["sectors", "needs"]
BoolField = Literal[
    "incorporated_in_hk",
    "based_on_university_research",
    "has_private_co_investor",
    "rd_in_hk",
    "registered_in_mainland_gba",
    "founder_holds_hkid",
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
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


ALLOWED_VALUES: dict[str, type[StrEnum]] = {
    "stage": Stage,
    "location": Location,
    "sectors": Sector,
    "needs": Need,
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

    def evaluate(self, profile: Profile, offer_max: int | None) -> Verdict:
        value = getattr(profile, self.field)
        if value is None:
            return Verdict.UNKNOWN
        return _from_bool(value.value in self.values)


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

    def evaluate(self, profile: Profile, offer_max: int | None) -> Verdict:
        chosen = getattr(profile, self.field)
        if chosen is None:
            return Verdict.UNKNOWN
        return _from_bool(any(item.value in self.values for item in chosen))


class Equals(_Strict):
    """A yes/no field has the given answer."""

    type: Literal["equals"]
    field: BoolField
    value: bool

    def fields(self) -> set[str]:
        return {self.field}

    def evaluate(self, profile: Profile, offer_max: int | None) -> Verdict:
        answer = getattr(profile, self.field)
        if answer is None:
            return Verdict.UNKNOWN
        return _from_bool(answer == self.value)


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

    def evaluate(self, profile: Profile, offer_max: int | None) -> Verdict:
        number = getattr(profile, self.field)
        if number is None:
            return Verdict.UNKNOWN
        low_ok = self.min is None or number >= self.min
        high_ok = self.max is None or number <= self.max
        return _from_bool(low_ok and high_ok)


class UniversityLinkTo(_Strict):
    """A founder is linked, in one of the roles, to one of the universities."""

    type: Literal["university_link"]
    universities: list[University] = Field(min_length=1)
    roles: list[Role] = Field(min_length=1)

    def fields(self) -> set[str]:
        return {"university_links"}

    def evaluate(self, profile: Profile, offer_max: int | None) -> Verdict:
        links = profile.university_links
        if links is None:
            return Verdict.UNKNOWN
        return _from_bool(
            any(link.university in self.universities and link.role in self.roles for link in links)
        )


class FundingWithinOffer(_Strict):
    """The funding sought is no more than the programme's cited maximum amount."""

    type: Literal["funding_within_offer"]

    def fields(self) -> set[str]:
        return {"funding_sought_hkd"}

    def evaluate(self, profile: Profile, offer_max: int | None) -> Verdict:
        if profile.funding_sought_hkd is None or offer_max is None:
            return Verdict.UNKNOWN
        return _from_bool(0 < profile.funding_sought_hkd <= offer_max)


class AtLeastField(_Strict):
    """One number is at least another (private investment matched against the amount sought)."""

    type: Literal["at_least_field"]
    field: NumberField
    other: NumberField

    def fields(self) -> set[str]:
        return {self.field, self.other}

    def evaluate(self, profile: Profile, offer_max: int | None) -> Verdict:
        value, other = getattr(profile, self.field), getattr(profile, self.other)
        if value is None or other is None:
            return Verdict.UNKNOWN
        return _from_bool(value >= other)


class ShareAtLeast(_Strict):
    """`part` is at least `min` of `whole` (half the full-time staff are technical)."""

    type: Literal["share_at_least"]
    part: NumberField
    whole: NumberField
    min: float = Field(gt=0, le=1)

    def fields(self) -> set[str]:
        return {self.part, self.whole}

    def evaluate(self, profile: Profile, offer_max: int | None) -> Verdict:
        part, whole = getattr(profile, self.part), getattr(profile, self.whole)
        if part is None or whole is None:
            return Verdict.UNKNOWN
        return _from_bool(whole > 0 and part <= whole and part >= self.min * whole)


class ToConfirm(_Strict):
    """A requirement the profile cannot settle: a step a third party takes (a university's
    nomination, a co-investment partner's deal) or a fact the app does not ask. Always unknown,
    so the programme is at most "possible"; the rule's hint says what to do next."""

    type: Literal["to_confirm"]

    def fields(self) -> set[str]:
        return set()

    def evaluate(self, profile: Profile, offer_max: int | None) -> Verdict:
        return Verdict.UNKNOWN


class AnyOf(_Strict):
    """Met when any part is met; unmet only when every part is unmet."""

    type: Literal["any_of"]
    conditions: list[Condition] = Field(min_length=2)

    def fields(self) -> set[str]:
        return set().union(*(c.fields() for c in self.conditions))

    def evaluate(self, profile: Profile, offer_max: int | None) -> Verdict:
        verdicts = [c.evaluate(profile, offer_max) for c in self.conditions]
        if Verdict.MET in verdicts:
            return Verdict.MET
        if Verdict.UNKNOWN in verdicts:
            return Verdict.UNKNOWN
        return Verdict.UNMET


class AllOf(_Strict):
    """Met when every part is met; unmet as soon as one part is unmet."""

    type: Literal["all_of"]
    conditions: list[Condition] = Field(min_length=2)

    def fields(self) -> set[str]:
        return set().union(*(c.fields() for c in self.conditions))

    def evaluate(self, profile: Profile, offer_max: int | None) -> Verdict:
        verdicts = [c.evaluate(profile, offer_max) for c in self.conditions]
        if Verdict.UNMET in verdicts:
            return Verdict.UNMET
        if Verdict.UNKNOWN in verdicts:
            return Verdict.UNKNOWN
        return Verdict.MET


Condition = Annotated[
    OneOf
    | IncludesAny
    | Equals
    | InRange
    | UniversityLinkTo
    | FundingWithinOffer
    | AtLeastField
    | ShareAtLeast
    | ToConfirm
    | AnyOf
    | AllOf,
    Field(discriminator="type"),
]
AnyOf.model_rebuild()
AllOf.model_rebuild()
