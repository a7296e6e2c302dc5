from __future__ import annotations

import json
from pathlib import Path

import pytest

from startup_match.core.model.profile import (
    Profile,
    ProfileError,
    Sector,
    load_profile,
    profile_from_dict,
)


def test_only_company_name_is_required() -> None:
    profile = profile_from_dict({"company_name": "Acme"})
    assert profile.company_name == "Acme"
    assert profile.stage is None and profile.sectors is None and profile.needs is None


@pytest.mark.parametrize(
    ("data", "field", "problem"),
    [
        ({}, "company_name", "is required"),
        ({"company_name": ""}, "company_name", "at least 1 character"),
        ({"company_name": "   "}, "company_name", "must not be blank"),
        ({"company_name": "x" * 121}, "company_name", "at most 120 characters"),
        ({"company_name": "A", "stage": "unicorn"}, "stage", "Input should be"),
        ({"company_name": "A", "sectors": ["space"]}, "sectors.0", "Input should be"),
        ({"company_name": "A", "team_size": -1}, "team_size", "greater than or equal to 0"),
        ({"company_name": "A", "team_size": "many"}, "team_size", "valid integer"),
        (
            {"company_name": "A", "years_since_incorporation": -0.5},
            "years_since_incorporation",
            "greater than or equal to 0",
        ),
        ({"company_name": "A", "funding_sought_hkd": -5}, "funding_sought_hkd", "greater than"),
        ({"company_name": "A", "colour": "red"}, "colour", "is not a profile field"),
        (
            {"company_name": "A", "university_links": [{"university": "mit", "role": "staff"}]},
            "university_links.0.university",
            "Input should be",
        ),
        (
            {"company_name": "A", "university_links": [{"university": "hku"}]},
            "university_links.0.role",
            "is required",
        ),
    ],
)
def test_bad_values_are_rejected_naming_the_field(
    data: dict[str, object], field: str, problem: str
) -> None:
    with pytest.raises(ProfileError) as caught:
        profile_from_dict(data)
    message = str(caught.value)
    assert message.startswith(f"{field}:") or f"; {field}:" in message
    assert problem in message
    assert "\n" not in message


def test_not_an_object_is_rejected() -> None:
    with pytest.raises(ProfileError, match="expected a JSON object"):
        profile_from_dict(["company_name"])


def test_duplicates_in_lists_are_dropped_in_order() -> None:
    profile = profile_from_dict(
        {"company_name": "A", "sectors": ["ict", "biotech", "ict"], "needs": []}
    )
    assert profile.sectors == [Sector.ICT, Sector.BIOTECH]
    assert profile.needs == []


def test_json_round_trip(biotech_profile_data: dict[str, object]) -> None:
    profile = profile_from_dict(biotech_profile_data)
    assert Profile.model_validate(profile.to_json_dict()) == profile


def test_load_profile_reports_file_problems(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="no such file"):
        load_profile(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"company_name": ', encoding="utf-8")
    with pytest.raises(ProfileError, match=r"broken.json: not valid JSON \(line 1"):
        load_profile(broken)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"company_name": "A", "stage": 3}), encoding="utf-8")
    with pytest.raises(ProfileError, match=r"wrong\.json: stage:"):
        load_profile(wrong)
