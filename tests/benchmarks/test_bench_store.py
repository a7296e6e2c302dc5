"""Store benchmarks (figures in the README). Run: pytest tests/benchmarks --benchmark-enable."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import insert

from startup_match.core.catalogue import Catalogue
from startup_match.core.engine import rank
from startup_match.core.loader import default_catalogue
from startup_match.core.profile import profile_from_dict
from startup_match.store.models import SessionRow
from startup_match.store.repository import SessionStore

SESSIONS = 10_000


@pytest.fixture(scope="module")
def full_store(tmp_path_factory: pytest.TempPathFactory) -> SessionStore:
    profile = profile_from_dict({"company_name": "Bench Co", "stage": "seed", "sectors": ["ict"]})
    ranking = rank(default_catalogue(), profile)
    store = SessionStore(Path(tmp_path_factory.mktemp("bench")) / "sessions.db")
    start = datetime(2026, 1, 1)
    rows = [
        {
            "title": f"Session {i}",
            "company_name": f"Company {i}",
            "profile_json": profile.model_dump_json(exclude_none=True),
            "ranking_json": ranking.model_dump_json(),
            "catalogue_version": ranking.catalogue.version,
            "catalogue_digest": ranking.catalogue.digest,
            "notes": "",
            "comparison_json": "[]",
            "search_key": f"session {i}\ncompany {i}",
            "created_at": start + timedelta(minutes=i),
            "updated_at": start + timedelta(minutes=i),
        }
        for i in range(SESSIONS)
    ]
    with store._sessions.begin() as orm:  # bulk fill: setup, not what is measured
        orm.execute(insert(SessionRow), rows)
    return store


def test_bench_save_one_session(benchmark: BenchmarkFixture, full_store: SessionStore) -> None:
    profile = profile_from_dict({"company_name": "Saved Co", "needs": ["funding"]})
    ranking = rank(default_catalogue(), profile)
    session = full_store.create(profile, ranking)
    saved = benchmark(full_store.save, session.id, profile, ranking)
    assert saved.id == session.id


def test_bench_list_newest_100_of_10000(
    benchmark: BenchmarkFixture, full_store: SessionStore
) -> None:
    page = benchmark(full_store.list, 100)
    assert len(page) == 100
    assert full_store.count() >= SESSIONS


def test_bench_open_one_session(benchmark: BenchmarkFixture, full_store: SessionStore) -> None:
    opened = benchmark(full_store.get, 5_000)
    assert opened.title == "Session 4999"


def test_bench_rank_full_catalogue(benchmark: BenchmarkFixture) -> None:
    catalogue = default_catalogue()
    profile = profile_from_dict({"company_name": "Rank Co", "stage": "seed", "sectors": ["ict"]})
    ranking = benchmark(rank, catalogue, profile)
    assert len(ranking.results) == len(catalogue.programmes)


def test_bench_search_10000(benchmark: BenchmarkFixture, full_store: SessionStore) -> None:
    found = benchmark(full_store.search, "Company 4999")
    assert [s.title for s in found] == ["Session 4999"]


def test_bench_open_the_store_10000(benchmark: BenchmarkFixture, full_store: SessionStore) -> None:
    """Opening checks the file is ours without reading all of it (no whole-file check)."""
    path = full_store.path
    benchmark(lambda: SessionStore(path).close())


def _scaled(count: int) -> Catalogue:
    base = default_catalogue()
    copies = [
        p.model_copy(update={"id": f"{p.id}-{i}"})
        for i in range(count // len(base.programmes) + 1)
        for p in base.programmes
    ][:count]
    return Catalogue.model_construct(info=base.info, programmes=copies, digest=base.digest)


@pytest.mark.parametrize("count", [1_000, 10_000])
def test_bench_rank_generated_catalogues(benchmark: BenchmarkFixture, count: int) -> None:
    catalogue = _scaled(count)
    profile = profile_from_dict({"company_name": "Rank Co", "stage": "seed", "sectors": ["ict"]})
    ranking = benchmark.pedantic(rank, args=(catalogue, profile), rounds=3, warmup_rounds=1)
    assert len(ranking.results) == count
