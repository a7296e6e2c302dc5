"""The plan: every suggested change, applied to the profile, opens what it says; none is a
change a founder cannot make; the order is value over effort."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from startup_match.core.engine.rank import rank
from startup_match.core.model.catalogue import Catalogue
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.core.plan.planner import make_plan
from tests.founders import FOUNDERS, known

DAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return default_catalogue()


# Facts that are never a plan, whatever a rule asks.
NEVER = {
    "years_since_incorporation",
    "incorporated_on",
    "founder_hk_permanent_resident",
    "founder_holds_hkid",
    "founder_age",
    "listed",
    "university_links",
    "sectors",
    "stage",
}
# Facts that may move one way only.
ONLY_TRUE = {
    "incorporated_in_hk",
    "hk_business_registration",
    "rd_in_hk",
    "active_operation_in_hk",
    "registered_in_mainland_gba",
    "has_private_co_investor",
    "has_financial_partner",
}
ONLY_UP = {
    "team_size",
    "technical_staff",
    "technical_team_equity_pct",
    "private_investment_last_year_hkd",
    "funding_raised_hkd",
}


def _possible(field: str, old: Any, new: Any) -> bool:
    if field in NEVER or old is None:
        return False
    if field in ONLY_TRUE:
        return old is False and new is True
    if field in ONLY_UP:
        return bool(new > old)
    if field == "location":
        return new in ("hk_science_park", "cyberport", "elsewhere_in_hk")
    return field == "funding_sought_hkd" and new > 0


@pytest.mark.parametrize("name", sorted(FOUNDERS))
def test_each_suggestion_opens_what_it_says_and_is_possible(
    catalogue: Catalogue, name: str
) -> None:
    profile = Profile.model_validate(known(FOUNDERS[name]))
    before = {o.id: o.status for o in rank(catalogue, profile, on=DAY).results}
    plan = make_plan(catalogue, profile, on=DAY)
    for suggestion in plan.suggestions:
        old = profile.model_dump()
        for field, new in suggestion.changes.items():
            assert _possible(field, old[field], new), (name, field, old[field], new)
        changed = Profile.model_validate({**old, **suggestion.changes})
        after = {o.id: o.status for o in rank(catalogue, changed, on=DAY).results}
        for opened in suggestion.opens:
            assert before[opened.id] == opened.before, (name, opened.id)
            assert after[opened.id] == opened.after, (name, opened.id, suggestion.steps)
            assert opened.criteria, (name, opened.id)  # says which criteria it settles
        assert 1 <= len(suggestion.steps) <= 2
        assert all(step.text and step.field not in step.text for step in suggestion.steps)


def test_pairs_open_what_neither_opens_alone(catalogue: Catalogue) -> None:
    for name in sorted(FOUNDERS):
        plan = make_plan(catalogue, Profile.model_validate(known(FOUNDERS[name])), on=DAY)
        singles = {
            tuple(s.changes): {o.id for o in s.opens}
            for s in plan.suggestions
            if len(s.changes) == 1
        }
        for suggestion in plan.suggestions:
            if len(suggestion.steps) == 2 and all((f,) in singles for f in suggestion.changes):
                alone = set().union(*(singles[(f,)] for f in suggestion.changes))
                assert {o.id for o in suggestion.opens} - alone, name


def test_ordered_by_value_over_effort(catalogue: Catalogue) -> None:
    for name in sorted(FOUNDERS):
        plan = make_plan(catalogue, Profile.model_validate(known(FOUNDERS[name])), on=DAY)
        scores = [s.score for s in plan.suggestions]
        assert scores == sorted(scores, reverse=True)
        for s in plan.suggestions:
            assert s.score == pytest.approx(s.value / s.effort, abs=1e-3)


def test_a_company_overseas_is_told_to_incorporate_in_words(catalogue: Catalogue) -> None:
    profile = Profile(company_name="Far Away", incorporated_in_hk=False, location="overseas")
    for lang, words in (
        ("en", "Incorporate a limited company in Hong Kong"),
        ("zh-Hant", "在香港註冊成立有限公司"),
        ("zh-Hans", "在香港注册成立有限公司"),
    ):
        plan = make_plan(catalogue, profile, lang, on=DAY)
        assert words in [step.text for s in plan.suggestions for step in s.steps]


def test_unknown_facts_come_as_questions(catalogue: Catalogue) -> None:
    plan = make_plan(catalogue, Profile(company_name="Blank"), on=DAY)
    assert plan.questions.items
    assert plan.questions.headline.startswith("Answer these ")
    assert len(plan.questions.settles) >= 1
    assert not plan.suggestions  # nothing known, so nothing to change


def test_hiring_technical_staff_opens_hkstp_incubation(catalogue: Catalogue) -> None:
    profile = Profile(
        company_name="Two Founders",
        incorporated_in_hk=True,
        incorporated_on=date(2026, 1, 5),
        team_size=3,
        technical_staff=1,
        technical_team_equity_pct=50,
        location="hk_science_park",
        sectors=["artificial_intelligence"],
        stage="seed",
    )
    plan = make_plan(catalogue, profile, on=DAY)
    texts = {step.text: s for s in plan.suggestions for step in s.steps}
    hire = texts["Hire 1 more full-time technical staff (2 in all)"]
    assert hire.changes == {"technical_staff": 2, "team_size": 4}
    assert "hkstp-incubation" in {o.id for o in hire.opens}
