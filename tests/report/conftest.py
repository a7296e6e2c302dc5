from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from startup_match.core.engine import rank
from startup_match.core.loader import default_catalogue
from startup_match.core.profile import profile_from_dict
from startup_match.report.sheet_html import SheetInput


def pdf_text(path: Path) -> str:
    """All text of a PDF, white space folded so wrapped cells still match. NFKC folds the Kangxi
    radicals that PDF text extraction returns for some CJK glyphs back to the ideographs."""
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


@pytest.fixture
def sheet(biotech_profile_data: dict[str, object]) -> SheetInput:
    profile = profile_from_dict(biotech_profile_data)
    return SheetInput(
        profile=profile,
        ranking=rank(default_catalogue(), profile),
        comparison=["tsssu", "techconnect", "raise-plus"],
        notes="Follow up in two weeks",
    )
