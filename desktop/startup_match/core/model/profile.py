"""The start-up profile: what a founder tells us. Every field but the name may be unknown (None)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .choices import Affiliation, Location, Need, Role, Sector, Stage, University
from .errors import ProfileError
from .files import MIB, RepeatedKeyError, UserFileError, loads_unique, read_text_file
from .printable import printable


class UniversityLink(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    university: University
    role: Role


class Profile(BaseModel):
    """A start-up's profile. None means "not known yet"; an empty list means "none"."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)

    company_name: str = Field(min_length=1, max_length=120)
    stage: Stage | None = None
    sectors: list[Sector] | None = None
    location: Location | None = None
    incorporated_in_hk: bool | None = None
    # The date of incorporation; with it, the age rules read the company's age on the
    # consultation's day (core/model/dated.py), not the decimal years that older sessions and
    # files keep.
    incorporated_on: date | None = Field(default=None, ge=date(1800, 1, 1), le=date(2999, 12, 31))
    years_since_incorporation: float | None = Field(default=None, ge=0, le=200)
    university_links: list[UniversityLink] | None = None
    based_on_university_research: bool | None = None
    team_size: int | None = Field(default=None, ge=0, le=1_000_000)
    annual_revenue_hkd: int | None = Field(default=None, ge=0)
    funding_raised_hkd: int | None = Field(default=None, ge=0)
    funding_sought_hkd: int | None = Field(default=None, ge=0)
    has_private_co_investor: bool | None = None
    needs: list[Need] | None = None
    # Facts the official rules ask for (catalogue 2026.11.2). `team_size` counts full-time staff.
    rd_in_hk: bool | None = None
    registered_in_mainland_gba: bool | None = None
    technical_staff: int | None = Field(default=None, ge=0, le=1_000_000)
    technical_team_equity_pct: float | None = Field(default=None, ge=0, le=100)
    private_investment_last_year_hkd: int | None = Field(default=None, ge=0)
    founder_holds_hkid: bool | None = None
    # Facts catalogue 3 rules ask for (Business Registration is not incorporation, and so on).
    hk_business_registration: bool | None = None
    active_operation_in_hk: bool | None = None
    founder_hk_permanent_resident: bool | None = None
    founder_age: int | None = Field(default=None, ge=0, le=120)
    listed: bool | None = None
    affiliations: list[Affiliation] | None = None
    owns_patent: bool | None = None
    holds_regulated_licence: bool | None = None
    has_financial_partner: bool | None = None

    @field_validator("company_name")
    @classmethod
    def _name_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()

    @field_validator("sectors", "needs", "university_links", "affiliations")
    @classmethod
    def _no_duplicates(cls, value: list[object] | None) -> list[object] | None:
        if value is None:
            return None
        unique: list[object] = []
        for item in value:
            if item not in unique:
                unique.append(item)
        return unique

    @model_validator(mode="after")
    def _technical_staff_within_team(self) -> Profile:
        staff, technical = self.team_size, self.technical_staff
        if staff is not None and technical is not None and technical > staff:
            raise ValueError("technical_staff: cannot be more than team_size (full-time staff)")
        return self

    def to_json_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json", exclude_none=True)


MAX_PROFILE_BYTES = 1 * MIB  # a profile is a few hundred bytes


def describe_validation_error(error: ValidationError) -> str:
    """One line naming each bad field and what is wrong with it."""
    parts = []
    for item in error.errors():
        if not item["loc"] and item["type"] == "value_error":
            parts.append(str(item.get("ctx", {}).get("error", item["msg"])))  # names its field
            continue
        location = printable(".".join(str(part) for part in item["loc"])[:60]) or "profile"
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "is not a profile field"
            import difflib  # only for a misspelt field: loading a profile needs none

            close = difflib.get_close_matches(location, Profile.model_fields, n=1)
            if close:
                message += f" (did you mean {close[0]}?)"
        elif item["type"] == "missing":
            message = "is required"
        parts.append(f"{location}: {message}")
    return "; ".join(parts)


def profile_from_dict(data: object) -> Profile:
    if not isinstance(data, dict):
        raise ProfileError("profile: expected a JSON object with the profile's fields")
    try:
        return Profile.model_validate(data)
    except ValidationError as error:
        raise ProfileError(describe_validation_error(error)) from None


def profile_from_json(text: str) -> Profile:
    """A profile from a file's JSON, strictly: "yes" is not true and "5" is not 5, because a
    file contract should say which field is wrong rather than guess; a key given twice is
    refused rather than the last one kept."""
    if not isinstance(parse_profile_json(text), dict):
        raise ProfileError("profile: expected a JSON object with the profile's fields")
    try:
        return Profile.model_validate_json(text, strict=True)
    except ValidationError as error:
        raise ProfileError(describe_validation_error(error)) from None


def parse_profile_json(text: str) -> object:
    """JSON with every object's keys unique, and nesting or numbers too large reported as
    such instead of crashing the parser."""
    try:
        return loads_unique(text)
    except RepeatedKeyError as error:
        raise ProfileError(str(error)) from None
    except RecursionError:
        raise ProfileError("profile: nested too deeply to be a profile") from None
    except json.JSONDecodeError as error:
        raise ProfileError(
            f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except ValueError:
        # Python refuses integers of thousands of digits; no profile value needs one.
        raise ProfileError("profile: a number has too many digits") from None


def load_profile(path: Path) -> Profile:
    """Read a profile from a JSON file, with errors that name the file and the field."""
    try:
        text = read_text_file(path, MAX_PROFILE_BYTES, "profile file")
    except UserFileError as error:
        raise ProfileError(str(error)) from None
    try:
        return profile_from_json(text)
    except ProfileError as error:
        raise ProfileError(f"{path}: {error}") from None
