"""Reading back the PDFs the app writes."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    """All text of a PDF, white space folded so wrapped cells still match. NFKC folds the Kangxi
    radicals that PDF text extraction returns for some CJK glyphs back to the ideographs."""
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
