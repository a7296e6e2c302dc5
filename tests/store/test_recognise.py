"""A database file is ours, new, or refused untouched; creation is safe under concurrency."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.store.errors import StoreError
from startup_match.store.repository import SessionStore


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _save_one(store: SessionStore, name: str) -> int:
    profile = Profile(company_name=name)
    return store.create(Consultation(profile, rank(default_catalogue(), profile), title=name)).id


@pytest.mark.parametrize(
    "schema",
    [
        "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)",
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, data BLOB)",  # same name, not ours
    ],
)
def test_another_applications_database_is_refused_byte_identical(
    tmp_path: Path, schema: str
) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute(schema)
        connection.execute("INSERT INTO " + schema.split()[2] + " (id) VALUES (1)")
    before = _digest(path)
    with pytest.raises(StoreError, match="not a Startup Scheme Matcher database"):
        SessionStore(path)
    assert _digest(path) == before
    assert not (tmp_path / "other.db-wal").exists()


def test_a_newer_schema_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with SessionStore(path) as store:
        _save_one(store, "Future")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    before = _digest(path)
    with pytest.raises(StoreError, match="made by a newer version"):
        SessionStore(path)
    assert _digest(path) == before


@pytest.mark.parametrize("name", ["we?ird.db", "hash#tag.db", "per%20cent.db"])
def test_uri_characters_in_a_path_stay_in_the_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with SessionStore(path) as store:
        session_id = _save_one(store, "Odd Name Co")
    assert path.is_file()
    kept = [p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm", ".lock"))]
    assert kept == [name]
    with SessionStore(path) as store:
        assert store.get(session_id).profile.company_name == "Odd Name Co"


def test_a_dangling_link_or_a_fifo_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "link.db"
    link.symlink_to(tmp_path / "missing" / "target.db")
    with pytest.raises(StoreError, match="link to a file that does not exist"):
        SessionStore(link)
    assert link.is_symlink() and not link.exists()
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="not a regular file"):
        SessionStore(fifo)


WORKER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from startup_match.core.consultation.consultation import Consultation
    from startup_match.core.engine.rank import rank
    from startup_match.core.model.loader import default_catalogue
    from startup_match.core.model.profile import Profile
    from startup_match.store.repository import SessionStore
    path, worker, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    catalogue = default_catalogue()
    with SessionStore(path) as store:
        for n in range(count):
            profile = Profile(company_name=f"w{worker}-{n}")
            store.create(Consultation(profile, rank(catalogue, profile), title=f"w{worker}-{n}"))
    """
)


@pytest.mark.slow  # eight processes at once
def test_eight_processes_creating_a_new_database_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(path), str(w), "25"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(8)
    ]
    errors = [(w.wait(timeout=120), w.stderr.read() if w.stderr else "") for w in workers]
    assert all(code == 0 for code, _ in errors), errors
    with SessionStore(path) as store:
        assert store.count() == 8 * 25


@pytest.mark.slow  # eight processes killed in turn
def test_killing_a_process_while_it_creates_the_database_never_leaves_it_unusable(
    tmp_path: Path,
) -> None:
    """The kill comes at a random moment; the seed is printed (shown when the test fails), and
    KILL_SEED=<seed> in the environment replays the same delays."""
    import random
    import signal
    import time

    seed = int(os.environ.get("KILL_SEED") or random.randrange(2**32))
    print(f"kill delays from seed {seed}: replay with KILL_SEED={seed}")
    delays = random.Random(seed)
    for trial in range(8):
        path = tmp_path / f"killed-{trial}.db"
        worker = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(path), "k", "3"], stderr=subprocess.DEVNULL
        )
        delay = delays.uniform(0.2, 0.9)  # around the moment the schema is being made
        print(f"trial {trial}: killed after {delay:.3f} s")
        time.sleep(delay)
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
        with SessionStore(path) as store:  # opens (and finishes creating) every time
            _save_one(store, "After the kill")
            assert store.count() >= 1


KILLED_MID_WRITE = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE")  # a rollback journal, as at creation
connection.execute("PRAGMA cache_size=2")  # so changed pages reach the file before the commit
connection.execute("BEGIN")
for table in sys.argv[2:]:
    connection.execute("DELETE FROM " + table)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _kill_while_writing(path: Path, *tables: str) -> None:
    """Leave `path` as a process killed in the middle of a transaction does: half-written, with
    the "hot" journal that undoes it beside it."""
    subprocess.run([sys.executable, "-c", KILLED_MID_WRITE, str(path), *tables], check=False)
    assert path.with_name(path.name + "-journal").stat().st_size > 0


def test_our_writer_killed_mid_transaction_is_rolled_back_and_nothing_is_lost(
    tmp_path: Path,
) -> None:
    """A hot journal once made the store refuse its own file ("cannot write the session
    database here"): a read-only look cannot roll it back."""
    path = tmp_path / "s.db"
    with SessionStore(path) as store:
        saved = {_save_one(store, f"Kept {n}") for n in range(40)}
    _kill_while_writing(path, "ranking_parts", "sessions")
    with SessionStore(path) as store:
        assert {summary.id for summary in store.newest(100)} == saved
        assert store.get(min(saved)).profile.company_name == "Kept 0"
    assert not path.with_name("s.db-journal").exists()


def test_another_programs_file_killed_mid_transaction_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        connection.executemany(
            "INSERT INTO contacts (name) VALUES (?)", [("x" * 500,) for _ in range(400)]
        )
    _kill_while_writing(path, "contacts")
    journal = path.with_name("other.db-journal")
    before = (_digest(path), _digest(journal))
    with pytest.raises(StoreError, match=r"stopped while writing .* not a Startup Scheme"):
        SessionStore(path)
    assert (_digest(path), _digest(journal)) == before


def test_the_whole_file_check_runs_only_after_a_crash(tmp_path: Path) -> None:
    """A log beside the file means a crash only when nobody holds the store open."""
    import signal
    import time

    from startup_match.store.database import unclean_shutdown

    path = tmp_path / "s.db"
    with SessionStore(path) as store:
        _save_one(store, "Open Co")
        assert (tmp_path / "s.db-wal").exists()
        assert not unclean_shutdown(path)  # open here: no crash
    assert not unclean_shutdown(path)  # closed cleanly: the log is folded in
    hold = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from startup_match.core.consultation.consultation import Consultation\n"
        "from startup_match.core.engine.rank import rank\n"
        "from startup_match.core.model.loader import default_catalogue\n"
        "from startup_match.core.model.profile import Profile\n"
        "from startup_match.store.repository import SessionStore\n"
        "store = SessionStore(Path(sys.argv[1]))\n"
        "profile = Profile(company_name='Holder')\n"
        "store.create(Consultation(profile, rank(default_catalogue(), profile)))\n"
        "time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", hold, str(path)], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not (tmp_path / "s.db-wal").exists() or not (tmp_path / "s.db-wal").stat().st_size:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.3)
        assert not unclean_shutdown(path)  # another process has it open
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    assert unclean_shutdown(path)  # killed with the log left behind: check the file
    with SessionStore(path) as store:  # and it opens, intact
        assert store.count() >= 1
