"""A database made by the first migration upgrades with nothing lost; the format its rankings
are converted to stays as it was written."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.store.database import HEAD, open_engine
from startup_match.store.errors import StoreError
from startup_match.store.migrations._compact_v1 import canonical, digest, join, split
from startup_match.store.repository import SessionStore


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0])


def _first_release_database(db_path: Path, profile: Profile, rankings: dict[str, str]) -> None:
    """A database at schema 0001, as the first release made it, holding a session per ranking
    (titled by the key) with its whole ranking as JSON."""
    engine = open_engine(db_path, revision="0001")
    with engine.begin() as connection:
        for title, ranking_json in rankings.items():
            connection.execute(
                text(
                    "INSERT INTO sessions (title, company_name, profile_json, ranking_json, "
                    "catalogue_version, catalogue_digest, notes, created_at, updated_at) "
                    "VALUES (:t, :c, :p, :r, 'v', 'd', :n, :at, :at)"
                ),
                {
                    "t": title,
                    "c": profile.company_name,
                    "p": profile.model_dump_json(exclude_none=True),
                    "r": ranking_json,
                    "n": "old notes",
                    "at": FIRST_SAVED,
                },
            )
    engine.dispose()
    assert _revision(db_path) == "0001"


FIRST_SAVED = datetime(2026, 1, 2, 3, 4, 5)


def _stored_ranking(db_path: Path, title: str) -> dict[str, Any]:
    """The ranking the session `title` keeps, joined from its parts without the app's model."""
    with sqlite3.connect(db_path) as connection:
        (own,) = connection.execute(
            "SELECT results_json FROM sessions WHERE title = ?", (title,)
        ).fetchone()
        parts = dict(connection.execute("SELECT id, body FROM ranking_parts").fetchall())
    return join(json.loads(own), parts)


def test_first_migration_database_upgrades_with_nothing_lost(
    db_path: Path, profile: Profile, ranking: Ranking
) -> None:
    """Every migration runs over sessions the first release saved. Those that convert stored
    rankings do it by their own frozen copy of the format (migration 0005), so a ranking today's
    model would refuse still upgrades, kept exactly as it was written."""
    unknown = ranking.model_dump(mode="json")
    unknown["results"][0]["a_later_field"] = "kept"  # as if the model had changed since
    del unknown["catalogue"]
    _first_release_database(
        db_path,
        profile,
        {
            "Made by version 0001": ranking.model_dump_json(),
            "Unknown to this model": json.dumps(unknown),
            "Damaged": "{not json",
        },
    )
    with SessionStore(db_path) as store:
        assert _revision(db_path) == HEAD
        titles = {summary.title: summary.id for summary in store.newest()}
        session = store.get(titles["Made by version 0001"])
        # The search key is filled for rows made before it existed, folded beyond ASCII.
        found = [s.id for s in store.search("MADE BY VERSION")]
        assert found == [titles["Made by version 0001"]]
        for refused in ("Unknown to this model", "Damaged"):
            with pytest.raises(StoreError, match="damaged"):
                store.get(titles[refused])
    assert session.title == "Made by version 0001"
    assert session.notes == "old notes"
    assert session.profile == profile
    assert session.ranking == ranking
    assert session.comparison == []
    assert session.created_at == FIRST_SAVED
    assert _stored_ranking(db_path, "Unknown to this model") == unknown
    with sqlite3.connect(db_path) as connection:
        kept = connection.execute("SELECT results_json FROM sessions WHERE title = 'Damaged'")
        assert kept.fetchone() == ("{not json",)  # byte for byte


def test_opening_twice_does_not_migrate_again(
    db_path: Path, profile: Profile, ranking: Ranking
) -> None:
    with SessionStore(db_path) as store:
        store.create(Consultation(profile, ranking))
    with SessionStore(db_path) as store:
        assert store.count() == 1
    assert _revision(db_path) == HEAD


def test_stored_ranking_format_1_stays_as_migration_0005_wrote_it() -> None:
    """Format 1 is frozen (store/migrations/_compact_v1.py): databases upgraded through 0005
    hold it, so its split is pinned here. A new format is new code and a new migration."""
    outcome = {
        "id": "p",
        "name": "P",
        "status": "eligible",
        "score": 80,
        "relevant": True,
        "group": "open",
        "criteria": [{"id": "c", "kind": "requirement", "verdict": "met", "explanation": "E"}],
        "hints": ["H"],
    }
    taken = split({"lang": "en", "results": [outcome]})
    named = {digest(body): body for body in taken.parts.values()}
    assert named == taken.parts
    assert sorted(taken.parts.values()) == sorted(
        [
            canonical("E"),
            canonical("H"),
            canonical({"lang": "en"}),
            canonical({"id": "p", "name": "P", "criteria": [{"id": "c", "kind": "requirement"}]}),
        ]
    )
    shared, head, explanation, hint = (
        digest(canonical(value))
        for value in (
            {"id": "p", "name": "P", "criteria": [{"id": "c", "kind": "requirement"}]},
            {"lang": "en"},
            "E",
            "H",
        )
    )
    assert explanation == "43e6e2bebb3774311cf0c867d2fae5da733792224e8bac1d455eff172ff6af27"
    assert taken.own == {
        "format": 1,
        "head": head,
        "results": [[shared, "eligible", 80, True, "open", [["met", explanation]], [hint]]],
    }
    assert join(taken.own, taken.parts) == {"lang": "en", "results": [outcome]}
