"""Paint the sheet's HTML onto pages (PDF file or printer), with a footer on every page."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from ..core.files import UserFileError, atomic_output

PDF_RESOLUTION = 300
MARGINS_MM = QMarginsF(16, 14, 16, 12)
FOOTER_PT = 18

Footer = Callable[[int, int], str]


class ReportError(Exception):
    """The sheet could not be written; the message says where and why."""


def ensure_gui_application() -> QGuiApplication:
    """Qt needs an application object for fonts; with no display, render offscreen."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["startup-match"])


def font_families(lang: str) -> list[str]:
    """Latin faces first (their digits extract cleanly from the PDF), then the CJK face that
    matches the script; Qt falls through the list character by character."""
    cjk = (
        ["Noto Sans CJK SC", "Noto Sans CJK TC"]
        if lang == "zh-Hans"
        else [
            "Noto Sans CJK TC",
            "Noto Sans CJK SC",
        ]
    )
    return ["DejaVu Sans", "Liberation Sans", "Arial", *cjk]


def make_document(html: str, lang: str = "en") -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setFamilies(font_families(lang))
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long URLs wrap too
    document.setDefaultTextOption(option)
    document.setHtml(html)
    return document


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, footer: Footer) -> int:
    """Lay the document out on the device's pages and paint them; returns the page count."""
    body, pages = lay_out(document, device)
    painter = QPainter()
    if not painter.begin(device):
        raise ReportError("cannot start painting (is the output writable?)")
    try:
        paint_laid_out(painter, document, device, footer, body, pages)
    finally:
        painter.end()
    return pages


def lay_out(document: QTextDocument, device: QPagedPaintDevice) -> tuple[QSizeF, int]:
    """Lay the document out on the device's pages, above the footer: the body's size and the
    page count."""
    resolution = device.logicalDpiY()
    paint_rect = device.pageLayout().paintRectPixels(resolution)
    footer_height = FOOTER_PT * resolution / 72
    body = QSizeF(paint_rect.width(), paint_rect.height() - footer_height)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(body)
    keep_tables_whole(document, body.height())
    return body, max(1, document.pageCount())


def paint_laid_out(
    painter: QPainter,
    document: QTextDocument,
    device: QPagedPaintDevice,
    footer: Footer,
    body: QSizeF,
    pages: int,
    after_others: bool = False,
) -> None:
    """Paint a laid-out document page by page with `painter`; `after_others`: on new pages
    after what the painter already painted (several documents in one file)."""
    resolution = device.logicalDpiY()
    footer_height = FOOTER_PT * resolution / 72
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(8)
    for index in range(pages):
        if index or after_others:
            device.newPage()
        top = index * body.height()
        painter.save()
        painter.translate(0, -top)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, top, body.width(), body.height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
        painter.setFont(footer_font)
        painter.setPen(Qt.GlobalColor.darkGray)
        # Elide the middle so a long company name keeps its start and the page numbers.
        text = QFontMetricsF(footer_font, device).elidedText(
            footer(index + 1, pages), Qt.TextElideMode.ElideMiddle, body.width()
        )
        painter.drawText(
            QRectF(0, body.height(), body.width(), footer_height),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            text,
        )


def keep_tables_whole(document: QTextDocument, page_height: float) -> None:
    """Move a table that would straddle two pages to the next page, so no row is cut in two.
    The sheet writes long lists as one small table per row, so this moves single rows; a table
    taller than a page is left to split."""
    layout = document.documentLayout()
    for frame in document.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        if rect.height() >= page_height:
            continue
        if int(rect.top() // page_height) != int((rect.bottom() - 1) // page_height):
            frame_format = frame.frameFormat()
            frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFrameFormat(frame_format)  # lays out again: later frames move down


def setup_a4(device: QPagedPaintDevice) -> None:
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def _complete_pdf(path: Path) -> bool:
    """Starts as a PDF and ends with the end-of-file marker."""
    size = path.stat().st_size
    if size < 64:
        return False
    with path.open("rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, size - 1024))
        tail = handle.read()
    return head == b"%PDF-" and b"%%EOF" in tail


Paint = Callable[[QPagedPaintDevice], int]


def write_pdf(output: Path, title: str, paint: Paint) -> int:
    """An A4 PDF at `output`, painted by `paint`, written whole or not at all."""
    ensure_gui_application()
    try:
        with atomic_output(output) as temp:
            writer = QPdfWriter(str(temp))
            writer.setResolution(PDF_RESOLUTION)
            writer.setTitle(title)
            writer.setCreator("Startup Scheme Matcher")
            setup_a4(writer)
            pages = paint(writer)
            del writer  # flushes and closes the file
            # Qt reports no write errors: a full disk leaves a short file. Check it is whole.
            if not _complete_pdf(temp):
                raise ReportError(
                    f"{output}: cannot write (the disk may be full); nothing replaced"
                )
    except UserFileError as error:
        raise ReportError(str(error)) from None
    return pages
