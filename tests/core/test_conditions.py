"""Each condition type, table-driven: profile facts in, verdict out."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter

from startup_match.core.model.conditions import Condition, Verdict
from startup_match.core.model.profile import profile_from_dict

MET, UNMET, UNKNOWN = Verdict.MET, Verdict.UNMET, Verdict.UNKNOWN
ADAPTER: TypeAdapter[Any] = TypeAdapter(Condition)

HK = {"type": "one_of", "field": "location", "values": ["hk_science_park", "cyberport"]}
AI = {"type": "includes_any", "field": "sectors", "values": ["artificial_intelligence"]}
CO_INVESTOR = {"type": "equals", "field": "has_private_co_investor", "value": True}
YOUNG = {"type": "in_range", "field": "years_since_incorporation", "max": 2}
BIG_ASK = {"type": "in_range", "field": "funding_sought_hkd", "min": 10, "max": 100}
HKU_STAFF = {"type": "university_link", "universities": ["hku"], "roles": ["staff"]}
WITHIN_OFFER = {"type": "funding_within_offer"}
ANY = {"type": "any_of", "conditions": [HK, CO_INVESTOR]}
ALL = {"type": "all_of", "conditions": [HK, CO_INVESTOR]}

CASES: list[tuple[str, dict[str, Any], dict[str, Any], int | None, Verdict]] = [
    ("one_of met", HK, {"location": "cyberport"}, None, MET),
    ("one_of unmet", HK, {"location": "overseas"}, None, UNMET),
    ("one_of unknown", HK, {}, None, UNKNOWN),
    ("includes_any met", AI, {"sectors": ["ict", "artificial_intelligence"]}, None, MET),
    ("includes_any unmet", AI, {"sectors": ["ict"]}, None, UNMET),
    ("includes_any empty list is unmet", AI, {"sectors": []}, None, UNMET),
    ("includes_any unknown", AI, {}, None, UNKNOWN),
    ("equals met", CO_INVESTOR, {"has_private_co_investor": True}, None, MET),
    ("equals unmet", CO_INVESTOR, {"has_private_co_investor": False}, None, UNMET),
    ("equals unknown", CO_INVESTOR, {}, None, UNKNOWN),
    ("in_range at bound", YOUNG, {"years_since_incorporation": 2}, None, MET),
    ("in_range above", YOUNG, {"years_since_incorporation": 2.1}, None, UNMET),
    ("in_range zero", YOUNG, {"years_since_incorporation": 0}, None, MET),
    ("in_range unknown", YOUNG, {}, None, UNKNOWN),
    ("in_range low bound", BIG_ASK, {"funding_sought_hkd": 9}, None, UNMET),
    ("in_range both bounds", BIG_ASK, {"funding_sought_hkd": 100}, None, MET),
    (
        "university met",
        HKU_STAFF,
        {"university_links": [{"university": "hku", "role": "staff"}]},
        None,
        MET,
    ),
    (
        "university wrong role",
        HKU_STAFF,
        {"university_links": [{"university": "hku", "role": "student"}]},
        None,
        UNMET,
    ),
    ("university none", HKU_STAFF, {"university_links": []}, None, UNMET),
    ("university unknown", HKU_STAFF, {}, None, UNKNOWN),
    ("within offer", WITHIN_OFFER, {"funding_sought_hkd": 1_500_000}, 1_500_000, MET),
    ("above offer", WITHIN_OFFER, {"funding_sought_hkd": 1_500_001}, 1_500_000, UNMET),
    ("seeking nothing", WITHIN_OFFER, {"funding_sought_hkd": 0}, 1_500_000, UNMET),
    ("offer has no amount", WITHIN_OFFER, {"funding_sought_hkd": 5}, None, UNKNOWN),
    ("any_of one met", ANY, {"location": "overseas", "has_private_co_investor": True}, None, MET),
    ("any_of met beats unknown", ANY, {"location": "cyberport"}, None, MET),
    ("any_of unknown", ANY, {"location": "overseas"}, None, UNKNOWN),
    (
        "any_of all unmet",
        ANY,
        {"location": "overseas", "has_private_co_investor": False},
        None,
        UNMET,
    ),
    ("all_of all met", ALL, {"location": "cyberport", "has_private_co_investor": True}, None, MET),
    ("all_of unmet beats unknown", ALL, {"location": "overseas"}, None, UNMET),
    ("all_of unknown", ALL, {"location": "cyberport"}, None, UNKNOWN),
]


@pytest.mark.parametrize(
    ("condition", "facts", "offer_max", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_condition_verdicts(
    condition: dict[str, Any], facts: dict[str, Any], offer_max: int | None, expected: Verdict
) -> None:
    profile = profile_from_dict({"company_name": "Case", **facts})
    assert ADAPTER.validate_python(condition).evaluate(profile, offer_max) is expected


@pytest.mark.parametrize(
    "bad",
    [
        {"type": "one_of", "field": "stage", "values": ["unicorn"]},
        {"type": "one_of", "field": "team_size", "values": ["1"]},
        {"type": "includes_any", "field": "needs", "values": []},
        {"type": "in_range", "field": "team_size"},
        {"type": "in_range", "field": "team_size", "min": 5, "max": 1},
        {"type": "any_of", "conditions": [HK]},
        {"type": "no_such_type"},
    ],
)
def test_malformed_conditions_are_rejected(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        ADAPTER.validate_python(bad)


def test_the_fields_conditions_may_read_are_exactly_the_profiles_of_each_type() -> None:
    """A new yes/no or number field is readable by rules as soon as it is in the profile's
    field lists here; one left out (or one a rule names that the profile lacks) fails."""
    from typing import get_args

    from startup_match.core.model.conditions import BoolField, ListField, NumberField, ScalarField
    from startup_match.core.model.profile import Profile

    by_type: dict[str, set[str]] = {"bool": set(), "number": set(), "enum": set(), "list": set()}
    for name, info in Profile.model_fields.items():
        shown = str(info.annotation)
        if "datetime.date" in shown:
            continue  # rules read the company's age worked out from it (core/model/dated.py)
        if "bool" in shown:
            by_type["bool"].add(name)
        elif "int" in shown or "float" in shown:
            by_type["number"].add(name)
        elif shown.startswith("list[") and "UniversityLink" not in shown:
            by_type["list"].add(name)
        elif name != "company_name" and "list[" not in shown:
            by_type["enum"].add(name)
    assert set(get_args(BoolField)) == by_type["bool"]
    assert set(get_args(NumberField)) == by_type["number"]
    assert set(get_args(ListField)) == by_type["list"]
    assert set(get_args(ScalarField)) == by_type["enum"]
