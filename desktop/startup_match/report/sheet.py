"""One call from a session or a ranking to a finished PDF."""

from __future__ import annotations

from pathlib import Path

from ..core.text import Lang
from .render import write_pdf
from .sheet_html import SheetInput, build_sheet_html
from .strings import sheet_text


class FooterText:
    """`Company · Page 2 of 5` at the foot of each page."""

    def __init__(self, company: str, lang: Lang) -> None:
        self.company = company
        self.lang = lang

    def __call__(self, page: int, pages: int) -> str:
        return f"{self.company} · {sheet_text('page', self.lang).format(page=page, pages=pages)}"


def export_sheet_pdf(sheet: SheetInput, output: Path, lang: Lang = "en") -> int:
    html = build_sheet_html(sheet, lang)
    title = sheet.title or f"{sheet_text('heading', lang)}: {sheet.profile.company_name}"
    return write_pdf(html, output, FooterText(sheet.profile.company_name, lang), title, lang)
