"""Side-by-side comparison of 2–4 programmes from a ranking (used by the GUI and the sheet)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model.langs import Lang
from ..words.glossary import term
from ..words.labels import CONFIDENCE_LABELS, format_hkd, label_in

if TYPE_CHECKING:
    from ..model.ranking import CriterionOutcome, ProgrammeOutcome, Ranking

MIN_COMPARE, MAX_COMPARE = 2, 4


# Each comparison row and the glossary term that heads it.
ROW_TERMS: dict[str, str] = {
    "status": "your_status",
    "score": "fit_score",
    "confidence": "sources",
    "page": "official_page",
    "operator": "operator",
    "offer": "gives",
    "headline": "headline",
    "amount": "amount_hkd",
    "duration": "duration",
    "equity": "equity_terms",
    "stage": "stage",
    "sectors": "sectors",
    "location": "location",
    "requirements": "requirements",
    "preferences": "preferences",
    "apply": "apply",
}


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
        return term("not_stated", lang)
    if low:
        return f"{format_hkd(low, lang)} – {format_hkd(high, lang)}"
    return term("up_to", lang).format(amount=format_hkd(high, lang))


def _verdict_lines(criteria: list[CriterionOutcome], lang: Lang) -> str:
    return "\n".join(f"{term(c.verdict.value, lang)}: {c.explanation}" for c in criteria)


def _rules_on(outcome: ProgrammeOutcome, field: str, lang: Lang) -> str:
    touching = [c.explanation for c in outcome.criteria if field in c.fields]
    return "\n".join(touching) if touching else term("no_rule", lang)


def column_name(outcome: ProgrammeOutcome, lang: Lang) -> str:
    """A comparison column's heading: the acronym where there is one, else the short English
    name, or in Chinese the programme's Chinese name."""
    if outcome.acronym:
        return outcome.acronym
    return outcome.short_name if lang == "en" else outcome.name


def _confidence(outcome: ProgrammeOutcome, lang: Lang) -> str:
    if outcome.confidence is None:
        return term("not_stated", lang)
    return label_in(CONFIDENCE_LABELS, outcome.confidence, lang)


def compare(ranking: Ranking, programme_ids: list[str], lang: Lang = "en") -> list[CompareRow]:
    """Rows of the comparison table, one column per programme in the order given."""
    if not MIN_COMPARE <= len(programme_ids) <= MAX_COMPARE:
        raise ValueError(f"compare {MIN_COMPARE} to {MAX_COMPARE} programmes")
    chosen = [ranking.result(pid) for pid in programme_ids]
    cells = {
        "status": [term(o.status, lang) for o in chosen],
        "score": [str(o.score) for o in chosen],
        "confidence": [_confidence(o, lang) for o in chosen],
        "operator": [o.operator for o in chosen],
        "offer": [o.offer for o in chosen],
        "headline": [o.headline for o in chosen],
        "amount": [amount_text(o, lang) for o in chosen],
        "duration": [o.duration or term("not_stated", lang) for o in chosen],
        "equity": [term(o.equity, lang) for o in chosen],
        "stage": [_rules_on(o, "stage", lang) for o in chosen],
        "sectors": [_rules_on(o, "sectors", lang) for o in chosen],
        "location": [_rules_on(o, "location", lang) for o in chosen],
        "requirements": [_verdict_lines(o.requirements(), lang) for o in chosen],
        "preferences": [_verdict_lines(o.preferences(), lang) for o in chosen],
        "apply": [o.apply for o in chosen],
        "page": [o.url or term("not_stated", lang) for o in chosen],
    }
    return [CompareRow(key, term(ROW_TERMS[key], lang), values) for key, values in cells.items()]
