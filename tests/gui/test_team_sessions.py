"""Two advisers on one session: no edit silently lost. The controllers run without a window;
the stores are one SQLite file here and a real PostgreSQL server in the last tests."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.gui.prompts import Conflict, ServerLogin, Unsaved
from startup_match.gui.session_controller import SessionController
from startup_match.gui.session_library import SessionLibrary
from startup_match.gui.settings import AppSettings
from startup_match.store.repository import SessionStore

from .fakes import FakePrompts

HELIX = Profile(company_name="Helix Lab", sectors=["biotech"], stage="pre_seed")


class Adviser:
    """One adviser's app: settings, prompts answered by a fake, and the session controller."""

    def __init__(self, name: str, folder: Path, location: Path | str) -> None:
        ini = folder / f"{name}.ini"
        self.settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
        self.settings.set_author(name)
        self.prompts = FakePrompts()
        self.store = SessionStore(location, author=name)
        self.session = SessionController(
            default_catalogue(), self.settings, self.store, self.prompts
        )

    def edit(self, **changes: object) -> None:
        profile = (self.session.current.profile or HELIX).model_copy(update=changes)
        self.session.edit(profile, profile.model_dump(mode="json", exclude_none=True))


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Adviser, Adviser, int]]:
    """Ann saved a session; Bo has it open too."""
    ann = Adviser("ann", tmp_path, tmp_path / "team.db")
    bo = Adviser("bo", tmp_path, tmp_path / "team.db")
    ann.edit()
    ann.prompts.texts = ["Helix, shared"]
    assert ann.session.save_as()
    session_id = ann.session.current.id or 0
    assert bo.session.open_session(session_id)
    yield ann, bo, session_id
    ann.store.close()
    bo.store.close()


def test_a_save_over_a_colleagues_newer_one_is_refused_and_can_be_kept_as_a_copy(
    team: tuple[Adviser, Adviser, int],
) -> None:
    ann, bo, session_id = team
    ann.edit(team_size=5)
    assert ann.session.save()
    bo.edit(team_size=9)
    bo.prompts.conflicts = [Conflict.COMPARE, Conflict.COPY]
    assert bo.session.save()
    assert "changed by ann" in bo.prompts.conflicts_asked[0]
    [(_title, compared)] = bo.prompts.texts_shown
    assert "theirs: 5; yours: 9" in compared
    assert ann.store.get(session_id).profile.team_size == 5  # theirs untouched
    copy = bo.store.get(bo.session.current.id or 0)
    assert copy.title == "Helix, shared (my version)" and copy.profile.team_size == 9
    assert copy.created_by == "bo" and not bo.session.current.dirty


def test_reloading_theirs_shows_their_version(team: tuple[Adviser, Adviser, int]) -> None:
    ann, bo, session_id = team
    ann.edit(team_size=5)
    assert ann.session.save()
    bo.edit(team_size=9)
    bo.prompts.conflicts = [Conflict.RELOAD]
    loaded: list[Profile | None] = []
    bo.session.profile_loaded.connect(loaded.append)
    assert bo.session.save()
    assert loaded[-1] is not None and loaded[-1].team_size == 5
    assert (
        not bo.session.current.dirty and bo.session.current.version == ann.session.current.version
    )
    bo.edit(team_size=6)
    assert bo.session.save()  # based on their version now: no conflict
    assert ann.store.get(session_id).updated_by == "bo"


def test_autosave_never_overwrites_a_colleagues_save_and_asks_once(
    qtbot: QtBot, team: tuple[Adviser, Adviser, int]
) -> None:
    ann, bo, session_id = team
    ann.edit(team_size=5)
    assert ann.session.save()
    bo.edit(team_size=9)  # autosave starts
    qtbot.waitUntil(lambda: len(bo.prompts.conflicts_asked) == 1, timeout=5000)
    bo.session.autosave()
    bo.session.autosave()
    assert len(bo.prompts.conflicts_asked) == 1  # "decide later": not asked at every tick
    assert ann.store.get(session_id).profile.team_size == 5 and bo.session.current.dirty
    assert bo.settings.draft_of() == session_id  # the edits survive a crash meanwhile


