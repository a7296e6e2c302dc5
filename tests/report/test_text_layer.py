"""The sheet's text layer says exactly what its pages show: text copied or extracted from a
Chinese sheet is the characters drawn, never a Kangxi radical standing in for an ideograph."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from startup_match.core.engine.rank import rank
from startup_match.core.model.langs import Lang
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.report.cjk_font import RADICALS, own_families, stand_ins
from startup_match.report.render import ensure_gui_application, make_document
from startup_match.report.sheet import FooterText, export_sheet_pdf
from startup_match.report.sheet_html import SheetInput, build_sheet_html

from ..pdfs import flat, page_texts, pdf_text, structure_of, without_repeated_headers


def _has_noto_cjk() -> bool:
    ensure_gui_application()
    from PySide6.QtGui import QFontDatabase

    return "Noto Sans CJK TC" in QFontDatabase.families()


needs_noto = pytest.mark.skipif(
    not shutil.which("fc-match"), reason="needs fontconfig and Noto Sans CJK (fonts-noto-cjk)"
)


def _radicals(text: str) -> str:
    return "".join(ch for ch in text if ord(ch) in RADICALS)


def _extracted(path: Path) -> list[list[str]]:
    """Each page's text, without white space, as pypdf reads it and, where installed, as
    poppler's pdftotext does (in the order drawn: by default it would also join a word broken
    at a line's end with a hyphen, taking the hyphen out)."""
    texts = [page_texts(path)]
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        )
        texts.append([flat(page) for page in done.stdout.decode("utf-8").split("\f")[:-1]])
    return texts


def _rendered(sheet: SheetInput, lang: Lang, pages: int) -> str:
    """Every character drawn: the document's text and each page's footer."""
    document = make_document(build_sheet_html(sheet, lang), lang)
    footer = FooterText(sheet.profile.company_name, lang)
    return document.toPlainText() + "".join(footer(n, pages) for n in range(1, pages + 1))


@needs_noto
@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans", "en"])
def test_extracted_text_is_the_text_drawn(sheet: SheetInput, lang: Lang, tmp_path: Path) -> None:
    if not _has_noto_cjk():
        pytest.skip("Noto Sans CJK is not installed (Debian: fonts-noto-cjk)")
    ranking = rank(default_catalogue(), sheet.profile, lang)
    shown = SheetInput(profile=sheet.profile, ranking=ranking, comparison=sheet.comparison)
    output = tmp_path / f"{lang}.pdf"
    pages = export_sheet_pdf(shown, output, lang)
    drawn = _rendered(shown, lang, pages)
    assert not _radicals(drawn)
    headers = structure_of(build_sheet_html(shown, lang)).headers
    for extracted in _extracted(output):
        assert len(extracted) == pages
        text = without_repeated_headers(extracted, headers)
        assert not _radicals(text), _radicals(text)
        # Character for character (the order of table cells is the extractor's own).
        assert Counter(text) == Counter(flat(drawn))
    if lang != "en":  # a search for 大學 or 大学 finds it
        assert ("大學" if lang == "zh-Hant" else "大学") in pdf_text(output).replace(" ", "")


@needs_noto
def test_a_radical_in_the_input_stays_a_radical(tmp_path: Path) -> None:
    if not _has_noto_cjk():
        pytest.skip("Noto Sans CJK is not installed (Debian: fonts-noto-cjk)")
    name = "⼤大 Robotics 〈日⽇〉"  # U+2F24 then 大, U+2F47 then 日
    profile = Profile(company_name=name)
    sheet = SheetInput(profile=profile, ranking=rank(default_catalogue(), profile, "zh-Hant"))
    output = tmp_path / "radical.pdf"
    export_sheet_pdf(sheet, output, "zh-Hant")
    for pages in _extracted(output):
        text = "".join(pages)
        assert name.replace(" ", "") in text
        assert _radicals(text) == "⼤⽇" * text.count("Robotics")


def test_the_copy_leaves_out_only_code_points_that_stand_in_for_another() -> None:
    cmap = {
        0x2F24: "big",  # KANGXI RADICAL BIG, drawn as 大
        0x5927: "big",
        0x2E9F: "mother",  # CJK RADICAL MOTHER, drawn as 母
        0x6BCD: "mother",
        0x2F00: "one-radical",  # a radical with a glyph of its own stays
        0x2329: "angle",  # LEFT-POINTING ANGLE BRACKET is canonically 〈 (U+3008)
        0x3008: "angle",
        0x00A0: "space",  # NO-BREAK SPACE is not a space: both stay
        0x0020: "space",
        0x2460: "circled-one",  # two different characters that share a glyph: both stay
        0x2780: "circled-one",
        0x2215: "solidus",  # DIVISION SLASH, drawn as the fullwidth ／ of 深圳／大灣區
        0xFF0F: "solidus",
    }
    assert stand_ins(cmap) == {0x2F24, 0x2E9F, 0x2329, 0x2215}


@needs_noto
def test_the_sheet_draws_chinese_from_the_copy() -> None:
    if not _has_noto_cjk():
        pytest.skip("Noto Sans CJK is not installed (Debian: fonts-noto-cjk)")
    assert own_families() == ["Startup Match CJK TC", "Startup Match CJK SC"]
    families = make_document("<p>大學</p>", "zh-Hans").defaultFont().families()
    assert families.index("Startup Match CJK SC") < families.index("Startup Match CJK TC")
    assert families.index("Startup Match CJK TC") < families.index("Noto Sans CJK TC")
