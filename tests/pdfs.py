"""Reading back the PDFs the app writes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

_SPACE = re.compile(r"\s+")


def pdf_text(path: Path) -> str:
    """All text of a PDF, white space folded so wrapped cells still match. The characters are
    the PDF's own: nothing is normalised (a Kangxi radical in place of an ideograph would show)."""
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return _SPACE.sub(" ", text)


def flat(text: str) -> str:
    """Text with every white space (line and paragraph separators too) taken out."""
    return _SPACE.sub("", text)


def page_texts(path: Path) -> list[str]:
    """Each page's text in the order it was painted, with no white space."""
    return [flat(page.extract_text() or "") for page in PdfReader(str(path)).pages]


@dataclass(frozen=True)
class Structure:
    """What a sheet's HTML holds that a page must not cut: every table row's text (its cells
    in order) and every heading's text, all without white space."""

    rows: list[str]
    headings: list[str]
    headers: list[str]  # the header rows (<thead>) Qt repeats atop each page a table runs onto


def structure_of(html: str) -> Structure:
    """Rows and headings as Qt reads the HTML (a QApplication must exist)."""
    from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable

    document = QTextDocument()
    document.setHtml(html)

    def text(start: int, end: int) -> str:
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return flat(cursor.selectedText())

    rows, headings, headers = [], [], []
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        if isinstance(frame, QTextTable):
            for row in range(frame.rows()):
                cells = [frame.cellAt(row, column) for column in range(frame.columns())]
                rows.append(
                    "".join(
                        text(cell.firstPosition(), cell.lastPosition())
                        for column, cell in enumerate(cells)
                        if cell.row() == row and cell.column() == column
                    )
                )
                if row < frame.format().headerRowCount():
                    headers.append(rows[-1])
        elif frame is None and iterator.currentBlock().blockFormat().headingLevel():
            headings.append(flat(iterator.currentBlock().text()))
        iterator += 1
    return Structure([r for r in rows if r], [h for h in headings if h], headers)


def without_repeated_headers(pages: list[str], headers: list[str]) -> str:
    """The pages' text (without white space) as one, less the table headers Qt repeats at the
    top of a page: what was drawn once."""
    kept = []
    for number, page in enumerate(pages):
        repeated = [h for h in headers if number and h and page.startswith(h)]
        kept.append(page[len(repeated[0]) :] if repeated else page)
    return "".join(kept)


def page_break_problems(path: Path, html: str, footer: Callable[[int, int], str]) -> list[str]:
    """What the PDF's pages cut: a row whose whole text is on no single page (a page starts
    with the rest of it), or a page whose last words before its footer are a heading.
    `footer(page, pages)` is the footer's text."""
    structure = structure_of(html)
    pages = page_texts(path)
    problems = [
        f"row cut by a page break: {row[:60]}"
        for row in structure.rows
        if not any(row in page for page in pages)
    ]
    for number, page in enumerate(pages, start=1):
        foot = flat(footer(number, len(pages)))
        assert page.endswith(foot), f"page {number} does not end with its footer {foot}"
        body = page[: -len(foot)]
        problems += [
            f"page {number} ends with the heading {heading[:60]}"
            for heading in structure.headings
            if body.endswith(heading)
        ]
    return problems
