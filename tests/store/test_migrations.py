"""A database made by the first migration upgrades with nothing lost."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from startup_match.core.consultation import Consultation
from startup_match.core.profile import Profile
from startup_match.core.ranking import Ranking
from startup_match.store.database import HEAD, open_engine
from startup_match.store.repository import SessionStore


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0])


def test_first_migration_database_upgrades_with_nothing_lost(
    db_path: Path, profile: Profile, ranking: Ranking
) -> None:
    engine = open_engine(db_path, revision="0001")
    now = datetime(2026, 1, 2, 3, 4, 5)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sessions (title, company_name, profile_json, ranking_json, "
                "catalogue_version, catalogue_digest, notes, created_at, updated_at) "
                "VALUES (:t, :c, :p, :r, :v, :d, :n, :at, :at)"
            ),
            {
                "t": "Made by version 0001",
                "c": profile.company_name,
                "p": profile.model_dump_json(exclude_none=True),
                "r": ranking.model_dump_json(),
                "v": ranking.catalogue.version,
                "d": ranking.catalogue.digest,
                "n": "old notes",
                "at": now,
            },
        )
    engine.dispose()
    assert _revision(db_path) == "0001"

    with SessionStore(db_path) as store:
        assert _revision(db_path) == HEAD
        [summary] = store.newest()
        session = store.get(summary.id)
        # The search key is filled for rows made before it existed, folded beyond ASCII.
        assert [s.id for s in store.search("MADE BY VERSION")] == [summary.id]
    assert session.title == "Made by version 0001"
    assert session.notes == "old notes"
    assert session.profile == profile
    assert session.ranking == ranking
    assert session.comparison == []
    assert session.created_at == now


def test_opening_twice_does_not_migrate_again(
    db_path: Path, profile: Profile, ranking: Ranking
) -> None:
    with SessionStore(db_path) as store:
        store.create(Consultation(profile, ranking))
    with SessionStore(db_path) as store:
        assert store.count() == 1
    assert _revision(db_path) == HEAD
