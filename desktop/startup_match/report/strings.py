"""Fixed text of the summary sheet in the three languages."""

from __future__ import annotations

from ..core.text import Lang, LocalText
from ..core.text import tri as _t

SHEET: dict[str, LocalText] = {
    "heading": _t("Support programme matches", "支援計劃配對結果", "支援计划配对结果"),
    "prepared": _t("Prepared on", "編製日期", "编制日期"),
    "catalogue": _t("Catalogue", "計劃目錄", "计划目录"),
    "profile": _t("The start-up in brief", "初創企業概覽", "初创企业概览"),
    "ranking": _t("Programmes, ranked", "計劃排名", "计划排名"),
    "rank": _t("#", "#", "#"),
    "programme": _t("Programme", "計劃", "计划"),
    "status": _t("Status", "狀況", "状况"),
    "score": _t("Fit", "配對", "配对"),
    "gives": _t("What it gives", "提供支援", "提供支援"),
    "reasons": _t(
        "Why: the top matches criterion by criterion",
        "原因：主要配對計劃逐項分析",
        "原因：主要配对计划逐项分析",
    ),
    "criterion": _t("Criterion", "條件", "条件"),
    "verdict": _t("Verdict", "結果", "结果"),
    "source": _t("Source", "資料來源", "资料来源"),
    "requirement": _t("Requirement", "必要條件", "必要条件"),
    "preference": _t("Preference", "優先條件", "优先条件"),
    "hints": _t("What would change it", "如何改變結果", "如何改变结果"),
    "near_misses": _t(
        "Near misses: what would make them fit",
        "差一點符合：如何才能符合",
        "差一点符合：如何才能符合",
    ),
    "comparison": _t("Comparison", "比較", "比较"),
    "sources": _t("Sources", "資料來源", "资料来源"),
    "general_knowledge": _t(
        "General knowledge, public source", "一般資料，公開來源", "一般资料，公开来源"
    ),
    "apply": _t("How to apply", "申請方法", "申请方法"),
    "page": _t(
        "Page {page} of {pages}", "第 {page} 頁，共 {pages} 頁", "第 {page} 页，共 {pages} 页"
    ),
    "none": _t("Not given", "未提供", "未提供"),
    "yes": _t("Yes", "是", "是"),
    "no": _t("No", "否", "否"),
    "notes": _t("Notes", "備註", "备注"),
    "amount": _t("Amount", "金額", "金额"),
    "duration": _t("Duration", "期限", "期限"),
    "equity": _t("Equity", "股權", "股权"),
    "operator": _t("Operator", "營運機構", "营运机构"),
    "checked": _t("checked", "查閱於", "查阅于"),
    "official_page": _t("Official page", "官方網頁", "官方网页"),
    "confidence": _t("Confidence", "可信程度", "可信程度"),
    "next_steps": _t("What to do next", "下一步", "下一步"),
    "summary": _t("Look at these first", "首先考慮這些計劃", "首先考虑这些计划"),
    "summary_none": _t(
        "No programme is open to this start-up now; "
        "the near misses below say what would change that.",
        "目前沒有計劃適合這家初創企業；下方「差一點符合」說明如何改變。",
        "目前没有计划适合这家初创企业；下方「差一点符合」说明如何改变。",
    ),
    "group_asked": _t("Matches what you asked for", "符合你所需的支援", "符合你所需的支援"),
    "group_open": _t("Also open to you", "你亦可申請", "你亦可申请"),
    "group_closed": _t(
        "Not open now (near misses first)",
        "暫不符合（差一點符合的排先）",
        "暂不符合（差一点符合的排先）",
    ),
}


def sheet_text(key: str, lang: Lang) -> str:
    return SHEET[key].get(lang)
