"""The pieces the sheet and the window's details pane are built from (pure: no Qt). Every
user-typed text is escaped."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from .. import palette
from ..core.consultation.compare import amount_text
from ..core.model.langs import Lang
from ..core.model.printable import without_bidi_controls
from ..core.model.ranking import CriterionOutcome, ProgrammeOutcome, SourceRef
from ..core.words.glossary import cites_the_route, term
from ..core.words.labels import (
    CONFIDENCE_LABELS,
    CONFIDENCE_NOTES,
    SOURCE_KIND_LABELS,
    label_in,
)

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
# Qt's text layout drops a heading's top margin after a table; an empty small paragraph keeps
# the space.
GAP = "<p style='font-size:6pt; margin:0'>&nbsp;</p>"

STYLE = """
body { font-size: 9.5pt; color: #1a1a1a; }
h1 { font-size: 18pt; margin: 0 0 2pt 0; color: #0b3d62; }
h2 { font-size: 12.5pt; margin: 18pt 0 6pt 0; color: #0b3d62; }
h3 { font-size: 10.5pt; margin: 12pt 0 4pt 0; }
h4 { font-size: 9.5pt; margin: 6pt 0 2pt 0; }
p.meta { color: #555555; margin: 0 0 6pt 0; }
table { border-collapse: collapse; }
th { background-color: #e8eef4; text-align: left; font-weight: bold; }
td, th { vertical-align: top; }
.small { font-size: 8pt; color: #555555; }
.disclaimer { font-size: 8.5pt; color: #444444; margin-top: 12pt; }
.differs { background-color: #fff4d6; }
td.caption { font-size: 10.5pt; font-weight: bold; background-color: #ffffff; padding-top: 4pt; }
"""


def e(text: object) -> str:
    """`text` as HTML. Bidirectional overrides dropped: a name with U+202E would print
    reversed."""
    return escape(without_bidi_controls(str(text)), quote=True).replace("\n", "<br/>")


Linkable = Callable[[str], bool]


def link(url: str, linkable: Linkable | None = None) -> str:
    """`url` as a link; as its plain address when `linkable` says it is not one to follow
    (the window opens only the pages the shipped catalogue cites: anything else shown as a
    link would be a dead one)."""
    if linkable is not None and not linkable(url):
        return f"<span>{e(url)}</span>"
    return f"<a href='{e(url)}'>{e(url)}</a>"


def status_html(status: str, lang: Lang) -> str:
    colour = STATUS_COLOURS[status]
    return f"<span style='color:{colour}; font-weight:bold'>{e(term(status, lang))}</span>"


def confidence_html(outcome: ProgrammeOutcome, lang: Lang) -> str:
    """The programme's confidence word, coloured; empty for sessions saved before it existed."""
    if outcome.confidence is None:
        return ""
    colour = CONFIDENCE_COLOURS[outcome.confidence]
    text = label_in(CONFIDENCE_LABELS, outcome.confidence, lang)
    return f"<span style='color:{colour}'>{e(text)}</span>"


def confidence_note(outcome: ProgrammeOutcome, lang: Lang) -> str:
    if outcome.confidence is None:
        return ""
    note = label_in(CONFIDENCE_NOTES, outcome.confidence, lang)
    checked = outcome.facts_checked()
    when = f" ({e(term('facts_checked', lang))} {e(checked)})" if checked else ""
    return f"<p class='small'>{confidence_html(outcome, lang)}: {e(note)}{when}</p>"


def source_label(source: SourceRef, lang: Lang) -> str:
    if source.kind == "general_knowledge":
        return f"{term('general_knowledge', lang)}: {source.url}"
    standing = label_in(SOURCE_KIND_LABELS, source.kind, lang)
    if source.checked:
        standing += f", {term('checked', lang)} {source.checked}"
    return f"{source.title} ({standing}) — “{source.passage}”"


def _cells(cells: list[str], widths: list[str], tag: str) -> str:
    return "".join(
        f"<{tag}{f' width={w!r}' if w else ''}>{cell}</{tag}>"
        for cell, w in zip(cells, widths, strict=True)
    )


def row_table(
    cells: list[str],
    widths: list[str],
    head: list[str] | None = None,
    caption: str = "",
    row_class: str = "",
) -> str:
    """One row as its own table: the renderer then keeps each row whole on one page. `head`
    (the column headings) and `caption` (a group's title) go in the same table, so they never
    end a page alone. Give every column but the last a width, so the rows line up."""
    title = f"<tr><td colspan='{len(cells)}' class='caption'>{caption}</td></tr>" if caption else ""
    heading = f"<tr>{_cells(head, widths, 'th')}</tr>" if head else ""
    opening = f"<tr class='{row_class}'>" if row_class else "<tr>"
    return f"{ROW_TABLE}{title}{heading}{opening}{_cells(cells, widths, 'td')}</tr></table>"


def row_tables(rows: list[list[str]], widths: list[str], head: list[str] | None = None) -> str:
    """Rows as one table each, the column headings with the first."""
    return "".join(
        row_table(cells, widths, head if index == 0 else None) for index, cells in enumerate(rows)
    )


CRITERIA_WIDTHS = ["14%", "44%", ""]


def criteria_rows(criteria: list[CriterionOutcome], lang: Lang) -> list[list[str]]:
    """Each criterion: its verdict, coloured; what it asks and its kind; its source."""
    return [
        [
            f"<span style='color:{VERDICT_COLOURS[c.verdict.value]}; font-weight:bold'>"
            f"{e(term(c.verdict.value, lang))}</span>",
            f"{e(c.explanation)}<br/><span class='small'>{e(term(c.kind, lang))}</span>",
            f"<span class='small'>{e(source_label(c.source, lang))}</span>",
        ]
        for c in criteria
    ]


def criteria_head(lang: Lang) -> list[str]:
    return [e(term(k, lang)) for k in ("verdict", "criterion", "source")]


def _criteria_table(criteria: list[CriterionOutcome], lang: Lang) -> str:
    """One table, for the details pane (a window, not pages)."""
    rows = "".join(
        "<tr>" + _cells(cells, CRITERIA_WIDTHS, "td") + "</tr>"
        for cells in criteria_rows(criteria, lang)
    )
    head = "".join(f"<th>{h}</th>" for h in criteria_head(lang))
    return f"{TABLE}<thead><tr>{head}</tr></thead>{rows}</table>"


def _offer_table(outcome: ProgrammeOutcome, lang: Lang, linkable: Linkable | None) -> str:
    rows = [
        ("gives", f"<b>{e(outcome.headline)}</b><br/>{e(outcome.offer)}"),
        ("amount", e(amount_text(outcome, lang))),
        ("duration", e(outcome.duration or term("not_stated", lang))),
        ("equity_terms", e(term(outcome.equity, lang))),
        ("operator", e(outcome.operator)),
        ("apply", e(outcome.apply)),
        ("source", e(source_label(outcome.source, lang))),
    ]
    if outcome.url:
        rows.insert(6, ("official_page", link(outcome.url, linkable)))
    body = "".join(
        f"<tr><th width='22%'>{e(term(key, lang))}</th><td>{value}</td></tr>" for key, value in rows
    )
    return f"{TABLE}{body}</table>"


def next_steps_html(outcome: ProgrammeOutcome, lang: Lang, linkable: Linkable | None = None) -> str:
    """For an open programme, what to do next: the facts still to settle (as questions), the
    step someone else takes, how to apply and the official page. For one not open now, what
    would change it."""
    if outcome.status == "ineligible":
        if not outcome.hints:
            return ""
        changes = "".join(f"<li>{e(h)}</li>" for h in outcome.hints)
        return f"<h3>{e(term('hints', lang))}</h3><ul>{changes}</ul>"
    steps = [f"<li>{e(h)}</li>" for h in outcome.hints]
    if not cites_the_route(outcome.how_to_apply, lang):
        steps.append(f"<li><b>{e(term('apply', lang))}:</b> {e(outcome.apply)}</li>")
    steps += [f"<li>{e(line)}</li>" for line in outcome.how_to_apply]
    if outcome.url:
        page = link(outcome.url, linkable)
        steps.append(f"<li><b>{e(term('official_page', lang))}:</b> {page}</li>")
    return f"<h3>{e(term('next_steps', lang))}</h3><ul>{''.join(steps)}</ul>"


def programme_details_html(
    outcome: ProgrammeOutcome, lang: Lang = "en", linkable: Linkable | None = None
) -> str:
    """One programme in full, for the GUI's details pane; it leads with what to do next.
    Addresses `linkable` refuses are shown as text, not as links."""
    hints = next_steps_html(outcome, lang, linkable)
    return (
        f"<html><head><style>{STYLE}</style></head><body>"
        f"<h2>{e(outcome.display_name())}</h2>"
        f"<p>{status_html(outcome.status, lang)} · "
        f"{e(term('fit', lang))} {outcome.score}/100</p>"
        f"{confidence_note(outcome, lang)}"
        f"{hints}"
        f"<p>{e(outcome.description)}</p>"
        f"{_offer_table(outcome, lang, linkable)}"
        f"<h3>{e(term('criterion', lang))}</h3>"
        f"{_criteria_table(outcome.criteria, lang)}"
        "</body></html>"
    )
