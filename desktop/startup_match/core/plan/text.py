"""The plan in words, section by section: shared by `startup-match plan`, the Plan pane and the
summary sheet."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.langs import Lang
from ..model.plan import Event, FounderPlan, Suggestion
from ..model.text import tri
from ..words.glossary import term
from .changes import EFFORT_LABELS

QUESTIONS = tri("Questions first", "先回答這些問題", "先回答这些问题")
MORE = tri("Changes that would open more", "可開放更多計劃的改變", "可开放更多计划的改变")
TIMELINE = tri("Timeline", "時間表", "时间表")
_NOTHING = tri(
    "No change you could make opens another programme now.",
    "目前沒有可作出的改變能開放更多計劃。",
    "目前没有可作出的改变能开放更多计划。",
)
_NO_EVENTS = tri(
    "No age rule opens or closes a programme for this company from now on.",
    "此後沒有年資規則會令計劃開放或截止。",
    "此后没有年资规则会令计划开放或截止。",
)
_OPENS = tri("opens {count}", "開放{count}項", "开放{count}项")
_KIND = {
    "opens": tri("opens", "開始符合資格", "开始符合资格"),
    "closes": tri("last day", "最後符合資格日", "最后符合资格日"),
}
_ROUTE = tri("one route", "其中一個途徑", "其中一个途径")
_APPLY_BEFORE = tri("apply before", "請於此日前申請", "请于此日前申请")
_SEP = {"en": "; ", "zh-Hant": "；", "zh-Hans": "；"}


@dataclass(frozen=True)
class Section:
    heading: str
    lead: str | None  # a line before the items
    items: list[str]
    numbered: bool = False


def suggestion_line(suggestion: Suggestion, lang: Lang) -> str:
    """ "Incorporate a limited company in Hong Kong (paperwork) — opens 3: CCMF (possible), …"."""
    left, right, comma, colon = (
        ("（", "）", "、", "：") if lang != "en" else (" (", ")", ", ", ": ")
    )
    steps = " + ".join(
        f"{step.text}{left}{EFFORT_LABELS[step.effort].get(lang)}{right}"
        for step in suggestion.steps
    )
    opened = comma.join(f"{o.name}{left}{term(o.after, lang)}{right}" for o in suggestion.opens)
    return f"{steps} — {_OPENS.get(lang).format(count=len(suggestion.opens))}{colon}{opened}"


def event_line(event: Event, lang: Lang) -> str:
    colon = ": " if lang == "en" else "："
    parts = [f"{event.date.isoformat()}  {event.name}{colon}{_KIND[event.kind].get(lang)}"]
    if event.route:
        parts.append(_ROUTE.get(lang))
    if event.apply_before:
        parts.append(_APPLY_BEFORE.get(lang).upper() if lang == "en" else _APPLY_BEFORE.get(lang))
    parts.append(event.rounds)
    return _SEP[lang].join(parts)


def plan_sections(plan: FounderPlan, lang: Lang, most: int | None = None) -> list[Section]:
    """The questions, the suggestions (the first `most`, all when None) and the timeline."""
    questions = [q.text for q in plan.questions.items]
    suggestions = plan.suggestions if most is None else plan.suggestions[:most]
    more = [suggestion_line(s, lang) for s in suggestions]
    timeline = [event_line(event, lang) for event in plan.timeline]
    return [
        Section(QUESTIONS.get(lang), plan.questions.headline, questions),
        Section(MORE.get(lang), None if more else _NOTHING.get(lang), more, numbered=True),
        Section(
            TIMELINE.get(lang),
            plan.timeline_note or (None if timeline else _NO_EVENTS.get(lang)),
            timeline,
        ),
    ]


def _width(text: str) -> int:
    """Columns on a terminal: CJK characters take two."""
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def format_plan(plan: FounderPlan, lang: Lang) -> str:
    blocks = []
    for section in plan_sections(plan, lang):
        lines = [section.heading, "-" * _width(section.heading)]
        if section.lead:
            lines.append(section.lead)
        lines += [
            f"{n}. {item}" if section.numbered else f"• {item}"
            for n, item in enumerate(section.items, start=1)
        ]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
