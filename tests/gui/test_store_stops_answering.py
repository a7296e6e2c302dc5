"""A store that stops answering never freezes the window: the save runs off the UI thread, the
event loop keeps turning (no gap over 200 ms), and after the timeout the save says the server
stopped answering, with the edits and their crash draft kept."""

from __future__ import annotations

import threading
import time
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from pytestqt.qtbot import QtBot

from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.gui import store_calls
from startup_match.gui.session_controller import SessionController
from startup_match.gui.settings import AppSettings
from startup_match.store.repository import SessionStore

from .fakes import FakePrompts


def test_the_window_keeps_painting_while_the_store_does_not_answer(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    prompts = FakePrompts()
    with SessionStore(tmp_path / "quiet.db") as store:
        controller = SessionController(default_catalogue(), settings, store, prompts)
        profile = Profile(company_name="Quiet Co")
        controller.edit(profile, {"company_name": "Quiet Co"})
        prompts.texts = ["Quiet"]
        assert controller.save_as()
        controller.set_notes("typed before the link went quiet")
        released = threading.Event()
        answering = store.save

        def hang(*args: object, **kwargs: object) -> object:
            released.wait(30)  # a server that stopped answering
            return answering(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(store, "save", hang)
        monkeypatch.setattr(store_calls, "STORE_TIMEOUT_SECONDS", 1.5)
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(20)
        began = time.monotonic()
        saved = controller.save()
        took = time.monotonic() - began
        timer.stop()
        released.set()
    gaps = [later - earlier for earlier, later in pairwise(ticks)]
    assert not saved and 1.4 < took < 5, took
    assert len(ticks) > 20 and max(gaps) < 0.2, max(gaps)
    assert "stopped answering" in prompts.errors[-1][1]
    assert controller.current.dirty
    assert settings.draft_kept().notes == "typed before the link went quiet"
