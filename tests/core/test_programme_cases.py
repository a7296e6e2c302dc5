"""OpenFisca-style cases for every programme, from tests/data/programme_cases.toml."""

from __future__ import annotations

import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from startup_match.core.engine import evaluate, rank
from startup_match.core.loader import default_catalogue
from startup_match.core.profile import profile_from_dict

TABLE = tomllib.loads(
    (Path(__file__).parents[1] / "data" / "programme_cases.toml").read_text(encoding="utf-8")
)
CASES: list[dict[str, Any]] = TABLE["case"]
UNKNOWN = "__unknown__"  # TOML has no null: this marks a field the founder has not filled in


def _profile_of(case: dict[str, Any]) -> dict[str, Any]:
    data = {**TABLE["bases"][case["base"]], **case.get("profile", {})}
    return {key: value for key, value in data.items() if value != UNKNOWN}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_programme_case(case: dict[str, Any]) -> None:
    catalogue = default_catalogue()
    profile = profile_from_dict(_profile_of(case))
    evaluation = evaluate(catalogue.programme(case["programme"]), profile)
    assert evaluation.status == case["status"]
    if "score" in case:
        assert evaluation.score == case["score"]
    verdicts = {rule.id: verdict.value for rule, verdict in evaluation.requirements}
    verdicts |= {pref.id: verdict.value for pref, verdict in evaluation.preferences}
    for rule_id, expected in case.get("verdicts", {}).items():
        assert verdicts[rule_id] == expected, rule_id
    if "hints" in case:
        outcome = rank(catalogue, profile).result(case["programme"])
        assert outcome.hints == case["hints"]


def test_every_programme_has_eligible_and_ineligible_cases() -> None:
    statuses: dict[str, set[str]] = defaultdict(set)
    for case in CASES:
        statuses[case["programme"]].add(case["status"])
    for programme in default_catalogue().programmes:
        assert {"eligible", "ineligible"} <= statuses[programme.id], programme.id


def test_cases_name_real_rules() -> None:
    catalogue = default_catalogue()
    for case in CASES:
        programme = catalogue.programme(case["programme"])
        rule_ids = {r.id for r in programme.requirements} | {p.id for p in programme.preferences}
        assert set(case.get("verdicts", {})) <= rule_ids, case["name"]
