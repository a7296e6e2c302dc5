"""Ranking order, scores, hints and determinism, including property-based tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from startup_match.core.engine.rank import NEAR_MISS_LIMIT, evaluate, rank
from startup_match.core.engine.relevance import GROUP_ORDER
from startup_match.core.model.catalogue import Catalogue, Programme
from startup_match.core.model.choices import Location, Need, Role, Sector, Stage, University
from startup_match.core.model.conditions import AllOf, AnyOf, Equals, FundingWithinOffer
from startup_match.core.model.langs import LANGS, Lang
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile, UniversityLink, profile_from_dict
from startup_match.core.model.ranking import Ranking

from ..founders import afresh


def _check_order(ranking: Ranking) -> None:
    """Groups in order (asked for, also open, not open now); near misses first among the not
    open; then the fit score, highest first."""
    keys = [
        (GROUP_ORDER[r.group or ""], r.status == "ineligible" and not r.hints, -r.score)
        for r in ranking.results
    ]
    assert keys == sorted(keys)
    for r in ranking.results:
        assert (r.group == "closed") == (r.status == "ineligible")


def test_ranking_reads_in_groups_asked_for_then_open_then_not_open(
    biotech_profile_data: dict[str, object],
) -> None:
    ranking = rank(default_catalogue(), profile_from_dict(biotech_profile_data))
    assert len(ranking.results) == len(default_catalogue().programmes)
    _check_order(ranking)
    statuses = {r.id: r.status for r in ranking.results}
    assert statuses["tsssu"] == "eligible"
    assert statuses["techconnect"] == "possible"  # no official source: never eligible
    assert statuses["raise-plus"] == "ineligible"


def test_ties_are_broken_by_name() -> None:
    """Within the same group, score, amount and confidence, programmes are in name order."""
    catalogue = default_catalogue()
    ranking = rank(catalogue, Profile(company_name="Blank"))
    ties = 0
    for first, second in zip(ranking.results, ranking.results[1:], strict=False):
        same = (first.group, first.score, first.max_amount_hkd or 0, first.confidence)
        if same == (second.group, second.score, second.max_amount_hkd or 0, second.confidence):
            ties += 1
            assert (
                catalogue.programme(first.id).name.en.casefold()
                <= catalogue.programme(second.id).name.en.casefold()
            ), (first.id, second.id)
    assert ties >= 1, "no ties: a blank profile no longer tests the order by name"


def test_blank_profile_is_possible_or_ineligible_never_eligible() -> None:
    ranking = rank(default_catalogue(), Profile(company_name="Blank"))
    assert all(r.status == "possible" for r in ranking.results)
    assert all(r.score == 0 for r in ranking.results)
    # Possible programmes say which facts would confirm them.
    tsssu = ranking.result("tsssu")
    assert any(
        "Is a founder a student, alumnus or staff member of a university?" in hint
        for hint in tsssu.hints
    )


def test_near_miss_hints_only_for_one_or_two_unmet_requirements() -> None:
    catalogue = default_catalogue()
    far = profile_from_dict(
        {
            "company_name": "Far",
            "incorporated_in_hk": False,
            "years_since_incorporation": 20,
            "university_links": [],
            "sectors": ["other"],
        }
    )
    ranking = rank(catalogue, far)
    for outcome in ranking.results:
        unmet = [c for c in outcome.requirements() if c.verdict.value == "unmet"]
        if outcome.status == "ineligible":
            assert bool(outcome.hints) == (len(unmet) <= NEAR_MISS_LIMIT), outcome.id
    assert ranking.result("tsssu").hints == []


def test_every_verdict_carries_explanation_and_source(
    biotech_profile_data: dict[str, object],
) -> None:
    ranking = rank(default_catalogue(), profile_from_dict(biotech_profile_data))
    for outcome in ranking.results:
        assert outcome.criteria
        for criterion in outcome.criteria:
            assert criterion.explanation
            source = criterion.source
            assert source.title and source.passage and source.publisher
            if source.kind in ("official", "press"):
                assert source.url and source.checked
            else:
                assert source.kind == "unattributed"


def test_language_changes_text_not_verdicts(biotech_profile_data: dict[str, object]) -> None:
    profile = profile_from_dict(biotech_profile_data)
    english = rank(default_catalogue(), profile, "en")
    chinese = rank(default_catalogue(), profile, "zh-Hant")
    assert [(r.id, r.status, r.score) for r in english.results] == [
        (r.id, r.status, r.score) for r in chinese.results
    ]
    assert english.result("tsssu").name != chinese.result("tsssu").name
    assert chinese.result("tsssu").name == "大學科技初創企業資助計劃"


def test_score_counts_met_preference_weights() -> None:
    catalogue = default_catalogue()
    programme = catalogue.programme("techconnect")
    # needs-cloud (4) and compute-heavy-sector (2) met; needs-technical-advice (1) unmet.
    profile = profile_from_dict(
        {"company_name": "A", "sectors": ["big_data"], "needs": ["cloud_computing"]}
    )
    assert evaluate(catalogue, programme, profile).score == round(100 * 6 / 7)


links = st.builds(
    UniversityLink, university=st.sampled_from(University), role=st.sampled_from(Role)
)
profiles = st.builds(
    Profile,
    company_name=st.text(min_size=1, max_size=120).filter(lambda s: bool(s.strip())),
    stage=st.none() | st.sampled_from(Stage),
    sectors=st.none() | st.lists(st.sampled_from(Sector), max_size=4),
    location=st.none() | st.sampled_from(Location),
    incorporated_in_hk=st.none() | st.booleans(),
    years_since_incorporation=st.none() | st.floats(min_value=0, max_value=200),
    university_links=st.none() | st.lists(links, max_size=3),
    based_on_university_research=st.none() | st.booleans(),
    team_size=st.none() | st.integers(min_value=0, max_value=10_000),
    annual_revenue_hkd=st.none() | st.integers(min_value=0, max_value=10**10),
    funding_raised_hkd=st.none() | st.integers(min_value=0, max_value=10**10),
    funding_sought_hkd=st.none() | st.integers(min_value=0, max_value=10**10),
    has_private_co_investor=st.none() | st.booleans(),
    needs=st.none() | st.lists(st.sampled_from(Need), max_size=5),
)


@settings(max_examples=150, deadline=None)
@given(profiles)
def test_any_valid_profile_ranks_deterministically(profile: Profile) -> None:
    catalogue = default_catalogue()
    first = rank(catalogue, profile)
    second = rank(catalogue, Profile.model_validate(profile.model_dump()))
    assert first == second
    assert len(first.results) == len(catalogue.programmes)
    _check_order(first)
    for outcome in first.results:
        verdicts = {c.verdict.value for c in outcome.requirements()}
        official = {c.source.kind for c in outcome.requirements()} | {outcome.source.kind} == {
            "official"
        }
        expected = (
            "ineligible"
            if "unmet" in verdicts
            else "possible"
            if "unknown" in verdicts or not official
            else "eligible"
        )
        assert outcome.status == expected
        assert 0 <= outcome.score <= 100


def test_at_equal_status_and_score_official_rules_rank_first(
    biotech_profile_data: dict[str, object],
) -> None:
    order = {"official": 0, "partial": 1, "unconfirmed": 2}
    ranking = rank(default_catalogue(), profile_from_dict(biotech_profile_data))
    ties = 0
    for before, after in zip(ranking.results, ranking.results[1:], strict=False):
        same = (before.group, before.score, before.max_amount_hkd or 0)
        if same == (after.group, after.score, after.max_amount_hkd or 0):
            assert order[before.confidence or "official"] <= order[after.confidence or "official"]
            ties += before.confidence != after.confidence
    assert ties >= 1  # the biotech founder has such a tie (HKSTP incubation and HKIB)


def test_outcomes_built_without_validation_are_valid(
    biotech_profile_data: dict[str, object],
) -> None:
    """The engine builds results with model_construct for speed; validating them again must
    change nothing, in every language."""
    for lang in ("en", "zh-Hant", "zh-Hans"):
        ranking = rank(default_catalogue(), profile_from_dict(biotech_profile_data), lang)  # type: ignore[arg-type]
        again = Ranking.model_validate_json(ranking.model_dump_json())
        assert again == ranking
        assert again.model_dump() == ranking.model_dump()


# Every answer a founder can leave blank.
CLEARABLE = sorted(name for name, field in Profile.model_fields.items() if field.default is None)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.tuples(profiles, st.sampled_from(LANGS)), min_size=2, max_size=5),
    st.sampled_from(CLEARABLE),
)
def test_a_ranking_after_others_is_the_ranking_made_afresh(
    steps: list[tuple[Profile, Lang]], cleared: str
) -> None:
    """Ranking keeps what it worked out (texts, outcomes whose verdicts did not change) from one
    ranking to the next: whatever came before, the result is the one a fresh catalogue gives.
    Each founder is ranked again with one answer cleared, as an edit would."""
    catalogue = default_catalogue()
    for profile, lang in steps:
        for founder in (profile, profile.model_copy(update={cleared: None})):
            assert rank(catalogue, founder, lang) == rank(afresh(catalogue), founder, lang)


@settings(max_examples=120, deadline=None)
@given(
    profiles,
    st.lists(
        st.tuples(st.sampled_from(CLEARABLE), profiles, st.sampled_from(LANGS)),
        min_size=1,
        max_size=6,
    ),
)
def test_editing_one_answer_at_a_time_ranks_as_afresh(
    start: Profile, edits: list[tuple[str, Profile, Lang]]
) -> None:
    """A ranking judges again only the programmes that read an answer that changed since the
    last ranking in its language; after any run of edits (each answer taken from another
    founder, in any language), the result is the one a fresh catalogue gives."""
    catalogue = default_catalogue()
    founder = start
    for field, other, lang in edits:
        founder = founder.model_copy(update={field: getattr(other, field)})
        assert rank(catalogue, founder, lang) == rank(afresh(catalogue), founder, lang)


def test_asking_for_help_changes_relevance_where_no_rule_reads_it() -> None:
    """Relevance reads the help asked for even in a programme none of whose rules does."""
    base = default_catalogue()
    blind = []
    for programme in base.programmes:
        kept = [p for p in programme.preferences if "needs" not in p.condition.fields()]
        if kept and all("needs" not in r.condition.fields() for r in programme.requirements):
            blind.append(programme.model_copy(update={"preferences": kept}))
    assert blind
    catalogue = Catalogue.model_construct(info=base.info, programmes=blind, digest=base.digest)
    founder = profile_from_dict({"company_name": "Helix Lab", "stage": "seed"})
    rank(catalogue, founder)
    asking = founder.model_copy(update={"needs": [Need.FUNDING]})
    again = rank(catalogue, asking)
    assert again == rank(afresh(catalogue), asking)
    assert {o.relevant for o in again.results} == {True, False}


def test_hints_follow_which_answer_is_missing_when_the_verdicts_stay() -> None:
    """HKSTP Incubation's rule that half the staff are technical reads two answers, and stays
    unknown while the staff count is blank. Answering the other question leaves every verdict as
    it was, but the hint must stop asking it (the outcome is not reused)."""
    catalogue = default_catalogue()
    base = {"company_name": "Helix Lab", "stage": "seed", "sectors": ["biotech"]}
    before = rank(catalogue, profile_from_dict(base)).result("hkstp-incubation")
    after = rank(catalogue, profile_from_dict({**base, "technical_staff": 3}))
    outcome = after.result("hkstp-incubation")
    assert [c.verdict for c in outcome.criteria] == [c.verdict for c in before.criteria]
    rule = "At least half of the full-time staff are technical"
    asked_before = next(h for h in before.hints if rule in h)
    asked_after = next(h for h in outcome.hints if rule in h)
    assert "How many of them work on R&D?" in asked_before
    assert "How many of them work on R&D?" not in asked_after
    assert "How many full-time staff" in asked_after
    assert after == rank(afresh(catalogue), profile_from_dict({**base, "technical_staff": 3}))


HK = "incorporated_in_hk"


def _with_offer(programme: Programme, new_id: str, max_hkd: int, shape: str) -> Programme:
    """TSSSU under another id with another maximum, its funding rule as it is or inside all_of
    or any_of (with a part that leaves the verdict to it, for a founder incorporated in HK)."""
    preferences = list(programme.preferences)
    if shape != "plain":
        at = next(n for n, p in enumerate(preferences) if p.id == "funding-fits")
        within = FundingWithinOffer(type="funding_within_offer")
        nested = (
            AllOf(type="all_of", conditions=[within, Equals(type="equals", field=HK, value=True)])
            if shape == "all_of"
            else AnyOf(
                type="any_of", conditions=[within, Equals(type="equals", field=HK, value=False)]
            )
        )
        preferences[at] = preferences[at].model_copy(update={"condition": nested})
    offer = programme.offer.model_copy(update={"max_amount_hkd": max_hkd})
    return programme.model_copy(update={"id": new_id, "offer": offer, "preferences": preferences})


def test_rules_share_a_check_only_where_the_offer_they_read_is_the_same() -> None:
    """Programmes whose rules say the same share one check per ranking; a rule that compares the
    amount sought with the programme's own maximum must not, even inside all_of."""
    base = default_catalogue()
    tsssu = base.programme("tsssu")
    programmes = [
        _with_offer(tsssu, f"{size}-{shape}", max_hkd, shape)
        for size, max_hkd in [("small", 100_000), ("large", 2_000_000)]
        for shape in ["plain", "all_of", "any_of"]
    ]
    catalogue = Catalogue.model_construct(info=base.info, programmes=programmes, digest=base.digest)
    founder = profile_from_dict(
        {"company_name": "Helix Lab", "funding_sought_hkd": 500_000, "incorporated_in_hk": True}
    )
    fits = {
        outcome.id: next(c.verdict for c in outcome.criteria if c.id == "funding-fits")
        for outcome in rank(catalogue, founder).results
    }
    assert fits == {
        **{f"small-{shape}": "unmet" for shape in ["plain", "all_of", "any_of"]},
        **{f"large-{shape}": "met" for shape in ["plain", "all_of", "any_of"]},
    }
    for programme in programmes:
        evaluation = evaluate(catalogue, programme, founder)
        alone = next(v for p, v in evaluation.preferences if p.id == "funding-fits")
        assert alone == fits[programme.id]


