"""The cohort matrix as a workbook (openpyxl, written row by row so 10,000 start-ups stay
small in memory): a sheet of start-ups × programmes with each status in its colour and the
totals, one sheet per programme with who qualifies, why and what each still has to settle,
and a sheet of the catalogue's sources with their standing. And the same matrix as CSV."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .. import palette
from ..core.cohort.matrix import (
    STATUSES,
    Cancelled,
    CohortMatrix,
    Member,
    Progress,
    ranking_of,
    to_settle,
    why,
)
from ..core.cohort.words import cohort_term
from ..core.model.catalogue import Catalogue
from ..core.model.files import UserFileError, write_atomically
from ..core.model.langs import Lang
from ..core.model.ranking import Ranking
from ..core.words.glossary import term
from ..core.words.labels import CONFIDENCE_LABELS, HELP_KIND_LABELS, SOURCE_KIND_LABELS, label_in

MATRIX_SHEET_MAX = 31  # Excel's limit on a sheet's name
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
WHY_LIMIT = 1_000  # characters: a cell stays readable


class ExportError(Exception):
    """The workbook could not be written; the message names the path."""


def sheet_title(text: str, taken: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub("-", text).strip("'")[:MATRIX_SHEET_MAX] or "Sheet"
    title, number = base, 2
    while title.casefold() in taken:
        suffix = f" ({number})"
        title = base[: MATRIX_SHEET_MAX - len(suffix)] + suffix
        number += 1
    taken.add(title.casefold())
    return title


def _status_word(status: str, lang: Lang) -> str:
    return term(status, lang)


def totals_line(matrix: CohortMatrix, column: int, lang: Lang) -> str:
    """ "14 of 120 companies could apply to TSSSU now" (eligible now)."""
    counts = matrix.column_counts(column)
    return cohort_term(
        "could_apply",
        lang,
        count=counts["eligible"],
        total=len(matrix.members),
        programme=matrix.programmes[column].label,
    )


def write_matrix_xlsx(
    matrix: CohortMatrix,
    catalogue: Catalogue,
    output: Path,
    lang: Lang = "en",
    progress: Progress | None = None,
    rankings: Callable[[Member], Ranking] | None = None,
) -> None:
    """Write the workbook whole or not at all. Each start-up open to some programme is ranked
    alone once for the programme sheets' reasons (`rankings`, by default `engine.rank`)."""
    from openpyxl import Workbook

    # Everything that may be cancelled comes first: a write-only sheet left half-written
    # complains when it is collected.
    details = _details(matrix, catalogue, lang, progress, rankings)
    book = Workbook(write_only=True)
    _matrix_sheet(book, matrix, lang)
    taken = {cohort_term("matrix", lang).casefold(), term("sources", lang).casefold()}
    for column, programme in enumerate(matrix.programmes):
        _programme_sheet(book, matrix, column, details.get(programme.id, []), lang, taken)
    _sources_sheet(book, catalogue, lang)
    save_workbook(book, output)


def save_workbook(book: Any, output: Path) -> None:
    """Writes `book` whole or not at all (never a half-written file over a good one)."""
    buffer = io.BytesIO()
    book.save(buffer)
    try:
        write_atomically(output, buffer.getvalue())
    except UserFileError as error:
        raise ExportError(str(error)) from None


def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Font, PatternFill

    styles: dict[str, Any] = {
        status: (
            PatternFill("solid", fgColor="FF" + colour.lstrip("#").upper()),
            Font(color="FFFFFF", bold=True),
        )
        for status, colour in palette.STATUS.items()
    }
    styles["head"] = Font(bold=True, color=palette.HEADING.lstrip("#"))
    styles["wrap"] = Alignment(wrap_text=True, vertical="top")
    return styles


def _cell(sheet: Any, value: Any, font: Any = None, fill: Any = None, align: Any = None) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if align is not None:
        cell.alignment = align
    return cell


def _matrix_sheet(book: Any, matrix: CohortMatrix, lang: Lang) -> None:
    styles = _styles()
    sheet = book.create_sheet(cohort_term("matrix", lang))
    sheet.freeze_panes = "C2"
    head = styles["head"]
    eligible, possible = term("eligible", lang), term("possible", lang)
    sheet.append(
        [
            _cell(sheet, cohort_term("company", lang), head),
            _cell(sheet, cohort_term("key", lang), head),
            *(_cell(sheet, p.label, head) for p in matrix.programmes),
            _cell(sheet, eligible, head),
            _cell(sheet, possible, head),
        ]
    )
    words = {status: _status_word(status, lang) for status in STATUSES}
    width = len(matrix.programmes)
    for row, member in enumerate(matrix.members):
        cells: list[Any] = [member.name, member.key.split(":", 1)[-1]]
        for column in range(width):
            status = matrix.status(row, column)
            fill, font = styles[status]
            cells.append(_cell(sheet, words[status], font, fill))
        counts = matrix.row_counts(row)
        cells += [counts["eligible"], counts["possible"]]
        sheet.append(cells)
    columns = [matrix.column_counts(c) for c in range(width)]
    sheet.append([_cell(sheet, eligible, head), "", *(c["eligible"] for c in columns)])
    sheet.append([_cell(sheet, possible, head), "", *(c["possible"] for c in columns)])


