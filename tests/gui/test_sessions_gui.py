"""Saving, reopening, autosave, prompts and remembered state, through the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.catalogue import Catalogue
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.gui.main_window import MainWindow
from startup_match.gui.prompts import Unsaved
from startup_match.store.repository import SessionStore

from .fakes import FakePrompts, WindowFactory
from .helpers import fill_spin_out_university_profile, press, statuses, type_name


def test_save_with_ctrl_s_then_reopen_shows_the_same(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts, db_path: Path
) -> None:
    window = make_window()
    fill_spin_out_university_profile(qtbot, window)
    before = statuses(window)
    prompts.texts = ["First consultation"]
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.session.current.id is not None
    assert window.windowTitle().startswith("First consultation —")
    session_id = window.session.current.id

    window.new_session()
    assert window.form.company_name.text() == ""
    assert window.results.model.rowCount() == 0

    assert window.session.open_session(session_id)
    assert window.form.company_name.text() == "Helix Lab"
    assert window.form.stage.value() == "pre_seed"
    assert [link.university.value for link in window.form.university_links.value() or []] == ["hku"]
    assert statuses(window) == before
    assert not window.session.current.dirty
    assert window.settings.recent_sessions()[0] == session_id


def test_autosave_after_edits(
    qtbot: QtBot, prompts: FakePrompts, make_window: WindowFactory
) -> None:
    win = make_window()
    fill_spin_out_university_profile(qtbot, win)
    prompts.texts = ["Autosaved one"]
    assert win.session.save_as()
    win.form.team_size.setValue(7)
    assert win.session.current.dirty
    assert win.session.store is not None
    store = win.session.store
    qtbot.waitUntil(lambda: not win.session.current.dirty, timeout=5000)
    assert store.get(win.session.current.id or 0).profile.team_size == 7


def test_unsaved_changes_prompt(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts
) -> None:
    win = make_window()
    type_name(qtbot, win, "Unsaved Co")
    prompts.unsaved = Unsaved.CANCEL
    win.new_session()
    assert win.form.company_name.text() == "Unsaved Co"  # nothing lost
    prompts.unsaved = Unsaved.SAVE
    prompts.texts = ["Saved from prompt"]
    win.new_session()
    assert win.form.company_name.text() == ""
    assert win.session.store is not None
    assert [s.title for s in win.session.store.newest()] == ["Saved from prompt"]
    type_name(qtbot, win, "Throwaway")
    prompts.unsaved = Unsaved.DISCARD
    win.new_session()
    assert win.form.company_name.text() == ""
    assert win.session.store.count() == 1


def test_close_is_refused_when_user_cancels(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts
) -> None:
    win = make_window()
    type_name(qtbot, win, "Keep me")
    prompts.unsaved = Unsaved.CANCEL
    assert not win.close()
    assert win.isVisible()


def test_stale_session_shows_banner_and_rerank(
    qtbot: QtBot, make_window: WindowFactory, db_path: Path
) -> None:
    profile = Profile(company_name="Old Co", sectors=["biotech"])
    ranking = rank(default_catalogue(), profile)
    old = ranking.model_copy(
        update={
            "catalogue": ranking.catalogue.model_copy(
                update={"digest": "f" * 64, "version": "2025.01.1"}
            )
        }
    )
    with SessionStore(db_path) as store:
        session_id = store.create(Consultation(profile, old, title="From last year")).id
    win = make_window()
    assert win.session.open_session(session_id)
    assert win.results.stale_banner.isVisible()
    assert (
        win.session.current.ranking is not None
        and win.session.current.ranking.catalogue.version == "2025.01.1"
    )
    qtbot.mouseClick(win.results.rerank_button, Qt.MouseButton.LeftButton)
    assert not win.results.stale_banner.isVisible()
    assert win.session.current.ranking.catalogue.digest == default_catalogue().digest


def test_corrupt_database_gives_dialog_and_app_keeps_running(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts, tmp_path: Path
) -> None:
    win = make_window(store=None, error="sessions.db: not a readable session database")
    qtbot.waitUntil(lambda: bool(prompts.errors))
    assert "not a readable session database" in prompts.errors[0][1]
    assert not win.menus.open.isEnabled()
    type_name(qtbot, win, "Still works")
    assert win.results.model.rowCount() > 0


def test_a_session_deleted_behind_the_window_keeps_the_edits(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts, db_path: Path
) -> None:
    win = make_window()
    fill_spin_out_university_profile(qtbot, win)
    prompts.texts = ["To be lost?"]
    assert win.session.save_as()
    assert win.session.store is not None
    win.session.store.delete(win.session.current.id or 0)  # deleted by a colleague
    win.form.team_size.setValue(3)
    assert not win.session.save()
    assert prompts.errors and "deleted, perhaps by a colleague" in prompts.errors[-1][1]
    assert win.isVisible() and win.session.current.dirty and win.session.current.id is None
    assert win.settings.draft() == win.form.raw()  # survives a crash too
    prompts.texts = ["Kept after all"]
    assert win.session.save()  # Save now asks for a title and makes a new session
    assert win.session.store.get(win.session.current.id or 0).profile.team_size == 3


def test_layout_and_last_session_are_remembered(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts
) -> None:
    first = make_window()
    first.resize(771, 517)  # the offscreen screen is 800x600
    fill_spin_out_university_profile(qtbot, first)
    prompts.texts = ["Remember me"]
    assert first.session.save_as()
    session_id = first.session.current.id
    assert first.close()
    second = make_window()
    second.session.restore_last()
    assert second.session.current.id == session_id
    assert second.form.company_name.text() == "Helix Lab"
    assert (second.size().width(), second.size().height()) == (771, 517)


def test_unsaved_draft_is_recovered_after_a_crash(qtbot: QtBot, make_window: WindowFactory) -> None:
    first = make_window()
    type_name(qtbot, first, "Crashy Co")
    first.form.team_size.setValue(5)
    first.settings.qt.sync()
    # No close: the process "crashes". The next start recovers the draft.
    second = make_window()
    second.session.restore_last()
    assert second.form.company_name.text() == "Crashy Co"
    assert second.form.team_size.optional_value() == 5
    assert second.results.model.rowCount() > 0


def test_duplicate_rename_delete_and_json_round_trip(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts, tmp_path: Path
) -> None:
    win = make_window()
    fill_spin_out_university_profile(qtbot, win)
    prompts.texts = ["Original", "Renamed"]
    assert win.session.save_as()
    original = win.session.current.id
    win.library.rename()
    assert win.session.current.title == "Renamed"
    win.library.duplicate()
    assert win.session.current.id != original and win.session.current.title == "Renamed (copy)"
    prompts.save_path = tmp_path / "export.json"
    win.library.export_json()
    assert '"title": "Renamed (copy)"' in prompts.save_path.read_text(encoding="utf-8")
    win.library.delete_session()
    assert win.session.current.id is None
    assert win.session.store is not None and win.session.store.count() == 1
    prompts.open_path = prompts.save_path
    win.library.import_json()
    assert win.session.current.title == "Renamed (copy)" and win.session.store.count() == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": 1}', encoding="utf-8")
    prompts.open_path = bad
    win.library.import_json()
    assert "not a session export" in prompts.errors[-1][1]
    assert win.session.store.count() == 2


def test_open_dialog_route(qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts) -> None:
    win = make_window()
    fill_spin_out_university_profile(qtbot, win)
    prompts.texts = ["Via dialog"]
    assert win.session.save_as()
    target = win.session.current.id
    win.new_session()
    prompts.session_id = target
    press(qtbot, win, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert win.session.current.id == target


def _saved_then_broken(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts
) -> MainWindow:
    """A saved session whose later saves all fail, as on a full disk or a vanished file."""
    from startup_match.store.errors import StoreError

    win = make_window()
    fill_spin_out_university_profile(qtbot, win)
    prompts.texts = ["Will break"]
    assert win.session.save_as()

    def fail(*_args: object, **_kwargs: object) -> object:
        raise StoreError("sessions.db: disk I/O error")

    win.session.store.save = fail  # type: ignore[method-assign, union-attr]
    return win


def test_failed_save_never_traps_the_user(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts
) -> None:
    win = _saved_then_broken(qtbot, make_window, prompts)
    win.form.team_size.setValue(9)
    prompts.unsaved = Unsaved.CANCEL
    assert not win.close()  # the user chose to stay
    assert "disk I/O error" in prompts.errors[-1][1]
    prompts.unsaved = Unsaved.DISCARD
    assert win.close()  # and can always leave


def test_autosave_failure_is_reported_once(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts
) -> None:
    win = _saved_then_broken(qtbot, make_window, prompts)
    for size in (2, 3, 4):
        win.form.team_size.setValue(size)
        win.session.autosave()
    assert [e for e in prompts.errors if "disk I/O error" in e[1]] == [
        ("Save session", "sessions.db: disk I/O error")
    ]
    assert "Not saved" in win.statusBar().currentMessage()
    assert win.session.current.dirty


def test_choosing_another_database_asks_about_unsaved_work_once(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts, tmp_path: Path
) -> None:
    win = make_window()
    type_name(qtbot, win, "Unsaved Co")
    prompts.unsaved = Unsaved.DISCARD
    prompts.save_path = tmp_path / "other.db"
    win.library.choose_database()
    assert prompts.unsaved_asked == 1
    assert win.session.store is not None and win.session.store.path == tmp_path / "other.db"
    assert win.form.company_name.text() == ""


def test_stale_session_lists_what_a_rerank_would_change(
    qtbot: QtBot, make_window: WindowFactory, db_path: Path
) -> None:
    """A session ranked under catalogue 2026.11.1 kept Cyberport's old entry and showed TSSSU as
    eligible to a six-year-old company; the banner says what re-ranking changes."""
    profile = Profile(
        company_name="Robo Works",
        incorporated_in_hk=True,
        years_since_incorporation=6,
        university_links=[{"university": "hku", "role": "alumnus"}],
        private_investment_last_year_hkd=0,
        funding_sought_hkd=1_500_000,
    )
    current = rank(default_catalogue(), profile)
    tsssu = current.result("tsssu")
    assert tsssu.status == "ineligible"
    withdrawn = tsssu.model_copy(
        update={"id": "cyberport-start-up-support", "name": "Cyberport digital start-up support"}
    )
    results = [
        r.model_copy(update={"status": "eligible"}) if r.id == "tsssu" else r
        for r in current.results
    ]
    old = current.model_copy(
        update={
            "results": [*results, withdrawn],
            "catalogue": current.catalogue.model_copy(
                update={"digest": "e" * 64, "version": "2026.11.1"}
            ),
        }
    )
    with SessionStore(db_path) as store:
        session_id = store.create(Consultation(profile, old, title="Before the official rules")).id
    win = make_window()
    assert win.session.open_session(session_id)
    text = win.results.stale_changes.text()
    assert "Technology Start-up Support Scheme for Universities: Eligible → Ineligible" in text
    assert "Cyberport digital start-up support: withdrawn (replaced by" in text
    assert "Cyberport Creative Micro Fund" in text


def test_the_store_opens_after_the_window_and_brings_the_last_session_back(
    qtbot: QtBot, settings_path: Path, db_path: Path
) -> None:
    """Start-up shows the window first; the session store (SQLAlchemy, Alembic, the file)
    opens just after, and the last session comes back then."""
    from PySide6.QtCore import QSettings

    from startup_match.gui.app import build_window
    from startup_match.gui.settings import AppSettings

    profile = Profile(company_name="Later Co", sectors=["biotech"])
    with SessionStore(db_path) as store:
        session_id = store.create(
            Consultation(profile, rank(default_catalogue(), profile), title="Later")
        ).id
    settings = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    settings.set_last_session(session_id)
    window = build_window(settings, db_path, open_sessions_later=True)
    qtbot.addWidget(window)
    assert window.session.store is None and not window.menus.open.isEnabled()
    window.show()
    qtbot.waitUntil(lambda: window.session.store is not None, timeout=5000)
    assert window.menus.open.isEnabled()
    assert window.form.company_name.text() == "Later Co"
    window.session.store.close()


def test_an_invalid_catalogue_found_after_the_first_paint_is_named_and_the_app_quits(
    qtbot: QtBot, settings_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The catalogue loads just after the window paints. If it is invalid, nothing can be
    ranked: the user is told where it is wrong, the window goes, and no store is opened."""
    from PySide6.QtCore import QSettings

    from startup_match.core.model.errors import CatalogueError, CatalogueIssue
    from startup_match.gui import app
    from startup_match.gui.settings import AppSettings

    def broken() -> Catalogue:
        raise CatalogueError([CatalogueIssue("tsssu.toml", "tsssu", "offer", "missing")])

    shown: list[str] = []
    codes: list[int] = []
    monkeypatch.setattr(app, "shipped_catalogue", broken)
    monkeypatch.setattr(app, "quit_app", codes.append)
    monkeypatch.setattr(app.messages, "error", lambda _parent, _title, text: shown.append(text))
    settings = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    window = app.build_window(settings, db_path, open_sessions_later=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].startswith("The programme catalogue is invalid:")
    assert "tsssu.toml" in shown[0] and "offer" in shown[0]
    assert not window.isVisible() and codes == [1]
    qtbot.wait(200)
    assert window.session.store is None and not db_path.exists()
