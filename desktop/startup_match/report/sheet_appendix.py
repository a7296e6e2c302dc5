"""The sheet's appendix (pure: no Qt): every programme in its group, the top matches criterion
by criterion, every near miss, and the sources. It may be left out: the first pages stand
alone."""

from __future__ import annotations

from ..core.model.langs import Lang
from ..core.model.ranking import ProgrammeOutcome, Ranking
from ..core.words.glossary import cites_the_route, term
from ..core.words.labels import SOURCE_KIND_LABELS, label_in
from .html_parts import (
    CRITERIA_WIDTHS,
    GAP,
    confidence_html,
    confidence_note,
    criteria_head,
    criteria_rows,
    e,
    row_table,
    row_tables,
    status_html,
)

TOP_DETAILED = 5
GROUPS = ("asked", "open", "closed")
RANKING_COLUMNS = (("rank", "4%"), ("programme", "36%"), ("status", "12%"), ("fit", "6%"))


def group_of(outcome: ProgrammeOutcome) -> str:
    """Its group; sessions saved before groups were shown apart have none."""
    return outcome.group or ("closed" if outcome.status == "ineligible" else "open")


def _ranking_tables(ranking: Ranking, lang: Lang) -> str:
    """The programmes in three groups: what the founder asked for, what else is open to them,
    and what is not open now (near misses first)."""
    widths = [w for _, w in RANKING_COLUMNS] + [""]
    head = [e(term(k, lang)) for k, _ in RANKING_COLUMNS] + [e(term("gives", lang))]
    parts = []
    for group in GROUPS:
        members = [
            (position, o)
            for position, o in enumerate(ranking.results, start=1)
            if group_of(o) == group
        ]
        if not members:
            continue
        caption = e(term(f"group_{group}", lang))
        parts.append(GAP)
        for index, (position, outcome) in enumerate(members):
            score = "—" if outcome.status == "ineligible" else str(outcome.score)
            parts.append(
                row_table(
                    [
                        str(position),
                        f"<b>{e(outcome.display_name())}</b><br/>"
                        f"<span class='small'>{e(outcome.operator)}</span><br/>"
                        f"<span class='small'>{confidence_html(outcome, lang)}</span>",
                        status_html(outcome.status, lang),
                        score,
                        f"<b>{e(outcome.headline)}</b><br/>{e(outcome.offer)}",
                    ],
                    widths,
                    head if index == 0 else None,
                    caption if index == 0 else "",
                )
            )
    return "".join(parts)


def _details(outcome: ProgrammeOutcome, position: int, lang: Lang) -> str:
    parts = [
        f"<h3>{position}. {e(outcome.display_name())} — {status_html(outcome.status, lang)}, "
        f"{e(term('fit', lang))} {outcome.score}</h3>",
        f"<p>{e(outcome.description)}</p>",
        confidence_note(outcome, lang),
        row_tables(criteria_rows(outcome.criteria, lang), CRITERIA_WIDTHS, criteria_head(lang)),
        GAP,
        *(
            []
            if cites_the_route(outcome.how_to_apply, lang)
            else [f"<p><b>{e(term('apply', lang))}:</b> {e(outcome.apply)}</p>"]
        ),
        *(f"<p>{e(line)}</p>" for line in outcome.how_to_apply),
    ]
    if outcome.hints:
        items = "".join(f"<li>{e(h)}</li>" for h in outcome.hints)
        parts.append(f"<h4>{e(term('hints', lang))}</h4><ul>{items}</ul>")
    return "".join(parts)


def _near_misses(ranking: Ranking, skip: set[str], lang: Lang) -> str:
    items = [
        f"<li><b>{e(o.display_name())}</b>: {e(' '.join(o.hints))}</li>"
        for o in ranking.results
        if o.status == "ineligible" and o.hints and o.id not in skip
    ]
    if not items:
        return ""
    return f"<h2>{e(term('near_misses', lang))}</h2><ul>{''.join(items)}</ul>"


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
        items.append(f"<li>{e(', '.join(bits))}</li>")
    general = sorted(
        {
            c.source.url or ""
            for o in ranking.results
            for c in [*o.criteria]
            if c.source.kind == "general_knowledge"
        }
        | {o.source.url or "" for o in ranking.results if o.source.kind == "general_knowledge"}
    )
    items += [f"<li>{e(term('general_knowledge', lang))}: {e(url)}</li>" for url in general if url]
    return f"<h2>{e(term('sources', lang))}</h2><ul>{''.join(items)}</ul>"


def appendix_html(ranking: Ranking, title: str, lang: Lang, compared: list[str]) -> str:
    """From a new page: the full ranking, the reasons (for the top matches and the programmes
    compared), the near misses and the sources."""
    top = [o for o in ranking.results if o.status != "ineligible"][:TOP_DETAILED]
    if not top:
        top = ranking.results[:TOP_DETAILED]
    top += [o for o in ranking.results if o.id in compared and o not in top]
    return "".join(
        [
            f"<h1 style='page-break-before: always'>{e(title)}</h1>",
            f"<h2>{e(term('ranking', lang))}</h2>",
            _ranking_tables(ranking, lang),
            f"{GAP}<h2>{e(term('reasons', lang))}</h2>",
            *(_details(o, ranking.results.index(o) + 1, lang) for o in top),
            _near_misses(ranking, {o.id for o in top}, lang),
            _sources(ranking, lang),
        ]
    )
