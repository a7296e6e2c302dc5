"""Delete takes the version it was shown, like save: a colleague's newer save is never deleted
unseen; SessionConflict says who changed it and when, and nothing is deleted."""

from __future__ import annotations

from dataclasses import replace

import pytest

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.store.errors import SessionConflict
from startup_match.store.repository import SessionStore


def test_a_stale_delete_is_refused_like_a_stale_save(
    either_store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    seen = either_store.create(Consultation(profile, ranking, title="Shared"))
    newer = either_store.save(seen.id, replace(seen, notes="a colleague's work"))
    with pytest.raises(SessionConflict, match="was not deleted") as refused:
        either_store.delete(seen.id, expected_version=seen.version)
    assert refused.value.version == newer.version
    assert either_store.get(seen.id).notes == "a colleague's work"
    assert [s.version for s in either_store.newest()] == [newer.version]  # listed with it
    either_store.delete(seen.id, expected_version=newer.version)
    assert either_store.count() == 0
