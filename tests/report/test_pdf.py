"""The PDF itself, read back with pypdf and rendered with poppler where available."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextTable

from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.report.pagination import keep_together
from startup_match.report.render import ReportError, ensure_gui_application, make_document
from startup_match.report.sheet import export_sheet_pdf
from startup_match.report.sheet_html import SheetInput

from ..pdfs import pdf_text

A4_POINTS = (595, 842)


def _has_cjk_font() -> bool:
    ensure_gui_application()
    from PySide6.QtGui import QFontDatabase

    return any("CJK" in family for family in QFontDatabase.families())


def test_pdf_holds_company_programmes_sources_and_page_numbers(
    sheet: SheetInput, tmp_path: Path
) -> None:
    output = tmp_path / "sheet.pdf"
    pages = export_sheet_pdf(sheet, output)
    reader = PdfReader(str(output))
    assert len(reader.pages) == pages >= 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
    text = pdf_text(output)
    assert "Helix Lab Limited" in text
    for outcome in sheet.ranking.results:
        assert outcome.name in text, outcome.name
    assert "Innovation and Technology Industry in Hong Kong" in text
    assert "HKTDC Research" in text
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert "indicative only" in text


def test_company_name_with_markup_prints_literally(tmp_path: Path) -> None:
    from startup_match.core.model.profile import Profile

    profile = Profile(company_name="<b>x</b> Ltd")
    sheet = SheetInput(profile=profile, ranking=rank(default_catalogue(), profile))
    output = tmp_path / "markup.pdf"
    export_sheet_pdf(sheet, output)
    assert "<b>x</b> Ltd" in pdf_text(output)


@pytest.mark.skipif(not shutil.which("fc-list"), reason="needs fontconfig")
def test_chinese_pdf_contains_chinese_programme_names(sheet: SheetInput, tmp_path: Path) -> None:
    if not _has_cjk_font():
        pytest.skip("no CJK font installed (Debian: fonts-noto-cjk)")
    ranking = rank(default_catalogue(), sheet.profile, "zh-Hant")
    output = tmp_path / "zh.pdf"
    export_sheet_pdf(SheetInput(profile=sheet.profile, ranking=ranking), output, "zh-Hant")
    text = pdf_text(output).replace(" ", "")
    for name in ("大學科技初創企業資助計劃", "香港科技園共同企業加速計劃", "產學研1+計劃"):
        assert name in text
    assert "第1頁" in text


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils (pdftoppm)")
def test_pages_render_to_png(sheet: SheetInput, tmp_path: Path) -> None:
    output = tmp_path / "sheet.pdf"
    pages = export_sheet_pdf(sheet, output)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(output), str(tmp_path / "page")], check=True
    )
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    assert all(image.stat().st_size > 2_000 for image in images)


def test_unwritable_output_gives_clear_error(sheet: SheetInput, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="no such folder"):
        export_sheet_pdf(sheet, tmp_path / "missing" / "x.pdf")
    with pytest.raises(ReportError, match="is a folder"):
        export_sheet_pdf(sheet, tmp_path)
    assert list(tmp_path.iterdir()) == []  # no stray temporary file


def test_long_unbroken_text_wraps_inside_the_page(tmp_path: Path) -> None:
    from startup_match.core.model.profile import Profile

    name = "Z" * 60 + "Y" * 60  # 120 characters, no place to break
    profile = Profile(company_name=name, sectors=["biotech"], needs=["funding"])
    notes = "https://example.org/" + "very-long-path-segment-" * 30
    sheet = SheetInput(
        profile=profile, ranking=rank(default_catalogue(), profile), notes=notes, with_notes=True
    )
    output = tmp_path / "long.pdf"
    export_sheet_pdf(sheet, output)
    reader = PdfReader(str(output))
    width = float(reader.pages[0].mediabox.width)
    starts: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_rest: object) -> None:
        if text.strip():
            starts.append(cm[4] + tm[4] * cm[0])

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert starts and all(0 <= x < width for x in starts)
    flat = pdf_text(output).replace(" ", "")
    assert name in flat
    assert "very-long-path-segment-" * 30 in flat


def test_pages_cut_no_row_and_strand_no_heading() -> None:
    """Rows (each a table of its own) move whole to the next page; a heading moves with what it
    heads, two headings in a row both."""
    ensure_gui_application()
    parts = []
    for i in range(80):
        if i % 4 == 0:
            parts.append(f"<h2>Part {i}</h2>" + (f"<h3>Section {i}</h3>" if i % 8 == 0 else ""))
        parts.append(
            f"<table border='1' width='100%'><tr><td>Row {i}</td>"
            f"<td>{'text ' * (i % 7 * 9)}</td></tr></table>"
        )
    document = make_document(f"<html><body>{''.join(parts)}</body></html>")
    height = 300
    document.setPageSize(QSizeF(400, height))

    def problems() -> list[str]:
        found, previous = [], None
        iterator = document.rootFrame().begin()
        layout = document.documentLayout()
        while not iterator.atEnd():
            frame, block = iterator.currentFrame(), iterator.currentBlock()
            iterator += 1
            if isinstance(frame, QTextTable):
                rect = layout.frameBoundingRect(frame)
            elif frame is None and block.text().strip():
                rect = layout.blockBoundingRect(block)
            else:
                continue
            top, bottom = int(rect.top() // height), int((rect.bottom() - 1) // height)
            if isinstance(frame, QTextTable) and top != bottom:
                found.append(f"row cut: {frame.cellAt(0, 0).firstCursorPosition().block().text()}")
            if previous is not None and previous[1] != top:
                found.append(f"heading stranded: {previous[0]}")
            heading = frame is None and block.blockFormat().headingLevel() > 0
            previous = (block.text(), bottom) if heading else None
        return found

    assert problems()  # the test means something: laid out as Qt does, pages cut and strand
    assert keep_together(document, height) > 0
    assert problems() == []
