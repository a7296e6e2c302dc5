"""Ranking the real catalogue and generated ones of 1,000 and 10,000 programmes (goal: 5 ms and
50 ms), four ways a founder meets it:

- *again*: the same answers ranked again (an edit that changes no verdict: a name, a note, a
  number that stays within every range);
- *one answer changed*: the stage switches back and forth, which changes the verdicts of the
  programmes with a stage rule (about half of them);
- *six founders in turn*: the founders of the programme cases, so most verdicts change from one
  ranking to the next (texts already made for a verdict are reused);
- *first ranking*: the catalogue has worked nothing out yet (as after loading it): every plan,
  text and outcome is made.

A generated catalogue is the real catalogue's programmes copied under new ids.

Run: .venv/bin/python -m pytest tests/benchmarks -k rank --benchmark-only -s"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from startup_match.core.engine.rank import rank
from startup_match.core.model.catalogue import Catalogue
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile, profile_from_dict

from ..founders import FOUNDERS, afresh, known


def _founder(answers: dict[str, Any]) -> Profile:
    return profile_from_dict(known(answers))


_SPINOUT = FOUNDERS["hk_uni_spinout"]
WAYS: dict[str, list[Profile]] = {
    "again": [_founder(_SPINOUT)],
    "one answer changed": [_founder(_SPINOUT), _founder({**_SPINOUT, "stage": "seed"})],
    "six founders in turn": [_founder(answers) for answers in FOUNDERS.values()],
    "first ranking": [_founder(_SPINOUT)],
}


def _scaled(count: int) -> Catalogue:
    base = default_catalogue()
    if count == len(base.programmes):
        return base
    copies = [
        p.model_copy(update={"id": f"{p.id}-{i}"})
        for i in range(count // len(base.programmes) + 1)
        for p in base.programmes
    ][:count]
    return Catalogue.model_construct(info=base.info, programmes=copies, digest=base.digest)


@pytest.mark.parametrize("way", list(WAYS))
@pytest.mark.parametrize("count", [len(default_catalogue().programmes), 1_000, 10_000])
def test_bench_rank(benchmark: BenchmarkFixture, count: int, way: str) -> None:
    catalogue = _scaled(count)
    founders = itertools.cycle(WAYS[way])
    if way == "first ranking":
        ranking = benchmark.pedantic(
            lambda catalogue: rank(catalogue, next(founders)),
            setup=lambda: ((afresh(catalogue),), {}),
            rounds=6 if count > 1_000 else 30,
        )
    else:
        for _ in WAYS[way]:
            rank(catalogue, next(founders))  # the catalogue's texts are made once, not measured
        ranking = benchmark.pedantic(
            lambda: rank(catalogue, next(founders)), rounds=12 if count > 1_000 else 60
        )
    assert len(ranking.results) == count