def test_a_rule_resting_on_no_official_source_never_makes_a_programme_eligible() -> None:
    """The confidence cap: TSSSU with its age rule re-cited to a university office (press) is
    "possible" for a founder meeting every rule, and says to confirm that rule with the operator;
    with every passage re-cited so, it says we found no published rules."""
    base = default_catalogue()
    tsssu = base.programme("tsssu")
    founder = profile_from_dict(
        {
            "company_name": "Helix Lab Limited",
            "sectors": ["biotech"],
            "incorporated_in_hk": True,
            "years_since_incorporation": 1,
            "university_links": [{"university": "cuhk", "role": "staff"}],
        }
    )

    def recited(keys: set[str]) -> Catalogue:
        passages = {
            key: p.model_copy(update={"source": "hkust-okt-raiseplus"}) if key in keys else p
            for key, p in tsssu.passages.items()
        }
        programme = tsssu.model_copy(update={"passages": passages})
        return Catalogue.model_construct(info=base.info, programmes=[programme], digest="x")

    assert rank(recited(set()), founder).result("tsssu").status == "eligible"
    one = rank(recited({"itf-age"}), founder).result("tsssu")
    assert one.status == "possible"
    assert [h for h in one.hints if "no official source" in h] == [
        "Ask the operator to confirm this rule, which rests on no official source: "
        + tsssu.requirements[2].explanation.en,
        "Ask the operator to confirm this rule, which rests on no official source: "
        + tsssu.requirements[3].explanation.en,
    ]
    every = rank(recited(set(tsssu.passages)), founder).result("tsssu")
    assert (every.status, every.hints) == (
        "possible",
        ["We found no published rules for this programme: ask the operator before relying on it."],
    )


