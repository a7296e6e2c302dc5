"""`sessions copy` run again carries the edits made in the source since the last copy, and says
exactly which sessions it skipped and why (changed in the target too, or not storable there)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from startup_match.cli.main import main
from startup_match.core.consultation.consultation import Consultation
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.store.copying import copy_sessions
from startup_match.store.repository import SessionStore


def test_a_second_copy_carries_later_edits_and_names_what_it_skipped(
    tmp_path: Path, profile: Profile, ranking: Ranking
) -> None:
    with SessionStore(tmp_path / "a.db") as source, SessionStore(tmp_path / "b.db") as target:
        edited = source.create(Consultation(profile, ranking, title="Edited here"))
        both = source.create(Consultation(profile, ranking, title="Edited on both sides"))
        source.create(Consultation(profile, ranking, title="Untouched"))
        first = copy_sessions(source, target)
        assert (first.copied, first.updated, first.unchanged, first.skipped) == (3, 0, 0, [])
        source.save(edited.id, replace(edited, notes="later edit"))
        source.save(both.id, replace(both, notes="source side"))
        in_target = next(s for s in target.page() if s.uid == both.uid)
        target.save(in_target.id, replace(in_target, notes="target side"))
        second = copy_sessions(source, target)
        assert (second.copied, second.updated, second.unchanged) == (0, 1, 1)
        assert [(s.session_id, s.title) for s in second.skipped] == [
            (both.id, "Edited on both sides")
        ]
        assert "changed in the target" in second.skipped[0].reason
        notes = {s.title: s.notes for s in target.page()}
        assert notes["Edited here"] == "later edit"
        assert notes["Edited on both sides"] == "target side"  # never overwritten


def test_the_command_line_says_what_it_skipped(
    tmp_path: Path, profile: Profile, ranking: Ranking, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = tmp_path / "a.db", tmp_path / "b.db"
    with SessionStore(source) as store:
        saved = store.create(Consultation(profile, ranking, title="Both"))
    assert main(["sessions", "copy", "--from", str(source), "--to", str(target)]) == 0
    for path, notes in ((source, "here"), (target, "there")):
        with SessionStore(path) as store:
            current = store.newest()[0]
            store.save(current.id, replace(store.get(current.id), notes=notes))
    capsys.readouterr()
    assert main(["sessions", "copy", "--from", str(source), "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"skipped session {saved.id} “Both”: changed in the target" in out


def test_a_session_holding_a_nul_is_skipped_not_the_end_of_the_copy(
    tmp_path: Path, profile: Profile, ranking: Ranking, pg_url: str
) -> None:
    """An older file may hold a NUL (stored before it was refused); the server cannot."""
    with SessionStore(tmp_path / "old.db") as source, SessionStore(pg_url) as target:
        nul = source.create(Consultation(profile, ranking, title="Old", notes="clean"))
        source.create(Consultation(profile, ranking, title="After it"))
        with source._engine.begin() as connection:
            connection.exec_driver_sql("UPDATE sessions SET notes = 'a' || char(0) WHERE id = 1")
        result = copy_sessions(source, target)
        assert result.copied == 1 and [s.session_id for s in result.skipped] == [nul.id]
        assert "notes" in result.skipped[0].reason and "U+0000" in result.skipped[0].reason
        assert [s.title for s in target.page()] == ["After it"]
