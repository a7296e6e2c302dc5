"""Time to write the summary sheet PDF for a full ranking (figure in the README)."""

from __future__ import annotations

from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture

from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import profile_from_dict
from startup_match.report.sheet import export_sheet_pdf
from startup_match.report.sheet_html import SheetInput


def test_bench_write_sheet_pdf(
    benchmark: BenchmarkFixture, tmp_path: Path, biotech_profile_data: dict[str, object]
) -> None:
    profile = profile_from_dict(biotech_profile_data)
    sheet = SheetInput(
        profile=profile,
        ranking=rank(default_catalogue(), profile),
        comparison=["tsssu", "techconnect", "raise-plus", "co-acceleration"],
    )
    pages = benchmark(export_sheet_pdf, sheet, tmp_path / "bench.pdf")
    assert pages >= 2
