"""GUI fixtures: a real MainWindow on a temporary database and settings file, offscreen."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from startup_match.core.loader import default_catalogue
from startup_match.gui.main_window import MainWindow
from startup_match.gui.settings import AppSettings
from startup_match.gui.translations import Translations
from startup_match.store.repository import SessionStore


class Prompts:
    """Answers the window's questions in place of a person, and records errors shown."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.texts: list[str | None] = []
        self.unsaved = QMessageBox.StandardButton.Cancel
        self.confirm = True
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.session_id: int | None = None

    def attach(self, window: MainWindow) -> None:
        window.show_error = lambda title, message: self.errors.append((title, message))  # type: ignore[method-assign]
        window.ask_text = lambda title, label, default: self.texts.pop(0) if self.texts else default  # type: ignore[method-assign]
        window.ask_unsaved = lambda: self.unsaved  # type: ignore[method-assign]
        window.ask_confirm = lambda title, question: self.confirm  # type: ignore[method-assign]
        window.ask_save_path = lambda title, suggested, filters: self.save_path  # type: ignore[method-assign]
        window.ask_open_path = lambda title, filters: self.open_path  # type: ignore[method-assign]
        window.ask_session_id = lambda: self.session_id  # type: ignore[method-assign]


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sessions.db"


@pytest.fixture
def prompts() -> Prompts:
    return Prompts()


@pytest.fixture
def make_window(
    qtbot: QtBot, settings_path: Path, db_path: Path, prompts: Prompts, tmp_path: Path
) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def factory(
        store: SessionStore | str | None = "default", error: str | None = None
    ) -> MainWindow:
        settings = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        opened = SessionStore(db_path) if store == "default" else store
        assert not isinstance(opened, str)
        translations = Translations(cache=tmp_path / "qm")
        window = MainWindow(default_catalogue(), settings, opened, error, translations=translations)
        prompts.attach(window)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.translations.switch("en")  # the QApplication outlives the test
        window.dirty = False
        if window.store is not None:
            window.store.close()


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()
