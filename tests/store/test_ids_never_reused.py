"""A deleted session's id is never given to a new one (AUTOINCREMENT, migration 0008), so
nothing kept by id (a crash draft, a recent-sessions entry) can land on another session."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.store.database import HEAD, migrations_on, open_engine
from startup_match.store.repository import SessionStore


def test_the_id_of_a_deleted_session_is_not_reused(
    store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    ids = [store.create(Consultation(profile, ranking, title=f"S{n}")).id for n in range(3)]
    store.delete(ids[-1])
    assert store.create(Consultation(profile, ranking, title="New")).id == ids[-1] + 1


def test_a_database_from_0007_upgrades_and_keeps_its_sessions(
    tmp_path: Path, profile: Profile, ranking: Ranking
) -> None:
    path = tmp_path / "old.db"
    with SessionStore(path) as store:
        first = store.create(Consultation(profile, ranking, title="Kept", notes="n"))
        second = store.create(Consultation(profile, ranking, title="Gone"))
    engine = open_engine(path)
    with engine.begin() as connection:  # back to 0007, as the previous release left it
        command.downgrade(migrations_on(connection), "0007")
    engine.dispose()
    with SessionStore(path) as store:  # upgrades to the head
        store.delete(second.id)
        assert store.create(Consultation(profile, ranking, title="Next")).id == second.id + 1
        kept = store.get(first.id)
        assert (kept.title, kept.notes, kept.profile, kept.uid) == ("Kept", "n", profile, first.uid)
        assert store.search("kept")[0].id == first.id
    with sqlite3.connect(path) as connection:
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(sessions)")}
        sql = connection.execute("SELECT sql FROM sqlite_master WHERE name='sessions'").fetchone()
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert "AUTOINCREMENT" in sql[0] and revision == (HEAD,)
    assert {"ix_sessions_search_key", "ix_sessions_uid", "ix_sessions_updated_at"} <= indexes
