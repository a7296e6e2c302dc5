"""The summary sheet painted onto pages: a PDF file or a printer, by one routine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from ..core.model.langs import Lang
from ..core.words.glossary import term
from .render import make_document, paint_pages, write_pdf
from .sheet_html import SheetInput, build_sheet_html


class FooterText:
    """`Company · Page 2 of 5` at the foot of each page."""

    def __init__(self, company: str, lang: Lang) -> None:
        self.company = company
        self.lang = lang

    def __call__(self, page: int, pages: int) -> str:
        return f"{self.company} · {term('page', self.lang).format(page=page, pages=pages)}"


def paint_sheet(sheet: SheetInput, device: QPagedPaintDevice, lang: Lang = "en") -> int:
    """Lay the sheet out on the device's pages and paint them; returns the page count."""
    document = make_document(build_sheet_html(sheet, lang), lang)
    return paint_pages(document, device, FooterText(sheet.profile.company_name, lang))


def export_sheet_pdf(sheet: SheetInput, output: Path, lang: Lang = "en") -> int:
    title = sheet.title or f"{term('heading', lang)}: {sheet.profile.company_name}"
    return write_pdf(output, title, lambda device: paint_sheet(sheet, device, lang))
