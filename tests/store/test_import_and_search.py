"""Imports are checked whole and never duplicated; search folds case beyond ASCII."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.core.model.text import MAX_NOTES
from startup_match.store.errors import StoreError
from startup_match.store.repository import SessionStore


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    return SessionStore(tmp_path / "s.db")


def _add(either_store: SessionStore, company: str, title: str) -> int:
    profile = Profile(company_name=company)
    return either_store.create(
        Consultation(profile, rank(default_catalogue(), profile), title=title)
    ).id


def test_search_folds_case_beyond_ascii_and_pages(either_store: SessionStore) -> None:
    first = _add(either_store, "CAFÉ Über Ltd", "Intake")
    second = _add(either_store, "Strasse GmbH", "STRASSE review")
    _add(either_store, "Other", "Nothing")
    assert [s.id for s in either_store.search("café über")] == [first]
    assert [s.id for s in either_store.search("Straße")] == [second]  # ß folds to ss
    ids = [s.id for s in either_store.search("e", limit=1, offset=1)]
    assert len(ids) == 1 and ids != [s.id for s in either_store.search("e", limit=1, offset=0)]
    either_store.rename(first, "Renamed ÅNGSTRÖM")
    assert [s.id for s in either_store.search("ångström")] == [first]


def test_the_same_file_imported_twice_makes_no_duplicate(either_store: SessionStore) -> None:
    text = either_store.export_json(_add(either_store, "Twice Co", "Twice"))
    imported = either_store.import_json(text, origin="twice.json")
    with pytest.raises(StoreError, match=f"twice.json: already imported as session {imported.id}"):
        either_store.import_json(text, origin="twice.json")
    assert either_store.count() == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["ranking"].update(lang="klingon"), "unknown language 'klingon'"),
        (lambda d: d.update(comparison=["tsssu", "no-such-programme"]), "not in the ranking"),
        (lambda d: d.update(notes="n" * (MAX_NOTES + 1)), "notes"),
    ],
)
def test_an_inconsistent_export_is_refused_on_import(
    either_store: SessionStore, change: object, message: str
) -> None:
    document = json.loads(either_store.export_json(_add(either_store, "Shape Co", "Shape")))
    change(document)  # type: ignore[operator]
    with pytest.raises(StoreError, match=message):
        either_store.import_json(json.dumps(document), origin="bad.json")


def test_a_repeated_key_in_an_export_is_refused(either_store: SessionStore) -> None:
    text = either_store.export_json(_add(either_store, "Keys Co", "Keys"))
    doubled = text.replace('"notes":', '"notes": "first", "notes":', 1)
    with pytest.raises(StoreError, match="notes: appears twice"):
        either_store.import_json(doubled, origin="dup.json")


def test_an_export_is_a_strict_contract(either_store: SessionStore) -> None:
    document = json.loads(either_store.export_json(_add(either_store, "Strict Co", "Strict")))
    document["profile"]["incorporated_in_hk"] = "yes"
    with pytest.raises(StoreError, match="incorporated_in_hk"):
        either_store.import_json(json.dumps(document), origin="strict.json")
