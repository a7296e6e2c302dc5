"""Paint the sheet's HTML onto pages (PDF file or printer), with a footer on every page."""

from __future__ import annotations

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
    QTextOption,
)

from ..core.model.files import UserFileError, atomic_output
from .pagination import keep_together

PDF_RESOLUTION = 300
MARGINS_MM = QMarginsF(16, 14, 16, 12)
FOOTER_PT = 18

Footer = Callable[[int, int], str]


class ReportError(Exception):
    """The sheet could not be written; the message says where and why."""


def ensure_gui_application() -> QGuiApplication:
    """Qt needs an application object for fonts. A sheet is drawn for a file, never a screen:
    on Linux and the BSDs it uses Qt's offscreen platform (the fonts come from fontconfig as on
    a display), so a display that is set but cannot be opened, a DISPLAY left over from an ssh
    session or a stopped X server, cannot abort the command: Qt aborts (status 134) when its
    platform fails to start. The `-platform` argument outranks QT_QPA_PLATFORM."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    arguments = ["startup-match"]
    if not sys.platform.startswith(("win", "darwin")):
        arguments += ["-platform", "offscreen"]
    return QGuiApplication(arguments)


def font_families(lang: str) -> list[str]:
    """Latin faces first (their digits extract cleanly from the PDF), then the CJK faces, the
    one that matches the script first; Qt falls through the list character by character. Our
    copies of the CJK faces come before the system's, which then draw only what the copies
    leave out (see cjk_font)."""
    from .cjk_font import own_families

    order = ["SC", "TC"] if lang == "zh-Hans" else ["TC", "SC"]
    own = own_families()
    ours = [family for script in order for family in own if family.endswith(script)]
    system = [f"Noto Sans CJK {script}" for script in order]
    return ["DejaVu Sans", "Liberation Sans", "Arial", *ours, *system]


def make_document(html: str, lang: str = "en") -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setFamilies(font_families(lang))
    font.setPointSizeF(9.5)
    # No ligatures: Qt's PDF text layer would give "ﬁ" (U+FB01) for the f-i glyph, so "first"
    # would neither copy nor search as typed.
    font.setFeature(QFont.Tag("liga"), 0)
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
    keep_together(document, body.height())
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
