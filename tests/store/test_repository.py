"""The repository API as the GUI and CLI use it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.store.errors import SessionNotFound, StoreError
from startup_match.store.repository import SessionStore


def test_create_and_reopen_gives_exactly_the_same_results(
    either_store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    created = either_store.create(
        Consultation(profile, ranking, title="First meeting", notes="Met at HKSTP")
    )
    reopened = either_store.get(created.id)
    assert reopened.profile == profile
    assert reopened.ranking == ranking
    assert reopened.title == "First meeting"
    assert reopened.notes == "Met at HKSTP"
    assert reopened.comparison == []
    assert not reopened.is_stale(default_catalogue())


def test_default_title_uses_company_name(
    either_store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    assert either_store.create(Consultation(profile, ranking)).title.startswith(
        "Helix Lab Limited — "
    )


def test_save_writes_the_whole_consultation_but_its_title(
    either_store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    created = either_store.create(
        Consultation(profile, ranking, "First", notes="old", comparison=["tsssu", "itvf"])
    )
    changed = profile.model_copy(update={"team_size": 9})
    again = rank(default_catalogue(), changed)
    saved = either_store.save(
        created.id, Consultation(changed, again, "ignored", "new", ["itvf", "tsssu"])
    )
    reopened = either_store.get(created.id)
    assert reopened.profile.team_size == 9 and reopened.ranking == again
    assert saved.notes == reopened.notes == "new"
    assert saved.comparison == reopened.comparison == ["itvf", "tsssu"]
    assert saved.title == reopened.title == "First"  # renaming is `rename`'s, version-checked
    assert saved.updated_at >= created.updated_at
    assert either_store.count() == 1


def test_list_is_newest_first_and_paged(
    either_store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    ids = [either_store.create(Consultation(profile, ranking, title=f"S{i}")).id for i in range(5)]
    either_store.save(ids[1], Consultation(profile, ranking))  # touching a session makes it newest
    listed = [s.id for s in either_store.newest()]
    assert listed[0] == ids[1]
    assert listed[1:] == [ids[4], ids[3], ids[2], ids[0]]
    assert [s.id for s in either_store.newest(limit=2, offset=1)] == listed[1:3]


def test_search_by_title_or_company(
    either_store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    either_store.create(Consultation(profile, ranking, title="Quarterly review"))
    other = Profile(company_name="100% Robots_Ltd")
    either_store.create(Consultation(other, rank(default_catalogue(), other), title="Intake"))
    assert [s.title for s in either_store.search("helix")] == ["Quarterly review"]
    assert [s.title for s in either_store.search("QUARTERLY")] == ["Quarterly review"]
    assert [s.company_name for s in either_store.search("100%")] == ["100% Robots_Ltd"]
    assert [s.company_name for s in either_store.search("s_l")] == ["100% Robots_Ltd"]
    assert either_store.search("_") and not either_store.search("zzz")


def test_rename_duplicate_delete(
    either_store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    created = either_store.create(Consultation(profile, ranking, title="Old"))
    assert either_store.rename(created.id, "  New  ").title == "New"
    with pytest.raises(StoreError, match="title: must not be blank"):
        either_store.rename(created.id, "   ")
    copy = either_store.duplicate(created.id)
    assert copy.id != created.id and copy.title == "New (copy)"
    assert copy.ranking == created.ranking
    either_store.delete(created.id)
    with pytest.raises(SessionNotFound):
        either_store.get(created.id)
    with pytest.raises(SessionNotFound):
        either_store.delete(created.id)
    assert [s.id for s in either_store.newest()] == [copy.id]


def test_export_import_round_trip(
    either_store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    created = either_store.create(
        Consultation(profile, ranking, title="Export me", comparison=["tsssu", "raise-plus"])
    )
    text = either_store.export_json(created.id)
    data = json.loads(text)
    assert data["format"] == "startup-match.session" and data["format_version"] == 1
    imported = either_store.import_json(text)
    assert imported.id != created.id
    assert (imported.profile, imported.ranking, imported.comparison) == (
        created.profile,
        created.ranking,
        created.comparison,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("not json", "not a session export"),
        ("[]", "not a session export"),
        ('{"format": "something-else"}', "format"),
        ('{"title": "x", "profile": {"company_name": "A", "team_size": -1}}', "team_size"),
    ],
)
def test_import_of_wrong_shape_is_refused_and_adds_nothing(
    either_store: SessionStore, text: str, expected: str
) -> None:
    with pytest.raises(StoreError, match=expected):
        either_store.import_json(text, origin="file.json")
    assert either_store.count() == 0


def test_stale_session_is_detected(
    either_store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    old = ranking.model_copy(
        update={"catalogue": ranking.catalogue.model_copy(update={"digest": "0" * 64})}
    )
    saved = either_store.create(Consultation(profile, old))
    assert either_store.get(saved.id).is_stale(default_catalogue())


def test_ranking_for_shows_saved_results_only_when_the_catalogue_changed(
    either_store: SessionStore, profile: Profile, ranking: Ranking
) -> None:
    catalogue = default_catalogue()
    fresh = either_store.create(Consultation(profile, ranking))
    chinese = fresh.ranking_for(catalogue, "zh-Hant")
    assert chinese == rank(catalogue, profile, "zh-Hant")
    assert [(r.id, r.status) for r in chinese.results] == [
        (r.id, r.status) for r in ranking.results
    ]
    old = ranking.model_copy(
        update={"catalogue": ranking.catalogue.model_copy(update={"digest": "0" * 64})}
    )
    stale = either_store.create(Consultation(profile, old))
    assert stale.ranking_for(catalogue, "zh-Hant") == old


def test_export_writes_local_time_with_its_offset(tmp_path: Path) -> None:
    profile = Profile(company_name="Clock Co")
    with SessionStore(tmp_path / "s.db") as store:
        saved = store.create(Consultation(profile, rank(default_catalogue(), profile), title="T"))
        exported = json.loads(store.export_json(saved.id))
    moment = datetime.fromisoformat(exported["created_at"])
    assert moment.utcoffset() is not None
    assert moment.astimezone().utcoffset() == datetime.now().astimezone().utcoffset()