def test_what_ranking_works_out_lives_in_the_catalogues_named_cache() -> None:
    """One typed cache per catalogue: a fresh catalogue starts empty, a ranking fills its
    tables, and a plan's own tables are in its PlanCache (the plan itself is frozen)."""
    import dataclasses

    from startup_match.core.engine.plans import PlanCache
    from startup_match.core.engine.ranking_cache import cache_of

    catalogue = afresh(default_catalogue())
    assert cache_of(catalogue).sizes() == {"plans": 0, "sources": 0, "confirm": 0, "listing": 0}
    rank(catalogue, Profile(company_name="Blank"))
    sizes = cache_of(catalogue).sizes()
    assert sizes["plans"] == len(catalogue.programmes)
    assert sizes["listing"] == len(catalogue.all_sources())
    assert sizes["sources"] > 0 and sizes["confirm"] > 0
    plans, _ = cache_of(catalogue).plans or ([], None)
    assert all(isinstance(plan.cache, PlanCache) and plan.cache.last for plan in plans)
    with pytest.raises(dataclasses.FrozenInstanceError):
        plans[0].place = 1  # type: ignore[misc]
    assert cache_of(afresh(catalogue)).sizes()["plans"] == 0


def test_a_founder_seen_before_gets_the_same_outcomes_and_the_store_of_them_is_bounded() -> None:
    """Going back to a founder (an adviser switching sessions, a cohort) reuses the outcomes
    made for them; a plan keeps at most MADE_LIMIT of them."""
    from startup_match.core.engine.plans import MADE_LIMIT
    from startup_match.core.engine.ranking_cache import cache_of

    catalogue = afresh(default_catalogue())
    first = profile_from_dict({"company_name": "A", "stage": "idea", "incorporated_in_hk": True})
    second = profile_from_dict({"company_name": "B", "stage": "growth", "team_size": 40})
    before = rank(catalogue, first)
    rank(catalogue, second)
    again = rank(catalogue, first)
    assert again == before
    assert all(a is b for a, b in zip(again.results, before.results, strict=True))
    for years in range(MADE_LIMIT + 5):
        rank(catalogue, first.model_copy(update={"years_since_incorporation": years / 10}))
    plans, _ = cache_of(catalogue).plans or ([], None)
    assert max(len(plan.cache.made) for plan in plans) <= MADE_LIMIT
