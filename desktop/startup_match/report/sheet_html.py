"""Build the summary sheet as HTML (pure: no Qt). Every user-typed text is escaped.

The first pages stand alone: who the start-up is, the programmes to look at first (what each
gives, the next step, the official page), what would open more, the comparison if one was made
and, when asked for, the adviser's notes. The appendix, which may be left out, follows from a
new page: every programme, the reasons criterion by criterion, and the sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..core.consultation.compare import column_name, compare
from ..core.consultation.consultation import Consultation
from ..core.model.langs import Lang
from ..core.model.profile import Profile
from ..core.model.ranking import ProgrammeOutcome, Ranking
from ..core.model.text import MAX_NOTES, LocalText, tri
from ..core.plan.text import event_line, plan_sections
from ..core.words.glossary import term
from ..core.words.labels import field_label, format_hkd, value_label
from .html_parts import (
    GAP,
    STATUS_COLOURS,
    STYLE,
    confidence_html,
    e,
    link,
    programme_details_html,
    row_table,
    row_tables,
    status_html,
)
from .sheet_appendix import GROUPS, appendix_html, group_of

__all__ = ["STATUS_COLOURS", "SheetInput", "build_sheet_html", "programme_details_html"]

SUMMARY_COUNT = 5  # programmes to look at first
OPEN_MORE_COUNT = 5  # near misses on the first pages

WORDS: dict[str, LocalText] = {
    "appendix": tri(
        "Appendix: every programme, criterion by criterion",
        "附錄：所有計劃逐項分析",
        "附录：所有计划逐项分析",
    ),
    "open_more": tri("What would open more programmes", "如何符合更多計劃", "如何符合更多计划"),
    "open_more_none": tri(
        "No programme that is not open now is only one or two steps away.",
        "暫不符合的計劃都不只差一兩項條件。",
        "暂不符合的计划都不只差一两项条件。",
    ),
    "more_in_appendix": tri(
        "{count} more in the appendix.", "另有 {count} 個載於附錄。", "另有 {count} 个载于附录。"
    ),
    "counts": tri(
        "{total} programmes checked: {asked} match what you asked for, {open} more are open to "
        "you, {closed} are not open now.",
        "共查核 {total} 個計劃：{asked} 個符合你所需的支援，另有 {open} 個你亦可申請，"
        "{closed} 個暫不符合。",
        "共查核 {total} 个计划：{asked} 个符合你所需的支援，另有 {open} 个你亦可申请，"
        "{closed} 个暂不符合。",
    ),
    "see_appendix": tri(
        "The appendix lists them all, with every criterion and its source.",
        "附錄列出全部計劃，以及每項條件和資料來源。",
        "附录列出全部计划，以及每项条件和资料来源。",
    ),
    "in_the_way": tri("Not met or not known", "不符合或未知", "不符合或未知"),
    "all_met": tri("Every requirement met", "全部必要條件均符合", "全部必要条件均符合"),
    "summary_only": tri(
        "This is the summary: the sheet with its appendix lists every programme, with every "
        "criterion and its source.",
        "此為摘要：附有附錄的版本列出全部計劃，以及每項條件和資料來源。",
        "此为摘要：附有附录的版本列出全部计划，以及每项条件和资料来源。",
    ),
}


def word(key: str, lang: Lang) -> str:
    return WORDS[key].get(lang)


@dataclass(frozen=True, kw_only=True)
class SheetInput(Consultation):
    """A consultation as printed: with the day the sheet was prepared, whether the appendix
    follows the first pages, and whether the adviser's notes are printed (only when asked)."""

    prepared: date = field(default_factory=date.today)
    with_appendix: bool = True
    with_notes: bool = False

    @classmethod
    def of(
        cls,
        shown: Consultation,
        ranking: Ranking | None = None,
        *,
        with_appendix: bool = True,
        with_notes: bool = False,
    ) -> SheetInput:
        """`shown`, printed today; with `ranking`, those results in place of its own."""
        return cls(
            profile=shown.profile,
            ranking=shown.ranking if ranking is None else ranking,
            title=shown.title,
            notes=shown.notes,
            comparison=shown.comparison,
            with_appendix=with_appendix,
            with_notes=with_notes,
        )


