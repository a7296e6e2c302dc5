"""Compact sessions: a session keeps what is its own, shared texts are kept once, and a reopened
session shows exactly the results it had, also after migrating an older database."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile, profile_from_dict
from startup_match.core.model.ranking import Ranking
from startup_match.store.database import open_engine, upgrade_schema
from startup_match.store.errors import StoreError
from startup_match.store.repository import SessionStore

from ..founders import FOUNDERS, known


def founders() -> list[Profile]:
    """The founders the programme cases start from (tests/founders.py)."""
    return [profile_from_dict(known(answers)) for answers in FOUNDERS.values()]


def test_every_founder_in_every_language_reopens_exactly(either_store: SessionStore) -> None:
    store = either_store
    catalogue = default_catalogue()
    for profile in founders():
        for lang in ("en", "zh-Hant", "zh-Hans"):
            ranking = rank(catalogue, profile, lang)
            saved = store.create(
                Consultation(profile, ranking, title=f"{profile.company_name} {lang}")
            )
            assert store.get(saved.id).ranking == ranking
    # A fresh store, with nothing remembered, reads the same back.
    with SessionStore(store.path or _address(store)) as again:
        for summary in again.newest(limit=100):
            assert again.get(summary.id).ranking.results


def _fill_mix(store: SessionStore, team_sizes: range) -> int:
    catalogue = default_catalogue()
    count = 0
    for profile in founders():
        for lang in ("en", "zh-Hant", "zh-Hans"):
            for team_size in team_sizes:
                edited = profile.model_copy(update={"team_size": team_size})
                store.create(Consultation(edited, rank(catalogue, edited, lang)))
                count += 1
    return count


def _file_size(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
    return path.stat().st_size


def test_sessions_keep_only_their_own_part(db_path: Path) -> None:
    """The realistic mix: every founder, three languages, several edits each. Once the shared
    texts are in, each further session costs at most 160 bytes of file a programme of the
    catalogue (8 KiB at the 22 programmes of catalogue 2; it was 70–130 KiB when each held its
    whole ranking)."""
    with SessionStore(db_path) as store:
        _fill_mix(store, range(1, 6))
    first = _file_size(db_path)
    with SessionStore(db_path) as store:
        added = _fill_mix(store, range(6, 11))
    programmes = len(default_catalogue().programmes)
    assert (_file_size(db_path) - first) / added <= 160 * programmes
    with sqlite3.connect(db_path) as connection:
        (own,) = connection.execute("SELECT avg(length(results_json)) FROM sessions").fetchone()
    # A session's own part grows with the catalogue (a status, a score and each criterion's
    # verdict per programme): about 125 bytes a programme.
    assert own < 140 * programmes


def _old_database(db_path: Path, rankings: dict[str, str], profile: Profile) -> None:
    """A database at schema 0004, where each session held its whole ranking as JSON."""
    engine = open_engine(db_path, revision="0004")
    now = datetime(2026, 3, 4, 5, 6, 7)
    with engine.begin() as connection:
        for title, ranking_json in rankings.items():
            connection.execute(
                text(
                    "INSERT INTO sessions (title, company_name, profile_json, ranking_json, "
                    "catalogue_version, catalogue_digest, notes, comparison_json, search_key, "
                    "created_at, updated_at) VALUES (:t, :c, :p, :r, 'v', 'd', '', '[]', :k, "
                    ":at, :at)"
                ),
                {
                    "t": title,
                    "c": profile.company_name,
                    "p": profile.model_dump_json(exclude_none=True),
                    "r": ranking_json,
                    "k": title.casefold(),
                    "at": now,
                },
            )
    engine.dispose()


def _legacy(ranking: Ranking) -> str:
    """A ranking as saved before confidence, relevance and groups existed."""
    data = ranking.model_dump(mode="json")
    for outcome in data["results"]:
        for key in ("confidence", "relevant", "group", "kinds", "search_names", "url"):
            outcome.pop(key)
    return json.dumps(data)


def test_an_older_database_migrates_with_nothing_lost(
    db_path: Path, profile: Profile, ranking: Ranking
) -> None:
    in_chinese = rank(default_catalogue(), profile, "zh-Hant")
    damaged = ranking.model_dump_json()[:5000]
    _old_database(
        db_path,
        {
            "current": ranking.model_dump_json(),
            "chinese": in_chinese.model_dump_json(),
            "legacy": _legacy(ranking),
            "damaged": damaged,
        },
        profile,
    )
    with SessionStore(db_path) as store:
        by_title = {s.title: s.id for s in store.newest()}
        assert store.get(by_title["current"]).ranking == ranking
        assert store.get(by_title["chinese"]).ranking == in_chinese
        legacy = store.get(by_title["legacy"]).ranking
        assert legacy == Ranking.model_validate_json(_legacy(ranking))
        assert legacy.results[0].group is None  # still shown as it was saved
        with pytest.raises(StoreError, match="damaged"):
            store.get(by_title["damaged"])
    with sqlite3.connect(db_path) as connection:
        kept = connection.execute("SELECT results_json FROM sessions WHERE title = 'damaged'")
        assert kept.fetchone()[0] == damaged  # byte for byte, for whoever wants to rescue it


def test_the_migration_can_be_undone(db_path: Path, profile: Profile, ranking: Ranking) -> None:
    _old_database(db_path, {"one": ranking.model_dump_json()}, profile)
    SessionStore(db_path).close()  # upgrades to compact rankings
    engine = open_engine(db_path)
    from alembic import command

    from startup_match.store.database import migrations_on

    with engine.begin() as connection:
        command.downgrade(migrations_on(connection), "0004")
    with engine.connect() as connection:
        (back,) = connection.execute(text("SELECT ranking_json FROM sessions")).one()
    assert Ranking.model_validate_json(back) == ranking
    upgrade_schema(engine)  # and forward again
    engine.dispose()
    with SessionStore(db_path) as store:
        assert store.get(store.newest()[0].id).ranking == ranking


def _address(store: SessionStore) -> str:
    return store._engine.url.render_as_string(hide_password=False)
