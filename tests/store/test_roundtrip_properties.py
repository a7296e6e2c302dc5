"""Any valid profile's session survives save, reopen, export and import unchanged; one whose
company name holds U+0000, which no store can keep, is refused by name, never changed."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.store.errors import StoreError
from startup_match.store.repository import SessionStore

from ..core.test_engine import profiles


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles)
@example(Profile(company_name="\x00"))  # the draw that once failed the run
def test_session_round_trip(profile: Profile) -> None:
    ranking = rank(default_catalogue(), profile)
    with tempfile.TemporaryDirectory() as folder, SessionStore(Path(folder) / "s.db") as store:
        consultation = Consultation(profile, ranking, title="T", notes="n")
        if "\x00" in profile.company_name:
            with pytest.raises(StoreError, match="company name: contains the character U\\+0000"):
                store.create(consultation)
            assert store.count() == 0
            return
        created = store.create(consultation)
        reopened = store.get(created.id)
        assert (reopened.profile, reopened.ranking) == (profile, ranking)
        imported = store.import_json(store.export_json(created.id))
        assert (imported.profile, imported.ranking) == (profile, ranking)
