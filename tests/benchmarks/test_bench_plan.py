"""The plan for the shipped catalogue (goal: under 50 ms): for each case founder in turn, and
for the founder whose plan takes longest, every suggestion tried and judged, the questions and
the timeline made.

Run: .venv/bin/python -m pytest tests/benchmarks -k plan --benchmark-only -s"""

from __future__ import annotations

import itertools
import time
from datetime import date

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import profile_from_dict
from startup_match.core.plan.planner import make_plan

from ..founders import FOUNDERS, known

DAY = date(2026, 12, 7)
PROFILES = [profile_from_dict(known(answers)) for answers in FOUNDERS.values()]


def _slowest() -> int:
    catalogue = default_catalogue()
    times = []
    for n, profile in enumerate(PROFILES):
        make_plan(catalogue, profile, on=DAY)
        start = time.perf_counter()
        make_plan(catalogue, profile, on=DAY)
        times.append((time.perf_counter() - start, n))
    return max(times)[1]


@pytest.mark.parametrize("way", ["founders in turn", "slowest founder"])
def test_bench_plan(benchmark: BenchmarkFixture, way: str) -> None:
    catalogue = default_catalogue()
    chosen = PROFILES if way == "founders in turn" else [PROFILES[_slowest()]]
    turn = itertools.cycle(chosen)
    for profile in chosen:
        make_plan(catalogue, profile, on=DAY)  # plans and texts made once, as in the app
    benchmark.pedantic(
        lambda: make_plan(catalogue, next(turn), on=DAY), rounds=200, warmup_rounds=5
    )
    assert benchmark.stats is not None
    if way == "founders in turn":
        assert benchmark.stats.stats.median < 0.050
