"""A team's shared store on a real PostgreSQL server: migrations, no lost updates, concurrent
saves, a server that goes away, a wrong password, a newer schema, and copying sessions between
a SQLite file and the server."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.store.copying import copy_sessions
from startup_match.store.database import HEAD
from startup_match.store.errors import SessionConflict, StoreError
from startup_match.store.repository import SessionStore
from startup_match.store.server import parse_url

from ..pg_server import PgServer


def _revision(url: str) -> str:
    engine = create_engine(parse_url(url))
    with engine.connect() as connection:
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    return str(found)


def test_an_empty_database_gets_the_whole_schema(pg_url: str) -> None:
    with SessionStore(pg_url) as store:
        assert store.count() == 0 and store.shared
        assert "s3cret" not in store.location  # never shown, never kept in settings
    assert _revision(pg_url) == HEAD


def test_a_database_at_the_previous_schema_upgrades_with_nothing_lost(
    pg_url: str, profile: Profile, ranking: Ranking
) -> None:
    from alembic import command

    from startup_match.store.database import migrations_on

    engine = create_engine(parse_url(pg_url))
    with engine.begin() as connection:
        command.upgrade(migrations_on(connection), "0005")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sessions (title, company_name, profile_json, results_json, "
                "catalogue_version, catalogue_digest, notes, comparison_json, search_key, "
                "created_at, updated_at) VALUES ('Before teams', :c, :p, '{}', 'v', 'd', 'n', "
                "'[]', 'before teams', now(), now())"
            ),
            {"c": profile.company_name, "p": profile.model_dump_json(exclude_none=True)},
        )
    engine.dispose()
    with SessionStore(pg_url, author="ann") as store:
        [summary] = store.newest()
        assert summary.title == "Before teams" and summary.created_by == ""
        store.save(summary.id, Consultation(profile, ranking, notes="n"))  # ranking written anew
        again = store.get(summary.id)
        assert again.ranking == ranking and again.notes == "n"
        assert again.version == 2 and again.updated_by == "ann" and len(again.uid) == 32


def test_a_save_based_on_an_older_version_is_refused(
    pg_url: str, profile: Profile, ranking: Ranking
) -> None:
    with SessionStore(pg_url, author="ann") as ann, SessionStore(pg_url, author="bo") as bo:
        session = ann.create(Consultation(profile, ranking, title="Shared"))
        seen_by_bo = bo.get(session.id)
        ann.save(
            session.id, Consultation(profile, ranking, notes="Ann's notes"), expected_version=1
        )
        with pytest.raises(SessionConflict, match="changed by ann") as refused:
            bo.save(
                session.id, Consultation(profile, ranking, notes="Bo's notes"), expected_version=1
            )
        assert refused.value.version == 2
        kept = bo.get(session.id)
        assert kept.notes == "Ann's notes" and kept.version == 2  # nothing lost
        bo.save(
            session.id,
            Consultation(profile, ranking, notes="Bo's, after reading Ann's"),
            expected_version=2,
        )
        assert ann.get(session.id).updated_by == "bo"
        assert seen_by_bo.created_by == "ann"
        assert [s.title for s in bo.newest(created_by="bo")] == []
        assert [s.title for s in bo.newest(created_by="ann")] == ["Shared"]


SAVER = textwrap.dedent(
    """
    import sys
    from startup_match.core.consultation.consultation import Consultation
    from startup_match.core.engine.rank import rank
    from startup_match.core.model.loader import default_catalogue
    from startup_match.core.model.profile import Profile
    from startup_match.store.repository import SessionStore
    url, worker = sys.argv[1], int(sys.argv[2])
    catalogue = default_catalogue()
    with SessionStore(url, author=f"worker-{worker}") as store:
        for n in range(200):
            profile = Profile(company_name=f"W{worker} N{n}", team_size=n + 1)
            store.create(Consultation(profile, rank(catalogue, profile), title=f"w{worker}-{n}"))
    """
)


@pytest.mark.slow  # eight processes, 1,600 saves
def test_eight_processes_saving_200_sessions_each_lose_none(pg_url: str) -> None:
    SessionStore(pg_url).close()  # the schema first, as the first adviser's start does
    workers = [
        subprocess.Popen([sys.executable, "-c", SAVER, pg_url, str(worker)], stderr=subprocess.PIPE)
        for worker in range(8)
    ]
    errors = [worker.communicate(timeout=600)[1] for worker in workers]
    assert all(worker.returncode == 0 for worker in workers), errors
    with SessionStore(pg_url) as store:
        assert store.count() == 1600
        titles = {s.title for s in store.newest(limit=2000)}
        assert titles == {f"w{w}-{n}" for w in range(8) for n in range(200)}
        sample = store.get(store.search("w7-199")[0].id)
        assert sample.profile.team_size == 200 and sample.created_by == "worker-7"


def test_a_server_that_goes_away_gives_a_clear_error_and_keeps_the_last_save(
    pg_server: PgServer, pg_url: str, profile: Profile, ranking: Ranking
) -> None:
    store = SessionStore(pg_url, author="ann")
    session = store.create(
        Consultation(profile, ranking, title="Before the outage", notes="committed")
    )
    pg_server.stop()
    try:
        with pytest.raises(StoreError, match="cannot reach the database server"):
            store.save(
                session.id, Consultation(profile, ranking, notes="lost?"), expected_version=1
            )
    finally:
        pg_server.start()
    kept = store.get(session.id)
    assert kept.notes == "committed" and kept.version == 1
    store.close()


def test_a_wrong_password_is_refused_in_one_line(pg_server: PgServer, pg_url: str) -> None:
    wrong = pg_url.replace(":s3cret-for-tests@", ":not-it@")
    with pytest.raises(StoreError) as refused:
        SessionStore(wrong)
    assert str(refused.value).endswith("the server refused the login for adviser")
    assert "not-it" not in str(refused.value)


def test_a_newer_schema_is_refused_and_left_untouched(pg_url: str) -> None:
    SessionStore(pg_url).close()
    engine = create_engine(parse_url(pg_url))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer version"):
        SessionStore(pg_url)
    assert _revision(pg_url) == "9999"


def test_a_database_that_is_someone_elses_is_refused(pg_url: str) -> None:
    url = parse_url(pg_url)
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, password=url.password, dbname=url.database
    ) as connection:
        connection.execute("CREATE TABLE sessions (token text)")
    with pytest.raises(StoreError, match="not ours"):
        SessionStore(pg_url)


@pytest.mark.slow  # hundreds of sessions copied both ways
def test_copy_from_a_file_to_the_server_and_back_loses_nothing_and_never_doubles(
    pg_url: str, tmp_path: Path
) -> None:
    catalogue = default_catalogue()
    with SessionStore(tmp_path / "laptop.db", author="ann") as laptop:
        for n in range(250):  # more than one batch
            profile = Profile(company_name=f"Laptop Co {n}", team_size=n + 1)
            laptop.create(
                Consultation(profile, rank(catalogue, profile, "zh-Hant"), notes=f"note {n}")
            )
        originals = {s.uid: s for s in laptop.page(0, 1000)}
        with SessionStore(pg_url, author="bo") as server:
            first = copy_sessions(laptop, server)
            second = copy_sessions(laptop, server)
            assert (first.copied, first.skipped) == (250, 0)
            assert (second.copied, second.skipped) == (0, 250)
            copied = {s.uid: s for s in server.page(0, 1000)}
            assert copied.keys() == originals.keys()
            for uid, original in originals.items():
                other = copied[uid]
                assert (other.title, other.notes, other.profile, other.ranking) == (
                    original.title,
                    original.notes,
                    original.profile,
                    original.ranking,
                )
                assert (other.created_by, other.created_at) == ("ann", original.created_at)
            with SessionStore(tmp_path / "back.db") as back:
                assert copy_sessions(server, back).copied == 250
                assert back.count() == 250


def test_the_command_line_uses_the_server_and_copies_to_it(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from startup_match.cli.main import main

    laptop = tmp_path / "laptop.db"
    profile = tmp_path / "p.json"
    profile.write_text('{"company_name": "Command Line Co"}', encoding="utf-8")
    assert (
        main(["rank", str(profile), "--save", "--title", "From the laptop", "--db", str(laptop)])
        == 0
    )
    assert main(["sessions", "copy", "--from", str(laptop), "--to", pg_url]) == 0
    assert main(["sessions", "copy", "--from", str(laptop), "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "Copied 1 session(s)" in out and "Copied 0 session(s)" in out and "1 were there" in out
    assert "s3cret" not in out
    assert main(["sessions", "list", "--db", pg_url, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [s["title"] for s in listed["sessions"]] == ["From the laptop"]
    output = tmp_path / "sheet.pdf"
    session = str(listed["sessions"][0]["id"])
    assert main(["sheet", "--session", session, "--db", pg_url, "-o", str(output)]) == 0
    assert output.read_bytes().startswith(b"%PDF-")
    assert main(["rank", str(profile), "--save", "--db", pg_url]) == 0
    assert main(["sessions", "list", "--db", pg_url, "--search", "command line co"]) == 0
    assert "2 of 2 session(s)" in capsys.readouterr().out


def test_a_database_address_of_another_kind_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from startup_match.cli.main import main

    assert main(["sessions", "list", "--db", "mysql://root@localhost/x"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "postgresql+psycopg://" in err[0]


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("postgresql+psycopg://u:pw@h:notaport/db", "not a database address"),
        ("postgresql+psycopg://u@[::1/db", "not a database address"),
        ("postgresql://", "give a PostgreSQL address with a database name"),
        ("postgres://u@nohost.invalid/db", "cannot reach the database server"),
        ("postgresql+psycopg://u@127.0.0.1:1/db", "cannot reach the database server"),
        ("postgresql+psycopg://u@127.0.0.1:1/db?sslmode=bogus", "invalid sslmode"),
    ],
)
def test_a_bad_address_is_one_clear_line_and_never_shows_the_password(
    address: str, said: str
) -> None:
    with pytest.raises(StoreError) as refused:
        SessionStore(address)
    message = str(refused.value)
    assert said in message and "\n" not in message and "pw" not in message.split(":")[0]
