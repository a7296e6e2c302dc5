from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile, profile_from_dict
from startup_match.core.model.ranking import Ranking
from startup_match.store.repository import SessionStore


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "sessions.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[SessionStore]:
    with SessionStore(db_path) as opened:
        yield opened


@pytest.fixture
def profile(biotech_profile_data: dict[str, object]) -> Profile:
    return profile_from_dict(biotech_profile_data)


@pytest.fixture
def ranking(profile: Profile) -> Ranking:
    return rank(default_catalogue(), profile)


@pytest.fixture(params=["sqlite", "postgresql"])
def either_store(request: pytest.FixtureRequest, db_path: Path) -> Iterator[SessionStore]:
    """The same store API on both engines: a SQLite file, and a real PostgreSQL server (which
    skips, saying why, where none can be started)."""
    location: Path | str = db_path
    if request.param == "postgresql":
        location = str(request.getfixturevalue("pg_url"))
    with SessionStore(location, author="ann") as opened:
        yield opened
