"""Any valid profile's session survives save, reopen, export and import unchanged."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.store.repository import SessionStore

from ..core.test_engine import profiles


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles)
def test_session_round_trip(profile: Profile) -> None:
    ranking = rank(default_catalogue(), profile)
    with tempfile.TemporaryDirectory() as folder, SessionStore(Path(folder) / "s.db") as store:
        created = store.create(Consultation(profile, ranking, title="T", notes="n"))
        reopened = store.get(created.id)
        assert (reopened.profile, reopened.ranking) == (profile, ranking)
        imported = store.import_json(store.export_json(created.id))
        assert (imported.profile, imported.ranking) == (profile, ranking)