def test_edits_kept_after_a_failed_save_come_back_on_their_session(
    team: tuple[Adviser, Adviser, int], tmp_path: Path
) -> None:
    ann, bo, session_id = team
    ann.edit(team_size=5)
    assert ann.session.save()
    bo.edit(team_size=9)
    assert not bo.session.save()  # a conflict, decided later; then the app is closed
    again = SessionController(default_catalogue(), bo.settings, bo.store, FakePrompts())
    loaded: list[Profile | None] = []
    again.profile_loaded.connect(loaded.append)
    again.restore_last()
    assert again.current.id == session_id and again.current.dirty
    assert loaded[-1] is not None and loaded[-1].team_size == 9


def test_renaming_then_saving_is_no_conflict_but_renaming_over_a_newer_save_is(
    team: tuple[Adviser, Adviser, int],
) -> None:
    ann, bo, session_id = team
    library = SessionLibrary(ann.session)
    ann.prompts.texts = ["Helix, renamed"]
    library.rename()
    ann.edit(team_size=4)
    assert ann.session.save() and ann.prompts.conflicts_asked == []
    bo.prompts.texts = ["Bo's title"]
    SessionLibrary(bo.session).rename()
    assert "changed by ann" in bo.prompts.errors[-1][1]
    assert bo.store.get(session_id).title == "Helix, renamed"


def test_discarding_edits_forgets_which_session_their_draft_belonged_to(
    team: tuple[Adviser, Adviser, int],
) -> None:
    """The draft and the session it was edited from are kept and forgotten together: a
    discarded draft must not reopen its session at the next start."""
    ann, bo, _session_id = team
    ann.edit(team_size=5)
    assert ann.session.save()
    bo.edit(team_size=9)
    assert not bo.session.save()  # a conflict, decided later: draft kept with its session
    bo.prompts.unsaved = Unsaved.DISCARD
    assert bo.session.new_session()
    again = SessionController(default_catalogue(), bo.settings, bo.store, FakePrompts())
    again.restore_last()
    assert again.current.id is None and bo.settings.draft_of() is None


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


def _login(pg_url: str, password: str, author: str) -> ServerLogin:
    """What an adviser types into Connect to Team Server for the test server."""
    url = make_url(pg_url)
    return ServerLogin(
        host=str(url.host),
        port=int(url.port or 5432),
        database=str(url.database),
        user=str(url.username),
        password=password,
        author=author,
    )


