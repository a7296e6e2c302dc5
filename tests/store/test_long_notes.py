"""Notes are never cut without saying so: notes past the limit that a session already holds
(the old app had none) are kept through saves, export, import and copies; new notes past the
limit are refused with a message naming the field."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.core.model.text import MAX_NOTES
from startup_match.store.copying import copy_sessions
from startup_match.store.errors import StoreError
from startup_match.store.repository import SessionStore

LONG = "old notes " * (MAX_NOTES // 5)  # twice the limit


def test_old_long_notes_survive_save_export_import_and_copy(
    store: SessionStore, profile: Profile, ranking: Ranking, tmp_path: Path
) -> None:
    saved = store.create(Consultation(profile, ranking, title="Long", notes=LONG))
    other = profile.model_copy(update={"team_size": 7})
    store.save(saved.id, replace(saved, profile=other), expected_version=saved.version)
    assert store.get(saved.id).notes == LONG
    imported = store.import_json(store.export_json(saved.id))
    assert imported.notes == LONG
    with SessionStore(tmp_path / "copy.db") as target:
        copy_sessions(store, target)
        assert {s.notes for s in target.page()} == {LONG}


def test_new_notes_past_the_limit_are_refused_naming_the_field(
    store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    saved = store.create(Consultation(profile, ranking, title="Short", notes="short"))
    with pytest.raises(StoreError, match=r"^notes: .*20,000"):
        store.save(saved.id, replace(saved, notes=LONG), expected_version=saved.version)
    assert store.get(saved.id).notes == "short"
