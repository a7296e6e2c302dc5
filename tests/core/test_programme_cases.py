"""OpenFisca-style cases for every programme, one file each in tests/data/cases/."""

from __future__ import annotations

import tomllib
from collections import defaultdict
from typing import Any

import pytest

from startup_match.core.catalogue import Catalogue, Programme
from startup_match.core.engine import evaluate, rank
from startup_match.core.loader import default_catalogue
from startup_match.core.profile import profile_from_dict

from ..founders import CASES_DIR, FOUNDERS, known

CASE_FILES = sorted(p for p in CASES_DIR.glob("*.toml") if not p.name.startswith("_"))
CASES: list[dict[str, Any]] = [
    case for path in CASE_FILES for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
]


def _profile_of(case: dict[str, Any]) -> dict[str, Any]:
    return known({**FOUNDERS[case["base"]], **case.get("profile", {})})


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_programme_case(case: dict[str, Any]) -> None:
    catalogue = default_catalogue()
    profile = profile_from_dict(_profile_of(case))
    evaluation = evaluate(catalogue, catalogue.programme(case["programme"]), profile)
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


def _reachable(catalogue: Catalogue, programme: Programme) -> set[str]:
    """The statuses a programme's rules can give: never eligible while a step is left to a third
    party or a rule rests on no official source, never ineligible when no rule reads the
    profile."""
    reachable = {"possible"}
    if all(rule.condition.fields() for rule in programme.requirements) and official(
        catalogue, programme
    ):
        reachable.add("eligible")
    if any(rule.condition.fields() for rule in programme.requirements):
        reachable.add("ineligible")
    return reachable


def test_every_programme_has_a_case_for_each_status_it_can_reach() -> None:
    statuses: dict[str, set[str]] = defaultdict(set)
    for case in CASES:
        statuses[case["programme"]].add(case["status"])
    catalogue = default_catalogue()
    for programme in catalogue.programmes:
        reachable = _reachable(catalogue, programme)
        wanted = reachable - ({"possible"} if len(reachable) > 1 else set())
        assert wanted <= statuses[programme.id], programme.id


def official(catalogue: Catalogue, programme: Programme) -> bool:
    """Whether what the programme is and every requirement rest on official sources."""
    keys = [programme.source, *(rule.source for rule in programme.requirements)]
    return all(catalogue.source(programme.passages[key].source).kind == "official" for key in keys)


def test_no_founder_is_ever_eligible_for_a_programme_without_official_rules() -> None:
    """Every case founder against every programme: "eligible" only where every requirement is
    met and every requirement, and what the programme is, rest on official sources."""
    catalogue = default_catalogue()
    assert len(FOUNDERS) >= 6
    for name in FOUNDERS:
        profile = profile_from_dict(_profile_of({"base": name}))
        for programme in catalogue.programmes:
            evaluation = evaluate(catalogue, programme, profile)
            if evaluation.status == "eligible":
                assert official(catalogue, programme), (name, programme.id)
                assert all(v.value == "met" for _, v in evaluation.requirements), name


def test_founders_the_official_rules_exclude_are_never_eligible() -> None:
    """An overseas company with no Hong Kong entity, a six-year-old company without matched
    investment and a team with no company yet: no programme whose official rules exclude them
    shows "eligible" (the issue's three founders)."""
    catalogue = default_catalogue()
    excluded = {
        "overseas_co": {
            "tsssu",
            "hkstp-incubation",
            "itvf",
            "co-acceleration",
            "gba-youth-employment",
            "nittp",
            "research-talent-hub",
            "techtas",
            "ccmf",
            "cyberport-ai-supercomputing",
        },
        "old_no_investor": {"tsssu", "hkstp-incubation"},
        "student_team": {"tsssu", "hkstp-incubation", "gba-youth-employment", "nittp", "techtas"},
    }
    for base, ids in excluded.items():
        profile = profile_from_dict(_profile_of({"base": base}))
        for programme_id in ids:
            status = evaluate(catalogue, catalogue.programme(programme_id), profile).status
            assert status == "ineligible", (base, programme_id, status)


def test_cases_name_real_rules() -> None:
    catalogue = default_catalogue()
    for case in CASES:
        programme = catalogue.programme(case["programme"])
        rule_ids = {r.id for r in programme.requirements} | {p.id for p in programme.preferences}
        assert set(case.get("verdicts", {})) <= rule_ids, case["name"]


def test_one_case_file_per_programme() -> None:
    """Each programme's cases live in tests/data/cases/<id>.toml and name only that programme."""
    ids = {p.id for p in default_catalogue().programmes}
    assert {path.stem for path in CASE_FILES} == ids
    for path in CASE_FILES:
        cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
        assert {case["programme"] for case in cases} == {path.stem}, path.name
