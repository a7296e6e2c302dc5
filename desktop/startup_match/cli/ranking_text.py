"""The ranking as text for a terminal, and as JSON: shared by `rank` and `sessions show`."""

from __future__ import annotations

import sys

from ..core.model.langs import lang_or_default
from ..core.model.ranking import Ranking
from ..core.words.glossary import GROUP_WORDS, term
from .table import render_table

NO_FIT = "—"


def terminal_width() -> int | None:
    """The terminal's width, 80 columns at least; None (no limit) when output goes to a file or
    a pipe, which should keep every name whole."""
    if not sys.stdout.isatty():
        return None
    import shutil  # only for a terminal: `rank --json` into a pipe never needs it

    return max(80, shutil.get_terminal_size((100, 24)).columns)


def format_ranking(ranking: Ranking, width: int | None = None) -> str:
    lang = lang_or_default(ranking.lang)

    rows = []
    for position, outcome in enumerate(ranking.results, start=1):
        group = term(GROUP_WORDS[outcome.placed_group()], lang)
        status = term(outcome.status, lang)
        # A programme not open now has no fit to speak of: a score beside it read as a chance.
        fit = NO_FIT if outcome.status == "ineligible" else str(outcome.score)
        name = outcome.display_name()
        rows.append([str(position), group, status, fit, name, outcome.headline])
    keys = ("match", "status", "fit", "programme", "headline")
    headers = ["#", *(term(k, lang) for k in keys)]
    table = render_table(headers, rows, width or terminal_width(), shrinkable=(4, 5))
    notes: list[str] = []
    for outcome in ranking.results:
        if outcome.status == "ineligible" and outcome.hints:
            notes.extend(f"  {outcome.short_name}: {hint}" for hint in outcome.hints)
    stamp = f"{term('catalogue', lang)} {ranking.catalogue.version} ({ranking.catalogue.date})"
    text = f"{stamp}\n\n{table}\n"
    if notes:
        text += f"\n{term('near_misses_line', lang)}\n" + "\n".join(notes) + "\n"
    text += f"\n{ranking.catalogue.disclaimer}\n"
    return text


def ranking_json(ranking: Ranking) -> str:
    # pydantic writes the same text as json.dumps(..., ensure_ascii=False, indent=2), 4× faster
    return ranking.model_dump_json(indent=2)
