"""The app's domain words in its three languages, each defined once: statuses, verdicts,
column and section headings. The window, the sheet, the comparison and the command line all
say them through `term`; Qt's .ts files keep only the window's own wording (menus, buttons,
prompts)."""

from __future__ import annotations

from ..model.langs import Lang
from ..model.text import LocalText, tri
from .labels import FIELD_LABELS

TERMS: dict[str, LocalText] = {
    "eligible": tri("Eligible", "符合資格", "符合资格"),
    "possible": tri("Possible", "或符合資格", "或符合资格"),
    "ineligible": tri("Ineligible", "不符合資格", "不符合资格"),
    "met": tri("Met", "符合", "符合"),
    "unmet": tri("Unmet", "不符合", "不符合"),
    "unknown": tri("Unknown", "未知", "未知"),
    "no_equity": tri("No equity taken", "不涉及股權", "不涉及股权"),
    "equity": tri("Takes equity", "涉及股權", "涉及股权"),
    "not_stated": tri("Not stated in the sources", "資料來源未有說明", "资料来源未有说明"),
    "no_rule": tri("No rule", "沒有限制", "没有限制"),
    "up_to": tri("Up to {amount}", "最多 {amount}", "最多 {amount}"),
    "heading": tri("Support programme matches", "支援計劃配對結果", "支援计划配对结果"),
    "prepared": tri("Prepared on", "編製日期", "编制日期"),
    "catalogue": tri("Catalogue", "計劃目錄", "计划目录"),
    "profile": tri("The start-up in brief", "初創企業概覽", "初创企业概览"),
    "ranking": tri("Programmes, ranked", "計劃排名", "计划排名"),
    "rank": tri("#", "#", "#"),
    "programme": tri("Programme", "計劃", "计划"),
    "status": tri("Status", "狀況", "状况"),
    "fit": tri("Fit", "配對", "配对"),
    "gives": tri("What it gives", "提供支援", "提供支援"),
    "reasons": tri(
        "Why: the top matches criterion by criterion",
        "原因：主要配對計劃逐項分析",
        "原因：主要配对计划逐项分析",
    ),
    "criterion": tri("Criterion", "條件", "条件"),
    "verdict": tri("Verdict", "結果", "结果"),
    "source": tri("Source", "資料來源", "资料来源"),
    "requirement": tri("Requirement", "必要條件", "必要条件"),
    "preference": tri("Preference", "優先條件", "优先条件"),
    "hints": tri("What would change it", "如何改變結果", "如何改变结果"),
    "near_misses": tri(
        "Near misses: what would make them fit",
        "差一點符合：如何才能符合",
        "差一点符合：如何才能符合",
    ),
    "comparison": tri("Comparison", "比較", "比较"),
    "sources": tri("Sources", "資料來源", "资料来源"),
    "general_knowledge": tri(
        "General knowledge, public source", "一般資料，公開來源", "一般资料，公开来源"
    ),
    "apply": tri("How to apply", "申請方法", "申请方法"),
    "page": tri(
        "Page {page} of {pages}", "第 {page} 頁，共 {pages} 頁", "第 {page} 页，共 {pages} 页"
    ),
    "none": tri("Not given", "未提供", "未提供"),
    "yes": tri("Yes", "是", "是"),
    "no": tri("No", "否", "否"),
    "notes": tri("Notes", "備註", "备注"),
    "amount": tri("Amount", "金額", "金额"),
    "duration": tri("Duration", "期限", "期限"),
    "equity_terms": tri("Equity", "股權", "股权"),
    "operator": tri("Operator", "營運機構", "营运机构"),
    "checked": tri("checked", "查閱於", "查阅于"),
    "facts_checked": tri("facts checked", "資料查閱於", "资料查阅于"),
    "official_page": tri("Official page", "官方網頁", "官方网页"),
    "confidence": tri("Confidence", "可信程度", "可信程度"),
    "next_steps": tri("What to do next", "下一步", "下一步"),
    "summary": tri("Look at these first", "首先考慮這些計劃", "首先考虑这些计划"),
    "summary_none": tri(
        "No programme is open to this start-up now; "
        "the near misses below say what would change that.",
        "目前沒有計劃適合這家初創企業；下方「差一點符合」說明如何改變。",
        "目前没有计划适合这家初创企业；下方「差一点符合」说明如何改变。",
    ),
    "group_asked": tri("Matches what you asked for", "符合你所需的支援", "符合你所需的支援"),
    "group_open": tri("Also open to you", "你亦可申請", "你亦可申请"),
    "group_closed": tri(
        "Not open now (near misses first)",
        "暫不符合（差一點符合的排先）",
        "暂不符合（差一点符合的排先）",
    ),
    "headline": tri("Headline", "重點", "重点"),
    "near_misses_line": tri(
        "Near misses — what would change them:",
        "差一點符合——如何改變結果：",
        "差一点符合——如何改变结果：",
    ),
    "your_status": tri("Your status", "你的資格狀況", "你的资格状况"),
    "fit_score": tri("Fit score", "配對分數", "配对分数"),
    "amount_hkd": tri("Amount (HK$)", "金額（港元）", "金额（港元）"),
    "stage": FIELD_LABELS["stage"],
    "sectors": FIELD_LABELS["sectors"],
    "location": FIELD_LABELS["location"],
    "requirements": tri("Requirements", "必要條件", "必要条件"),
    "preferences": tri("Preferences", "優先條件", "优先条件"),
    "match": tri("Match", "分組", "分组"),
    "asked_for": tri("Asked for", "符合所需", "符合所需"),
    "also_open": tri("Also open", "亦可申請", "亦可申请"),
    "not_open": tri("Not open now", "暫不符合", "暂不符合"),
}


# A group's word in a column ("Asked for"), and its title above the group's programmes.
GROUP_WORDS = {"asked": "asked_for", "open": "also_open", "closed": "not_open"}
GROUP_TITLES = {"asked": "group_asked", "open": "group_open", "closed": "group_closed"}


def term(key: str, lang: Lang) -> str:
    """`key` in `lang`; an unknown key (a value from newer data) is shown as it is."""
    found = TERMS.get(key)
    return found.get(lang) if found is not None else key


# How to apply, part by part, as the details and the sheet label each published part.
HOW_TO_APPLY_LABELS: dict[str, LocalText] = {
    "contact": TERMS["apply"],  # the same words as the catalogue's own "apply" line
    "rounds": tri("When", "申請時間", "申请时间"),
    "documents": tri("Prepare", "準備文件", "准备文件"),
    "stacking": tri("Other funding", "其他資助", "其他资助"),
}


def how_to_apply_label(part: str, lang: Lang) -> str:
    """The label a line of how to apply starts with: "How to apply: ", "申請方法：" …"""
    return (HOW_TO_APPLY_LABELS[part].get(lang) or "") + (": " if lang == "en" else "：")


def cites_the_route(how_to_apply: list[str], lang: Lang) -> bool:
    """Whether these lines include the operator's own words on where to apply, which then
    stand in place of the catalogue's short "apply" line (they said the same twice)."""
    start = how_to_apply_label("contact", lang)
    return any(line.startswith(start) for line in how_to_apply)
