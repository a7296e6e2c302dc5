"""A team server that stops answering ends a wait instead of hanging it: TCP keepalives on
every connection, a statement timeout, and a message that says the server stopped answering."""

from __future__ import annotations

import psycopg
import pytest

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.store import server
from startup_match.store.errors import StoreError
from startup_match.store.repository import SessionStore
from startup_match.store.server import parse_url


def test_every_connection_has_keepalives_and_a_statement_timeout(pg_url: str) -> None:
    with SessionStore(pg_url) as store, store._engine.connect() as connection:
        timeout = connection.exec_driver_sql("SHOW statement_timeout").scalar()
        raw = connection.connection.dbapi_connection
        assert isinstance(raw, psycopg.Connection)
        parameters = raw.info.get_parameters()
    assert timeout == f"{server.STATEMENT_TIMEOUT_SECONDS}s"
    assert parameters.get("keepalives") == "1" and "keepalives_idle" in parameters


def test_a_save_the_server_never_answers_ends_with_a_clear_message(
    pg_url: str, profile: Profile, ranking: Ranking, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server, "STATEMENT_TIMEOUT_SECONDS", 1)
    with SessionStore(pg_url) as store:
        saved = store.create(Consultation(profile, ranking, title="Held"))
        url = parse_url(pg_url).set(drivername="postgresql")
        dsn = url.render_as_string(hide_password=False)
        with psycopg.connect(dsn) as holder:  # a colleague's transaction that never ends
            holder.execute("SELECT id FROM sessions WHERE id = %s FOR UPDATE", (saved.id,))
            with pytest.raises(StoreError) as stopped:
                store.save(saved.id, Consultation(profile, ranking, notes="mine"))
            holder.rollback()
        assert "stopped answering" in str(stopped.value)
        assert store.get(saved.id).notes == ""
