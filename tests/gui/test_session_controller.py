"""The session lifecycle on the controller alone: no window, no widgets, prompts answered by a
fake. What the window would show is read from the controller's signals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.core.model.ranking import Ranking
from startup_match.gui.open_session import OpenSession
from startup_match.gui.prompts import Unsaved
from startup_match.gui.session_controller import SessionController
from startup_match.gui.settings import AppSettings
from startup_match.store.repository import SessionStore

from .fakes import FakePrompts

HELIX = Profile(company_name="Helix Lab", sectors=["biotech"], stage="pre_seed")


class Shown:
    """What the window would be showing, kept up to date from the controller's signals."""

    def __init__(self, controller: SessionController) -> None:
        self.profiles: list[Profile | None] = []
        self.ranking: Ranking | None = None
        self.stale: tuple[bool, str] = (False, "")
        self.statuses: list[str] = []
        controller.profile_loaded.connect(self.profiles.append)
        controller.ranking_changed.connect(lambda ranking: setattr(self, "ranking", ranking))
        controller.stale_changed.connect(lambda stale, text: setattr(self, "stale", (stale, text)))
        controller.status.connect(lambda text, _ms: self.statuses.append(text))


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SessionStore]:
    with SessionStore(tmp_path / "sessions.db") as opened:
        yield opened


@pytest.fixture
def controller(
    settings: AppSettings, store: SessionStore, prompts: FakePrompts
) -> SessionController:
    return SessionController(default_catalogue(), settings, store, prompts)


def edit(controller: SessionController, profile: Profile | None, name: str = "Helix Lab") -> None:
    controller.edit(profile, {"company_name": name})


def test_an_edit_ranks_and_keeps_a_draft_until_saved(
    controller: SessionController, settings: AppSettings, prompts: FakePrompts
) -> None:
    shown = Shown(controller)
    edit(controller, HELIX)
    assert shown.ranking is not None and shown.ranking.results
    assert controller.current.dirty and settings.draft() == {"company_name": "Helix Lab"}
    prompts.texts = ["Helix, first meeting"]
    assert controller.save_as()
    assert controller.current.id is not None and controller.current.title == "Helix, first meeting"
    assert not controller.current.dirty and settings.draft() is None
    assert settings.recent_sessions() == [controller.current.id]


def test_an_invalid_profile_shows_no_ranking_and_cannot_be_saved(
    controller: SessionController, prompts: FakePrompts
) -> None:
    shown = Shown(controller)
    edit(controller, HELIX)
    edit(controller, None)
    assert shown.ranking is None and controller.consultation() is None
    assert not controller.save_as() and prompts.texts == []


def test_a_saved_session_autosaves_after_an_edit(
    qtbot: QtBot, controller: SessionController, store: SessionStore, prompts: FakePrompts
) -> None:
    edit(controller, HELIX)
    prompts.texts = ["Autosaved"]
    assert controller.save_as()
    edit(controller, HELIX.model_copy(update={"team_size": 7}))
    assert controller.current.dirty
    qtbot.waitUntil(lambda: not controller.current.dirty, timeout=5000)
    assert store.get(controller.current.id or 0).profile.team_size == 7


def test_opening_another_session_saves_this_one_first(
    controller: SessionController, store: SessionStore, prompts: FakePrompts
) -> None:
    other = store.create(Consultation(HELIX, controller_ranking(controller), title="Other"))
    edit(controller, HELIX)
    prompts.texts = ["Mine"]
    assert controller.save_as()
    mine = controller.current.id
    edit(controller, HELIX.model_copy(update={"team_size": 3}))
    shown = Shown(controller)
    prompts.session_id = other.id  # picked in the Open dialog
    controller.open_dialog()
    assert store.get(mine or 0).profile.team_size == 3  # saved, no question asked
    assert prompts.unsaved_asked == 0
    assert shown.profiles == [HELIX] and controller.current.title == "Other"
    assert shown.statuses == ["Saved", "Opened “Other”"]


def controller_ranking(controller: SessionController) -> Ranking:
    edit(controller, HELIX)
    assert controller.current.ranking is not None
    return controller.current.ranking


def test_unsaved_new_work_is_kept_when_the_user_cancels(
    controller: SessionController, prompts: FakePrompts, settings: AppSettings
) -> None:
    edit(controller, HELIX)
    prompts.unsaved = Unsaved.CANCEL
    assert not controller.new_session()
    assert controller.current.profile == HELIX and controller.current.dirty
    prompts.unsaved = Unsaved.DISCARD
    assert controller.new_session()
    assert controller.current.profile is None and settings.draft() is None