def _details(
    matrix: CohortMatrix,
    catalogue: Catalogue,
    lang: Lang,
    progress: Progress | None,
    rankings: Callable[[Member], Ranking] | None,
) -> dict[str, list[tuple[int, str, str]]]:
    """Per programme: (row, why, still to settle) of each start-up open to it."""
    found: dict[str, list[tuple[int, str, str]]] = {}
    width = len(matrix.programmes)
    total = len(matrix.members)
    for row, member in enumerate(matrix.members):
        if progress is not None and not progress(row, total):
            raise Cancelled
        open_here = [c for c in range(width) if matrix.statuses[row * width + c] != 2]
        if not open_here:
            continue
        ranking = rankings(member) if rankings else ranking_of(catalogue, member, lang)
        for column in open_here:
            outcome = ranking.result(matrix.programmes[column].id)
            reasons = "\n".join(why(outcome))[:WHY_LIMIT]
            settle = "\n".join(to_settle(outcome))[:WHY_LIMIT]
            found.setdefault(outcome.id, []).append((row, reasons, settle))
    if progress is not None:
        progress(total, total)
    return found


def _programme_sheet(
    book: Any,
    matrix: CohortMatrix,
    column: int,
    details: list[tuple[int, str, str]],
    lang: Lang,
    taken: set[str],
) -> None:
    styles = _styles()
    programme = matrix.programmes[column]
    sheet = book.create_sheet(sheet_title(programme.label, taken))
    head = styles["head"]
    sheet.column_dimensions["A"].width = 32
    sheet.column_dimensions["D"].width = 70
    sheet.column_dimensions["E"].width = 60
    sheet.append([_cell(sheet, programme.name, head)])
    sheet.append([totals_line(matrix, column, lang)])
    kinds = ", ".join(label_in(HELP_KIND_LABELS, kind, lang) for kind in programme.kinds)
    sheet.append([f"{cohort_term('kinds', lang)}: {kinds}"])
    sheet.append(
        [f"{term('confidence', lang)}: {label_in(CONFIDENCE_LABELS, programme.confidence, lang)}"]
    )
    if programme.url:
        sheet.append([f"{term('official_page', lang)}: {programme.url}"])
    sheet.append([])
    sheet.append(
        [
            _cell(sheet, cohort_term("company", lang), head),
            _cell(sheet, term("status", lang), head),
            _cell(sheet, term("fit", lang), head),
            _cell(sheet, cohort_term("why", lang), head),
            _cell(sheet, cohort_term("to_settle", lang), head),
        ]
    )
    order = {row: n for n, row in enumerate(matrix.who_could_apply(column))}
    wrap = styles["wrap"]
    for row, reasons, settle in sorted(details, key=lambda d: order.get(d[0], len(order))):
        status = matrix.status(row, column)
        fill, font = styles[status]
        sheet.append(
            [
                _cell(sheet, matrix.members[row].name, align=wrap),
                _cell(sheet, _status_word(status, lang), font, fill),
                matrix.score(row, column),
                _cell(sheet, reasons, align=wrap),
                _cell(sheet, settle, align=wrap),
            ]
        )
    if not details:
        sheet.append([cohort_term("nobody", lang)])


def _sources_sheet(book: Any, catalogue: Catalogue, lang: Lang) -> None:
    styles = _styles()
    sheet = book.create_sheet(term("sources", lang))
    head = styles["head"]
    headings = [cohort_term(key, lang) for key in ("title", "publisher", "kind", "checked")]
    sheet.append([_cell(sheet, text, head) for text in [*headings, term("official_page", lang)]])
    for source in catalogue.all_sources():
        sheet.append(
            [
                source.title,
                source.publisher,
                label_in(SOURCE_KIND_LABELS, source.kind, lang),
                source.checked or source.date,
                source.url or "",
            ]
        )


def matrix_csv_rows(matrix: CohortMatrix, lang: Lang = "en") -> Iterator[list[str]]:
    eligible, possible = term("eligible", lang), term("possible", lang)
    yield [
        cohort_term("company", lang),
        cohort_term("key", lang),
        *(p.id for p in matrix.programmes),
        eligible,
        possible,
    ]
    words = {status: _status_word(status, lang) for status in STATUSES}
    for row, member in enumerate(matrix.members):
        counts = matrix.row_counts(row)
        yield [
            member.name,
            member.key.split(":", 1)[-1],
            *(words[matrix.status(row, c)] for c in range(len(matrix.programmes))),
            str(counts["eligible"]),
            str(counts["possible"]),
        ]


def write_matrix_csv(matrix: CohortMatrix, output: Path, lang: Lang = "en") -> None:
    """UTF-8 with a byte-order mark, so Excel opens Chinese names as they are."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    for row in matrix_csv_rows(matrix, lang):
        writer.writerow([_no_formula(cell) for cell in row])
    try:
        write_atomically(output, ("\ufeff" + text.getvalue()).encode("utf-8"))
    except UserFileError as error:
        raise ExportError(str(error)) from None


def _no_formula(text: str) -> str:
    """A name starting with =, +, - or @ would run as a formula when the CSV is opened."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
