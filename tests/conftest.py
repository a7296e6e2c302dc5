"""Shared fixtures. GUI tests run offscreen: set before any Qt import."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from .pg_server import PgServer, start_server, unavailable_reason

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp: object) -> object:
    """One QApplication for the whole run: the report code would otherwise create a bare
    QGuiApplication first, and widgets cannot be made after that."""
    return qapp


@pytest.fixture
def profiles_dir() -> Path:
    return DATA / "profiles"


@pytest.fixture
def biotech_profile_path(profiles_dir: Path) -> Path:
    return profiles_dir / "university-biotech.json"


@pytest.fixture
def biotech_profile_data(biotech_profile_path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(biotech_profile_path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A real PostgreSQL server on loopback for this test run (skips, saying why, without one)."""
    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    server = start_server()
    yield server
    try:
        server.stop()
    finally:
        server.remove()


@pytest.fixture
def pg_url(pg_server: PgServer, request: pytest.FixtureRequest) -> str:
    """A new, empty database on the test server."""
    name = "t_" + hashlib.sha1(request.node.nodeid.encode()).hexdigest()[:20]
    return pg_server.create_database(name)
