"""The comparison table shows each programme's standing and official page beside its rules."""

from __future__ import annotations

from startup_match.core.consultation.compare import compare
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile


def test_compare_shows_confidence_and_page_in_the_language() -> None:
    ranking = rank(default_catalogue(), Profile(company_name="Co"), "zh-Hant")
    rows = {row.key: row for row in compare(ranking, ["tsssu", "techconnect"], "zh-Hant")}
    assert rows["confidence"].label == "資料來源"
    assert rows["confidence"].values == ["官方規則", "未經確認"]
    assert rows["confidence"].differs
    assert rows["page"].values[0].startswith("https://www.itf.gov.hk/")
    assert rows["page"].values[1] == "資料來源未有說明"
