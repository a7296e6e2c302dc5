"""Cohorts kept in the session store, on SQLite and on a team server alike: an import of 200
messy rows, the same file again changing nothing, an edited file changing only what changed,
Cancel leaving nothing, and a database from before cohorts upgrading with nothing lost."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from startup_match.core.cohort.reading import read_cohort
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.store.cohorts import CohortStore, ImportCancelled
from startup_match.store.database import HEAD, open_engine
from startup_match.store.repository import SessionStore

from ..cohort_files import TODAY, make_cohort


def _rank(profile: Profile) -> Ranking:
    return rank(default_catalogue(), profile)


def _rows(path: Path) -> list[tuple[str, Profile]]:
    return [(row.key, row.profile) for row in read_cohort(path, today=TODAY).rows]


def test_import_then_the_same_file_again_changes_nothing(
    either_store: SessionStore, tmp_path: Path
) -> None:
    made = make_cohort(tmp_path / "cohort.xlsx")
    cohorts = CohortStore(either_store)
    first = cohorts.import_cohort("Spring 2026", _rows(made.path), _rank, "cohort.xlsx")
    assert (first.added, first.updated, first.unchanged) == (made.good, 0, 0)
    assert either_store.count() == made.good
    before = {s.id: s.updated_at for s in either_store.newest(limit=1000)}

    ranked: list[Profile] = []
    again = cohorts.import_cohort(
        "Spring 2026", _rows(made.path), lambda p: ranked.append(p) or _rank(p)
    )
    assert (again.added, again.updated, again.unchanged) == (0, 0, made.good)
    assert not again.changed and ranked == []  # nothing ranked, nothing written
    assert {s.id: s.updated_at for s in either_store.newest(limit=1000)} == before
    [summary] = cohorts.list()
    assert (summary.name, summary.members, summary.created_by) == ("Spring 2026", made.good, "ann")


def test_an_edited_file_updates_only_the_start_ups_that_changed(
    either_store: SessionStore, tmp_path: Path
) -> None:
    made = make_cohort(tmp_path / "cohort.xlsx")
    cohorts = CohortStore(either_store)
    first = cohorts.import_cohort("Spring", _rows(made.path), _rank)
    book = load_workbook(made.path)
    sheet = book.active
    assert sheet is not None
    sheet["H4"] = 99  # the first start-up's full-time staff
    sheet["A5"] = "Renamed Ltd"  # the second is found again by its BR number (column B)
    book.save(made.path)
    rows = _rows(made.path)
    second_key = rows[1][0]
    assert second_key.startswith("br:")

    again = cohorts.import_cohort("Spring", rows, _rank)
    assert (again.added, again.updated, again.unchanged) == (0, 2, made.good - 2)
    assert again.sessions == first.sessions  # the same sessions, no duplicates
    edited = either_store.get(first.sessions[rows[0][0]])
    assert edited.profile.team_size == 99 and edited.version == 2
    renamed = either_store.get(first.sessions[second_key])
    assert renamed.profile.company_name == "Renamed Ltd"
    assert either_store.count() == made.good


def test_cancel_keeps_nothing_and_a_deleted_session_leaves_its_cohort(
    either_store: SessionStore, tmp_path: Path
) -> None:
    made = make_cohort(tmp_path / "cohort.xlsx", count=40)
    cohorts = CohortStore(either_store)
    with pytest.raises(ImportCancelled):
        cohorts.import_cohort("C", _rows(made.path), _rank, progress=lambda done, _all: done < 20)
    assert either_store.count() == 0 and cohorts.list() == []

    result = cohorts.import_cohort("C", _rows(made.path), _rank)
    members = cohorts.members(result.cohort_id)
    assert [m.key for m in members] == [key for key, _ in _rows(made.path)]
    either_store.delete(members[0].session_id)
    assert len(cohorts.members(result.cohort_id)) == len(members) - 1
    cohorts.delete(result.cohort_id, with_sessions=True)
    assert cohorts.list() == [] and either_store.count() == 0


def test_a_database_from_before_cohorts_upgrades_with_nothing_lost(
    db_path: Path, profile: Profile
) -> None:
    engine = open_engine(db_path, revision="0007")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sessions (title, company_name, profile_json, results_json, "
                "catalogue_version, catalogue_digest, notes, comparison_json, search_key, "
                "version, created_by, updated_by, uid, created_at, updated_at) VALUES "
                "('Before cohorts', :c, :p, '{}', 'v', 'd', '', '[]', 'before cohorts', 1, "
                "'ann', 'ann', 'u1', :at, :at)"
            ),
            {
                "c": profile.company_name,
                "p": profile.model_dump_json(exclude_none=True),
                "at": datetime(2026, 1, 2),
            },
        )
    engine.dispose()
    with SessionStore(db_path) as store:
        [summary] = store.newest()
        assert summary.title == "Before cohorts"
        assert CohortStore(store).list() == []
    with open_engine(db_path).connect() as connection:
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert found == HEAD == "0009"


def test_the_migration_imports_none_of_the_app() -> None:
    from startup_match.store.database import MIGRATIONS

    script = (MIGRATIONS / "versions" / "0009_cohorts.py").read_text(encoding="utf-8")
    assert "startup_match" not in script and "from ." not in script
