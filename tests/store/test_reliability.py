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


def _as_permissions_say() -> None:
    """In the child, before it runs: file permissions apply to it, even as root. Root passes
    them only by three capabilities; dropped from the bounding set, the program run next has
    none of them (a process not run by root has none anyway)."""
    if os.geteuid() != 0:
        return
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "cannot drop a capability")


CLI = "import sys; from startup_match.cli.main import main; sys.exit(main(sys.argv[1:]))"


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    """startup-match in a process of its own, held to the file permissions."""
    return subprocess.run(
        [sys.executable, "-c", CLI, *argv],
        capture_output=True,
        text=True,
        preexec_fn=_as_permissions_say,
        timeout=120,
    )


def test_the_permissions_hold_in_the_child(tmp_path: Path) -> None:
    """What the two tests below rest on: the child cannot write in a read-only folder."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        probe = f"open({str(folder / 'x')!r}, 'w')"
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, preexec_fn=_as_permissions_say
        )
        assert done.returncode != 0 and b"PermissionError" in done.stderr
    finally:
        folder.chmod(0o700)


MAKE = (
    "import sys; from pathlib import Path; from startup_match.store.errors import StoreError\n"
    "from startup_match.store.repository import SessionStore\n"
    "try:\n    SessionStore(Path(sys.argv[1]))\nexcept StoreError as error:\n"
    "    sys.exit(str(error))"
)


def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        done = subprocess.run(
            [sys.executable, "-c", MAKE, str(folder / "sessions.db")],
            capture_output=True,
            text=True,
            preexec_fn=_as_permissions_say,
            timeout=120,
        )
        assert done.returncode == 1
        assert "cannot create the session database" in done.stderr, done.stderr
        assert not (folder / "sessions.db").exists()
    finally:
        folder.chmod(0o700)


def test_a_store_in_a_read_only_folder_still_lists_and_shows_sessions(
    tmp_path: Path, profile: Profile, ranking: Ranking
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "sessions.db"
    with SessionStore(db) as store:
        store.create(Consultation(profile, ranking, title="Readable"))
    profile_file = tmp_path / "p.json"
    profile_file.write_text('{"company_name": "New Co"}', encoding="utf-8")
    before = sorted(p.name for p in folder.iterdir())
    folder.chmod(0o555)  # nothing can be made beside the file: no log, no shared memory
    db.chmod(0o444)
    try:
        listed = _cli("sessions", "list", "--db", str(db))
        shown = _cli("sessions", "show", "1", "--db", str(db))
        saved = _cli("rank", str(profile_file), "--save", "--db", str(db))
    finally:
        folder.chmod(0o700)
        db.chmod(0o644)
    assert listed.returncode == 0 and "Readable" in listed.stdout, listed.stderr
    assert shown.returncode == 0 and "Readable" in shown.stdout, shown.stderr
    errors = saved.stderr.strip().splitlines()
    assert saved.returncode == 1 and len(errors) == 1, errors
    assert "startup-match: error:" in errors[0] and str(db) in errors[0]
    assert sorted(p.name for p in folder.iterdir()) == before
    with SessionStore(db) as store:
        assert [s.title for s in store.newest()] == ["Readable"]


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


def test_a_read_only_folder_with_saves_in_a_log_is_not_shown_without_them(
    tmp_path: Path, profile: Profile, ranking: Ranking
) -> None:
    """A log left beside the file (a program stopped while it had it open) holds saves the
    file does not: read as written, the file would show sessions without them. Refused on one
    line instead, the file and its log untouched (it was before the read-only folder was read;
    this holds it now that it is)."""
    import shutil

    folder = tmp_path / "ro"
    folder.mkdir()
    live, db = tmp_path / "live.db", folder / "sessions.db"
    with SessionStore(live) as store:
        store.create(Consultation(profile, ranking, title="In the log"))
        shutil.copy(live, db)
        shutil.copy(live.with_name("live.db-wal"), db.with_name("sessions.db-wal"))
    assert db.with_name("sessions.db-wal").stat().st_size > 0
    kept = {p.name: p.read_bytes() for p in folder.iterdir()}
    folder.chmod(0o555)
    try:
        listed = _cli("sessions", "list", "--db", str(db))
    finally:
        folder.chmod(0o700)
    errors = listed.stderr.strip().splitlines()
    assert listed.returncode == 1 and len(errors) == 1, listed
    assert str(db) in errors[0] and "In the log" not in listed.stdout
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == kept