def _profile_value(name: str, value: object, lang: Lang) -> str:
    if isinstance(value, bool):
        return term("yes" if value else "no", lang)
    if isinstance(value, list):
        if not value:
            return "—"
        if name == "university_links":
            return ", ".join(
                f"{value_label(link.university, lang)} ({value_label(link.role, lang)})"
                for link in value
            )
        return ", ".join(value_label(item, lang) for item in value)
    if name.endswith("_hkd") and isinstance(value, int):
        return format_hkd(value, lang)
    if hasattr(value, "value"):
        return value_label(value.value, lang)
    return str(value)


def _profile(profile: Profile, lang: Lang) -> str:
    """Who the start-up is: every answer given, two to a row."""
    pairs = [
        [f"<b>{e(field_label(name, lang))}</b>", e(_profile_value(name, value, lang))]
        for name in Profile.model_fields
        if name != "company_name" and (value := getattr(profile, name)) is not None
    ]
    title = f"{GAP}<h2>{e(term('profile', lang))}</h2>"
    if not pairs:
        return f"{title}<p>{e(term('none', lang))}</p>"
    rows = [
        pairs[n] + (pairs[n + 1] if n + 1 < len(pairs) else ["", ""])
        for n in range(0, len(pairs), 2)
    ]
    return title + row_tables(rows, ["22%", "28%", "22%", ""])


def _first_steps(outcome: ProgrammeOutcome) -> str:
    step = outcome.hints[0] if outcome.hints else outcome.apply
    page = f"<br/><span class='small'>{link(outcome.url)}</span>" if outcome.url else ""
    return f"{e(step)}{page}"


def _look_first(ranking: Ranking, lang: Lang) -> str:
    """The answer: the programmes to look at first, what each gives, the next step and where
    to read more."""
    # Only programmes whose rules rest on some published source; unconfirmed ones stay in the
    # appendix, marked as such.
    open_now = [
        o for o in ranking.results if o.status != "ineligible" and o.confidence != "unconfirmed"
    ][:SUMMARY_COUNT]
    title = f"{GAP}<h2>{e(term('summary', lang))}</h2>"
    if not open_now:
        return f"{title}<p>{e(term('summary_none', lang))}</p>"
    rows = [
        [
            f"<b>{e(o.display_name())}</b><br/>{status_html(o.status, lang)}"
            f" · <span class='small'>{confidence_html(o, lang)}</span>",
            e(o.headline),
            _first_steps(o),
        ]
        for o in open_now
    ]
    head = [e(term(k, lang)) for k in ("programme", "gives", "next_steps")]
    return title + row_tables(rows, ["34%", "26%", ""], head)


def _open_more(ranking: Ranking, lang: Lang, with_appendix: bool) -> str:
    """The near misses: programmes not open now that one or two changes would open."""
    near = [o for o in ranking.results if o.status == "ineligible" and o.hints]
    title = f"{GAP}<h2>{e(word('open_more', lang))}</h2>"
    if not near:
        return f"{title}<p>{e(word('open_more_none', lang))}</p>"
    rows = [
        [
            f"<b>{e(o.display_name())}</b><br/><span class='small'>{e(o.headline)}</span>",
            "<br/>".join(e(hint) for hint in o.hints),
        ]
        for o in near[:OPEN_MORE_COUNT]
    ]
    head = [e(term("programme", lang)), e(term("hints", lang))]
    more = len(near) - OPEN_MORE_COUNT
    after = (
        f"<p class='small'>{e(word('more_in_appendix', lang).format(count=more))}</p>"
        if more > 0 and with_appendix
        else ""
    )
    return title + row_tables(rows, ["34%", ""], head) + after


# The comparison's rows on the first pages: what each gives and what stands in its way. The
# appendix gives each compared programme criterion by criterion.
COMPARED_ROWS = ("status", "score", "confidence", "headline", "amount", "duration", "equity")


def _plan(ranking: Ranking, lang: Lang) -> str:
    """The plan kept with the ranking: questions first, the best changes, the timeline."""
    plan = ranking.plan
    if plan is None:
        return ""
    parts = []
    for section in plan_sections(plan, lang, most=OPEN_MORE_COUNT):
        parts.append(f"<h3>{e(section.heading)}</h3>")
        if section.lead:
            parts.append(f"<p>{e(section.lead)}</p>")
        if section.items:
            tag = "ol" if section.numbered else "ul"
            items = "".join(f"<li>{e(line)}</li>" for line in section.items)
            parts.append(f"<{tag}>{items}</{tag}>")
    warned = "".join(
        f"<b>{e(event_line(x, lang))}</b><br/>" for x in plan.timeline if x.apply_before
    )
    if warned:
        parts.append(f"<p>{warned}</p>")
    return "".join(parts)


