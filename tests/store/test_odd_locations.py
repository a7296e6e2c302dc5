"""A database name the file system refuses, and a `.lock` beside the file that is a folder, a
pipe or cannot be opened, after a crash: one clear StoreError, never a traceback."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from startup_match.cli.main import main
from startup_match.core.consultation import Consultation
from startup_match.core.profile import Profile
from startup_match.core.ranking import Ranking
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
