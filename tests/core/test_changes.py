"""Which programmes change status between a saved ranking and the current catalogue."""

from __future__ import annotations

from startup_match.core.consultation.changes import describe_change, status_changes
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking


def test_nothing_changes_against_itself() -> None:
    ranking = rank(default_catalogue(), Profile(company_name="Same"))
    assert status_changes(ranking, ranking) == []


def test_changed_withdrawn_and_new_programmes_are_named_in_the_language() -> None:
    catalogue = default_catalogue()
    current = rank(catalogue, Profile(company_name="Co", incorporated_in_hk=False), "zh-Hant")
    ccmf = current.result("ccmf")
    gone = ccmf.model_copy(
        update={"id": "cyberport-start-up-support", "name": "數碼港數碼初創支援"}
    )
    saved = current.model_copy(
        update={
            "results": [
                r.model_copy(update={"status": "eligible"}) if r.id == "tsssu" else r
                for r in current.results
                if r.id != "techconnect"
            ]
            + [gone]
        }
    )
    lines = [describe_change(c, catalogue, "zh-Hant") for c in status_changes(saved, current)]
    assert "大學科技初創企業資助計劃: 符合資格 → 不符合資格" in lines
    assert any(
        line.startswith("數碼港數碼初創支援: 已撤回") and "數碼港創意微型基金" in line
        for line in lines
    )
    assert any(line.startswith("HKSTP TechConnect") or "TechConnect" in line for line in lines)


def test_sessions_saved_before_sources_had_standing_still_load() -> None:
    """A ranking stored by catalogue 2026.11.1: document and general-knowledge sources, no
    confidence, no acronym. It loads unchanged and shows as it was."""
    current = rank(default_catalogue(), Profile(company_name="Old")).model_dump(mode="json")
    result = current["results"][0]
    for key in ("acronym", "confidence", "kinds", "url", "search_names"):
        result.pop(key)
    for criterion in result["criteria"]:
        criterion["source"] = {
            "kind": "general_knowledge",
            "url": "https://www.itf.gov.hk/",
            "note": "ITF page",
        }
    result["source"] = {"kind": "document", "document": "hktdc-it-industry-2021", "title": "T"}
    for source in current["sources"]:
        source.pop("kind")
        source.pop("checked")
    old = Ranking.model_validate(current)
    assert old.results[0].confidence is None
    assert old.results[0].criteria[0].source.label() == "General knowledge: https://www.itf.gov.hk/"
