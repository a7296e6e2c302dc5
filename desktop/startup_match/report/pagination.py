"""Where the sheet's pages break: never inside a table row, never after a heading, never through
a short paragraph.

Qt's text layout breaks pages line by line: a table row, a list item or a short paragraph can
start at the foot of one page and end at the top of the next, and a heading can end a page with
what it heads on the next. QTextDocument has no keep-with-next, so after laying the document out
on its pages this moves what a page cut to the next page (a page break before it, or before the
headings that lead into it) and lays the rest out again, until nothing is cut."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtGui import (
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

# A paragraph up to this share of a page is kept whole; a longer one may break between lines.
# A table is kept whole when it fits on a page: the sheet writes each row as a table of its own
# (Qt's own layout cuts a row of a longer table across two pages).
KEEP_WHOLE = 1 / 3
_BREAK = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


@dataclass(frozen=True)
class Span:
    """A vertical extent of the laid-out document, in its units."""

    top: float
    bottom: float

    def page(self, height: float) -> int:
        return int(self.top // height)

    def cut(self, height: float) -> bool:
        """Starts on one page and ends on another (and would fit on one)."""
        return self.bottom - self.top < height and self.page(height) != int(
            (self.bottom - 1) // height
        )


def keep_together(document: QTextDocument, page_height: float) -> int:
    """Move every table, heading and short paragraph a page break would cut (or strand) to
    the next page; returns how many were moved."""
    moved = 0
    # Each move lays out again what follows; what precedes it stays as it was, so the next look
    # starts where the last move was made. The bound only guards against a layout that never
    # settles.
    start = 0
    for _ in range(2000):
        # Qt lays a large document out lazily, in steps: finish it, or what follows a move is
        # measured (and painted) half laid out.
        document.documentLayout().documentSize()
        items = list(_items(document))
        found = _first_cut(document, items[start:], page_height)
        if found is None:
            return moved
        index, move = found
        move()
        moved += 1
        start += index  # what came before the move stays where it was
    return moved


Item = QTextBlock | QTextTable
Move = Callable[[], None]


def _items(document: QTextDocument) -> Iterator[Item]:
    """The root frame's paragraphs and tables, in order; empty paragraphs (Qt puts one after
    every table) left out."""
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        if isinstance(frame, QTextTable):
            yield frame
        elif frame is None:
            block = iterator.currentBlock()
            if block.text().strip():
                yield block
        iterator += 1


def _first_cut(
    document: QTextDocument, items: list[Item], height: float
) -> tuple[int, Move] | None:
    """The first item a page break cuts or strands, and what moves it: a break before it or,
    when headings lead into it, before the first of them, so they move along with it."""
    for index, item in enumerate(items):
        if isinstance(item, QTextTable):
            span = _table_span(document, item)
            cut = span.cut(height)  # a table taller than a page breaks where Qt breaks it
        else:
            span = _block_span(document, item)
            cut = span.cut(height) and span.bottom - span.top <= KEEP_WHOLE * height
            if _is_heading(item) and index + 1 < len(items):
                following = _start(document, items[index + 1]).page(height)
                cut = cut or following != int((span.bottom - 1) // height)
        if cut:
            first = index
            while first > 0 and _is_heading(items[first - 1]):
                first -= 1
            return first, _breaker(items[first])
    return None


def _breaker(item: Item) -> Move:
    def move() -> None:
        if isinstance(item, QTextFrame):
            frame_format = item.frameFormat()
            frame_format.setPageBreakPolicy(_BREAK)
            item.setFrameFormat(frame_format)
        else:
            cursor = QTextCursor(item)
            block_format = cursor.blockFormat()
            block_format.setPageBreakPolicy(_BREAK)
            cursor.setBlockFormat(block_format)

    return move


def _is_heading(item: Item) -> bool:
    return isinstance(item, QTextBlock) and item.blockFormat().headingLevel() > 0


def _block_span(document: QTextDocument, block: QTextBlock) -> Span:
    rect = document.documentLayout().blockBoundingRect(block)
    return Span(rect.top(), rect.bottom())


def _row_span(document: QTextDocument, table: QTextTable, row: int) -> Span:
    spans = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        block = document.findBlock(cell.firstPosition())
        while block.isValid() and block.position() <= cell.lastPosition():
            spans.append(_block_span(document, block))
            block = block.next()
    return Span(min(s.top for s in spans), max(s.bottom for s in spans))


def _table_span(document: QTextDocument, table: QTextTable) -> Span:
    return Span(
        _row_span(document, table, 0).top,
        _row_span(document, table, table.rows() - 1).bottom,
    )


def _start(document: QTextDocument, item: Item) -> Span:
    if isinstance(item, QTextTable):
        return _row_span(document, item, 0)
    return _block_span(document, item)
