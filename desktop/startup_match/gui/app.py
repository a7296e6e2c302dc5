"""Start the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..core.loader import CatalogueError, default_catalogue
from ..core.text import LANGS, Lang, parse_lang
from ..paths import resources_dir
from ..store.errors import StoreError
from ..store.repository import SessionStore
from . import messages
from .main_window import MainWindow
from .settings import AppSettings
from .translations import Translations, default_language


def open_store(settings: AppSettings) -> tuple[SessionStore | None, str | None]:
    try:
        return SessionStore(settings.database_path()), None
    except StoreError as error:
        return None, f"{error}\n\nSessions are off until you choose another database (File menu)."


def starting_language(settings: AppSettings) -> Lang:
    saved = settings.language()
    return parse_lang(saved) if saved in LANGS else default_language()


def build_window(
    settings: AppSettings, database: Path | None = None, translations: Translations | None = None
) -> MainWindow:
    if database is not None:
        settings.set_database_path(database)
    translations = translations or Translations()
    lang = starting_language(settings)
    translations.switch(lang)
    store, error = open_store(settings)
    window = MainWindow(default_catalogue(), settings, store, error, lang, translations)
    window.restore_last()
    return window


def run_gui() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("StartupMatch")
    app.setApplicationName("startup-match")
    app.setApplicationDisplayName("Startup Scheme Matcher")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "startup-match.svg")))
    settings = AppSettings(QSettings())
    try:
        window = build_window(settings)
    except CatalogueError as error:
        messages.error(
            None, "Startup Scheme Matcher", f"The programme catalogue is invalid:\n{error}"
        )
        return 1
    window.show()
    return app.exec()
