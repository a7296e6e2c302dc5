"""Dates, not decimal years: the company's age on the consultation's day, rules met on their
anniversaries as their words say, old sessions and files as they were."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.catalogue import Catalogue, Criterion, Preference
from startup_match.core.model.conditions import MET, UNMET, AllOf, AnyOf, InRange
from startup_match.core.model.dated import AGE_FIELD, age_on, anniversary, as_of
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile, profile_from_json
from startup_match.core.plan.planner import make_plan

START = date(2020, 3, 16)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return default_catalogue()


def _age_rules(condition: object) -> Iterator[InRange]:
    if isinstance(condition, InRange) and condition.field == AGE_FIELD:
        yield condition
    elif isinstance(condition, AnyOf | AllOf):
        for part in condition.conditions:
            yield from _age_rules(part)


def _rules(catalogue: Catalogue) -> list[tuple[str, Criterion | Preference, InRange]]:
    return [
        (programme.id, rule, bound)
        for programme in catalogue.programmes
        for rule in [*programme.requirements, *programme.preferences]
        for bound in _age_rules(rule.condition)
    ]


def test_age_is_whole_on_each_anniversary() -> None:
    assert age_on(START, START) == 0
    assert age_on(START, anniversary(START, 2)) == 2
    assert 1.99 < age_on(START, anniversary(START, 2) - timedelta(days=1)) < 2
    assert 2 < age_on(START, anniversary(START, 2) + timedelta(days=1)) < 2.01
    assert age_on(START, date(2019, 1, 1)) == 0  # before incorporation


def test_a_leap_day_company_has_its_anniversary_on_28_february() -> None:
    leap = date(2024, 2, 29)
    assert anniversary(leap, 1) == date(2025, 2, 28)
    assert age_on(leap, date(2025, 2, 28)) == 1
    assert age_on(leap, date(2028, 2, 29)) == 4


def test_every_age_rule_holds_at_its_boundary_as_it_is_worded(catalogue: Catalogue) -> None:
    """On the day before, of and after the anniversary; "not more than N years" is met on the
    Nth anniversary and unmet the day after, "at least N years" met from that day."""
    rules = _rules(catalogue)
    assert {pid for pid, _, _ in rules} >= {"tsssu", "hkstp-incubation", "hkdc-design-incubation"}
    profile = Profile(company_name="Dated", incorporated_on=START)
    for pid, rule, bound in rules:
        for limit, inside in ((bound.max, (MET, MET, UNMET)), (bound.min, (UNMET, MET, MET))):
            if limit is None:
                continue
            day = anniversary(START, int(limit))
            got = tuple(
                bound.evaluate(as_of(profile, day + timedelta(days=step)), None)
                for step in (-1, 0, 1)
            )
            assert got == inside, (pid, rule.id, limit)
        words = rule.explanation.en.lower()
        if bound.max is not None:
            assert re.search(r"no more than|not more than|no older than|within", words), (
                pid,
                rule.id,
            )
        if bound.min is not None:
            assert "at least" in words, (pid, rule.id)


def test_a_profile_without_a_date_ranks_as_before(catalogue: Catalogue) -> None:
    old = Profile(company_name="Old", years_since_incorporation=1.5, incorporated_in_hk=True)
    ranking = rank(catalogue, old)
    assert ranking.on is None
    assert "on" not in ranking.model_dump(exclude_none=True)


def test_old_profile_files_still_read_years(catalogue: Catalogue) -> None:
    profile = profile_from_json('{"company_name": "Old", "years_since_incorporation": 3}')
    assert profile.years_since_incorporation == 3 and profile.incorporated_on is None
    dated = profile_from_json('{"company_name": "New", "incorporated_on": "2025-01-31"}')
    assert dated.incorporated_on == date(2025, 1, 31)


def test_a_reopened_session_answers_as_on_its_day_and_a_rerank_for_today(
    catalogue: Catalogue,
) -> None:
    profile = Profile(
        company_name="Turning two", incorporated_in_hk=True, incorporated_on=date(2024, 12, 1)
    )
    saved = rank(catalogue, profile, on=date(2026, 12, 1))  # on the second anniversary
    assert saved.on == date(2026, 12, 1)
    consultation = Consultation(profile, saved)
    reopened = consultation.ranking_for(catalogue, "en")
    assert reopened.on == date(2026, 12, 1)
    assert [o.status for o in reopened.results] == [o.status for o in saved.results]
    later = rank(catalogue, profile, on=date(2026, 12, 2))
    age_rule = next(
        c
        for c in later.result("hkstp-incubation").criteria
        if c.id == "registered-within-two-years"
    )
    assert age_rule.verdict == "unmet"
    on_the_day = next(
        c
        for c in saved.result("hkstp-incubation").criteria
        if c.id == "registered-within-two-years"
    )
    assert on_the_day.verdict == "met"


def test_the_timeline_dates_each_age_rule(catalogue: Catalogue) -> None:
    profile = Profile(
        company_name="Young",
        incorporated_in_hk=True,
        incorporated_on=date(2025, 3, 1),
        rd_in_hk=True,
        stage="seed",
    )
    plan = make_plan(catalogue, profile, on=date(2026, 12, 7))
    events = {(e.id, e.kind): e for e in plan.timeline}
    incubation = events["hkstp-incubation", "closes"]
    assert incubation.date == date(2027, 3, 1)
    assert incubation.rounds == "Rounds: open all year round"  # cited from HKSTP's FAQ
    assert events["hkdc-design-incubation", "closes"].rounds == (  # cited from the DIP's FAQ
        "Rounds: recruited in rounds; the schedule of each round is announced on the DIP website"
        " and Facebook"
    )
    assert events["hkstp-elite", "opens"].rounds == "Rounds: check the official page"
    tsssu = {(e.date, e.route) for e in plan.timeline if e.id == "tsssu" and e.kind == "closes"}
    assert tsssu == {(date(2027, 3, 1), True), (date(2032, 3, 1), False)}  # TSSSU-O, TSSSU
    assert events["hkdc-design-incubation", "closes"].date == date(2028, 3, 1)
    assert events["hkstp-elite", "opens"].date == date(2027, 3, 1)
    assert all(e.date >= date(2026, 12, 7) for e in plan.timeline)
    for event in plan.timeline:
        assert event.apply_before == (
            event.kind == "closes" and event.open_now and event.date <= date(2027, 6, 8)
        )
        assert event.rounds  # "Rounds: check the official page" unless the catalogue says
    without = make_plan(catalogue, Profile(company_name="Undated"), on=date(2026, 12, 7))
    assert not without.timeline and without.timeline_note
