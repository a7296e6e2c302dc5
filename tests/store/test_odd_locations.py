"""A database name the file system refuses, and a `.lock` beside the file that is a folder, a
pipe or cannot be opened, after a crash: one clear StoreError, never a traceback."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from startup_match.cli.main import main
from startup_match.core.consultation.consultation import Consultation
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.store.errors import StoreError
from startup_match.store.repository import SessionStore


def test_a_name_over_255_bytes_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_name = tmp_path / ("a" * 300 + ".db")
    with pytest.raises(StoreError, match="cannot be used as a session database"):
        SessionStore(long_name)
    assert main(["sessions", "list", "--db", str(long_name)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("startup-match: error: ")


def _crashed_copy(tmp_path: Path, profile: Profile, ranking: Ranking) -> Path:
    """A database whose write-ahead log was left behind, as by a program killed while open."""
    live, crashed = tmp_path / "live.db", tmp_path / "crashed.db"
    with SessionStore(live) as store:
        store.create(Consultation(profile, ranking, title="Kept"))
        shutil.copy(live, crashed)
        shutil.copy(live.with_name("live.db-wal"), crashed.with_name("crashed.db-wal"))
    return crashed


@pytest.mark.parametrize("kind", ["folder", "pipe", "dangling link"])
def test_a_lock_that_cannot_be_opened_after_a_crash_still_opens(
    tmp_path: Path, profile: Profile, ranking: Ranking, kind: str
) -> None:
    crashed = _crashed_copy(tmp_path, profile, ranking)
    lock = crashed.with_name("crashed.db.lock")
    if kind == "folder":
        lock.mkdir()
    elif kind == "pipe":  # opened for writing, it would wait for a reader for ever
        os.mkfifo(lock)
    else:
        lock.symlink_to(tmp_path / "gone" / "x.lock")
    with SessionStore(crashed) as store:
        assert [s.title for s in store.newest()] == ["Kept"]


def _no_room() -> None:
    """A full disk, as the process sees it: no file can grow at all."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def test_a_full_disk_still_lists_and_shows_sessions(
    tmp_path: Path, profile: Profile, ranking: Ranking
) -> None:
    db = tmp_path / "full.db"
    with SessionStore(db) as store:
        store.create(Consultation(profile, ranking, title="Readable"))
    profile_file = tmp_path / "p.json"
    profile_file.write_text('{"company_name": "New Co"}', encoding="utf-8")
    run = "import sys; from startup_match.cli.main import main; sys.exit(main(sys.argv[1:]))"
    commands = {
        "list": ["sessions", "list", "--db", str(db)],
        "show": ["sessions", "show", "1", "--db", str(db)],
        "save": ["rank", str(profile_file), "--save", "--db", str(db)],
    }
    done = {
        name: subprocess.run(
            [sys.executable, "-c", run, *argv],
            capture_output=True,
            text=True,
            preexec_fn=_no_room,
            timeout=120,
        )
        for name, argv in commands.items()
    }
    assert done["list"].returncode == 0 and "Readable" in done["list"].stdout, done["list"].stderr
    assert done["show"].returncode == 0 and "Readable" in done["show"].stdout
    errors = done["save"].stderr.strip().splitlines()
    assert done["save"].returncode == 1 and len(errors) == 1, errors
    assert "startup-match: error:" in errors[0] and str(db) in errors[0]
