"""The sheet's content, checked on the HTML (no Qt needed)."""

from __future__ import annotations

from html import unescape

from startup_match.core.engine import rank
from startup_match.core.loader import default_catalogue
from startup_match.core.profile import Profile
from startup_match.report.sheet_html import SheetInput, build_sheet_html


def test_sheet_lists_every_programme_sources_and_disclaimer(sheet: SheetInput) -> None:
    html = unescape(build_sheet_html(sheet))
    for outcome in sheet.ranking.results:
        assert outcome.name in html
    for source in sheet.ranking.sources:
        assert source.title in html
    assert (
        "https://www.itf.gov.hk/en/funding-programmes/supporting-start-ups/tsssu/index.html" in html
    )
    assert "indicative only" in html
    assert "Helix Lab Limited" in html and "Follow up in two weeks" in html
    assert "Comparison" in html
    assert "Near misses" in html


def test_user_text_is_escaped() -> None:
    profile = Profile(company_name="<b>x</b> & <script>alert(1)</script>")
    sheet = SheetInput(
        profile=profile,
        ranking=rank(default_catalogue(), profile),
        title="<i>Title</i>",
        notes="<img src=x>",
    )
    html = build_sheet_html(sheet)
    assert "<b>x</b>" not in html and "<script>" not in html and "<img" not in html
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;" in html
    assert "&lt;i&gt;Title&lt;/i&gt;" in html


def test_no_comparison_section_without_a_comparison(sheet: SheetInput) -> None:
    html = build_sheet_html(
        SheetInput(profile=sheet.profile, ranking=sheet.ranking, comparison=["tsssu"])
    )
    assert "Comparison" not in html


def test_chinese_sheet_uses_chinese_labels(sheet: SheetInput) -> None:
    ranking = rank(default_catalogue(), sheet.profile, "zh-Hant")
    html = build_sheet_html(SheetInput(profile=sheet.profile, ranking=ranking), "zh-Hant")
    assert "計劃排名" in html and "大學科技初創企業資助計劃" in html
