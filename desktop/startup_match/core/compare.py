"""Side-by-side comparison of 2–4 programmes from a ranking (used by the GUI and the sheet)."""

from __future__ import annotations

from dataclasses import dataclass

from .labels import CONFIDENCE_LABELS, format_hkd, label_in
from .ranking import CriterionOutcome, ProgrammeOutcome, Ranking
from .text import Lang, LocalText
from .text import tri as _t

MIN_COMPARE, MAX_COMPARE = 2, 4


ROW_LABELS: dict[str, LocalText] = {
    "status": _t("Your status", "你的資格狀況", "你的资格状况"),
    "score": _t("Fit score", "配對分數", "配对分数"),
    "confidence": _t("Sources", "資料來源", "资料来源"),
    "page": _t("Official page", "官方網頁", "官方网页"),
    "operator": _t("Operator", "營運機構", "营运机构"),
    "offer": _t("What it gives", "提供支援", "提供支援"),
    "headline": _t("Headline", "重點", "重点"),
    "amount": _t("Amount (HK$)", "金額（港元）", "金额（港元）"),
    "duration": _t("Duration", "期限", "期限"),
    "equity": _t("Equity", "股權", "股权"),
    "stage": _t("Stage", "發展階段", "发展阶段"),
    "sectors": _t("Sectors", "行業", "行业"),
    "location": _t("Location", "所在地", "所在地"),
    "requirements": _t("Requirements", "必要條件", "必要条件"),
    "preferences": _t("Preferences", "優先條件", "优先条件"),
    "apply": _t("How to apply", "申請方法", "申请方法"),
}
WORDS: dict[str, LocalText] = {
    "eligible": _t("Eligible", "符合資格", "符合资格"),
    "possible": _t("Possible", "或符合資格", "或符合资格"),
    "ineligible": _t("Ineligible", "不符合資格", "不符合资格"),
    "met": _t("Met", "符合", "符合"),
    "unmet": _t("Unmet", "不符合", "不符合"),
    "unknown": _t("Unknown", "未知", "未知"),
    "no_equity": _t("No equity taken", "不涉及股權", "不涉及股权"),
    "equity": _t("Takes equity", "涉及股權", "涉及股权"),
    "not_stated": _t("Not stated in the sources", "資料來源未有說明", "资料来源未有说明"),
    "no_rule": _t("No rule", "沒有限制", "没有限制"),
    "up_to": _t("Up to {amount}", "最多 {amount}", "最多 {amount}"),
}


def word(key: str, lang: Lang) -> str:
    return WORDS[key].get(lang) if key in WORDS else key


@dataclass(frozen=True)
class CompareRow:
    key: str
    label: str
    values: list[str]

    @property
    def differs(self) -> bool:
        return len(set(self.values)) > 1


def amount_text(outcome: ProgrammeOutcome, lang: Lang) -> str:
    """The cited amount: a range, "up to" a maximum, or not stated."""
    low, high = outcome.min_amount_hkd, outcome.max_amount_hkd
    if high is None:
        return word("not_stated", lang)
    if low:
        return f"{format_hkd(low, lang)} – {format_hkd(high, lang)}"
    return word("up_to", lang).format(amount=format_hkd(high, lang))


def _verdict_lines(criteria: list[CriterionOutcome], lang: Lang) -> str:
    return "\n".join(f"{word(c.verdict.value, lang)}: {c.explanation}" for c in criteria)


def _rules_on(outcome: ProgrammeOutcome, field: str, lang: Lang) -> str:
    touching = [c.explanation for c in outcome.criteria if field in c.fields]
    return "\n".join(touching) if touching else word("no_rule", lang)


def column_name(outcome: ProgrammeOutcome, lang: Lang) -> str:
    """A comparison column's heading: the acronym where there is one, else the short English
    name, or in Chinese the programme's Chinese name."""
    if outcome.acronym:
        return outcome.acronym
    return outcome.short_name if lang == "en" else outcome.name


def _confidence(outcome: ProgrammeOutcome, lang: Lang) -> str:
    if outcome.confidence is None:
        return word("not_stated", lang)
    return label_in(CONFIDENCE_LABELS, outcome.confidence, lang)


def compare(ranking: Ranking, programme_ids: list[str], lang: Lang = "en") -> list[CompareRow]:
    """Rows of the comparison table, one column per programme in the order given."""
    if not MIN_COMPARE <= len(programme_ids) <= MAX_COMPARE:
        raise ValueError(f"compare {MIN_COMPARE} to {MAX_COMPARE} programmes")
    chosen = [ranking.result(pid) for pid in programme_ids]
    cells = {
        "status": [word(o.status, lang) for o in chosen],
        "score": [str(o.score) for o in chosen],
        "confidence": [_confidence(o, lang) for o in chosen],
        "operator": [o.operator for o in chosen],
        "offer": [o.offer for o in chosen],
        "headline": [o.headline for o in chosen],
        "amount": [amount_text(o, lang) for o in chosen],
        "duration": [o.duration or word("not_stated", lang) for o in chosen],
        "equity": [word(o.equity, lang) for o in chosen],
        "stage": [_rules_on(o, "stage", lang) for o in chosen],
        "sectors": [_rules_on(o, "sectors", lang) for o in chosen],
        "location": [_rules_on(o, "location", lang) for o in chosen],
        "requirements": [_verdict_lines(o.requirements(), lang) for o in chosen],
        "preferences": [_verdict_lines(o.preferences(), lang) for o in chosen],
        "apply": [o.apply for o in chosen],
        "page": [o.url or word("not_stated", lang) for o in chosen],
    }
    return [CompareRow(key, ROW_LABELS[key].get(lang), values) for key, values in cells.items()]
