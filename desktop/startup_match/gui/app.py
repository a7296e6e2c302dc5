"""Start the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..core.model.errors import CatalogueError
from ..core.model.langs import LANGS, Lang, parse_lang
from ..paths import resources_dir
from ..runtime.collector import start_up_done
from ..store.errors import StoreError
from . import messages
from .keychain import password_for
from .lazy_core import shipped_catalogue
from .main_window import MainWindow
from .prompts import Prompts
from .settings import AppSettings
from .translations import Translations, default_language

if TYPE_CHECKING:
    from ..store.repository import SessionStore


Opened = tuple["SessionStore | None", "str | None"]


StoreArgs = tuple[Path | str | None, str, str | None]


def _store_args(settings: AppSettings) -> StoreArgs:
    """Where the store is, as whom, and a team server's password from the keychain: read on
    the GUI thread, where the settings live."""
    location = settings.database_location()
    password = password_for(location) if isinstance(location, str) else None
    return location, settings.author(), password


def open_store(settings: AppSettings) -> Opened:
    return _open(*_store_args(settings))


def _open(location: Path | str | None, author: str, password: str | None) -> Opened:
    """Runs off the GUI thread at start-up: it touches no Qt object."""
    from ..store.repository import SessionStore  # SQLAlchemy and Alembic: a third of a second

    try:
        return SessionStore(location, author, password), None
    except StoreError as error:
        return None, f"{error}\n\nSessions are off until you choose another database (File menu)."


def starting_language(settings: AppSettings) -> Lang:
    saved = settings.language()
    return parse_lang(saved) if saved in LANGS else default_language()


def build_window(
    settings: AppSettings,
    database: Path | str | None = None,
    translations: Translations | None = None,
    open_sessions_later: bool = False,
    prompts: Prompts | None = None,
) -> MainWindow:
    """The main window. With `open_sessions_later`, the catalogue loads, the session store opens
    and the last session comes back just after the window first paints, so start-up does not
    wait for them: the first paint shows an empty form, which needs neither. `prompts` asks the
    user (the window's dialogs by default)."""
    if database is not None:
        settings.set_database_location(database)
    translations = translations or Translations()
    lang = starting_language(settings)
    translations.switch(lang)
    if open_sessions_later:
        window = MainWindow(shipped_catalogue, settings, None, None, lang, translations, prompts)
        window.installEventFilter(
            _AfterFirstPaint(window, lambda: _after_first_paint(window, settings))
        )
        return window
    store, error = open_store(settings)
    window = MainWindow(shipped_catalogue(), settings, store, error, lang, translations, prompts)
    window.restore_last()
    return window


FALLBACK_MS = 1000


class _AfterFirstPaint(QObject):
    """Runs `then` once the window has painted for the first time (a zero-delay timer set
    before showing would run first and hold the paint back)."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        # A platform that sends no paint event must not leave sessions off: go ahead anyway.
        QTimer.singleShot(FALLBACK_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


POLL_MS = 30


def _after_first_paint(window: MainWindow, settings: AppSettings) -> None:
    start_up_done()  # the collector waited through start-up (launch.py)
    try:
        shipped_catalogue()  # pydantic and the catalogue: a tenth of a second, before any input
    except CatalogueError as error:
        _refuse_catalogue(window, error)
        return
    _open_sessions(window, settings)


def _refuse_catalogue(window: MainWindow, error: CatalogueError) -> None:
    """Nothing can be ranked by an invalid catalogue: say where it is wrong, then quit."""
    messages.error(
        window, "Startup Scheme Matcher", f"The programme catalogue is invalid:\n{error}"
    )
    window.hide()  # closing would offer to save a profile nothing can rank
    quit_app(1)


def quit_app(code: int) -> None:
    QCoreApplication.exit(code)  # ends every event loop in the process: tests record it instead


def _open_sessions(window: MainWindow, settings: AppSettings) -> None:
    """Open the store on a worker thread: a team server that does not answer takes seconds to
    give up, and the window must not freeze meanwhile. The settings are read here, on the GUI
    thread; the store is handed back to it."""
    from concurrent.futures import ThreadPoolExecutor  # after the first paint, like the store

    opening = ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-store")
    pending = opening.submit(_open, *_store_args(settings))
    opening.shutdown(wait=False)
    window.statusBar().showMessage(
        QCoreApplication.translate("App", "Opening the session database…")
    )
    poll = QTimer(window)
    poll.setInterval(POLL_MS)

    def arrived() -> None:
        if not pending.done():
            return
        poll.stop()
        poll.deleteLater()
        window.statusBar().clearMessage()
        window.attach_store(*pending.result())
        window.restore_last()

    poll.timeout.connect(arrived)
    poll.start()


def run_gui() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("StartupMatch")
    app.setApplicationName("startup-match")
    app.setApplicationDisplayName("Startup Scheme Matcher")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "startup-match.svg")))
    settings = AppSettings(QSettings())
    window = build_window(settings, open_sessions_later=True)
    window.show()
    return app.exec()
