"""Loading and validating generated catalogues of 1,000 and 10,000 programmes (goal: 10,000 in
≤ 2 s). Each is the real catalogue's programme files copied under new ids.

Run: .venv/bin/python -m pytest tests/benchmarks -k catalogue --benchmark-only -s"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from startup_match.core.model.loader import load_catalogue
from startup_match.paths import seeds_dir


def _generated(folder: Path, count: int) -> Path:
    shutil.copytree(seeds_dir(), folder, ignore=shutil.ignore_patterns("programmes"))
    sources = sorted((seeds_dir() / "programmes").glob("*.toml"))
    (folder / "programmes").mkdir()
    for n in range(count):
        source = sources[n % len(sources)]
        text = source.read_text(encoding="utf-8")
        new_id = f"{source.stem}-{n}"
        text = re.sub(r'^id = "[^"]+"', f'id = "{new_id}"', text, count=1, flags=re.M)
        (folder / "programmes" / f"{new_id}.toml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("count", [1_000, 10_000])
def test_bench_load_generated_catalogue(
    benchmark: BenchmarkFixture, tmp_path: Path, count: int
) -> None:
    root = _generated(tmp_path / "catalogue", count)
    catalogue = benchmark.pedantic(load_catalogue, args=(root,), rounds=3, warmup_rounds=0)
    assert len(catalogue.programmes) == count
