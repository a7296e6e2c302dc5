"""The sheet's content, checked on the HTML (no Qt needed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import unescape

from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.core.plan.planner import make_plan
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
    assert "Helix Lab Limited" in html
    assert "Comparison" in html
    assert "Near misses" in html and "Appendix" in html


def test_notes_are_printed_only_when_asked(sheet: SheetInput) -> None:
    assert sheet.notes == "Follow up in two weeks"
    assert "Follow up in two weeks" not in build_sheet_html(sheet)
    asked = replace(sheet, with_notes=True)
    assert "Follow up in two weeks" in build_sheet_html(asked)


def test_the_summary_stands_alone_without_the_appendix(sheet: SheetInput) -> None:
    html = unescape(build_sheet_html(replace(sheet, with_appendix=False)))
    for heading in ("The start-up in brief", "Look at these first", "What would open more"):
        assert heading in html
    assert "Comparison" in html and "indicative only" in html
    assert "Appendix" not in html and "Programmes, ranked" not in html
    assert "Sources" not in html.replace("Sources</b>", "")  # only the comparison's row
    full = unescape(build_sheet_html(sheet))
    assert full.index("indicative only") < full.index("Appendix") < full.index("Programmes, ranked")


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


def test_sheet_opens_with_the_company_and_what_to_look_at_first(sheet: SheetInput) -> None:
    html = unescape(build_sheet_html(sheet))
    assert "<h1>Helix Lab Limited</h1>" in html
    assert html.index("The start-up in brief") < html.index("Look at these first")
    summary = html[html.index("Look at these first") : html.index("What would open more")]
    first = [
        o
        for o in sheet.ranking.results
        if o.status != "ineligible" and o.confidence != "unconfirmed"
    ][:5]
    assert first
    for outcome in first:
        assert outcome.display_name() in summary
        assert outcome.headline in summary
    assert "HKSTP TechConnect" not in summary  # unconfirmed: only in the full list
    assert "What to do next" in summary


def test_ranking_reads_in_groups_in_order(sheet: SheetInput) -> None:
    html = unescape(build_sheet_html(sheet))
    positions = [
        html.index(title)
        for title in ("Matches what you asked for", "Also open to you", "Not open now")
        if title in html
    ]
    assert len(positions) >= 2 and positions == sorted(positions)


def test_chinese_sheet_writes_amounts_in_wan_and_translates_the_comparison(
    sheet: SheetInput,
) -> None:
    ranking = rank(default_catalogue(), sheet.profile, "zh-Hant")
    zh = SheetInput(profile=sheet.profile, ranking=ranking, comparison=sheet.comparison)
    html = unescape(build_sheet_html(zh, "zh-Hant"))
    assert "最多 150萬港元" in html and "HK$1.5M" not in html
    comparison = html[html.index("<h2>比較</h2>") :]
    assert "TSSSU" in comparison and "香港科技園公司 TechConnect（與微軟合作）" in comparison


def test_bidirectional_overrides_cannot_reverse_text_on_the_sheet(sheet: SheetInput) -> None:
    profile = sheet.profile.model_copy(update={"company_name": "Helix \u202eLab\u202c Limited"})
    html = build_sheet_html(SheetInput(profile=profile, ranking=sheet.ranking))
    assert "\u202e" not in html and "\u202c" not in html
    assert "Helix Lab Limited" in html


def test_the_sheet_prints_the_plan_kept_with_the_ranking() -> None:
    catalogue = default_catalogue()
    profile = Profile(
        company_name="Planned",
        incorporated_in_hk=True,
        incorporated_on=date(2025, 3, 1),
        team_size=3,
        technical_staff=1,
        technical_team_equity_pct=50,
    )
    ranking = rank(catalogue, profile, "en", date(2026, 12, 7))
    plan = make_plan(catalogue, profile, "en", ranking.on)
    with_plan = ranking.model_copy(update={"plan": plan})
    text = build_sheet_html(SheetInput(profile=profile, ranking=with_plan), "en")
    assert "Changes that would open more" in text and "Timeline" in text
    assert "Hire 1 more full-time technical staff" in text
    assert "2027-03-01" in text
    assert "Changes that would open more" not in build_sheet_html(
        SheetInput(profile=profile, ranking=ranking), "en"
    )


def test_the_route_to_apply_is_said_once_in_the_operators_words() -> None:
    """Where the operator publishes where to apply, the details and the appendix give its words
    (with the passage) and not also the catalogue's short line: they said it twice."""
    from startup_match.report.html_parts import programme_details_html

    profile = Profile(company_name="Helix Lab", team_size=3)
    for lang, route, short in (
        ("en", "How to apply: ", "How to apply:</b>"),
        ("zh-Hant", "申請方法：", "申請方法:</b>"),
    ):
        ranking = rank(default_catalogue(), profile, lang)
        cited = unescape(programme_details_html(ranking.result("hkstp-incubation"), lang))
        assert cited.count(route) == 1 and short not in cited, lang
        uncited = unescape(programme_details_html(ranking.result("hkstp-ideation"), lang))
        assert short in uncited and route not in uncited, lang
        compared = ["hkstp-incubation", "hkstp-ideation"]  # so both are set out in full
        sheet = SheetInput(profile=profile, ranking=ranking, comparison=compared)
        appendix = unescape(build_sheet_html(sheet, lang))
        assert ranking.result("hkstp-incubation").apply not in appendix, lang
        assert ranking.result("hkstp-ideation").apply in appendix, lang
