"""Every text the app stores is storable on both engines: a NUL character (which PostgreSQL's
text cannot hold) is refused at the edge with a message naming the field, on SQLite too, so a
session that saves to a file also copies to the team's server."""

from __future__ import annotations

from dataclasses import replace

import pytest

from startup_match.cli.arguments import database, text
from startup_match.core.consultation.consultation import Consultation
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.store.errors import StoreError
from startup_match.store.repository import SessionStore


@pytest.mark.parametrize("field", ["title", "notes", "comparison", "company name"])
def test_a_nul_is_refused_naming_the_field_on_both_engines(
    either_store: SessionStore, profile: Profile, ranking: Ranking, field: str
) -> None:
    good = Consultation(profile, ranking, title="Clean", notes="fine")
    bad = {
        "title": replace(good, title="Bad\x00title"),
        "notes": replace(good, notes="a\x00b"),
        "comparison": replace(good, comparison=["x\x00"]),
        "company name": replace(
            good, profile=profile.model_copy(update={"company_name": "Nul\x00 Co"})
        ),
    }[field]
    with pytest.raises(StoreError, match=f"^{field}: .*U\\+0000"):
        either_store.create(bad)
    saved = either_store.create(good)
    if field != "title":  # save keeps the title (rename changes it)
        with pytest.raises(StoreError, match=f"^{field}: .*U\\+0000"):
            either_store.save(saved.id, bad, expected_version=saved.version)
    assert either_store.get(saved.id).notes == "fine" and either_store.count() == 1


def test_rename_refuses_a_nul(
    either_store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    saved = either_store.create(Consultation(profile, ranking, title="Clean"))
    with pytest.raises(StoreError, match=r"^title: .*U\+0000"):
        either_store.rename(saved.id, "Bad\x00")
    assert either_store.get(saved.id).title == "Clean"


def test_the_command_line_refuses_a_nul_in_text_and_addresses() -> None:
    import argparse

    for check in (text, database):
        with pytest.raises(argparse.ArgumentTypeError, match=r"U\+0000"):
            check("a\x00b")
