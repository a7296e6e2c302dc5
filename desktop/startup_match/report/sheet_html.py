"""Build the summary sheet as HTML (pure: no Qt). Every user-typed text is escaped."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape

from .. import palette
from ..core.consultation.compare import amount_text, column_name, compare
from ..core.consultation.consultation import Consultation
from ..core.model.langs import Lang
from ..core.model.printable import without_bidi_controls
from ..core.model.profile import Profile
from ..core.model.ranking import CriterionOutcome, ProgrammeOutcome, Ranking, SourceRef
from ..core.model.text import MAX_NOTES
from ..core.plan.text import event_line, plan_sections
from ..core.words.glossary import term
from ..core.words.labels import (
    CONFIDENCE_LABELS,
    CONFIDENCE_NOTES,
    SOURCE_KIND_LABELS,
    field_label,
    format_hkd,
    label_in,
    value_label,
)

TOP_DETAILED = 5
STATUS_COLOURS = palette.STATUS
VERDICT_COLOURS = palette.VERDICT
CONFIDENCE_COLOURS = palette.CONFIDENCE

TABLE = (
    "<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-color:#c9d4de'>"
)
ROW_TABLE = (
    "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
    "style='border-color:#c9d4de; margin-top:0; margin-bottom:0'>"
)
SUMMARY_COUNT = 5
# Qt's text layout drops a heading's top margin after a table; an empty small paragraph keeps
# the space.
GAP = "<p style='font-size:6pt; margin:0'>&nbsp;</p>"
GROUPS = ("asked", "open", "closed")

STYLE = """
body { font-size: 9.5pt; color: #1a1a1a; }
h1 { font-size: 18pt; margin: 0 0 2pt 0; color: #0b3d62; }
h2 { font-size: 12.5pt; margin: 18pt 0 6pt 0; color: #0b3d62; }
h3 { font-size: 10.5pt; margin: 12pt 0 4pt 0; }
p.meta { color: #555555; margin: 0 0 6pt 0; }
table { border-collapse: collapse; }
th { background-color: #e8eef4; text-align: left; font-weight: bold; }
td, th { vertical-align: top; }
.small { font-size: 8pt; color: #555555; }
.disclaimer { font-size: 8.5pt; color: #444444; margin-top: 12pt; }
.differs { background-color: #fff4d6; }
td.caption { font-size: 10.5pt; font-weight: bold; background-color: #ffffff; padding-top: 4pt; }
"""


@dataclass(frozen=True, kw_only=True)
class SheetInput(Consultation):
    """A consultation as printed: with the day the sheet was prepared."""

    prepared: date = field(default_factory=date.today)

    @classmethod
    def of(cls, shown: Consultation, ranking: Ranking | None = None) -> SheetInput:
        """`shown`, printed today; with `ranking`, those results in place of its own."""
        return cls(
            profile=shown.profile,
            ranking=shown.ranking if ranking is None else ranking,
            title=shown.title,
            notes=shown.notes,
            comparison=shown.comparison,
        )


PLAN_SHOWN = 5  # the sheet's best changes (the Plan pane and `plan` list them all)


def _e(text: object) -> str:
    # Bidirectional overrides dropped: a name with U+202E would print reversed.
    return escape(without_bidi_controls(str(text)), quote=True).replace("\n", "<br/>")


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


def _profile_table(profile: Profile, lang: Lang) -> str:
    rows = []
    for name in Profile.model_fields:
        value = getattr(profile, name)
        if name == "company_name" or value is None:
            continue
        rows.append(
            f"<tr><th width='32%'>{_e(field_label(name, lang))}</th>"
            f"<td>{_e(_profile_value(name, value, lang))}</td></tr>"
        )
    if not rows:
        return f"<p>{_e(term('none', lang))}</p>"
    return f"{TABLE}{''.join(rows)}</table>"


def _status(status: str, lang: Lang) -> str:
    colour = STATUS_COLOURS[status]
    return f"<span style='color:{colour}; font-weight:bold'>{_e(term(status, lang))}</span>"


RANKING_COLUMNS = (("rank", "4%"), ("programme", "36%"), ("status", "12%"), ("fit", "6%"))


def _cells(cells: list[str], widths: list[str], tag: str) -> str:
    return "".join(
        f"<{tag}{f' width={w!r}' if w else ''}>{cell}</{tag}>"
        for cell, w in zip(cells, widths, strict=True)
    )


def _row_table(
    cells: list[str], widths: list[str], head: list[str] | None = None, caption: str = ""
) -> str:
    """One row as its own table: the renderer then keeps each row whole on one page. `head`
    (the column headings) and `caption` (a group's title) go in the same table, so they never
    end a page alone."""
    title = f"<tr><td colspan='{len(cells)}' class='caption'>{caption}</td></tr>" if caption else ""
    heading = f"<tr>{_cells(head, widths, 'th')}</tr>" if head else ""
    return f"{ROW_TABLE}{title}{heading}<tr>{_cells(cells, widths, 'td')}</tr></table>"


def _ranking_tables(ranking: Ranking, lang: Lang) -> str:
    """The programmes in three groups: what the founder asked for, what else is open to them,
    and what is not open now (near misses first)."""
    widths = [w for _, w in RANKING_COLUMNS] + [""]
    head = [_e(term(k, lang)) for k, _ in RANKING_COLUMNS] + [_e(term("gives", lang))]
    parts = []
    for group in GROUPS:
        members = [
            (position, o)
            for position, o in enumerate(ranking.results, start=1)
            if (o.group or ("closed" if o.status == "ineligible" else "open")) == group
        ]
        if not members:
            continue
        caption = _e(term(f"group_{group}", lang))
        parts.append(GAP)
        for index, (position, outcome) in enumerate(members):
            score = "—" if outcome.status == "ineligible" else str(outcome.score)
            parts.append(
                _row_table(
                    [
                        str(position),
                        f"<b>{_e(outcome.display_name())}</b><br/>"
                        f"<span class='small'>{_e(outcome.operator)}</span><br/>"
                        f"<span class='small'>{_confidence(outcome, lang)}</span>",
                        _status(outcome.status, lang),
                        score,
                        f"<b>{_e(outcome.headline)}</b><br/>{_e(outcome.offer)}",
                    ],
                    widths,
                    head if index == 0 else None,
                    caption if index == 0 else "",
                )
            )
    return "".join(parts)


def _first_steps(outcome: ProgrammeOutcome, lang: Lang) -> str:
    step = outcome.hints[0] if outcome.hints else outcome.apply
    link = f"<br/><span class='small'>{_e(outcome.url)}</span>" if outcome.url else ""
    return f"{_e(step)}{link}"


def _summary(ranking: Ranking, lang: Lang) -> str:
    """The first page's answer: the programmes to look at first, what each gives, the next
    step and where to read more."""
    # Only programmes whose rules rest on some published source; unconfirmed ones stay in the
    # full list below, marked as such.
    open_now = [
        o for o in ranking.results if o.status != "ineligible" and o.confidence != "unconfirmed"
    ][:SUMMARY_COUNT]
    title = f"{GAP}<h2>{_e(term('summary', lang))}</h2>"
    if not open_now:
        return f"{title}<p>{_e(term('summary_none', lang))}</p>"
    widths = ["34%", "26%", ""]
    head = [_e(term(k, lang)) for k in ("programme", "gives", "next_steps")]
    rows = [
        _row_table(
            [
                f"<b>{_e(o.display_name())}</b><br/>{_status(o.status, lang)}"
                f" · <span class='small'>{_confidence(o, lang)}</span>",
                _e(o.headline),
                _first_steps(o, lang),
            ],
            widths,
            head if index == 0 else None,
        )
        for index, o in enumerate(open_now)
    ]
    return title + "".join(rows)


def _source_label(source: SourceRef, lang: Lang) -> str:
    if source.kind == "general_knowledge":
        return f"{term('general_knowledge', lang)}: {source.url}"
    standing = label_in(SOURCE_KIND_LABELS, source.kind, lang)
    if source.checked:
        standing += f", {term('checked', lang)} {source.checked}"
    return f"{source.title} ({standing}) — “{source.passage}”"


def _confidence(outcome: ProgrammeOutcome, lang: Lang) -> str:
    """The programme's confidence word, coloured; empty for sessions saved before it existed."""
    if outcome.confidence is None:
        return ""
    colour = CONFIDENCE_COLOURS[outcome.confidence]
    text = label_in(CONFIDENCE_LABELS, outcome.confidence, lang)
    return f"<span style='color:{colour}'>{_e(text)}</span>"


def _confidence_note(outcome: ProgrammeOutcome, lang: Lang) -> str:
    if outcome.confidence is None:
        return ""
    note = label_in(CONFIDENCE_NOTES, outcome.confidence, lang)
    checked = outcome.facts_checked()
    when = f" ({_e(term('facts_checked', lang))} {_e(checked)})" if checked else ""
    return f"<p class='small'>{_confidence(outcome, lang)}: {_e(note)}{when}</p>"


def _criteria_table(criteria: list[CriterionOutcome], lang: Lang) -> str:
    rows = []
    for criterion in criteria:
        colour = VERDICT_COLOURS[criterion.verdict.value]
        kind = term(criterion.kind, lang)
        rows.append(
            "<tr>"
            f"<td width='14%' style='color:{colour}; font-weight:bold'>"
            f"{_e(term(criterion.verdict.value, lang))}</td>"
            f"<td width='44%'>{_e(criterion.explanation)}<br/>"
            f"<span class='small'>{_e(kind)}</span></td>"
            f"<td class='small'>{_e(_source_label(criterion.source, lang))}</td>"
            "</tr>"
        )
    head = "".join(f"<th>{_e(term(k, lang))}</th>" for k in ("verdict", "criterion", "source"))
    return f"{TABLE}<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"


def _details(outcome: ProgrammeOutcome, position: int, lang: Lang) -> str:
    parts = [
        f"<h3>{position}. {_e(outcome.display_name())} — {_status(outcome.status, lang)}, "
        f"{_e(term('fit', lang))} {outcome.score}</h3>",
        f"<p>{_e(outcome.description)}</p>",
        _confidence_note(outcome, lang),
        _criteria_table(outcome.criteria, lang),
        f"<p><b>{_e(term('apply', lang))}:</b> {_e(outcome.apply)}</p>",
        *(f"<p>{_e(line)}</p>" for line in outcome.how_to_apply),
    ]
    if outcome.hints:
        items = "".join(f"<li>{_e(h)}</li>" for h in outcome.hints)
        parts.append(f"<p><b>{_e(term('hints', lang))}</b></p><ul>{items}</ul>")
    return "".join(parts)


def _offer_table(outcome: ProgrammeOutcome, lang: Lang) -> str:
    rows = [
        ("gives", f"<b>{_e(outcome.headline)}</b><br/>{_e(outcome.offer)}"),
        ("amount", _e(amount_text(outcome, lang))),
        ("duration", _e(outcome.duration or term("not_stated", lang))),
        ("equity_terms", _e(term(outcome.equity, lang))),
        ("operator", _e(outcome.operator)),
        ("apply", _e(outcome.apply)),
        ("source", _e(_source_label(outcome.source, lang))),
    ]
    if outcome.url:
        rows.insert(6, ("official_page", f"<a href='{_e(outcome.url)}'>{_e(outcome.url)}</a>"))
    body = "".join(
        f"<tr><th width='22%'>{_e(term(key, lang))}</th><td>{value}</td></tr>"
        for key, value in rows
    )
    return f"{TABLE}{body}</table>"


def next_steps_html(outcome: ProgrammeOutcome, lang: Lang) -> str:
    """For an open programme, what to do next: the facts still to settle (as questions), the
    step someone else takes, how to apply and the official page. For one not open now, what
    would change it."""
    if outcome.status == "ineligible":
        if not outcome.hints:
            return ""
        changes = "".join(f"<li>{_e(h)}</li>" for h in outcome.hints)
        return f"<h3>{_e(term('hints', lang))}</h3><ul>{changes}</ul>"
    steps = [f"<li>{_e(h)}</li>" for h in outcome.hints]
    steps.append(f"<li><b>{_e(term('apply', lang))}:</b> {_e(outcome.apply)}</li>")
    steps += [f"<li>{_e(line)}</li>" for line in outcome.how_to_apply]
    if outcome.url:
        steps.append(
            f"<li><b>{_e(term('official_page', lang))}:</b> "
            f"<a href='{_e(outcome.url)}'>{_e(outcome.url)}</a></li>"
        )
    return f"<h3>{_e(term('next_steps', lang))}</h3><ul>{''.join(steps)}</ul>"


def programme_details_html(outcome: ProgrammeOutcome, lang: Lang = "en") -> str:
    """One programme in full, for the GUI's details pane; it leads with what to do next."""
    hints = next_steps_html(outcome, lang)
    return (
        f"<html><head><style>{STYLE}</style></head><body>"
        f"<h2>{_e(outcome.display_name())}</h2>"
        f"<p>{_status(outcome.status, lang)} · "
        f"{_e(term('fit', lang))} {outcome.score}/100</p>"
        f"{_confidence_note(outcome, lang)}"
        f"{hints}"
        f"<p>{_e(outcome.description)}</p>"
        f"{_offer_table(outcome, lang)}"
        f"<h3>{_e(term('criterion', lang))}</h3>"
        f"{_criteria_table(outcome.criteria, lang)}"
        "</body></html>"
    )


def _near_misses(ranking: Ranking, skip: set[str], lang: Lang) -> str:
    items = [
        f"<li><b>{_e(o.display_name())}</b>: {_e(' '.join(o.hints))}</li>"
        for o in ranking.results
        if o.status == "ineligible" and o.hints and o.id not in skip
    ]
    if not items:
        return ""
    return f"<h2>{_e(term('near_misses', lang))}</h2><ul>{''.join(items)}</ul>"


def _comparison(ranking: Ranking, ids: list[str], lang: Lang) -> str:
    rows = compare(ranking, ids, lang)
    names = [column_name(ranking.result(pid), lang) for pid in ids]
    head = "<th width='20%'></th>" + "".join(f"<th>{_e(n)}</th>" for n in names)
    body = "".join(
        ("<tr class='differs'>" if row.differs else "<tr>")
        + f"<th>{_e(row.label)}</th>"
        + "".join(f"<td>{_e(v)}</td>" for v in row.values)
        + "</tr>"
        for row in rows
    )
    return (
        f"<h2>{_e(term('comparison', lang))}</h2>"
        f"{TABLE}<thead><tr>{head}</tr></thead>"
        f"{body}</table>"
    )


def _sources(ranking: Ranking, lang: Lang) -> str:
    items = []
    for source in ranking.sources:
        bits = [source.title, source.publisher]
        if source.date != "not stated":
            bits.append(source.date)
        if source.kind:
            bits.append(label_in(SOURCE_KIND_LABELS, source.kind, lang))
        if source.checked:
            bits.append(f"{term('checked', lang)} {source.checked}")
        if source.url:
            bits.append(source.url)
        items.append(f"<li>{_e(', '.join(bits))}</li>")
    general = sorted(
        {
            c.source.url or ""
            for o in ranking.results
            for c in [*o.criteria]
            if c.source.kind == "general_knowledge"
        }
        | {o.source.url or "" for o in ranking.results if o.source.kind == "general_knowledge"}
    )
    items += [
        f"<li>{_e(term('general_knowledge', lang))}: {_e(url)}</li>" for url in general if url
    ]
    return f"<h2>{_e(term('sources', lang))}</h2><ul>{''.join(items)}</ul>"


def _plan(ranking: Ranking, lang: Lang) -> str:
    """The plan kept with the ranking: questions first, the five best changes, the timeline."""
    plan = ranking.plan
    if plan is None:
        return ""
    parts = []
    for section in plan_sections(plan, lang, most=PLAN_SHOWN):
        parts.append(f"<h2>{_e(section.heading)}</h2>")
        if section.lead:
            parts.append(f"<p>{_e(section.lead)}</p>")
        if section.items:
            tag = "ol" if section.numbered else "ul"
            items = "".join(f"<li>{_e(line)}</li>" for line in section.items)
            parts.append(f"<{tag}>{items}</{tag}>")
    warned = [e for e in plan.timeline if e.apply_before]
    if warned:
        parts.append(
            "<p class='disclaimer'>"
            + "".join(f"<b>{_e(event_line(e, lang))}</b><br/>" for e in warned)
            + "</p>"
        )
    return "".join(parts)


def build_sheet_html(sheet: SheetInput, lang: Lang = "en") -> str:
    ranking = sheet.ranking
    company = sheet.profile.company_name
    session = f" · {_e(sheet.title)}" if sheet.title else ""
    top = [o for o in ranking.results if o.status != "ineligible"][:TOP_DETAILED]
    if not top:
        top = ranking.results[:TOP_DETAILED]
    parts = [
        f"<html><head><meta charset='utf-8'/><style>{STYLE}</style></head><body>",
        f"<h1>{_e(company)}</h1>",
        f"<p class='meta'>{_e(term('heading', lang))}{session} · "
        f"{_e(term('prepared', lang))} {sheet.prepared.isoformat()} · "
        f"{_e(term('catalogue', lang))} {_e(ranking.catalogue.version)} "
        f"({_e(ranking.catalogue.date)})</p>",
        _summary(ranking, lang),
        f"{GAP}<h2>{_e(term('profile', lang))}</h2>",
        _profile_table(sheet.profile, lang),
    ]
    if sheet.notes.strip():
        notes = sheet.notes[:MAX_NOTES] + ("…" if len(sheet.notes) > MAX_NOTES else "")
        parts.append(f"<p><b>{_e(term('notes', lang))}:</b> {_e(notes)}</p>")
    parts += [
        f"<h2 style='page-break-before: always'>{_e(term('ranking', lang))}</h2>",
        _ranking_tables(ranking, lang),
        f"{GAP}<h2>{_e(term('reasons', lang))}</h2>",
        *(_details(o, ranking.results.index(o) + 1, lang) for o in top),
        _near_misses(ranking, {o.id for o in top}, lang),
        _plan(ranking, lang),
    ]
    # Only programmes in this ranking: an edited import could name one that is not.
    known = {o.id for o in ranking.results}
    comparison = [pid for pid in sheet.comparison if pid in known][:4]
    if len(comparison) >= 2:
        parts.append(_comparison(ranking, comparison, lang))
    parts += [
        _sources(ranking, lang),
        f"<p class='disclaimer'>{_e(ranking.catalogue.disclaimer)}</p>",
        "</body></html>",
    ]
    return "".join(parts)
