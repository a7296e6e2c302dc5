"""GUI fixtures: a real MainWindow on a temporary database and settings file, offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from startup_match.core.model.loader import default_catalogue
from startup_match.gui.main_window import MainWindow
from startup_match.gui.settings import AppSettings
from startup_match.gui.translations import Translations
from startup_match.store.repository import SessionStore

from .fakes import FakePrompts, WindowFactory


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sessions.db"


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def make_window(
    qtbot: QtBot, settings_path: Path, db_path: Path, prompts: FakePrompts, tmp_path: Path
) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def factory(
        store: SessionStore | str | None = "default", error: str | None = None
    ) -> MainWindow:
        settings = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        opened = SessionStore(db_path) if store == "default" else store
        assert not isinstance(opened, str)
        translations = Translations(cache=tmp_path / "qm")
        window = MainWindow(
            default_catalogue(),
            settings,
            opened,
            error,
            translations=translations,
            prompts=prompts,
        )
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.translations.switch("en")  # the QApplication outlives the test
        window.session.discard_changes()
        if window.session.store is not None:
            window.session.store.close()


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()
