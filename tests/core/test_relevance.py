"""Relevance apart from eligibility: what the founder asked for orders results, never status."""

from __future__ import annotations

from startup_match.core.engine.rank import evaluate, rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile

ROBOTICS = {
    "company_name": "Robo Works Limited",
    "stage": "seed",
    "sectors": ["robotics"],
    "location": "elsewhere_in_hk",
    "incorporated_in_hk": True,
    "active_operation_in_hk": True,
    "years_since_incorporation": 1,
    "team_size": 4,
    "technical_staff": 3,
    "technical_team_equity_pct": 50,
    "rd_in_hk": True,
    "needs": ["funding", "mentorship"],
}


def test_help_not_asked_for_is_open_not_ineligible() -> None:
    """A robotics start-up asking for funding and mentoring: talent schemes it qualifies for are
    "also open to you", not red rows, and the funding it asked for comes first."""
    ranking = rank(default_catalogue(), Profile.model_validate(ROBOTICS))
    groups = {r.id: r.group for r in ranking.results}
    assert groups["techtas"] == "open"
    assert ranking.result("techtas").status == "eligible"
    assert groups["research-talent-hub"] == "asked"  # its allowances are funding too
    assert groups["hkstp-incubation"] == "asked"
    assert ranking.results[0].group == "asked"
    first_open = next(i for i, r in enumerate(ranking.results) if r.group != "asked")
    assert all(r.group == "asked" for r in ranking.results[:first_open])


def test_needs_never_change_a_status() -> None:
    catalogue = default_catalogue()
    for needs in ([], ["talent"], ["funding", "housing"], None):
        profile = Profile.model_validate({**ROBOTICS, "needs": needs})
        statuses = {p.id: evaluate(catalogue, p, profile).status for p in catalogue.programmes}
        baseline = Profile.model_validate({**ROBOTICS, "needs": ["manufacturing"]})
        assert statuses == {
            p.id: evaluate(catalogue, p, baseline).status for p in catalogue.programmes
        }


def test_without_stated_needs_nothing_claims_to_match_the_ask() -> None:
    ranking = rank(default_catalogue(), Profile.model_validate({**ROBOTICS, "needs": None}))
    assert {r.group for r in ranking.results} <= {"open", "closed"}
    assert all(r.relevant is None for r in ranking.results)


def test_not_open_now_puts_near_misses_first() -> None:
    ranking = rank(default_catalogue(), Profile.model_validate(ROBOTICS))
    closed = [r for r in ranking.results if r.group == "closed"]
    with_hints = [bool(r.hints) for r in closed]
    assert with_hints == sorted(with_hints, reverse=True)
    assert any(with_hints)
