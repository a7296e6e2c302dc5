"""Store benchmarks (figures in the README). Run: pytest tests/benchmarks --benchmark-enable."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import profile_from_dict
from startup_match.store.repository import SessionStore

from .stores import filled_store

STORES = [("sqlite", 10_000), ("sqlite", 100_000), ("postgresql", 100_000)]


@pytest.fixture(scope="module", params=STORES, ids=lambda p: f"{p[0]}-{p[1] // 1000}k")
def full_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SessionStore]:
    engine, count = request.param
    location: Path | str = Path(tmp_path_factory.mktemp("bench")) / "sessions.db"
    if engine == "postgresql":
        server = request.getfixturevalue("pg_server")
        location = server.create_database(f"bench_{count}")
    store = filled_store(location, count)
    yield store
    store.close()


def test_bench_save_one_session(benchmark: BenchmarkFixture, full_store: SessionStore) -> None:
    profile = profile_from_dict({"company_name": "Saved Co", "needs": ["funding"]})
    ranking = rank(default_catalogue(), profile)
    session = full_store.create(Consultation(profile, ranking))
    saved = benchmark(full_store.save, session.id, Consultation(profile, ranking))
    assert saved.id == session.id


def test_bench_list_newest_100(benchmark: BenchmarkFixture, full_store: SessionStore) -> None:
    page = benchmark(full_store.newest, 100)
    assert len(page) == 100


def test_bench_open_one_session(benchmark: BenchmarkFixture, full_store: SessionStore) -> None:
    opened = benchmark(full_store.get, 5_000)
    assert opened.title == "Session 4998"


def test_bench_search(benchmark: BenchmarkFixture, full_store: SessionStore) -> None:
    found = benchmark(full_store.search, "company 4999")  # 4999 and, at 100k, 49990–49999
    assert "Session 4999" in [s.title for s in found]


def test_bench_bytes_per_session(benchmark: BenchmarkFixture, full_store: SessionStore) -> None:
    """The file's size over its sessions (the goal: ≤ 8 KiB on average)."""
    if full_store.path is None:
        pytest.skip("a server's size is the server's business")
    full_store.close()
    with sqlite3.connect(full_store.path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    per_session = benchmark(lambda: full_store.path.stat().st_size / full_store.count())
    print(f"\n{full_store.count()} sessions: {per_session / 1024:.1f} KiB each")
    assert per_session <= 8 * 1024


def test_bench_open_the_store(benchmark: BenchmarkFixture, full_store: SessionStore) -> None:
    """Opening checks the file is ours without reading all of it (no whole-file check); on a
    server, connecting and checking the schema."""
    location = full_store.path or full_store._engine.url.render_as_string(hide_password=False)
    benchmark(lambda: SessionStore(location).close())