def test_an_empty_new_session_is_replaced_without_asking(
    controller: SessionController, prompts: FakePrompts
) -> None:
    edit(controller, None, name="  ")
    assert controller.new_session()
    assert prompts.unsaved_asked == 0


def test_a_session_deleted_elsewhere_is_reported_and_forgotten(
    controller: SessionController, store: SessionStore, prompts: FakePrompts, settings: AppSettings
) -> None:
    edit(controller, HELIX)
    prompts.texts = ["Gone soon"]
    assert controller.save_as()
    gone = controller.current.id or 0
    assert controller.new_session()
    store.delete(gone)
    assert not controller.open_session(gone)
    assert prompts.errors == [("Open session", "That session no longer exists.")]
    assert gone not in settings.recent_sessions()


def test_a_stale_session_shows_saved_results_and_what_a_rerank_changes(
    controller: SessionController, store: SessionStore
) -> None:
    ranking = controller_ranking(controller)
    old = ranking.model_copy(
        update={"catalogue": ranking.catalogue.model_copy(update={"digest": "0" * 64})}
    )
    saved = store.create(Consultation(HELIX, old, title="Last year"))
    shown = Shown(controller)
    assert controller.open_session(saved.id)
    assert shown.stale == (True, "No status changes.") and shown.ranking == old
    controller.rerank()
    assert shown.stale == (False, "") and shown.ranking != old
    assert controller.current.dirty  # the re-ranked results autosave


def test_the_draft_comes_back_after_a_crash(
    settings: AppSettings, store: SessionStore, prompts: FakePrompts
) -> None:
    settings.set_draft({"company_name": "Crashed Co", "team_size": 4})
    controller = SessionController(default_catalogue(), settings, store, prompts)
    shown = Shown(controller)
    controller.restore_last()
    assert shown.profiles and shown.profiles[0] is not None
    assert shown.profiles[0].company_name == "Crashed Co"
    assert shown.ranking is not None and controller.current.id is None
    assert shown.statuses == ["Recovered the unsaved profile from last time"]


def test_a_draft_that_is_no_profile_is_dropped_not_shown(
    settings: AppSettings, store: SessionStore, prompts: FakePrompts
) -> None:
    """A draft written by a version whose rules were looser (a negative team size here)."""
    settings.set_draft({"company_name": "Crashed Co", "team_size": -4})
    controller = SessionController(default_catalogue(), settings, store, prompts)
    shown = Shown(controller)
    controller.restore_last()
    assert shown.profiles == [] and shown.statuses == []
    assert controller.current.profile is None and settings.draft() is None


def test_opening_saving_and_starting_anew_each_replace_the_open_session_at_once(
    controller: SessionController, store: SessionStore, prompts: FakePrompts
) -> None:
    """Each is one new OpenSession and one state_changed: the window never reads a session
    whose id, title, version and unsaved mark are half from the last one."""
    seen: list[OpenSession] = []
    controller.state_changed.connect(lambda: seen.append(controller.current))
    edit(controller, HELIX)
    prompts.texts = ["Kept"]
    seen.clear()
    assert controller.save_as()
    [saved] = seen
    assert (saved.title, saved.dirty, saved.version) == ("Kept", False, 1) and saved.id
    other = store.create(Consultation(HELIX, controller_ranking(controller), title="Other"))
    assert controller.save()
    seen.clear()
    assert controller.open_session(other.id)
    assert seen == [controller.current]
    assert (seen[0].id, seen[0].title, seen[0].dirty) == (other.id, "Other", False)
    seen.clear()
    assert controller.new_session()
    assert seen == [OpenSession()]


def test_the_library_and_the_resolver_change_the_session_through_its_verbs(
    controller: SessionController, store: SessionStore, prompts: FakePrompts
) -> None:
    edit(controller, HELIX)
    prompts.texts = ["Before"]
    assert controller.save_as()
    renamed = store.rename(controller.current.id or 0, "After", controller.current.version)
    controller.renamed(renamed)
    assert (controller.current.title, controller.current.version) == ("After", 2)
    assert not controller.current.dirty  # a rename here is no colleague's change
    edit(controller, HELIX.model_copy(update={"team_size": 4}))
    assert controller.reload(renamed.id)  # their version, in place of these edits
    assert controller.current.profile == HELIX and not controller.current.dirty
    controller.forget_current()
    assert controller.current == OpenSession()
    assert renamed.id not in controller.settings.recent_sessions()
    with SessionStore(store.path.with_name("other.db")) as other:  # type: ignore[union-attr]
        edit(controller, HELIX)
        controller.use_store(other)  # no question: chosen before the store was
        assert controller.store is other and controller.current == OpenSession()
        assert prompts.unsaved_asked == 0
