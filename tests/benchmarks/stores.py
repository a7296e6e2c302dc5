"""Session stores filled for benchmarks: many sessions, bulk inserted from one real saved one."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import profile_from_dict
from startup_match.store.models import SessionRow
from startup_match.store.repository import SessionStore


def filled_store(path: Path | str, count: int) -> SessionStore:
    """`count` sessions (setup, not measured); the first is a real saved one, the newest."""
    profile = profile_from_dict({"company_name": "Bench Co", "stage": "seed", "sectors": ["ict"]})
    store = SessionStore(path)
    template = store.create(Consultation(profile, rank(default_catalogue(), profile)))
    with store._sessions() as orm:
        row = orm.get(SessionRow, template.id)
        assert row is not None
        own = row.results_json
    start = datetime(2026, 1, 1)
    with store._sessions.begin() as orm:
        for first in range(0, count - 1, 20_000):
            rows = [
                {
                    "uid": f"{i:032x}",
                    "title": f"Session {i}",
                    "company_name": f"Company {i}",
                    "profile_json": profile.model_dump_json(exclude_none=True),
                    "results_json": own,
                    "catalogue_version": row.catalogue_version,
                    "catalogue_digest": row.catalogue_digest,
                    "notes": "",
                    "comparison_json": "[]",
                    "search_key": f"session {i}\ncompany {i}",
                    "created_at": start + timedelta(minutes=i),
                    "updated_at": start + timedelta(minutes=i),
                }
                for i in range(first, min(first + 20_000, count - 1))
            ]
            orm.execute(insert(SessionRow), rows)
    return store
