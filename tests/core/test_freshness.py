"""`catalogue check`'s findings: what a maintainer must look at, and what fails the check."""

from __future__ import annotations

from datetime import date

from startup_match.core.model.catalogue import Catalogue
from startup_match.core.model.freshness import check_catalogue, checked_range, cited_sources
from startup_match.core.model.loader import default_catalogue

TODAY = date(2026, 12, 7)


def _with(catalogue: Catalogue, programme_id: str, **changes: object) -> Catalogue:
    programmes = [
        p.model_copy(update=changes) if p.id == programme_id else p for p in catalogue.programmes
    ]
    return Catalogue.model_construct(info=catalogue.info, programmes=programmes, digest="x")


def test_the_shipped_catalogue_passes_the_check() -> None:
    """No programme shown as official lacks its official page or rests a rule on another kind
    of source (the check's exit status)."""
    findings = check_catalogue(default_catalogue(), TODAY)
    assert [f for f in findings if f.blocking] == []


def test_an_official_programme_without_its_page_fails_the_check() -> None:
    catalogue = _with(default_catalogue(), "tsssu", url=None)
    blocking = [f for f in check_catalogue(catalogue, TODAY) if f.blocking]
    assert [(f.kind, f.programme) for f in blocking] == [("no_official_page", "tsssu")]


def test_a_page_on_another_site_than_the_official_sources_is_listed() -> None:
    catalogue = _with(default_catalogue(), "tsssu", url="https://example.com/tsssu")
    found = [f for f in check_catalogue(catalogue, TODAY) if f.programme == "tsssu"]
    assert [(f.kind, f.blocking) for f in found] == [("no_official_page", True)]
    assert "example.com" in found[0].detail


def test_programmes_resting_on_press_are_listed_but_do_not_fail_the_check() -> None:
    findings = check_catalogue(default_catalogue(), TODAY)
    techconnect = [f for f in findings if f.programme == "techconnect"]
    assert {f.kind for f in techconnect} >= {"unofficial_requirement"}
    assert not any(f.blocking for f in techconnect)


def test_facts_checked_over_a_year_ago_are_listed_as_stale() -> None:
    catalogue = default_catalogue()
    tsssu = catalogue.programme("tsssu")
    newest = checked_range(cited_sources(catalogue, tsssu))
    assert newest is not None
    oldest_day = date.fromisoformat(newest[0])
    year_on = oldest_day.replace(year=oldest_day.year + 1)
    on_the_day = check_catalogue(catalogue, year_on)
    assert not [f for f in on_the_day if f.kind == "stale" and f.programme == "tsssu"]
    day_after = date.fromordinal(year_on.toordinal() + 1)
    stale = [f for f in check_catalogue(catalogue, day_after) if f.kind == "stale"]
    assert any(f.programme == "tsssu" for f in stale)
    assert not any(f.blocking for f in stale)