def _in_the_way(outcome: ProgrammeOutcome, lang: Lang) -> str:
    lines = [
        f"{term(c.verdict.value, lang)}: {c.explanation}"
        for c in outcome.requirements()
        if c.verdict.value != "met"
    ]
    return "\n".join(lines) or word("all_met", lang)


def _compared_value(value: str) -> str:
    """A cell of the comparison; an official page as a link in small print (its address would
    take a cell of its own lines)."""
    if value.startswith(("https://", "http://")):
        return f"<span class='small'>{link(value)}</span>"
    return e(value)


def _comparison(ranking: Ranking, ids: list[str], lang: Lang) -> str:
    """The programmes compared, side by side, the rows where they differ shaded; one table a
    row, so no page cuts a row."""
    names = [e(column_name(ranking.result(pid), lang)) for pid in ids]
    share = f"{80 // len(ids)}%"
    widths = ["20%", *([share] * (len(ids) - 1)), ""]
    rows = [(row.label, row.values) for row in compare(ranking, ids, lang)]
    keys = [row.key for row in compare(ranking, ids, lang)]
    shown = [rows[keys.index(key)] for key in COMPARED_ROWS]
    shown.append((word("in_the_way", lang), [_in_the_way(ranking.result(p), lang) for p in ids]))
    shown.append(rows[keys.index("page")])
    parts = [f"{GAP}<h2>{e(term('comparison', lang))}</h2>"]
    for index, (label, values) in enumerate(shown):
        parts.append(
            row_table(
                [f"<b>{e(label)}</b>", *(_compared_value(v) for v in values)],
                widths,
                ["", *names] if index == 0 else None,
                row_class="differs" if len(set(values)) > 1 else "",
            )
        )
    return "".join(parts)


def _counts(ranking: Ranking, lang: Lang, with_appendix: bool) -> str:
    groups = [group_of(o) for o in ranking.results]
    asked, open_, closed = (groups.count(g) for g in GROUPS)
    line = word("counts", lang).format(total=len(groups), asked=asked, open=open_, closed=closed)
    after = word("see_appendix" if with_appendix else "summary_only", lang)
    space = " " if lang == "en" else ""  # Chinese sentences follow one another unspaced
    return f"{GAP}<p>{e(line)}{space}{e(after)}</p>"


def build_sheet_html(sheet: SheetInput, lang: Lang = "en") -> str:
    ranking = sheet.ranking
    session = f" · {e(sheet.title)}" if sheet.title else ""
    parts = [
        f"<html><head><meta charset='utf-8'/><style>{STYLE}</style></head><body>",
        f"<h1>{e(sheet.profile.company_name)}</h1>",
        f"<p class='meta'>{e(term('heading', lang))}{session} · "
        f"{e(term('prepared', lang))} {sheet.prepared.isoformat()} · "
        f"{e(term('catalogue', lang))} {e(ranking.catalogue.version)} "
        f"({e(ranking.catalogue.date)})</p>",
        _profile(sheet.profile, lang),
        _look_first(ranking, lang),
        _open_more(ranking, lang, sheet.with_appendix),
        _plan(ranking, lang),
    ]
    # Only programmes in this ranking: an edited import could name one that is not.
    comparison = sheet.compared()[:4]
    if len(comparison) >= 2:
        parts.append(_comparison(ranking, comparison, lang))
    if sheet.with_notes and sheet.notes.strip():
        notes = sheet.notes[:MAX_NOTES] + ("…" if len(sheet.notes) > MAX_NOTES else "")
        parts.append(f"{GAP}<h2>{e(term('notes', lang))}</h2><p>{e(notes)}</p>")
    parts += [
        _counts(ranking, lang, sheet.with_appendix),
        f"<p class='disclaimer'>{e(ranking.catalogue.disclaimer)}</p>",
    ]
    if sheet.with_appendix:
        parts.append(appendix_html(ranking, word("appendix", lang), lang, comparison))
    parts.append("</body></html>")
    return "".join(parts)
