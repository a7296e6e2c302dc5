"""Crashes, corrupt files, locks and unwritable places: clear errors, nothing lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.store import database
from startup_match.store.errors import StoreError
from startup_match.store.repository import SessionStore


def test_wal_mode_is_on(store: SessionStore, db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_corrupt_file_gives_clear_error_and_is_left_untouched(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = b"This is not SQLite at all, but someone's precious notes.\n" * 50
    db_path.write_bytes(garbage)
    with pytest.raises(StoreError, match=r"not a readable session database.*left untouched"):
        SessionStore(db_path)
    assert db_path.read_bytes() == garbage
    assert not Path(f"{db_path}-wal").exists()


def test_truncated_database_is_refused(db_path: Path, profile: Profile, ranking: Ranking) -> None:
    with SessionStore(db_path) as store:
        for _ in range(30):
            store.create(Consultation(profile, ranking))
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError) as caught:
        SessionStore(db_path).newest()
    assert str(db_path) in str(caught.value)
    assert len(db_path.read_bytes()) == len(data) // 2


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        SessionStore(tmp_path)


def test_unwritable_location(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the data folder"):
        SessionStore(blocker / "sub" / "sessions.db")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="cannot create the session database"):
            SessionStore(folder / "sessions.db")
    finally:
        folder.chmod(0o700)


def test_locked_database_gives_clear_error(
    store: SessionStore,
    db_path: Path,
    profile: Profile,
    ranking: Ranking,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    created = store.create(Consultation(profile, ranking, notes="before lock"))
    store.close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)
    with SessionStore(db_path) as second:
        blocker = sqlite3.connect(db_path, timeout=0.1)
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(StoreError, match="locked by another program"):
                second.save(created.id, Consultation(profile, ranking, notes="during lock"))
        finally:
            blocker.rollback()
            blocker.close()
        assert second.get(created.id).notes == "before lock"


SAVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from startup_match.core.consultation.consultation import Consultation
    from startup_match.core.engine.rank import rank
    from startup_match.core.model.loader import default_catalogue
    from startup_match.core.model.profile import Profile
    from startup_match.store.repository import SessionStore

    store = SessionStore(Path(sys.argv[1]))
    profile = Profile(company_name="Crash Test", team_size=1)
    ranking = rank(default_catalogue(), profile)
    session = store.create(Consultation(profile, ranking, notes="0"))
    count = 0
    while True:
        count += 1
        store.save(session.id, Consultation(profile, ranking, notes=str(count)))
        print(count, flush=True)
    """
)


def test_process_killed_mid_save_leaves_last_committed_state(db_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", SAVER, str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    last_reported = 0
    deadline = time.monotonic() + 60
    while last_reported < 200 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        last_reported = int(line)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert last_reported >= 200, "the saver did not get going"

    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with SessionStore(db_path) as store:
        [summary] = store.newest()
        session = store.get(summary.id)
    # Every save reported as done was committed; at most the one in flight is missing.
    assert int(session.notes) >= last_reported
    assert session.profile.company_name == "Crash Test"
