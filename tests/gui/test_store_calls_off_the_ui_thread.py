"""Every store call the window makes runs off the UI thread, as saves do: opening a session,
listing and searching in the Open dialog, rename, delete, duplicate, import. While one waits the
event loop keeps turning, and a store that stops answering is reported after the timeout as
"stopped answering", with what is on screen left as it was.

No clocks in the assertions: a store call here answers only once the UI thread has turned its
event loop a few times, so it could never finish if the window waited on it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.gui import store_calls
from startup_match.gui.main_window import MainWindow
from startup_match.gui.sessions_dialog import OpenSessionDialog
from startup_match.store.repository import SessionStore

from .fakes import FakePrompts


class Ticks:
    """Counts turns of the UI thread's event loop (a 10 ms timer), and lets a waiting store
    call go once it has seen `after` turns since the call began waiting."""

    def __init__(self, after: int | None) -> None:
        self.count = 0
        self.waiting_since: int | None = None
        self.after = after
        self.go = threading.Event()
        self.waiting = threading.Event()
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        self.count += 1
        if self.waiting.is_set() and self.waiting_since is None:
            self.waiting_since = self.count
        started = self.waiting_since
        if self.after is not None and started is not None and self.count - started >= self.after:
            self.go.set()

    def turned_while_waiting(self) -> int:
        return 0 if self.waiting_since is None else self.count - self.waiting_since

    def stop(self) -> None:
        self.timer.stop()
        self.go.set()  # a call given up on finishes on its own thread


def hold(monkeypatch: pytest.MonkeyPatch, store: SessionStore, name: str, ticks: Ticks) -> None:
    """`store.<name>` answers only when `ticks` lets it go."""
    real = getattr(store, name)

    def held(*args: object, **kwargs: object) -> object:
        ticks.waiting.set()
        ticks.go.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(store, name, held)


@pytest.fixture
def ticks_factory() -> Iterator[Callable[[int | None], Ticks]]:
    made: list[Ticks] = []

    def make(after: int | None) -> Ticks:
        made.append(Ticks(after))
        return made[-1]

    yield make
    for ticks in made:
        ticks.stop()


def _save_two(store: SessionStore) -> list[int]:
    ids = []
    for name in ("Alpha Bio", "Beta Fin"):
        profile = Profile(company_name=name)
        consultation = Consultation(profile, rank(default_catalogue(), profile), title=name)
        ids.append(store.create(consultation).id)
    return ids


def _open_first(window: MainWindow) -> tuple[SessionStore, list[int]]:
    store = window.session.store
    assert store is not None
    ids = _save_two(store)
    assert window.session.open_session(ids[0])
    return store, ids


def test_opening_a_session_waits_off_the_ui_thread(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    ticks_factory: Callable[[int | None], Ticks],
) -> None:
    store, ids = _open_first(window)
    ticks = ticks_factory(5)  # answers only after the UI thread turned five times
    hold(monkeypatch, store, "get", ticks)
    assert window.session.open_session(ids[1])
    assert ticks.turned_while_waiting() >= 5
    assert window.session.current.title == "Beta Fin"


# What each command does, how it is held, and what the user answered to get there.
COMMANDS: dict[str, tuple[str, Callable[[MainWindow, FakePrompts, Path, list[int]], object]]] = {
    "open": ("get", lambda window, prompts, tmp, ids: window.session.open_session(ids[1])),
    "rename": ("rename", lambda window, prompts, tmp, ids: window.library.rename()),
    "delete": ("delete", lambda window, prompts, tmp, ids: window.library.delete_session()),
    "duplicate": ("duplicate", lambda window, prompts, tmp, ids: window.library.duplicate()),
    "import": ("import_json", lambda window, prompts, tmp, ids: window.library.import_json()),
    "export": ("export_json", lambda window, prompts, tmp, ids: window.library.export_json()),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_store_that_stops_answering_is_reported_with_nothing_changed(
    command: str,
    window: MainWindow,
    prompts: FakePrompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ticks_factory: Callable[[int | None], Ticks],
) -> None:
    store, ids = _open_first(window)
    exported = tmp_path / "exported.json"
    exported.write_text(store.export_json(ids[1]), encoding="utf-8")
    prompts.open_path = exported
    prompts.save_path = tmp_path / "out.json"
    prompts.texts = ["Renamed while quiet"]
    before = window.session.current
    method, run = COMMANDS[command]
    ticks = ticks_factory(None)  # never answers in time
    hold(monkeypatch, store, method, ticks)
    monkeypatch.setattr(store_calls, "STORE_TIMEOUT_SECONDS", 0.3)
    run(window, prompts, tmp_path, ids)
    assert ticks.turned_while_waiting() > 0  # the window went on while the store was quiet
    assert prompts.errors, command
    assert "the session database stopped answering" in prompts.errors[-1][1]
    assert "your edits are kept" in prompts.errors[-1][1]
    after = window.session.current  # nothing shown was changed or forgotten
    kept = ("id", "uid", "version", "title", "notes", "comparison", "profile", "dirty")
    assert [getattr(after, name) for name in kept] == [getattr(before, name) for name in kept]


def test_the_open_dialog_searches_off_the_ui_thread(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ticks_factory: Callable[[int | None], Ticks],
) -> None:
    with SessionStore(tmp_path / "s.db") as store:
        _save_two(store)
        dialog = OpenSessionDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 2
        ticks = ticks_factory(5)
        hold(monkeypatch, store, "search", ticks)
        qtbot.keyClicks(dialog.search, "alpha")
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
        assert ticks.turned_while_waiting() >= 5
        assert dialog.table.item(0, 0).text() == "Alpha Bio"


def test_a_search_typed_while_one_waits_runs_after_it(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ticks_factory: Callable[[int | None], Ticks],
) -> None:
    with SessionStore(tmp_path / "s.db") as store:
        _save_two(store)
        dialog = OpenSessionDialog(store)
        qtbot.addWidget(dialog)
        asked: list[str] = []
        real = store.search
        typed_more = threading.Event()

        def search(text: str, **kwargs: object) -> object:
            asked.append(text)
            if text == "a":
                typed_more.wait(30)  # still waiting when the user types on
            return real(text, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(store, "search", search)
        dialog.search.setText("a")
        QTimer.singleShot(0, lambda: (dialog.search.setText("beta"), dialog.reload()))
        QTimer.singleShot(50, typed_more.set)
        dialog.reload()
        assert asked == ["a", "beta"]  # the later search followed, not run inside the first
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 0).text() == "Beta Fin"


def test_the_open_dialog_says_when_the_store_stops_answering(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ticks_factory: Callable[[int | None], Ticks],
) -> None:
    with SessionStore(tmp_path / "s.db") as store:
        _save_two(store)
        dialog = OpenSessionDialog(store)
        qtbot.addWidget(dialog)
        ticks = ticks_factory(None)
        hold(monkeypatch, store, "search", ticks)
        monkeypatch.setattr(store_calls, "STORE_TIMEOUT_SECONDS", 0.3)
        seen: list[str] = []

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                seen.append(box.text())
                box.accept()

        watch = QTimer()
        watch.timeout.connect(answer)
        watch.start(20)
        dialog.search.setText("alpha")
        dialog.reload()
        watch.stop()
        assert ticks.turned_while_waiting() > 0
        assert len(seen) == 1 and "stopped answering" in seen[0], seen
        assert dialog.table.rowCount() == 0
        assert dialog.search.text() == "alpha"  # what was typed is kept, to search again


def test_the_stopped_message_is_translated(window: MainWindow) -> None:
    window.change_language("zh-Hant")
    try:
        assert "團隊伺服器已停止回應" in store_calls.stopped_answering("db", shared=True)
    finally:
        window.change_language("en")
    assert store_calls.stopped_answering("db", shared=False).startswith(
        "db: the session database stopped answering"
    )