def test_connecting_to_the_team_server_keeps_the_password_in_the_keychain_only(
    pg_url: str, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    me = Adviser("ann", tmp_path, tmp_path / "mine.db")
    url = make_url(pg_url)
    me.prompts.server = _login(pg_url, str(url.password), "Ann Chan")
    SessionLibrary(me.session).connect_server()
    assert me.prompts.errors == []
    assert me.session.store is not None and me.session.store.shared
    kept = str(me.settings.qt.value("store/database"))
    assert kept.startswith("postgresql+psycopg://adviser@127.0.0.1:")
    assert str(url.password) not in kept
    assert str(url.password) in memory_keyring.kept.values()
    assert me.settings.author() == "Ann Chan"
    me.edit()
    me.prompts.texts = ["On the server"]
    assert me.session.save_as()
    assert me.session.store.get(me.session.current.id or 0).created_by == "Ann Chan"
    me.session.store.close()
    me.store.close()


def test_a_wrong_password_leaves_sessions_as_they_were(
    pg_url: str, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    me = Adviser("ann", tmp_path, tmp_path / "mine.db")
    me.prompts.server = _login(pg_url, "not-it", "ann")
    SessionLibrary(me.session).connect_server()
    [(_title, message)] = me.prompts.errors
    assert message.endswith("the server refused the login for adviser")
    assert me.session.store is me.store and memory_keyring.kept == {}
    assert str(me.settings.database_location()).endswith("mine.db") or (
        me.settings.database_location() is None
    )
    me.store.close()


def test_the_open_dialog_shows_who_and_filters_to_mine(qtbot: QtBot, pg_url: str) -> None:
    from PySide6.QtCore import Qt

    from startup_match.core.consultation.consultation import Consultation
    from startup_match.core.engine.rank import rank
    from startup_match.gui.sessions_dialog import OpenSessionDialog

    for author, name in (("ann", "Helix Lab"), ("bo", "Tidal Fintech"), ("ann", "Quanta")):
        with SessionStore(pg_url, author=author) as store:
            profile = Profile(company_name=name)
            store.create(Consultation(profile, rank(default_catalogue(), profile), title=name))
    with SessionStore(pg_url, author="ann") as mine:
        dialog = OpenSessionDialog(mine)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.table.rowCount() == 3
        heads = [dialog.table.horizontalHeaderItem(c).text() for c in range(5)]  # type: ignore[union-attr]
        assert heads[3:] == ["Created by", "Last changed by"]
        qtbot.mouseClick(dialog.mine, Qt.MouseButton.LeftButton)
        titles = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}  # type: ignore[union-attr]
        assert titles == {"Helix Lab", "Quanta"}
        with SessionStore(pg_url, author="ann") as again:  # a colleague adds one meanwhile
            profile = Profile(company_name="Later Co")
            again.create(
                Consultation(profile, rank(default_catalogue(), profile), title="Later Co")
            )
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F5)
        assert dialog.table.rowCount() == 3


def test_a_server_gone_during_work_keeps_the_edits_as_a_draft(
    pg_server: object, pg_url: str, tmp_path: Path
) -> None:
    from ..pg_server import PgServer

    assert isinstance(pg_server, PgServer)
    ann = Adviser("ann", tmp_path, pg_url)
    ann.edit()
    ann.prompts.texts = ["Before the outage"]
    assert ann.session.save_as()
    session_id = ann.session.current.id
    ann.edit(team_size=8)
    pg_server.stop()
    try:
        assert not ann.session.save()
        [(heading, message)] = ann.prompts.errors
        assert heading == "Save session" and "cannot reach the database server" in message
        assert ann.session.current.dirty and ann.settings.draft_of() == session_id
    finally:
        pg_server.start()
    assert ann.store.get(session_id or 0).profile.team_size is None  # the last commit, intact
    again = SessionController(default_catalogue(), ann.settings, ann.store, FakePrompts())
    again.restore_last()  # the app started again: the edits come back on their session
    assert again.current.id == session_id and again.current.profile is not None
    assert again.current.profile.team_size == 8 and again.current.dirty
    assert again.save() and ann.store.get(session_id or 0).profile.team_size == 8
    ann.store.close()


def test_a_server_that_does_not_answer_never_freezes_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A server that accepts the connection and then says nothing: the store gives up after
    its timeout, on a worker thread; the window keeps painting and answering meanwhile."""
    import socket
    import time

    from PySide6.QtCore import QTimer

    from startup_match.gui.app import build_window

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    port = silent.getsockname()[1]
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set_database_location(f"postgresql+psycopg://adviser@127.0.0.1:{port}/startups")
    prompts = FakePrompts()
    window = build_window(settings, open_sessions_later=True, prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "Opening" in window.statusBar().currentMessage(), timeout=3000)
    ticks: list[float] = []
    beat = QTimer(window)
    beat.timeout.connect(lambda: ticks.append(time.monotonic()))
    beat.start(50)
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=15_000)
    beat.stop()
    silent.close()
    gaps = [later - earlier for earlier, later in pairwise(ticks)]
    assert len(ticks) > 20 and max(gaps) < 1.0  # never stalled while the server was silent
    assert "cannot reach the database server" in prompts.errors[0][1]
    assert window.session.store is None and not window.menus.open.isEnabled()
